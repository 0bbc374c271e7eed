/**
 * `rehearse fuzz --plan` on the real-world corpus: for each database, a plan that is READY on its
 * dump (test/realWorld) fails on a generated before-state; the fuzz finds it on a fixed seed,
 * shrinks it to a handful of rows, stores a plan fixture, and `rehearse replay` reproduces it with
 * the state as INSERTs. The budgets are what `npm test` can afford; each is found in a few cases.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { readPlanFixtureFile, type PlanFixture } from '../../properties/planFuzz/planFixture.ts';
import { stateRows, type DataState } from '../../src/schema/schemaModel.ts';
import { TARGETS } from '../support/targets.ts';

const root = mkdtempSync(join(tmpdir(), 'rehearse-plan-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Case {
  readonly plan: string;
  readonly target?: string;
  /** What the shrunk failure is: its step, codes and a piece of its message. */
  readonly step: string;
  readonly codes: readonly string[];
  readonly message: RegExp;
  /** The INSERT the minimal state holds (none: every table empty). */
  readonly insert: RegExp | null;
  readonly replay: boolean;
  /** The run's seed: one whose first cases hold the failure (case k of seed s is draw s + k), so npm test spends little finding it. */
  readonly seed: number;
}

const CASES: readonly Case[] = [
  {
    plan: 'chinook-sqlite/ready',
    step: 'RX-3',
    codes: ['APPLY_FAILED'],
    message: /UNIQUE constraint failed: Artist\.ArtistId/,
    insert: /^INSERT INTO "Artist" \("ArtistId", "Name"\) VALUES \('276', /,
    replay: true,
    seed: 7,
  },
  // chinook-postgres/ready's collision (artist 276) is the same as chinook-sqlite's: it is found on the server below.
  {
    // The batch inserts through the sequence, which the dump left at 200: a state holding actor 201 collides.
    plan: 'pagila/ready',
    step: 'RX-3',
    codes: ['APPLY_FAILED'],
    message: /duplicate key value violates unique constraint "actor_pkey"/,
    insert: /^INSERT INTO public\.actor \("actor_id", .*\) VALUES \('201', /,
    replay: false,
    seed: 5,
  },
  {
    plan: 'periodic-table-rls/ready',
    step: 'RX-3',
    codes: ['APPLY_FAILED'],
    message: /duplicate key value violates unique constraint "periodic_table_pkey"/,
    insert: /^INSERT INTO public\.periodic_table \("AtomicNumber", .*\) VALUES \('119', /,
    replay: true,
    seed: 16,
  },
  {
    // A delta rule: the copy of playlist 1 is never empty — unless playlist 1 has no tracks.
    plan: 'chinook-postgres/fuzz-delta-rule',
    step: 'RX-3',
    codes: ['DELTA_MISMATCH'],
    message: /public\.playlist_track: expected >=1 rows, the batch changed it by 0/,
    insert: null,
    replay: true,
    seed: 3,
  },
];

async function rehearse(args: string[]) {
  const output = memoryOutput();
  const code = await main(args, output);
  return { code, out: output.stdout.join('\n'), err: output.stderr.join('\n') };
}

function onlyFixture(corpus: string): { path: string; fixture: PlanFixture } {
  const dirs = readdirSync(corpus);
  expect(dirs).toHaveLength(1);
  const files = readdirSync(join(corpus, dirs[0]!)).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  const path = join(corpus, dirs[0]!, files[0]!);
  const read = readPlanFixtureFile(path);
  if (!read.ok) throw new Error(read.problem);
  return { path, fixture: read.fixture };
}

describe('rehearse fuzz --plan on the real-world corpus (embedded default targets)', () => {
  for (const c of CASES) {
    it(`${c.plan}: a data-dependent failure found, shrunk to a handful of rows, stored${c.replay ? ' and replayed' : ''}`, async () => {
      const corpus = join(root, c.plan.replace('/', '-'));
      const plan = join('examples/real-world', c.plan, 'plan.json');
      const found = await rehearse([
        'fuzz',
        '--plan',
        plan,
        '--budget',
        '2m',
        '--seed',
        String(c.seed),
        '--corpus',
        corpus,
        '--max-failures',
        '1',
      ]);
      expect(found.code, found.err).toBe(1);
      expect(found.out).toMatch(new RegExp(`result {4}FAIL: case \\d+ \\(seed ${c.seed}\\)`));
      const { path, fixture } = onlyFixture(corpus);
      expect(fixture.failure).toMatchObject({ step: c.step, codes: c.codes });
      expect(fixture.failure.message).toMatch(c.message);
      expect(fixture.plan).toMatch(/plan\.json$/);
      const rows = stateRows(fixture.state as DataState);
      expect(rows).toBeLessThanOrEqual(3);
      expect(fixture.found_with.rows_found).toBeGreaterThanOrEqual(rows);
      const inserts = found.out.split('\n').filter((l) => l.trimStart().startsWith('INSERT INTO'));
      expect(inserts).toHaveLength(rows);
      if (c.insert) expect(inserts.some((l) => c.insert!.test(l.trim()))).toBe(true);
      if (!c.replay) return;
      const replayed = await rehearse(['replay', path]);
      expect(replayed.code, replayed.err).toBe(1);
      expect(replayed.out).toMatch(new RegExp(`now {7}still fails — ${c.step} ${c.codes.join(', ')} — `));
      expect(replayed.out).not.toMatch(/a different failure/);
      expect(replayed.out).toMatch(/^row diff$/m);
      if (c.insert) expect(replayed.out).toMatch(new RegExp(`^ {4}${c.insert.source.slice(1)}`, 'm'));
      if (c.codes.includes('DELTA_MISMATCH'))
        expect(replayed.out).toMatch(/\+public\.playlist \(playlist_id="19", name="Rehearsal copy of playlist 1"\)/);
    }, 240_000);
  }

  it('regress replays plan fixtures with the others: failing while the plan fails on the state, passing once it rehearses as declared', async () => {
    const corpus = join(root, 'regress');
    const found = await rehearse([
      'fuzz',
      '--plan',
      'examples/real-world/chinook-sqlite/ready/plan.json',
      '--seed',
      '7',
      '--corpus',
      corpus,
      '--max-failures',
      '1',
    ]);
    expect(found.code).toBe(1);
    const { path, fixture } = onlyFixture(corpus);
    const failing = await rehearse(['regress', corpus]);
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(
      /^fails +plan fixture .* — still fails — RX-3 APPLY_FAILED — statement 1: UNIQUE constraint failed: Artist\.ArtistId$/m,
    );
    expect(failing.out).toMatch(/regress: 1 fixture; passing now: 0, failing: 1/);
    // The same state, declared acceptable: it holds now.
    writeFileSync(path, JSON.stringify({ ...fixture, expect_blocked: ['APPLY_FAILED'] }, null, 2));
    const replayed = await rehearse(['replay', path]);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/^now {7}passes: REHEARSAL_BLOCKED with APPLY_FAILED \(expected\)$/m);
    expect((await rehearse(['regress', corpus])).code).toBe(0);
    // A fixture that is not one is said, naming the field.
    writeFileSync(path, JSON.stringify({ ...fixture, state: 'rows' }));
    const unreadable = await rehearse(['replay', path]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/not a plan-fixture\/v1: field state: /);
  }, 60_000);

  it('exits 0 when every case rehearses as declared: BLOCKED with APPLY_FAILED, expected', async () => {
    const corpus = join(root, 'expected');
    const run = await rehearse([
      'fuzz',
      '--plan',
      'examples/real-world/chinook-sqlite/ready/plan.json',
      '--expect-blocked',
      'APPLY_FAILED',
      '--budget',
      '3s',
      '--seed',
      '7',
      '--corpus',
      corpus,
    ]);
    expect(run.code, run.err).toBe(0);
    const cases = Number(/ on sqlite: — (\d+) cases \(/.exec(run.out)?.[1]);
    expect(cases).toBeGreaterThan(10);
    expect(run.out).toMatch(/result {4}no failing before-state in \d+ s \(seed 7\)/);
    // Every case counted by how it ended: the declared collisions, and the states where artist 276 is free.
    expect(run.out).toMatch(
      /^outcomes {2}(READY \d+ · BLOCKED APPLY_FAILED \d+ \(declared\)|BLOCKED APPLY_FAILED \d+ \(declared\) · READY \d+)$/m,
    );
    // What the declaration let through, by kind: the collision on the key the batch inserts.
    expect(run.out).toMatch(/^declared {2}\d+ × APPLY_FAILED: statement N: UNIQUE constraint failed: Artist\.ArtistId$/m);
    expect(existsSync(corpus)).toBe(false);
  }, 60_000);

  it.each([
    [['--expect-blocked', 'ROLLBACK_NOT_RESTORED'], /ROLLBACK_NOT_RESTORED cannot be expected: a state not restored always fails/],
    [['--expect-blocked', 'NOPE'], /unknown code NOPE/],
  ])('refuses %j in one line, exit 2', async (extra, message) => {
    const run = await rehearse(['fuzz', '--plan', 'examples/real-world/chinook-sqlite/ready/plan.json', ...extra]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it("refuses the property run's options with --plan, and a plan whose apply file is not the pinned one", async () => {
    const plan = 'examples/real-world/chinook-sqlite/ready/plan.json';
    for (const extra of [
      ['--targets', 'sqlite'],
      ['--properties', 'gate.'],
      ['--shard', '1/2'],
      ['--junit', 'x.xml'],
    ]) {
      const run = await rehearse(['fuzz', '--plan', plan, ...extra]);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(new RegExp(`${extra[0]} is for the fuzz run of the properties, not with --plan`));
    }
    const changed = join(root, 'changed');
    mkdirSync(changed, { recursive: true });
    writeFileSync(join(changed, 'apply.sql'), "INSERT INTO Artist (ArtistId, Name) VALUES (277, 'x');\n");
    writeFileSync(
      join(changed, 'plan.json'),
      JSON.stringify({
        ...JSON.parse(readFileSync(plan, 'utf8')),
        clone_from: { sqlite_file: resolve('examples/real-world/chinook-sqlite/Chinook_Sqlite.sqlite') },
      }),
    );
    const run = await rehearse(['fuzz', '--plan', join(changed, 'plan.json')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/field apply\.sha256: .*apply\.sql has sha256 [0-9a-f]{64}, the plan pins f3c6a9f8.*APPLY_FILE_HASH_MISMATCH/);
    // A name the plan writes that the clone lacks: bad input, as for rehearse run.
    writeFileSync(
      join(changed, 'named.json'),
      JSON.stringify({
        ...JSON.parse(readFileSync(plan, 'utf8')),
        clone_from: { sqlite_file: resolve('examples/real-world/chinook-sqlite/Chinook_Sqlite.sqlite') },
        apply: {
          file: resolve('examples/real-world/chinook-sqlite/ready/apply.sql'),
          sha256: JSON.parse(readFileSync(plan, 'utf8')).apply.sha256,
        },
        expected_delta: { Artists: 1 },
      }),
    );
    const named = await rehearse(['fuzz', '--plan', join(changed, 'named.json'), '--budget', '10s']);
    expect(named.code, named.err).toBe(2);
    expect(named.err).toMatch(
      /named\.json: field expected_delta\.Artists: no table "Artists" in the clone; closest: Artist, Playlist, Album/,
    );
  });

  it('refuses --expect-blocked without --plan, and a plan that is not there', async () => {
    expect((await rehearse(['fuzz', '--expect-blocked', 'APPLY_FAILED'])).err).toMatch(/--expect-blocked goes with --plan/);
    const missing = await rehearse(['fuzz', '--plan', join(root, 'nothing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nothing\.json/);
  });
});

const server = TARGETS.find((t) => t.name === 'postgres');
const requirePg = process.env.REHEARSE_REQUIRE_PG === '1';

describe.skipIf(!server?.spec && !requirePg)('rehearse fuzz --plan on a Postgres server', () => {
  it('finds, shrinks and replays the chinook collision on the server too', async () => {
    if (!server?.spec) throw new Error(`REHEARSE_REQUIRE_PG=1 but ${server?.reason ?? 'no postgres target'}`);
    const corpus = join(root, 'server');
    const found = await rehearse([
      'fuzz',
      '--plan',
      'examples/real-world/chinook-postgres/ready/plan.json',
      '--target',
      server.spec,
      '--budget',
      '2m',
      '--seed',
      '7',
      '--corpus',
      corpus,
      '--max-failures',
      '1',
    ]);
    expect(found.code, found.err).toBe(1);
    const { path, fixture } = onlyFixture(corpus);
    // The fixture names the server without its credentials; a replay uses REHEARSE_PG_URL.
    expect(fixture.target).toMatch(/^postgres:\/\/127\.0\.0\.1:5432\//);
    expect(fixture.failure.message).toMatch(/"artist_pkey"/);
    expect(stateRows(fixture.state as DataState)).toBe(1);
    const replayed = await rehearse(['replay', path]);
    expect(replayed.code).toBe(1);
    expect(replayed.out).toMatch(/on postgres:\/\//);
    expect(replayed.out).toMatch(/still fails — RX-3 APPLY_FAILED/);
    // With no REHEARSE_PG_URL and no user to log in as, the replay says what to set; --target is the other way.
    const saved = { REHEARSE_PG_URL: process.env.REHEARSE_PG_URL, PGUSER: process.env.PGUSER, USER: process.env.USER };
    for (const k of Object.keys(saved)) delete process.env[k];
    try {
      const bare = await rehearse(['replay', path]);
      expect(bare.code).toBe(2);
      expect(bare.out).toMatch(
        /cannot replay: the fixture was found on the Postgres server 127\.0\.0\.1:5432\/\S+ and keeps no credentials: set REHEARSE_PG_URL=postgres:\/\/USER@127\.0\.0\.1:5432\/\S+ .*or give --target/,
      );
      const targeted = await rehearse(['replay', path, '--target', server.spec]);
      expect(targeted.code).toBe(1);
      expect(targeted.out).toMatch(/still fails — RX-3 APPLY_FAILED/);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    }
  }, 240_000);
});
