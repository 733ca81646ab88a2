import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/check';
import type { DocumentSnapshot } from '../../src/check/types';
import { GROUNDS } from '../../src/grounds/catalogue';
import type { Ground } from '../../src/grounds/types';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision, InsertionPlan } from '../../src/letter/types';
import { composedPlan, decisionOn, snapshot, tagged, untagged } from '../support/check';

function composed(ground: Ground): InsertionPlan {
  return composedPlan(decisionOn([ground.id]));
}

describe('letters the add-in composes pass the check', () => {
  it.each(GROUNDS.map((g) => [g.id, g] as const))('%s', (_, ground) => {
    const plan = composed(ground);
    for (const doc of [tagged(plan), untagged(plan)]) {
      const report = checkDocument(doc, { today: '2025-03-10' });
      expect(report.kind).toBe('decision');
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('recognises the same parts with and without our tags', () => {
    const plan = composed(GROUNDS.find((g) => g.id === 'offl-30-1') as Ground);
    const present = (doc: DocumentSnapshot) =>
      checkDocument(doc)
        .parts.filter((p) => p.present)
        .map((p) => p.part);
    expect(present(untagged(plan))).toEqual(present(tagged(plan)));
    expect(present(tagged(plan))).toEqual([
      'date',
      'request_reference',
      'decision',
      'reasoning',
      'meroffentlighed',
      'legal_basis',
      'complaint_guidance',
      'sender',
    ]);
  });
});

describe('outcome and kind', () => {
  it.each([
    ['Vi afslår din anmodning om aktindsigt.', 'refusal'],
    ['Din anmodning om aktindsigt kan ikke imødekommes.', 'refusal'],
    ['Du får delvis aktindsigt.', 'partial'],
    ['Vi har besluttet at give dig aktindsigt.', 'grant'],
    ['Vi imødekommer din anmodning om aktindsigt.', 'grant'],
    ['Vi afviser din anmodning om aktindsigt, jf. offentlighedslovens § 9, stk. 1.', 'dismissal'],
    ['Der gives ikke afslag på nogen del af anmodningen. Vi imødekommer din anmodning.', 'grant'],
  ])('%s -> %s', (text, outcome) => {
    expect(checkDocument(snapshot('Afgørelse', text)).outcome).toBe(outcome);
  });

  it('a § 36 notice is not judged as a decision missing its parts', () => {
    const report = checkDocument(
      snapshot(
        '12. marts 2025',
        'Du har den 3. marts 2025 anmodet om aktindsigt i sagen om Skolevej.',
        'Vi kan ikke nå at besvare din anmodning inden for fristen på 7 arbejdsdage, jf. offentlighedslovens § 36, stk. 2.',
        'Med venlig hilsen',
      ),
    );
    expect(report.kind).toBe('delay-notice');
    expect(report.findings.filter((f) => f.ruleId === 'required-parts')).toEqual([]);
  });
});

describe('composed letters that are not decisions', () => {
  const cases: [Decision['kind'], Partial<Decision>][] = [
    ['delay-notice', {}],
    ['identification-request', { grounds: [{ groundId: 'offl-9-1', values: {} }] }],
  ];
  it.each(cases)('%s keeps its kind and is not judged as a decision', (kind, extra) => {
    const plan = composePlan(
      {
        kind,
        basis: 'offl-7',
        outcome: 'refusal',
        request: { receivedDate: '2025-03-03', subject: 'sagen' },
        grounds: [],
        caseAreaId: 'sociale-sager',
        letterDate: '2025-03-12',
        companionValues: {
          aarsag: 'a',
          forventet_dato: '1. april 2025',
          uklart: 'b',
          svarfrist: '20. marts 2025',
        },
        ...extra,
      },
      EXAMPLE_PROFILE,
    );
    const report = checkDocument(tagged(plan));
    expect(report.kind).toBe(kind);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
