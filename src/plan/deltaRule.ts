/**
 * An `expected_delta` entry as a rule that holds on every before-state (rehearsal-plan/v3): a
 * whole number is the exact change in rows, as in v1 and v2; a string is `"N"`, `"+N"`, `"-N"`
 * (exactly that change) or a comparison `">=N"`, `">N"`, `"<=N"`, `"<N"` (e.g. `">=0"`: the
 * table may gain rows, never lose one). `rehearse fuzz --plan` checks the rule on every
 * generated state, so a plan can say what it means rather than what one dump gave.
 */

export type DeltaComparison = '=' | '>=' | '>' | '<=' | '<';

export interface DeltaRule {
  readonly op: DeltaComparison;
  readonly n: number;
  /** As the plan wrote it: a number, or the rule's text. */
  readonly written: number | string;
}

const RULE = /^(>=|<=|>|<|\+|-)?(\d{1,15})$/;

/** The rule a written entry means; `null` with no explanation when it is not one (the caller names the field). */
export function parseDeltaRule(written: number | string): DeltaRule | null {
  if (typeof written === 'number') return Number.isSafeInteger(written) ? { op: '=', n: written, written } : null;
  const m = RULE.exec(written.trim());
  if (!m) return null;
  const n = Number(m[2]);
  const sign = m[1];
  if (sign === undefined || sign === '+') return { op: '=', n, written };
  if (sign === '-') return { op: '=', n: -n, written };
  return { op: sign as DeltaComparison, n, written };
}

/** What a rule says in words for a message: "+1", "≥ 0". */
export function describeDeltaRule(rule: DeltaRule): string {
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return rule.op === '=' ? signed(rule.n) : `${rule.op}${rule.n}`;
}

export function deltaHolds(rule: DeltaRule, actual: number): boolean {
  switch (rule.op) {
    case '=':
      return actual === rule.n;
    case '>=':
      return actual >= rule.n;
    case '>':
      return actual > rule.n;
    case '<=':
      return actual <= rule.n;
    case '<':
      return actual < rule.n;
  }
}

export const DELTA_RULE_HINT = 'expected a whole number, or a rule such as "+1", "-2", "0", ">=0", ">1", "<=5"';
