/**
 * Composition with every ground of a request basis ticked (the largest plan a jurist can ask for), for each
 * basis: decision, reasoning, companions, complaint guidance and the legal-basis quotation.
 */
import type { Bench } from 'tinybench';
import { GROUNDS } from '../src/grounds/catalogue';
import type { RequestBasis } from '../src/grounds/types';
import { composePlan } from '../src/letter/compose';
import { EXAMPLE_PROFILE } from '../src/letter/profile';
import type { Decision } from '../src/letter/types';

export const title = 'composePlan';

const BASES: RequestBasis[] = ['offl-7', 'offl-8', 'fvl-9'];

function everyGround(basis: RequestBasis): Decision {
  return {
    kind: 'decision',
    basis,
    outcome: 'refusal',
    request: {
      receivedDate: '2025-03-03',
      subject: 'sagen om renovering af Skolevej',
      requester: 'Eva Eksempel',
    },
    grounds: GROUNDS.filter((g) => g.bases.includes(basis)).map((g) => ({ groundId: g.id, values: {} })),
    caseAreaId: EXAMPLE_PROFILE.caseAreas[0]?.id,
    letterDate: '2025-03-10',
  };
}

export function register(bench: Bench): void {
  for (const basis of BASES) {
    const decision = everyGround(basis);
    bench.add(`every ground ticked, ${basis} (${decision.grounds.length} grounds)`, () => {
      composePlan(decision, EXAMPLE_PROFILE);
    });
  }
}
