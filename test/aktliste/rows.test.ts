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
