import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

describe('mol-directive', () => {
  it.each([
    [
      'the composed MOL letter on § 13, stk. 1, nr. 5 (its directive block)',
      tagged(molPlan(['offl1985-13-1-5'])),
    ],
    [
      '§ 13, stk. 1, nr. 2 (not in § 2, stk. 6)',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 2.'),
    ],
    [
      'the directive addressed',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 4.',
        'Et afslag strider ikke mod artikel 4, stk. 2, i direktiv 2003/4/EF, jf. miljøoplysningslovens § 2, stk. 6.',
      ),
    ],
    [
      'an ordinary 2013 letter on § 33, nr. 2',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 33, nr. 2.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-directive', doc)).toEqual([]);
  });

  it.each([
    [
      '1985 § 13, stk. 1, nr. 4 (kommune: planning)',
      molLetter(
        'Vi giver dig afslag på aktindsigt i tilsynsplanen, jf. offentlighedslovens § 13, stk. 1, nr. 4.',
      ),
      'offentlighedslovens § 13, stk. 1, nr. 4',
    ],
    [
      '1985 § 13, stk. 1, nr. 6 (emissions addressed, the directive not)',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 6. Oplysningerne angår ikke emissioner.',
      ),
      'offentlighedslovens § 13, stk. 1, nr. 6',
    ],
    [
      'a party: forvaltningslovens § 15, stk. 1, nr. 5 (LBK 988/2012)',
      molLetter('Du får ikke aktindsigt i budgetnotatet, jf. forvaltningslovens § 15, stk. 1, nr. 5.'),
      'forvaltningslovens § 15, stk. 1, nr. 5',
    ],
  ])('fails: %s', (_, doc, text) => {
    const findings = findingsOf('mol-directive', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.text])).toEqual([
      ['notAddressed', 'info', text],
    ]);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 6/);
  });
});
