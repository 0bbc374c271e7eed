/**
 * A session on a server clone's database as the target's connecting role — what no rehearsal
 * ever opens (the batch and captures run as the clone's apply role): for a test that must look
 * with nothing hidden by a privilege, or a known-bad engine that runs the batch as that role.
 * Opened when first used; the caller disconnects it.
 */
import pg from 'pg';
import type { Clone } from '../../src/index.ts';
import { PgClientSession } from '../../src/session/pgClientSession.ts';

export function connectingRoleSession(url: string, clone: Clone): PgClientSession {
  const at = new URL(url);
  at.pathname = `/${clone.isolation.location}`;
  return new PgClientSession(async () => {
    const client = new pg.Client(at.toString());
    await client.connect();
    return client;
  });
}
