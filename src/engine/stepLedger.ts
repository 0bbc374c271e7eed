/**
 * The step bookkeeping of a rehearsal: every step starts NOT_RUN (or NOT_REQUESTED), a finding
 * blocks it with a code, and only a step that ran to its end with no finding is marked PASS.
 */
import { STEPS, type RehearsalCode, type StepId, type StepRecord } from './steps.ts';
import { defined } from '../util/defined.ts';

export class StepLedger {
  private readonly records = new Map<StepId, StepRecord>(
    STEPS.map((s) => [s.id, { id: s.id, name: s.name, status: 'NOT_RUN', codes: [], details: {} }]),
  );
  /** The step under way: a step that stops on an error is this one. */
  current: StepId = 'RX-0';

  constructor(notRequested: readonly StepId[]) {
    for (const id of notRequested) this.record(id).status = 'NOT_REQUESTED';
  }

  record(id: StepId): StepRecord {
    return defined(this.records.get(id), `the record of step ${id}`);
  }

  /** The details of the step under way. */
  get details(): Record<string, unknown> {
    return this.record(this.current).details;
  }

  /** A finding: the step is BLOCKED with `code` (once), and `detail` joins its details. */
  block(code: RehearsalCode, detail?: Record<string, unknown>, id: StepId = this.current): void {
    const s = this.record(id);
    s.status = 'BLOCKED';
    if (!s.codes.includes(code)) s.codes.push(code);
    if (detail) Object.assign(s.details, detail);
  }

  /** The step ran to its end: PASS, unless it found something. */
  finishStep(id: StepId): boolean {
    const s = this.record(id);
    if (s.codes.length === 0 && s.status === 'NOT_RUN') s.status = 'PASS';
    return s.status === 'PASS';
  }

  all(): StepRecord[] {
    return STEPS.map((s) => this.record(s.id));
  }

  /** READY only when no step found anything, at least one mode was rehearsed, and every step passed or was not requested. */
  ready(): boolean {
    const records = this.all();
    const modesPassed = records.filter((r) => (r.id === 'RX-3' || r.id === 'RX-4') && r.status === 'PASS').length;
    return this.codes().length === 0 && modesPassed > 0 && records.every((r) => r.status === 'PASS' || r.status === 'NOT_REQUESTED');
  }

  codes(): RehearsalCode[] {
    return [...new Set(this.all().flatMap((r) => r.codes))];
  }
}
