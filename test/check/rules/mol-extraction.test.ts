import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

describe('mol-extraction', () => {
  it.each([
    ['the composed MOL letter on § 7, nr. 1 (its 1985 extraction block)', tagged(molPlan(['offl1985-7-1']))],
    [
      'extraction considered',
      molLetter(
        'Vi giver dig afslag på aktindsigt i notaterne, jf. offentlighedslovens § 7, nr. 1.',
        'Notaterne indeholder ingen oplysninger om sagens faktiske omstændigheder, som ikke fremgår af sagens øvrige dokumenter.',
      ),
    ],
    [
      '§ 12, stk. 1, nr. 2 (no extraction duty)',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.'),
    ],
    [
      '§ 10, nr. 5 (not in the list)',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 10, nr. 5.'),
    ],
    [
      'an ordinary 2013 letter on § 23 (extraction-missing is the 2013 rule)',
      snapshot(
        'Afgørelse',
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-extraction', doc)).toEqual([]);
  });

  it.each([
    [
      '1985 § 7 (kommune)',
      molLetter('Vi giver dig afslag på aktindsigt i notaterne, jf. offentlighedslovens § 7, nr. 1.'),
      'missing1985',
      /§ 11 i offentlighedsloven fra 1985/,
    ],
    [
      '1985 § 10, nr. 4 (Miljøstyrelsen, advice for litigation)',
      molLetter(
        'Miljøstyrelsen giver afslag på aktindsigt i advokatens notat, jf. offentlighedslovens § 10, nr. 4.',
      ),
      'missing1985',
      /Ordlyden af § 11 er ikke med i lovdata/,
    ],
    [
      'a party: forvaltningslovens § 12, stk. 1 (LBK 988/2012)',
      molLetter(
        'Du får ikke aktindsigt i sagsbehandlerens notat, jf. forvaltningslovens § 12, stk. 1, nr. 1.',
      ),
      'missingParty',
      /forvaltningslovens § 12, stk\. 2 \(lovbekendtgørelse nr\. 988 af 9\. oktober 2012\)/,
    ],
  ])('fails: %s', (_, doc, messageId, provision) => {
    const findings = findingsOf('mol-extraction', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([[messageId, 'info']]);
    expect(findings[0]?.message).toMatch(provision);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 6, stk\. 2/);
  });
});
