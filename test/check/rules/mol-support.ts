/** Shared letters for the MOL rules' tests: an MOL letter built from a few paragraphs. */
import { COMPANION_VALUES, composedPlan, snapshot } from '../../support/check';
import { MOL_GROUNDS } from '../../../src/grounds';
import { WEIGHING_FIELDS } from '../../../src/letter/compose-mol';
import type { Decision } from '../../../src/letter/types';
import type { DocumentSnapshot } from '../../../src/check/types';

/** An MOL decision on the given MOL grounds, every field filled. */
export function molDecision(groundIds: string[], extra: Partial<Decision> = {}): Decision {
  return {
    kind: 'decision',
    basis: 'offl-7',
    regime: 'mol',
    outcome: 'refusal',
    emissions: 'no',
    request: {
      receivedDate: '2025-03-03',
      subject: 'miljøgodkendelsen af Eksempel Galvanisering A/S',
      requester: 'Eva Eksempel',
    },
    grounds: groundIds.map((id) => {
      const g = MOL_GROUNDS.find((x) => x.id === id);
      if (!g) throw new Error(`No MOL ground ${id}`);
      return {
        groundId: id,
        values: Object.fromEntries(
          [...g.fields, ...WEIGHING_FIELDS].map((f) => [f.name, `udfyldt ${f.name}`]),
        ),
      };
    }),
    companionValues: COMPANION_VALUES,
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-10',
    ...extra,
  } as Decision;
}

export const molPlan = (groundIds: string[], extra: Partial<Decision> = {}) =>
  composedPlan(molDecision(groundIds, extra));

/** A hand-typed MOL letter: date, request (received 3 March 2025), decision, then the given paragraphs. */
export const molLetter = (decision: string, ...more: string[]): DocumentSnapshot =>
  snapshot(
    '10. marts 2025',
    'Du har den 3. marts 2025 anmodet om aktindsigt i miljøgodkendelsen af Eksempel Galvanisering A/S. Vi har behandlet anmodningen efter miljøoplysningsloven.',
    'Afgørelse',
    decision,
    ...more,
  );
