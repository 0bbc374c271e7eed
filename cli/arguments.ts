/** Argument values the CLI reads before it loads a command: light, so `--help` stays fast. */

/** The target `rehearse run` uses when neither the plan nor `--target` names one. */
export const DEFAULT_RUN_TARGET = 'pglite:';

/** `90`, `90s`, `10m`, `1h30m` → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(text.trim());
  if (!match || text.trim() === '' || match.slice(1).every((g) => g === undefined)) {
    throw new Error(`${JSON.stringify(text)}: expected a duration such as 90s, 10m or 1h30m`);
  }
  const [h, m, s] = match.slice(1).map((g) => Number(g ?? 0));
  const ms = ((h! * 60 + m!) * 60 + s!) * 1000;
  if (ms <= 0) throw new Error(`${JSON.stringify(text)}: the budget must be more than zero`);
  return ms;
}
