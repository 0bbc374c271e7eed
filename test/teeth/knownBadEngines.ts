/**
 * Deliberately broken engines: each the real engine with one function wrapped or replaced by a
 * small defect of a kind real tools have had. The suite has teeth when its properties catch
 * every one of them (and hold for the real engine and for the defect-free reference capture).
 */
import { realEngine, type EngineApi } from '../../properties/harness/engineApi.ts';
import { withClones } from '../../properties/harness/withClones.ts';
import { hashCanonical } from '../../src/capture/hashing.ts';
import { FULL_RANGE, WHOLE_DATABASE, type CaptureScope, type RowImage, type StateReader } from '../../src/capture/stateReader.ts';
import type { Fingerprint, SequenceFingerprint, TableFingerprint } from '../../src/capture/fingerprint.ts';
import type { Clone, GateDecision, ValidationResult } from '../../src/index.ts';
import { connectingRoleSession } from '../support/connectingRole.ts';
import { PostgresStateReader } from '../../src/capture/postgresState.ts';

export interface KnownBadEngine {
  readonly id: string;
  /** The defect, in one sentence. */
  readonly defect: string;
  /** The generator part whose cases catch it, and (in parentheses) the property. */
  readonly caughtBy: string;
  readonly engine: EngineApi;
  /** The defect exists only on a Postgres server (PGlite and SQLite have no connecting role to fall back on). */
  readonly serverOnly?: true;
}

// ---------------------------------------------------------------------------------------------
// Capture: a reference capture in plain TypeScript over the rows a state reader renders as text,
// with one defect at a time. Without a defect it is a correct (slower) capture: the control.

interface CaptureDefects {
  /** How one row is turned into the text that is hashed. */
  readonly row?: (cells: readonly (string | null)[]) => string;
  /** Keyless tables hashed as sets of rows, not multisets. */
  readonly keylessAsSet?: boolean;
  /** The content hash covers the row count only. */
  readonly countsOnly?: boolean;
  readonly ignoreSequences?: boolean;
}

/** SQLite renders text JSON-quoted; the raw value is what naive code would see. */
const raw = (cell: string | null): string | null => (cell?.startsWith('"') ? (JSON.parse(cell) as string) : cell);

export function referenceCapture(defects: CaptureDefects = {}): EngineApi['captureFingerprint'] {
  const rowText = defects.row ?? ((cells) => JSON.stringify(cells));
  return async (state: StateReader, scope: CaptureScope = WHOLE_DATABASE): Promise<Fingerprint> =>
    state.readOnly(async () => {
      const tables: Record<string, TableFingerprint> = {};
      for (const table of await state.listTables(scope)) {
        if (!table.populated) {
          // A materialized view never populated has no rows to read: captured as such.
          const key = table.key?.map((p) => table.columns[p]!.name) ?? null;
          tables[table.id] = {
            rows: 0,
            key,
            populated: false,
            content_hash: hashCanonical({ columns: table.columns.map((c) => [c.name, c.type]), key, populated: false }),
          };
          continue;
        }
        const rows: RowImage[] = await state.rows(table, FULL_RANGE);
        let texts = rows.map((r) => rowText(r.cells));
        if (!table.key) texts.sort();
        // A set counts its distinct rows only.
        if (!table.key && defects.keylessAsSet) texts = [...new Set(texts)];
        const key = table.key?.map((p) => table.columns[p]!.name) ?? null;
        const columns = table.columns.map((c) => [c.name, c.type]);
        tables[table.id] = {
          rows: texts.length,
          key,
          content_hash: hashCanonical(defects.countsOnly ? { columns, key, rows: texts.length } : { columns, key, rows: texts }),
        };
      }
      const schema_objects: Record<string, string> = {};
      for (const object of await state.schemaObjects(scope)) schema_objects[object.id] = object.definition;
      const sequences: Record<string, SequenceFingerprint> = {};
      if (!defects.ignoreSequences)
        for (const s of await state.sequences(scope)) sequences[s.id] = { last_value: s.last_value, is_called: s.is_called };
      const schema_hash = hashCanonical(schema_objects);
      return {
        format: 'fingerprint/v1',
        backend: state.backend,
        tables,
        schema_objects,
        schema_hash,
        sequences,
        top_hash: hashCanonical({ backend: state.backend, tables, schema_hash, sequences }),
      };
    });
}

/** The real engine with one of its parts replaced, wherever the engine uses that part (its API and the rehearsal's parts). */
function replacingPart<K extends keyof EngineApi['parts']>(key: K, part: EngineApi['parts'][K]): EngineApi {
  return { ...realEngine, [key]: part, parts: { ...realEngine.parts, [key]: part } };
}

const withCapture = (capture: EngineApi['captureFingerprint']) => replacingPart('captureFingerprint', capture);

// ---------------------------------------------------------------------------------------------
// Clones: the rehearsal engine run on clones with one operation changed.

const withCloneChange = (change: (clone: Clone) => Clone): EngineApi => ({
  ...realEngine,
  runRehearsal: (plan, target, options) => realEngine.runRehearsal(plan, withClones(target, change), options),
});

// ---------------------------------------------------------------------------------------------
// Validator and gate: the real function, with one check dropped or one input rewritten first.

function validatorDropping(code: string, when: (proof: any) => boolean = () => true): EngineApi['validateRollbackProof'] {
  return (proof) => {
    const result = realEngine.validateRollbackProof(proof);
    if (result.verdict === 'PASS' || !when(proof)) return result;
    const codes = result.codes.filter((c) => c !== code);
    const findings = result.findings.filter((f) => f.code !== code);
    return (codes.length === 0 ? { verdict: 'PASS', codes: [], findings: [] } : { verdict: 'FAIL', codes, findings }) as ValidationResult;
  };
}

const withValidator = (validate: EngineApi['validateRollbackProof']) => replacingPart('validateRollbackProof', validate);

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const rewriting =
  (rewrite: (request: string) => string): EngineApi['decideRequest'] =>
  (bytes) =>
    realEngine.decideRequest(Buffer.from(rewrite(text(bytes))));
const withGate = (decide: EngineApi['decideRequest']) => replacingPart('decideRequest', decide);

// ---------------------------------------------------------------------------------------------
// Boundary: the real classification, with one kind of statement let through.

type Classified = Exclude<ReturnType<EngineApi['classifyBatch']>, { unreadable: string }>;
const letThrough = (pass: (s: Classified[number]) => boolean): EngineApi => ({
  ...realEngine,
  classifyBatch: (sql, dialect) => {
    const result = realEngine.classifyBatch(sql, dialect);
    if ('unreadable' in result) return result;
    return result.map((s) => (s.class.violation !== null && pass(s) ? { ...s, class: { kind: 'READ', violation: null } } : s));
  },
});

const INTEGER = /^-?\d+$/;

/** The server the hunt's Postgres clones live on (huntTargets records it): the connecting role logs in there. */
export const connectingRoleServer: { url: string | undefined } = { url: process.env.REHEARSE_PG_URL };

/**
 * The clone with its batch and captures on a session of the connecting role: on a server a
 * login of the target's URL to the clone's database, in PGlite its session without the role switch.
 */
function onConnectingRole({ roles: _dropped, ...clone }: Clone): Clone {
  const url = connectingRoleServer.url;
  if (clone.kind !== 'postgres' || !url) return clone;
  const session = connectingRoleSession(url, clone);
  const dispose = clone.dispose;
  return {
    ...clone,
    session,
    state: new PostgresStateReader(session, { copyPageRows: Number.POSITIVE_INFINITY }),
    dispose: async () => {
      await session.disconnect();
      await dispose();
    },
  };
}

export const KNOWN_BAD_ENGINES: readonly KnownBadEngine[] = [
  {
    id: 'capture.null-is-null-text',
    caughtBy: "tables: look-alike values, NULL and '<null>' (capture.detects-every-change)",
    defect: "Capture renders NULL as the text '<null>' (and text without its quotes), so the two hash alike.",
    engine: withCapture(referenceCapture({ row: (cells) => JSON.stringify(cells.map((c) => raw(c) ?? '<null>')) })),
  },
  {
    id: 'capture.no-column-separator',
    caughtBy: 'tables: a boundary shift between two adjacent columns (capture.detects-every-change)',
    defect: "Capture concatenates a row's columns without a separator.",
    engine: withCapture(referenceCapture({ row: (cells) => cells.map((c) => (c === null ? '\u0000NULL\u0000' : raw(c))).join('') })),
  },
  {
    id: 'capture.ignores-sequences',
    caughtBy: 'tables: standalone sequences, a nextval (capture.detects-every-change)',
    defect: 'Capture leaves sequences out of the fingerprint.',
    engine: withCapture(referenceCapture({ ignoreSequences: true })),
  },
  {
    id: 'capture.bigint-as-number',
    caughtBy: 'tables: bigint look-alikes 2^53 and 2^53 + 1 (capture.detects-every-change)',
    defect: 'Capture reads integers as JS numbers (2^53 + 1 becomes 2^53).',
    engine: withCapture(
      referenceCapture({ row: (cells) => JSON.stringify(cells.map((c) => (c !== null && INTEGER.test(c) ? String(Number(c)) : c))) }),
    ),
  },
  {
    id: 'capture.keyless-as-set',
    caughtBy: 'tables: keyless tables with duplicate rows (capture.detects-every-change)',
    defect: 'Capture hashes a keyless table as a set, so duplicate rows count once.',
    engine: withCapture(referenceCapture({ keylessAsSet: true })),
  },
  {
    id: 'capture.loses-negative-zero',
    caughtBy: 'tables: float8 look-alikes 0 and -0 (capture.detects-every-change)',
    defect: 'Capture renders -0 as 0.',
    engine: withCapture(referenceCapture({ row: (cells) => JSON.stringify(cells.map((c) => (c === '-0' || c === '-0.0' ? '0' : c))) })),
  },
  {
    id: 'capture.row-counts-only',
    caughtBy: 'tables: any update of a value (capture.detects-every-change)',
    defect: 'Capture compares row counts only.',
    engine: withCapture(referenceCapture({ countsOnly: true })),
  },
  {
    id: 'rollback.skips-sequence-reset',
    caughtBy: 'tables: serial and identity columns, inserted into (rollback.txn-restores-before)',
    defect: 'After ROLLBACK the engine does not set moved sequences back.',
    engine: withCloneChange((clone) => ({ ...clone, resetSequence: async () => {} })),
  },
  {
    id: 'rollback.unverified-snapshot',
    caughtBy: 'batches: any write, committed (rollback.snapshot-restores-before)',
    defect: 'RX-4 restores from a snapshot it never verified (taken after the commit).',
    engine: withCloneChange((clone) => ({ ...clone, restore: async () => clone.restore(await clone.snapshot()) })),
  },
  {
    id: 'validator.accepts-unmutated-apply',
    caughtBy: 'forged proofs: after_apply_hash equal to before_hash (validator.rejects-forged-proofs)',
    defect: 'The validator accepts after_apply_hash == before_hash.',
    engine: withValidator(validatorDropping('ROLLBACK_APPLY_DID_NOT_MUTATE')),
  },
  {
    id: 'validator.trusts-restored-match',
    caughtBy: 'forged proofs: restored_match true over differing hashes (validator.rejects-forged-proofs)',
    defect: 'The validator trusts restored_match: true instead of comparing the hashes.',
    engine: withValidator(
      validatorDropping(
        'ROLLBACK_NOT_RESTORED',
        (p) => Array.isArray(p?.entries) && p.entries.every((e: any) => e?.restored_match === true),
      ),
    ),
  },
  {
    id: 'gate.lane-any-case',
    caughtBy: 'malformed requests: a lane in another case (gate.fail-closed)',
    defect: 'The gate compares lane without regard to case.',
    engine: withGate(
      rewriting((r) =>
        r.replace(/("lane"\s*:\s*")([^"]*)(")/, (m, a, lane: string, b) =>
          lane.toUpperCase() === 'REHEARSAL_ONLY' ? `${a}REHEARSAL_ONLY${b}` : m,
        ),
      ),
    ),
  },
  {
    id: 'gate.ignores-zero-width',
    caughtBy: 'malformed requests: zero-width characters in values (gate.fail-closed)',
    defect: 'The gate strips zero-width characters before it compares.',
    engine: withGate(rewriting((r) => r.replace(/[\u200b-\u200d\u2060\ufeff]/g, ''))),
  },
  {
    id: 'gate.last-duplicate-wins',
    caughtBy: 'malformed requests: duplicate keys (gate.fail-closed)',
    defect: 'The gate parses with JSON.parse, so the last of duplicate keys wins.',
    engine: withGate(
      rewriting((r) => {
        try {
          return JSON.stringify(JSON.parse(r));
        } catch {
          return r;
        }
      }),
    ),
  },
  {
    id: 'gate.echoes-input',
    caughtBy: 'seal-token cases: a token in the request (output.no-seal-token)',
    defect: 'The gate echoes the request into its reasons (a token leak).',
    engine: withGate((bytes) => {
      const d = realEngine.decideRequest(bytes);
      return { ...d, reasons: [...d.reasons, `request was: ${text(bytes).slice(0, 300)}`] } as GateDecision;
    }),
  },
  {
    id: 'gate.string-false',
    caughtBy: 'malformed requests: a boolean given as a string (gate.fail-closed)',
    defect: 'The gate accepts "is_production": "false" as false.',
    engine: withGate(rewriting((r) => r.replace(/"is_production"\s*:\s*"false"/, '"is_production": false'))),
  },
  {
    id: 'boundary.misses-writing-cte',
    caughtBy: 'side effects: a data-modifying CTE (boundary.disguised-writes-refused)',
    defect: 'The boundary misses a data-modifying CTE.',
    engine: letThrough((s) => s.class.violation === 'a data-modifying CTE'),
  },
  {
    id: 'boundary.misses-explain-analyze',
    caughtBy: 'side effects: EXPLAIN ANALYZE of a write (boundary.disguised-writes-refused)',
    defect: 'The boundary misses EXPLAIN ANALYZE of a write.',
    engine: letThrough((s) => s.class.kind === 'EXPLAIN ANALYZE'),
  },
  {
    id: 'boundary.misses-commit',
    caughtBy: 'side effects: COMMIT inside the batch (boundary.disguised-writes-refused)',
    defect: 'The boundary lets transaction control (COMMIT) inside the batch through.',
    engine: letThrough((s) => s.class.violation === 'transaction control inside the batch'),
  },
  {
    id: 'boundary.skips-commented-statement',
    caughtBy: 'side effects: a statement after a leading comment (boundary.disguised-writes-refused)',
    defect: 'The boundary takes a statement that begins with a comment for a comment.',
    engine: letThrough((s) => /^\s*(--|\/\*)/.test(s.sql)),
  },
  {
    id: 'boundary.misses-sql-text-runners',
    caughtBy: 'side effects: query_to_xml and other SQL-text runners (boundary.disguised-writes-refused)',
    defect: 'The boundary lets a built-in that runs SQL given as text (query_to_xml, ts_stat …) through.',
    engine: letThrough((s) => /runs SQL given as text/.test(s.class.violation ?? '')),
  },
  {
    id: 'boundary.deny-list-only',
    caughtBy: 'side effects: volatile built-ins not on any deny list (boundary.disguised-writes-refused)',
    defect: 'The boundary refuses only the side-effect functions it names: other volatile built-ins pass as reads.',
    engine: letThrough(
      (s) =>
        /volatile (built-in|extension)/.test(s.class.violation ?? '') &&
        !/setval|nextval|advisory|set_config|lo_|dblink|pg_notify/.test(s.sql),
    ),
  },
  {
    id: 'boundary.misses-catalog-writes',
    caughtBy: 'side effects: INSERT or UPDATE of a system catalog (boundary.disguised-writes-refused)',
    defect: 'The boundary lets an INSERT or UPDATE of a system catalog through.',
    engine: letThrough((s) => /system catalog/.test(s.class.violation ?? '')),
  },
  {
    id: 'boundary.newest-grammar',
    caughtBy: 'grammar cases: statements older servers read otherwise (boundary.server-grammar)',
    defect: "The boundary parses with the newest grammar whatever the server's version.",
    engine: { ...realEngine, grammarFor: () => realEngine.grammarFor(180_000) },
  },
  {
    id: 'apply.as-connecting-role',
    caughtBy: 'batches: a probe that fails as superuser (rehearsal.apply-least-privilege)',
    defect: "The apply batch runs on a session of the connecting role (a superuser), not as the clone's apply role.",
    engine: withCloneChange(onConnectingRole),
    serverOnly: true,
  },
];

/** The controls: the real engine, and the reference capture with no defect. */
export const CONTROL_ENGINES: readonly KnownBadEngine[] = [
  { id: 'control.real-engine', caughtBy: 'none: a control', defect: 'none', engine: realEngine },
  { id: 'control.reference-capture', caughtBy: 'none: a control', defect: 'none', engine: withCapture(referenceCapture()) },
];
