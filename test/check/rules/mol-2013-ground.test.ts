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
    [
      '§ 24 in a section headed "Øvrige dokumenter" with no environmental term',
      molLetter(
        'Du får aktindsigt i støjmålingerne, jf. miljøoplysningslovens § 2, stk. 1.',
        'Øvrige dokumenter',
        'Vi giver dig afslag på aktindsigt i ministerens talepapir, jf. offentlighedslovens § 24, stk. 1.',
      ),
    ],
    [
      '§ 24 after a paragraph that says the documents are not environmental information',
      molLetter(
        'Du får aktindsigt i støjmålingerne, jf. miljøoplysningslovens § 2, stk. 1.',
        'Dokument 4-6 indeholder ikke miljøoplysninger.',
        'Vi giver dig afslag på aktindsigt i dokument 4-6, jf. offentlighedslovens § 24, stk. 1.',
      ),
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
    [
      '§ 24 under a heading that only names the ground (the Kystdirektoratet case)',
      molLetter(
        'Du får delvis aktindsigt, jf. miljøoplysningslovens § 2, stk. 1.',
        'Ministerbetjening',
        'Vi giver dig afslag på aktindsigt i notaterne til ministeren, jf. offentlighedslovens § 24, stk. 1.',
      ),
      /ministerbetjening/,
    ],
    [
      '§ 24 under "Øvrige dokumenter" whose section speaks of the wastewater',
      molLetter(
        'Du får aktindsigt i støjmålingerne, jf. miljøoplysningslovens § 2, stk. 1.',
        'Øvrige dokumenter',
        'Vi giver dig afslag på aktindsigt i ministerens notat om spildevandsudledningen, jf. offentlighedslovens § 24, stk. 1.',
      ),
      /ministerbetjening/,
    ],
    [
      '§ 24 after "ikke miljøoplysninger", once the letter speaks of environmental information again',
      molLetter(
        'Dokument 4-6 indeholder ikke miljøoplysninger, og du får aktindsigt i dem.',
        'Målingerne af spildevandet er miljøoplysninger.',
        'Vi giver dig afslag på aktindsigt i målingerne, jf. offentlighedslovens § 24, stk. 1.',
      ),
      /ministerbetjening/,
    ],
    [
      '"ikke" before the act\'s name is no statement that the information is not environmental',
      molLetter(
        'Vi finder ikke grundlag for aktindsigt efter miljøoplysningsloven, jf. offentlighedslovens § 24, stk. 1.',
      ),
      /ministerbetjening/,
    ],
  ])('fails: %s', (_, doc, name) => {
    const findings = findingsOf('mol-2013-ground', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['only2013', 'error']]);
    expect(findings[0]?.message).toMatch(name);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 1, og § 6, stk\. 2/);
  });
});
