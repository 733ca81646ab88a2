import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

describe('mol-statistics', () => {
  it.each([
    ['the composed MOL letter on § 7', tagged(molPlan(['offl1985-7-1']))],
    [
      '1985 § 10, nr. 4 in an MOL letter',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 10, nr. 4.'),
    ],
    [
      'an ordinary 2013 letter citing § 27, nr. 5',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 27, nr. 5.'),
    ],
    [
      '§ 10, nr. 5 in a stated 2013 track (the 2013 act has no such ground; not this rule)',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 13, stk. 1, nr. 6.',
        'Vi har desuden vurderet sagen efter den gældende offentlighedslov, jf. offentlighedslovens § 10, nr. 5.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-statistics', doc)).toEqual([]);
  });

  it.each([
    [
      'in an MOL letter',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 10, nr. 5.'),
    ],
    [
      'named with its year',
      molLetter('Vi giver dig afslag på aktindsigt, jf. § 10, nr. 5, i offentlighedsloven fra 1985.'),
    ],
  ])('fails: %s', (_, doc) => {
    const findings = findingsOf('mol-statistics', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['statistics', 'error']]);
    expect(findings[0]?.location.text).toMatch(/§ 10, nr\. 5/);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 4/);
  });
});
