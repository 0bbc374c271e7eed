import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  applyRoleRecord,
  CLONE_ROLE_NAME,
  createCloneRolesSql,
  newRoleSecret,
  ownerRoleRecord,
  pgliteRolesSql,
  scramVerifier,
  switchToApplyRole,
} from '../../src/targets/cloneRoles.ts';
import { postgresLeftovers } from '../../src/targets/postgresClone.ts';
import type { CopyOutSession } from '../../src/session/session.ts';

const session = (rows: unknown[]) => ({ query: async () => rows, inTransaction: () => false }) as unknown as CopyOutSession;

describe("the clone's roles", () => {
  it('are made as logins without superuser, database or role creation, or replication; the apply role reads and writes all data', () => {
    const owner = { password: 'o', verifier: 'SCRAM-SHA-256$4096:b3duZXI=$AA==:AA==' };
    const apply = { password: 'a', verifier: 'SCRAM-SHA-256$4096:YXBwbHk=$AA==:AA==' };
    expect(createCloneRolesSql({ owner: 'r_owner', apply: 'r"apply' }, { owner, apply }, true).split('\n')).toEqual([
      `CREATE ROLE "r_owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT BYPASSRLS PASSWORD '${owner.verifier}';`,
      `CREATE ROLE "r""apply" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT BYPASSRLS PASSWORD '${apply.verifier}';`,
      'GRANT pg_read_all_data, pg_write_all_data TO "r""apply";',
    ]);
    expect(createCloneRolesSql({ owner: 'o', apply: 'a' }, { owner, apply }, false)).toContain(
      " INHERIT NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:YXBwbHk=",
    );
    expect(pgliteRolesSql('rehearse_owner', 'rehearse_apply')).toBe(
      [
        'CREATE ROLE "rehearse_owner" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT BYPASSRLS;',
        'CREATE ROLE "rehearse_apply" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT BYPASSRLS;',
        'GRANT pg_read_all_data, pg_write_all_data TO "rehearse_apply";',
        'ALTER DATABASE postgres OWNER TO "rehearse_owner";',
      ].join('\n'),
    );
  });

  it('are recorded by what they may do, and whether the session user is a superuser, never by name', () => {
    expect(applyRoleRecord(false, 'login')).toEqual({
      runs_as: 'apply role',
      switched_by: 'login',
      superuser: false,
      replication: false,
      createrole: false,
      createdb: false,
      bypassrls: false,
      member_of: ['pg_read_all_data', 'pg_write_all_data'],
      session_user_superuser: false,
    });
    expect(applyRoleRecord(true, 'SET LOCAL ROLE')).toMatchObject({ bypassrls: true, session_user_superuser: true });
    expect(ownerRoleRecord(false, 'login')).toEqual({
      loads_clone_source_as: 'clone owner',
      switched_by: 'login',
      superuser: false,
      replication: false,
      createrole: false,
      createdb: false,
      bypassrls: false,
      server_files_or_programs: false,
      session_user_superuser: false,
    });
    expect(JSON.stringify([applyRoleRecord(true, 'login'), ownerRoleRecord(true, 'login')])).not.toMatch(/rehearse_/);
  });

  it('get a random password each, which reaches the server only as a SCRAM-SHA-256 verifier', () => {
    const a = newRoleSecret();
    const b = newRoleSecret();
    expect(a.password).not.toBe(b.password);
    expect(a.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$/);
    expect(a.verifier).not.toContain(a.password);
  });

  it('compute the verifier a server accepts: the exchange of RFC 7677, section 3, checked as the server checks it', () => {
    const verifier = scramVerifier('pencil', Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'));
    const [, keys] = verifier.split('$4096:W22ZaJ0SNY7soEsUEjb6gQ==$');
    const [storedKey, serverKey] = keys!.split(':').map((k) => Buffer.from(k, 'base64'));
    const nonce = 'rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0';
    const authMessage = `n=user,r=rOprNGfwEbeRWgbNEkqO,r=${nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=${nonce}`;
    const proof = Buffer.from('dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=', 'base64');
    const signature = createHmac('sha256', storedKey!).update(authMessage).digest();
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
    expect(createHash('sha256').update(clientKey).digest()).toEqual(storedKey);
    expect(createHmac('sha256', serverKey!).update(authMessage).digest('base64')).toBe('6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  });

  it('are switched to with SET LOCAL ROLE only where the batch has no login of its own', () => {
    expect(switchToApplyRole({ name: 'a b', record: applyRoleRecord(true, 'SET LOCAL ROLE') })).toBe('SET LOCAL ROLE "a b"');
    expect(switchToApplyRole({ name: null, record: applyRoleRecord(true, 'login') })).toBeNull();
    expect(switchToApplyRole(undefined)).toBeNull();
    expect(CLONE_ROLE_NAME.test('rehearse_0123456789abcdef_owner')).toBe(true);
    expect(CLONE_ROLE_NAME.test('rehearse_0123456789abcdef_owner2')).toBe(false);
    expect(CLONE_ROLE_NAME.test('rehearse_0123456789abcdeg_apply')).toBe(false);
  });

  it('leftovers read as numbers, and as none when the server returns no row', async () => {
    expect(await postgresLeftovers(session([{ prepared: '2', advisory: '3' }]))).toEqual({
      openTransaction: false,
      preparedTransactions: 2,
      advisoryLocks: 3,
    });
    expect(await postgresLeftovers(session([]))).toEqual({ openTransaction: false, preparedTransactions: 0, advisoryLocks: 0 });
  });
});
