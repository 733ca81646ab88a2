import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot } from '../../support/check';
import { molLetter } from './mol-support';

describe('mol-2013-ground', () => {
  it.each([
    [
      'an ordinary 2013 letter on § 24',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 24, stk. 1.'),
    ],
    [
      '§ 24 inside a stated 2013 second track',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, jf. miljøoplysningslovens § 2, stk. 1.',
        'Vi har desuden vurderet anmodningen efter den gældende offentlighedslov; efter offentlighedslovens § 24, stk. 1, har du heller ikke ret til aktindsigt.',
      ),
    ],
    [
      'an MOL letter on 1985 § 7',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-2013-ground', doc)).toEqual([]);
  });

  it.each([
    [
      'ministerbetjening, § 24',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 24, stk. 1.'),
      /ministerbetjening/,
    ],
    [
      'the resource rule, § 9, stk. 2',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 9, stk. 2, nr. 1.'),
      /ressourceforbrug/,
    ],
  ])('fails: %s', (_, doc, name) => {
    const findings = findingsOf('mol-2013-ground', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['only2013', 'error']]);
    expect(findings[0]?.message).toMatch(name);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 1, og § 6, stk\. 2/);
  });
});
