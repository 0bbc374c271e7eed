/**
 * Named budgets: `ci` for `npm test`, `nightly` for the fuzz run. Pure properties are cheap;
 * database properties cost a scratch namespace per case; rehearsal properties a whole clone.
 */
export interface Profile {
  readonly name: 'ci' | 'nightly';
  /** Cases per property per target, by how much a case costs. */
  readonly runs: { readonly pure: number; readonly database: number; readonly rehearsal: number };
}

export const PROFILES: Readonly<Record<Profile['name'], Profile>> = Object.freeze({
  ci: { name: 'ci', runs: { pure: 200, database: 12, rehearsal: 3 } },
  nightly: { name: 'nightly', runs: { pure: 5000, database: 300, rehearsal: 60 } },
});

export function profileFromEnv(env: { REHEARSE_PROFILE?: string | undefined } = process.env): Profile {
  const name = env.REHEARSE_PROFILE ?? 'ci';
  const profile = PROFILES[name as Profile['name']];
  if (!profile) throw new Error(`REHEARSE_PROFILE=${name}: expected one of ${Object.keys(PROFILES).join(', ')}`);
  return profile;
}
