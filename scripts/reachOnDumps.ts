/**
 * What following what a statement runs (docs/boundary.md, "What a statement runs") costs on real
 * dumps: for every table of each Postgres dump of the real-world corpus, an INSERT of its
 * defaults, an UPDATE, a DELETE (both justified) and a SELECT are put through RX-2 in a clone of
 * the dump, and each function of the dump's own that a statement reaches without naming it — a
 * trigger's, a default's, a CHECK's … — is counted and named: each is a justification the plan
 * now needs that it did not before (the classifier then stopped at the statement's text).
 *
 *   npx tsx scripts/reachOnDumps.ts [--target pglite:|postgres://…]
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REAL_PARTS, runRehearsal } from '../src/engine/runRehearsal.ts';
import { PACKAGE_ROOT, sha256Hex } from '../src/suite.ts';
import { parsePlan, resolveTarget, type RunOptions } from '../src/index.ts';
import { removeScratchDir } from '../src/util/removeScratchDir.ts';

const { values } = parseArgs({ options: { target: { type: 'string', default: 'pglite:' } } });
if (!/^(pglite:|postgres(ql)?:\/\/)/.test(values.target!)) {
  console.error(`reachOnDumps: the dumps it measures are Postgres dumps; --target must be pglite: or postgres://…, not ${values.target}`);
  process.exit(2);
}
const DUMPS = ['pagila', 'chinook-postgres', 'periodic-table-rls'];
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };
const work = mkdtempSync(join(tmpdir(), 'rehearse-reach-'));
const target = resolveTarget(values.target!);

/** Rehearses `apply` on the dump of `planFile` (its clone_from and format), with UPDATE and DELETE justified. */
async function rehearse(
  planFile: string,
  apply: string,
  justified: readonly { statement: number; kind: string }[],
  inspect?: RunOptions['inspect'],
) {
  const ready = JSON.parse(readFileSync(planFile, 'utf8')) as { format: string; clone_from: { sql: string } };
  const plan = {
    format: ready.format,
    clone_from: { ...ready.clone_from, sql: resolve(dirname(planFile), ready.clone_from.sql) },
    apply: { file: 'apply.sql', sha256: sha256Hex(apply) },
    policy: { justified: justified.map((j) => ({ ...j, reason: 'measured' })) },
    modes: ['txn'],
  };
  writeFileSync(join(work, 'apply.sql'), apply);
  writeFileSync(join(work, 'plan.json'), JSON.stringify(plan));
  return runRehearsal(parsePlan(join(work, 'plan.json'), Buffer.from(JSON.stringify(plan))), target, {
    ...quiet,
    ...(inspect ? { inspect } : {}),
  });
}

let total = 0;
let reaching = 0;
try {
  for (const db of DUMPS) {
    const planFile = join(PACKAGE_ROOT, 'examples', 'real-world', db, 'ready', 'plan.json');
    // The dump's tables and each one's first column, read in the clone (the batch's own session, at its end).
    const tables: { name: string; column: string }[] = [];
    await rehearse(planFile, 'SELECT 1;\n', [], async (moment, clone) => {
      if (moment !== 'txn_after_apply') return;
      const rows = await clone.session.query<{ name: string; column: string }>(
        `SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS name,
                (SELECT pg_catalog.quote_ident(a.attname) FROM pg_catalog.pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LIMIT 1) AS column
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
          ORDER BY 1`,
      );
      tables.push(...rows);
    });
    const statements: string[] = [];
    const justified: { statement: number; kind: string }[] = [];
    for (const { name, column } of tables) {
      statements.push(`INSERT INTO ${name} DEFAULT VALUES`);
      statements.push(`UPDATE ${name} SET ${column} = ${column} WHERE false`);
      justified.push({ statement: statements.length, kind: 'UPDATE' });
      statements.push(`DELETE FROM ${name} WHERE false`);
      justified.push({ statement: statements.length, kind: 'DELETE' });
      statements.push(`SELECT * FROM ${name} LIMIT 0`);
    }
    const result = await rehearse(planFile, `${statements.join(';\n')};\n`, justified);
    const violations = (result.steps[2]!.details.violations ?? []) as { statement: number; reason: string }[];
    const reached = violations.filter((v) => / through /.test(v.reason));
    const byStatement = new Set(reached.map((v) => v.statement));
    total += statements.length;
    reaching += byStatement.size;
    console.log(
      `${db}: ${tables.length} tables, ${statements.length} statements; ${byStatement.size} reach a function of the dump's own they do not name`,
    );
    const named = new Map<string, number>();
    for (const v of reached) {
      const what = /runs (\S+) through (.+?), an? /.exec(v.reason);
      const key = what ? `${what[1]} through ${what[2]}` : v.reason;
      named.set(key, (named.get(key) ?? 0) + 1);
    }
    for (const [what, n] of [...named].sort()) console.log(`  ${String(n).padStart(3)}  ${what}`);
    const other = violations.filter((v) => !/ through /.test(v.reason));
    for (const v of other) console.log(`  other refusal, statement ${v.statement}: ${v.reason}`);
  }
  console.log(`all: ${reaching} of ${total} statements need a FUNCTION justification they did not before`);
} finally {
  await target.close();
  removeScratchDir(work);
}
