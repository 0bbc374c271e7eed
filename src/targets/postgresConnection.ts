/**
 * A Postgres server as a user names it: described without its password, a driver's error as one
 * line naming the server, and the `pg_hba.conf` line a clone's roles need to log in.
 */
import { TargetError } from './target.ts';
import { firstLine } from '../util/errors.ts';

/** `host:port/database` of a connection string, never its password. */
export function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : '/postgres'}`;
  } catch {
    return 'the named server';
  }
}

/** Turns a driver error into one line naming the server and the problem. */
export function explainConnectionError(error: unknown, url: string, doing: string): TargetError {
  const e = error as { code?: string; message?: string };
  const where = describeServer(url);
  const reason =
    e.code === 'ECONNREFUSED'
      ? 'connection refused (is the server running?)'
      : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
        ? 'host not found'
        : e.code === 'ETIMEDOUT'
          ? 'connection timed out'
          : e.code === '28P01' || e.code === '28000'
            ? `authentication failed: ${e.message}`
            : e.code === '3D000'
              ? `${e.message}`
              : e.code === '42501'
                ? `permission denied: ${e.message}`
                : firstLine(error);
  return new TargetError(`Postgres ${where}: cannot ${doing}: ${reason}`);
}

/**
 * The `pg_hba.conf` line that lets a clone's roles log in from where this target connects: on
 * PostgreSQL 16 and later for the roles by their names' pattern, before that for every role.
 */
export function hbaLineFor(url: string, serverVersion: number): string {
  let host = '';
  try {
    const u = new URL(url);
    host = decodeURIComponent(u.searchParams.get('host') ?? u.hostname);
  } catch {
    // an unreadable URL was refused before any clone was made
  }
  const users = serverVersion >= 160000 ? '/^rehearse_[0-9a-f]{16}_(owner|apply)$' : 'all';
  if (host === '' || host.startsWith('/')) return `local  all  ${users}  scram-sha-256`;
  const address =
    host.includes(':') || host === '[::1]' ? `${host.replace(/^\[|\]$/g, '')}/128` : /^[\d.]+$/.test(host) ? `${host}/32` : host;
  return `host  all  ${users}  ${address}  scram-sha-256`;
}
