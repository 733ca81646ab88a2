import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

describe('mol-emissions', () => {
  it.each([
    ['the composed letter (emissions answered)', tagged(molPlan(['offl1985-12-1-2']))],
    [
      'typed by hand, answered',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
        'Der er ikke tale om oplysninger om emissioner, jf. miljøoplysningslovens § 2, stk. 5.',
      ),
    ],
    [
      '§ 7 is not in § 2, stk. 5',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7.'),
    ],
    [
      '§ 13, stk. 1, nr. 5 is not in § 2, stk. 5',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 5.'),
    ],
    [
      'not an MOL letter',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 2.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-emissions', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 12, stk. 1, nr. 2',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.'),
    ],
    [
      '§ 13, stk. 1, nr. 6',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 6.'),
    ],
    ['§ 10, nr. 3', molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 10, nr. 3.')],
    [
      'a party: forvaltningslovens § 12, stk. 1',
      molLetter('Du får ikke aktindsigt, jf. forvaltningslovens § 12, stk. 1, nr. 1.'),
    ],
  ])('fails: %s', (_, doc) => {
    const findings = findingsOf('mol-emissions', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['notAddressed', 'warning']]);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 5/);
  });
});
