/**
 * A PostgreSQL server of the test's own: a new cluster (initdb) in a temporary directory,
 * listening on 127.0.0.1 at a free port, with the pg_hba.conf the test writes, stopped and removed
 * afterwards. For what no test may do to a shared server: change its authentication rules, or
 * change its roles and databases while other tests' rehearsals watch it. Made with the binaries of
 * the PostgreSQL installed here (as the `postgres` user when the tests run as root, which initdb
 * refuses to be).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';

export interface PrivateServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (trusted for `postgres` on 127.0.0.1). */
  readonly url: string;
  /** A directory the server's operating-system user may write to: where a hostile statement would leave a file. */
  readonly writable: string;
  /** Replaces pg_hba.conf and reloads the server. */
  hba(lines: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

/** The directory of the installed PostgreSQL's server programs, or why there is none. */
function bindir(): string | { readonly unavailable: string } {
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [
    ...(config.status === 0 ? [config.stdout.trim()] : []),
    ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`) : []),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  return found ?? { unavailable: 'no PostgreSQL server programs (initdb, pg_ctl) are installed here' };
}

const asRoot = process.getuid?.() === 0;
const OS_USER = 'postgres';

function run(program: string, args: readonly string[]): void {
  const [command, argv] = asRoot ? ['runuser', ['-u', OS_USER, '--', program, ...args]] : [program, [...args]];
  const result = spawnSync(command, argv as string[], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const TRUST_POSTGRES = ['local all postgres trust', 'host all postgres 127.0.0.1/32 trust'];

/** Starts a private server, or says why none can be started here. */
export async function startPrivateServer(
  hba: readonly string[] = [...TRUST_POSTGRES, 'host all all 127.0.0.1/32 scram-sha-256'],
): Promise<PrivateServer | { readonly unavailable: string }> {
  const bin = bindir();
  if (typeof bin !== 'string') return bin;
  const root = mkdtempSync(join(tmpdir(), 'rehearse-private-server-'));
  const writable = join(root, 'writable');
  const data = join(root, 'data');
  spawnSync('mkdir', ['-p', writable]);
  chmodSync(root, 0o755);
  chmodSync(writable, 0o777);
  if (asRoot) {
    const id = spawnSync('id', ['-u', OS_USER], { encoding: 'utf8' });
    if (id.status !== 0) return { unavailable: `running as root, and there is no ${OS_USER} user to run the server as` };
    chownSync(root, Number(id.stdout.trim()), -1);
  }
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const writeHba = (lines: readonly string[]) => writeFileSync(join(data, 'pg_hba.conf'), `${lines.join('\n')}\n`);
  writeHba(hba);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-w', '-s', '-l', join(root, 'log'), 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    writable,
    hba: async (lines) => {
      writeHba(lines);
      const client = new pg.Client(url);
      await client.connect();
      try {
        await client.query('SELECT pg_catalog.pg_reload_conf()');
      } finally {
        await client.end();
      }
      // The postmaster rereads the file on its signal; give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    stop: async () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', '-s', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

export const TRUSTED_POSTGRES_ONLY = TRUST_POSTGRES;

/**
 * A suite on a private server started for it (`hba` its first pg_hba.conf). Where none can be
 * started, a skip saying why — or, with REHEARSE_REQUIRE_PG=1, a failure.
 */
export function describeOnPrivateServer(title: string, body: (server: () => PrivateServer) => void, hba?: readonly string[]): void {
  const label = `${title} [private server]`;
  const probe = bindir();
  if (typeof probe !== 'string') {
    if (process.env.REHEARSE_REQUIRE_PG === '1') {
      describe(label, () => {
        it('has a private server (REHEARSE_REQUIRE_PG=1)', () => {
          throw new Error(`REHEARSE_REQUIRE_PG=1 but ${probe.unavailable}`);
        });
      });
    } else {
      describe.skip(`${label} — skipped: ${probe.unavailable}`, () => {
        it('runs where PostgreSQL is installed', () => {});
      });
    }
    return;
  }
  describe(label, () => {
    let server: PrivateServer | undefined;
    beforeAll(async () => {
      const started = await startPrivateServer(hba);
      if ('unavailable' in started) throw new Error(started.unavailable);
      server = started;
    });
    afterAll(async () => {
      await server?.stop();
    });
    body(() => {
      if (!server) throw new Error('private server not started yet');
      return server;
    });
  });
}
