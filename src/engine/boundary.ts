/** RX-2's mutation boundary: classification plus the plan's policy. */
import { classifyBatch, loadParser, type ClassifiedStatement } from '../boundary/classifyBatch.ts';
import type { RehearsalPlan } from '../plan/loadPlan.ts';

export interface BoundaryViolation {
  readonly statement: number;
  readonly kind: string;
  readonly reason: string;
}

export interface BoundaryResult {
  readonly statements: readonly ClassifiedStatement[];
  readonly violations: readonly BoundaryViolation[];
}

/**
 * INSERT is allowed when the policy allows it (the default); UPDATE, DELETE, UPSERT and REPLACE
 * only when the plan justifies that statement by its position and kind; reads always; anything
 * else never. `isReadOnly` (SQLite's own `readonly` flag) must agree with the classification.
 */
export async function checkBoundary(
  sql: string,
  dialect: 'postgres' | 'sqlite',
  policy: RehearsalPlan['policy'],
  isReadOnly: ((statement: string) => boolean) | null,
): Promise<BoundaryResult> {
  await loadParser();
  const classified = classifyBatch(sql, dialect);
  if ('unreadable' in classified) return { statements: [], violations: [{ statement: 0, kind: 'UNREADABLE', reason: classified.unreadable }] };
  const violations: BoundaryViolation[] = [];
  for (const s of classified) {
    const { kind, violation } = s.class;
    if (violation !== null) {
      violations.push({ statement: s.index, kind, reason: violation });
      continue;
    }
    if (kind === 'INSERT' && !policy.allow.includes('INSERT')) {
      violations.push({ statement: s.index, kind, reason: 'the policy does not allow INSERT' });
    } else if (kind !== 'INSERT' && kind !== 'READ' && !policy.justified.some((j) => j.statement === s.index && j.kind === kind)) {
      violations.push({ statement: s.index, kind, reason: `${kind} needs a justification for statement ${s.index} in the plan` });
    }
    if (isReadOnly) {
      let readOnly: boolean;
      try {
        readOnly = isReadOnly(s.sql);
      } catch {
        violations.push({ statement: s.index, kind, reason: 'SQLite cannot prepare this statement' });
        continue;
      }
      if (readOnly !== (kind === 'READ')) {
        violations.push({ statement: s.index, kind, reason: `SQLite's readonly flag (${readOnly}) disagrees with the classification` });
      }
    }
  }
  return { statements: classified, violations };
}
