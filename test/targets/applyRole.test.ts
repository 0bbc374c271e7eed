import { describe, expect, it } from 'vitest';
import { applyRoleRecord, createApplyRoleSql, dropApplyRole, makeApplyRole, switchToApplyRole } from '../../src/targets/applyRole.ts';
import { postgresLeftovers } from '../../src/targets/postgresClone.ts';
import type { CopyOutSession } from '../../src/targets/target.ts';

/** A session that answers the role query with `info` and records every statement it is given. */
function fakeSession(info: { version: string; superuser: boolean } | undefined, failOn: RegExp | null = null) {
  const ran: string[] = [];
  const session = {
    ran,
    query: async () => (info ? [info] : []),
    exec: async (sql: string) => {
      ran.push(sql);
      if (failOn?.test(sql)) throw new Error('permission denied to create role\nDETAIL: more');
    },
    runStatement: async () => {},
    inTransaction: () => false,
    copyOut: async () => 0,
    copyIn: async () => {},
  };
  return session as typeof session & CopyOutSession;
}

describe('the apply role', () => {
  it('is made NOLOGIN, no superuser, reading and writing all data; it bypasses RLS only where the connecting role does', async () => {
    const superuser = fakeSession({ version: '150004', superuser: true });
    expect(await makeApplyRole(superuser, 'rehearse_x_apply')).toEqual({ name: 'rehearse_x_apply', record: applyRoleRecord(true) });
    expect(superuser.ran).toEqual([
      'BEGIN; CREATE ROLE "rehearse_x_apply" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT BYPASSRLS;\nGRANT pg_read_all_data, pg_write_all_data TO "rehearse_x_apply"; COMMIT;',
    ]);
    const plain = fakeSession({ version: '140000', superuser: false });
    expect(await makeApplyRole(plain, 'r')).toEqual({ name: 'r', record: applyRoleRecord(false) });
    expect(plain.ran[0]).toContain(' INHERIT NOBYPASSRLS;');
    expect(createApplyRoleSql('a"b', false)).toBe(
      'CREATE ROLE "a""b" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT NOBYPASSRLS;\nGRANT pg_read_all_data, pg_write_all_data TO "a""b";',
    );
    expect(applyRoleRecord(false)).toEqual({
      runs_as: 'apply role',
      switched_by: 'SET LOCAL ROLE',
      superuser: false,
      replication: false,
      createrole: false,
      createdb: false,
      bypassrls: false,
      member_of: ['pg_read_all_data', 'pg_write_all_data'],
    });
  });

  it('falls back to the connecting role, saying why: a server before 14, or a role that cannot be made', async () => {
    const old = fakeSession({ version: '139999', superuser: true });
    expect(await makeApplyRole(old, 'r')).toEqual({
      name: null,
      record: { runs_as: 'connecting role', reason: 'the server predates PostgreSQL 14 (no pg_read_all_data/pg_write_all_data)' },
    });
    expect(old.ran).toEqual([]);
    expect((await makeApplyRole(fakeSession(undefined), 'r')).name).toBeNull();
    const refused = fakeSession({ version: '160000', superuser: false }, /CREATE ROLE/);
    expect(await makeApplyRole(refused, 'r')).toEqual({
      name: null,
      record: { runs_as: 'connecting role', reason: 'cannot create an apply role: permission denied to create role' },
    });
    expect(refused.ran.at(-1)).toBe('ROLLBACK');
  });

  it('is switched to for the apply transaction only when it exists, and dropped with what it owns where asked', async () => {
    expect(switchToApplyRole({ name: 'a b', record: applyRoleRecord(false) })).toBe('SET LOCAL ROLE "a b"');
    expect(switchToApplyRole({ name: null, record: { runs_as: 'connecting role', reason: 'x' } })).toBeNull();
    expect(switchToApplyRole(undefined)).toBeNull();
    const here = fakeSession(undefined);
    await dropApplyRole(here, 'r', true);
    expect(here.ran).toEqual(['DROP OWNED BY "r"', 'DROP ROLE IF EXISTS "r"']);
    const elsewhere = fakeSession(undefined);
    await dropApplyRole(elsewhere, 'r', false);
    expect(elsewhere.ran).toEqual(['DROP ROLE IF EXISTS "r"']);
  });

  it('leftovers read as numbers, and as none when the server returns no row', async () => {
    const s = fakeSession(undefined);
    expect(await postgresLeftovers({ ...s, query: async () => [{ prepared: '2', advisory: '3' }] } as CopyOutSession)).toEqual({
      openTransaction: false,
      preparedTransactions: 2,
      advisoryLocks: 3,
    });
    expect(await postgresLeftovers({ ...s, query: async () => [] } as CopyOutSession)).toEqual({
      openTransaction: false,
      preparedTransactions: 0,
      advisoryLocks: 0,
    });
  });
});
