import { describe, expect, it } from 'vitest';
import { composedPlan, decisionOn, edit, findingsOf, snapshot, tagged, untagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));

describe('quotation-differs', () => {
  it.each([
    ['the composed letter (tagged)', letter],
    ['the composed letter typed by hand', untagged(composedPlan(decisionOn(['offl-30-1'])))],
    [
      'a quotation with other spacing and a soft hyphen',
      edit(
        letter,
        (t) => t.startsWith('§ 30.'),
        (t) => t.replace('omfatter ikke', 'omfatter  ik\u00adke'),
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('quotation-differs', doc)).toEqual([]);
  });

  it.each([
    [
      'a word added',
      (t: string) => t.startsWith('§ 30.'),
      (t: string) => t.replace('omfatter ikke', 'omfatter normalt ikke'),
      'Offentlighedslovens § 30, stk. 1, afviger fra lovteksten: »normalt« er tilføjet.',
    ],
    [
      'a word changed (the seed letter error)',
      (t: string) => t.startsWith('2) indførelser'),
      (t: string) => t.replace('indførelser', 'indførsler'),
      'Offentlighedslovens § 7, stk. 2, afviger fra lovteksten: »indførsler« i stedet for »indførelser«.',
    ],
    [
      'a word missing',
      (t: string) => t.startsWith('Stk. 3. Retten til aktindsigt efter stk. 2'),
      (t: string) => t.replace(' af myndigheden m.v.,', ' m.v.,'),
      'Offentlighedslovens § 7, stk. 3, afviger fra lovteksten: »af myndigheden« mangler.',
    ],
  ])('fails: %s', (_, find, change, message) => {
    const findings = findingsOf('quotation-differs', edit(letter, find, change));
    expect(findings.map((f) => [f.messageId, f.severity, f.message])).toEqual([
      ['differs', 'error', message],
    ]);
  });

  it('compares with the wording in force on the letter date (§ 9, stk. 2 before 1 July 2024)', () => {
    const old = tagged(composedPlan(decisionOn(['offl-9-2-1'], { letterDate: '2023-05-10' })));
    expect(findingsOf('quotation-differs', old)).toEqual([]);
    const datedNow = edit(
      old,
      (t) => t === '10. maj 2023',
      () => '10. maj 2025',
    );
    expect(findingsOf('quotation-differs', datedNow).map((f) => f.messageId)).toContain('differs');
  });

  it('a text we do not hold is an info, never an error', () => {
    const doc = snapshot(
      '10. marts 2025',
      'Afgørelse',
      'Vi afslår din anmodning, jf. databeskyttelseslovens § 22.',
      'Uddrag af databeskyttelsesloven',
      '§ 22. Reglerne i artikel 13-15 i databeskyttelsesforordningen finder ikke anvendelse.',
    );
    expect(findingsOf('quotation-differs', doc).map((f) => [f.messageId, f.severity])).toEqual([
      ['notHeld', 'info'],
    ]);
  });
});
