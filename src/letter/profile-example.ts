/**
 * The authority profile's example and merge, without its validation: what the task pane needs to show the
 * example profile at once, before (and without) loading the schema library. `./profile` re-exports both.
 */
import type { AuthorityProfile, CaseArea } from './types';

function cloneCaseArea(area: CaseArea): CaseArea {
  return { ...area };
}

/**
 * The administrator's profile with the user's overrides. A field the overrides give replaces the base's
 * field; arrays (address, signature, extraNonWorkingDays, caseAreas) are replaced wholesale, never
 * concatenated or merged by id, so a user who overrides `caseAreas` owns the whole list. A field set to
 * `undefined` in the overrides counts as not given. The result shares no arrays or objects with either input.
 * It is not validated: run `parseProfile` on it where the source is untrusted.
 * @example mergeProfile(EXAMPLE_PROFILE, { signature: ['Venlig hilsen', 'Eva Eksempel'] }).signature.length // 2
 */
export function mergeProfile(base: AuthorityProfile, overrides: Partial<AuthorityProfile>): AuthorityProfile {
  const given = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  ) as Partial<AuthorityProfile>;
  const merged: AuthorityProfile = { ...base, ...given };
  return {
    ...merged,
    address: [...merged.address],
    signature: [...merged.signature],
    extraNonWorkingDays: [...merged.extraNonWorkingDays],
    caseAreas: merged.caseAreas.map(cloneCaseArea),
    ...(merged.mol ? { mol: { ...merged.mol } } : {}),
  };
}

/**
 * A realistic, fictional municipality. The appeal bodies are real: Ankestyrelsen for social cases,
 * Byggeklageenheden for decisions under byggeloven, Planklagenævnet for decisions under planloven; staff and
 * the municipality's own economy and administration have no appeal body, so the § 38 route applies. No
 * complaint deadline is given: the administrator adds one only where the law of the case area sets it.
 */
export const EXAMPLE_PROFILE: AuthorityProfile = {
  name: 'Eksempel Kommune',
  unit: 'Juridisk Sekretariat',
  kind: 'municipality',
  address: ['Rådhuspladsen 1', '9999 Eksempelby'],
  signature: ['Venlig hilsen', 'Jens Jensen', 'Jurist'],
  extraNonWorkingDays: ['2025-05-30', '2025-12-24', '2025-12-31'],
  caseAreas: [
    {
      id: 'sociale-sager',
      name: 'Sociale sager',
      appealBody: 'Ankestyrelsen',
      supervisionRoute: false,
      partyAppealBody: 'Ankestyrelsen',
    },
    { id: 'byggesager', name: 'Byggesager', appealBody: 'Byggeklageenheden', supervisionRoute: false },
    { id: 'plansager', name: 'Plansager', appealBody: 'Planklagenævnet', supervisionRoute: false },
    { id: 'personalesager', name: 'Personalesager', supervisionRoute: true },
    { id: 'oekonomi-administration', name: 'Kommunens økonomi og administration', supervisionRoute: true },
  ],
};
