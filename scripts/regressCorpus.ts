/**
 * PostgreSQL's regression suite through the mutation boundary, counted: statements, allowed,
 * refused by reason; with REHEARSE_PG_URL, every allowed statement also run on a scratch database
 * of that server (as test/boundary/regressCorpus.test.ts does) and what it did reported.
 *
 *   REHEARSE_PG_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/regressCorpus.ts
 */
import { loadParser } from '../src/sql/parser.ts';
import { resolveTarget } from '../src/index.ts';
import { connectingRoleSession } from '../test/support/connectingRole.ts';
import { classifyCorpus, REGRESS_SESSION_SETUP, regressStatements, runAllowed } from '../test/boundary/regressCorpus.ts';

await loadParser();
const started = Date.now();
const corpus = classifyCorpus(regressStatements());
console.log(`statements: ${corpus.total}`);
console.log(`allowed under the default policy: ${corpus.allowed.length}`);
console.log(`refused: ${corpus.total - corpus.allowed.length}`);
for (const [reason, n] of [...corpus.refusedBy].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${reason}`);
console.log(`classified in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const url = process.env.REHEARSE_PG_URL;
if (url) {
  const target = resolveTarget(url);
  const clone = await target.createClone();
  // As the connecting role (a superuser on the CI server), not the clone's apply role: no privilege hides an effect.
  const session = connectingRoleSession(url, clone);
  try {
    const ran = Date.now();
    const { effects, succeeded } = await runAllowed(session, corpus.allowed, REGRESS_SESSION_SETUP);
    console.log(
      `run on the server: ${corpus.allowed.length} allowed statements, ${succeeded} without an error, ${effects.length} with an effect (${((Date.now() - ran) / 1000).toFixed(1)} s)`,
    );
    for (const e of effects)
      console.log(`  ${e.statement.file}: ${e.statement.sql.slice(0, 120)}\n    expected ${e.expected}\n    found    ${e.found}`);
  } finally {
    await session.disconnect();
    await clone.dispose();
    await target.close();
  }
}
