import { describeServer } from './postgresConnection.ts';
import { PostgresServerTarget } from './postgres.ts';
import { PgliteTarget } from './pglite.ts';
import { SqliteTarget } from './sqlite.ts';
import { containerRuntimeProblem, TestcontainersTarget } from './testcontainers.ts';
import { TargetError, type Target, type TargetOptions } from './target.ts';

export const TARGET_FORMS = 'sqlite:, sqlite:DIR, sqlite::memory:, pglite:, postgres://USER@HOST:PORT/DB, testcontainers';

/** Turns a target string into a target; an unknown string is a one-line `TargetError`. */
export function resolveTarget(spec: string, options: TargetOptions = {}): Target {
  if (spec === 'pglite:' || spec === 'pglite') return new PgliteTarget('pglite:', options);
  if (spec === 'testcontainers') return new TestcontainersTarget(options);
  if (spec === 'sqlite' || spec.startsWith('sqlite:')) {
    const location = spec === 'sqlite' ? '' : spec.slice('sqlite:'.length);
    return new SqliteTarget(location === '' ? 'sqlite:' : spec, location);
  }
  if (/^postgres(ql)?:\/\//.test(spec)) {
    try {
      new URL(spec);
    } catch {
      throw new TargetError(`target ${JSON.stringify(spec)} is not a valid postgres:// URL`);
    }
    return new PostgresServerTarget(`postgres://${describeServer(spec)}`, spec, 'server', options);
  }
  throw new TargetError(`unknown target ${JSON.stringify(spec)}: expected one of ${TARGET_FORMS}`);
}

/** The three target families the suite runs on, as `REHEARSE_TARGETS` names them. */
export const TARGET_NAMES = ['sqlite', 'pglite', 'postgres'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface TargetAvailability {
  readonly name: TargetName;
  /** The target string to resolve, or `null` when unavailable. */
  readonly spec: string | null;
  /** Why it is unavailable, or how it was chosen. */
  readonly reason: string;
}

export interface TargetEnvironment {
  readonly REHEARSE_TARGETS?: string | undefined;
  readonly REHEARSE_PG_URL?: string | undefined;
}

/** Parses `REHEARSE_TARGETS` (comma-separated names; empty or unset means all three). */
export function selectedTargetNames(env: TargetEnvironment): TargetName[] {
  const raw = (env.REHEARSE_TARGETS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (raw.length === 0) return [...TARGET_NAMES];
  for (const name of raw) {
    if (!(TARGET_NAMES as readonly string[]).includes(name)) {
      throw new TargetError(`REHEARSE_TARGETS names unknown target ${JSON.stringify(name)}: expected some of ${TARGET_NAMES.join(', ')}`);
    }
  }
  return TARGET_NAMES.filter((n) => raw.includes(n));
}

/**
 * The target string a harness run (`rehearse fuzz`, the corpus replay, `bench throughput`) opens for
 * an available target: SQLite's clones in memory. A generated before-state is a few rows; a clone's
 * file adds to such a case only the making and removing of it (a twentieth of a SQLite case) and
 * nothing a property checks. `rehearse run` and the test suite keep SQLite's default, a file per clone.
 */
export function harnessSpec(entry: TargetAvailability): string | null {
  return entry.name === 'sqlite' && entry.spec === 'sqlite:' ? 'sqlite::memory:' : entry.spec;
}

/** Which of the selected targets can run here, and why the others cannot. */
export async function availableTargets(env: TargetEnvironment): Promise<TargetAvailability[]> {
  const out: TargetAvailability[] = [];
  for (const name of selectedTargetNames(env)) {
    if (name === 'sqlite') out.push({ name, spec: 'sqlite:', reason: 'embedded (better-sqlite3)' });
    else if (name === 'pglite') out.push({ name, spec: 'pglite:', reason: 'embedded Postgres (PGlite)' });
    else if (env.REHEARSE_PG_URL) {
      out.push({ name, spec: env.REHEARSE_PG_URL, reason: `server from REHEARSE_PG_URL (${describeServer(env.REHEARSE_PG_URL)})` });
    } else {
      const problem = await containerRuntimeProblem();
      out.push(
        problem === null
          ? { name, spec: 'testcontainers', reason: 'REHEARSE_PG_URL unset; a container runtime is available' }
          : {
              name,
              spec: null,
              reason: `REHEARSE_PG_URL is not set and ${problem} for testcontainers; set REHEARSE_PG_URL=postgres://USER@HOST:PORT/DB, or give that URL to --target (run, fuzz --plan, replay)`,
            },
      );
    }
  }
  return out;
}
