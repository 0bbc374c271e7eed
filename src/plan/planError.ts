/** Bad input — the plan, its files, its clone source: the caller's to report (exit 2), never a BLOCKED rehearsal. */
export class PlanError extends Error {
  override readonly name: string = 'PlanError';
}
