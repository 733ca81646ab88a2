import { describe, expect, it } from 'vitest';
import { buildAktliste, proposeOutcome, toCaseDocuments } from '../../src/aktliste/rows';
import { HEADER } from './support';

const build = (rows: (string | null)[][]) =>
  buildAktliste([{ name: 'Ark1', rows: [HEADER, ...rows] }], { basis: 'offl-7' });
const problems = (rows: (string | null)[][]) => build(rows).rows.map((r) => r.problems.map((p) => p.code));

describe("a row's problems", () => {
  it.each([
    ['withheld without a reason', ['1', 'Notat', '01.03.2025', 'Nej', ''], ['noReason']],
    ['partly withheld without a reason', ['1', 'Notat', '01.03.2025', 'Delvis', null], ['noReason']],
    [
      'blank decision on a row with a reason',
      ['1', 'Notat', '01.03.2025', '', 'Internt dokument'],
      ['decisionMissing'],
    ],
    [
      'a decision nobody wrote down',
      ['1', 'Notat', '01.03.2025', 'Afventer', 'Internt dokument'],
      ['decisionUnknown'],
    ],
    ['no title', ['1', '', '01.03.2025', 'Ja', ''], ['titleMissing']],
    ['a date that is none', ['1', 'Notat', 'i sidste uge', 'Ja', ''], ['dateUnreadable']],
    [
      'a reason on a handed-out document is no ground',
      ['1', 'Notat', '01.03.2025', 'Ja', 'offl. § 30, nr. 1'],
      [],
    ],
  ])('%s', (_, row, expected) => {
    expect(problems([row])).toEqual([expected]);
  });

  it('keeps the grounds of an undecided row, but leaves it out of the documents and the outcome', () => {
    const list = build([
      ['1', 'Ansøgning', '01.03.2025', 'Ja', ''],
      ['2', 'Notat', '01.03.2025', 'Afventer', 'Internt dokument'],
    ]);
    expect(list.rows[1]?.grounds.map((g) => g.id)).toEqual(['offl-23-1-1']);
    expect(toCaseDocuments(list.rows).map((d) => d.number)).toEqual(['1']);
    expect(list.outcome).toBe('grant');
  });
});

describe('the outcome the rows propose', () => {
  it.each([
    [['granted', 'granted'], 'grant'],
    [['withheld', 'withheld'], 'refusal'],
    [['granted', 'withheld'], 'partial'],
    [['partial'], 'partial'],
    [['partial', 'withheld'], 'partial'],
    [[], undefined],
  ] as const)('%j -> %s', (decisions, outcome) => {
    expect(proposeOutcome(decisions.map((decision) => ({ decision })))).toBe(outcome);
  });

  it('rows outside the request do not count', () => {
    expect(proposeOutcome([{ decision: 'withheld' }, { decision: 'granted', outside: 'column' }])).toBe(
      'refusal',
    );
  });
});

describe('the basis read from the reasons, when the caller gives none', () => {
  const basisOf = (...reasons: string[]) =>
    buildAktliste([
      { name: 'Ark1', rows: [HEADER, ...reasons.map((r, i) => [String(i + 1), 'Notat', '', 'Nej', r])] },
    ]).basis;

  it.each([
    [['offl. § 30, nr. 1'], 'offl-7'],
    [['fvl. § 15 b, nr. 2'], 'fvl-9'],
    [['fvl. § 15 b, nr. 2', 'offl. § 30, nr. 1'], 'offl-7'],
    [['Internt dokument'], 'offl-7'],
    // The letter's own table under miljøoplysningsloven, and lists that name the act or the 1985 act.
    [['offl. 1985 § 7, nr. 1'], 'mol'],
    [['fvl. § 12, stk. 1, nr. 1', '1985-offentlighedslovens § 10, nr. 1'], 'mol'],
    [['Miljøoplysningslovens § 2, stk. 3, jf. offentlighedsloven af 1985 § 13'], 'mol'],
  ] as const)('%j -> %s', (reasons, expected) => {
    expect(basisOf(...reasons)).toBe(expected);
  });
});
