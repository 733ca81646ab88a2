import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot } from '../../support/check';
import { molLetter } from './mol-support';

describe('mol-meroffentlighed', () => {
  it.each([
    [
      'meroffentlighed considered',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, nr. 1.',
        'Vi har overvejet, om du kan få aktindsigt i videre omfang, end loven giver ret til (meroffentlighed), men finder ikke grundlag for det.',
      ),
    ],
    ['a full grant', molLetter('Du får aktindsigt i alle dokumenterne.')],
    [
      'not an MOL letter (meroffentlighed-missing is the 2013 rule)',
      snapshot(
        'Afgørelse',
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-meroffentlighed', doc)).toEqual([]);
  });

  it.each([
    ['a refusal', molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, nr. 1.')],
    [
      'a partial grant',
      molLetter(
        'Du får aktindsigt i målingerne. Vi giver dig afslag på aktindsigt i notatet, jf. offentlighedslovens § 7, nr. 1.',
      ),
    ],
  ])('reports, as info only: %s', (_, doc) => {
    const findings = findingsOf('mol-meroffentlighed', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.paragraph])).toEqual([
      ['notMentioned', 'info', 3],
    ]);
    expect(findings[0]?.message).toMatch(/§ 4, stk\. 1, 2\. pkt\., jf\. miljøoplysningslovens § 6, stk\. 2/);
    expect(findings[0]?.message).toMatch(/uafklaret i praksis/);
  });
});
