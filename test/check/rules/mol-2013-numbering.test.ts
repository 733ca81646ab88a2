import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

const HEADING_1985 = 'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985';

describe('mol-2013-numbering', () => {
  it.each([
    ['the composed MOL letter on § 12, stk. 1, nr. 2', tagged(molPlan(['offl1985-12-1-2']))],
    ['the composed MOL letter on § 13, stk. 1, nr. 5', tagged(molPlan(['offl1985-13-1-5']))],
    [
      'the 1985 numbering',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.'),
    ],
    [
      'a stated 2013 second track citing § 30, nr. 2',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
        'Kommunen har desuden vurderet sagen efter den gældende offentlighedslov. Heller ikke efter offentlighedslovens § 30, nr. 2, kan du få aktindsigt.',
      ),
    ],
    [
      'an ordinary 2013 letter citing § 30, nr. 1',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 1.'),
    ],
    [
      '§ 24 (mol-2013-ground reports it as an error)',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 24.'),
    ],
    [
      '§ 14 of the 1985 act (confidentiality), not meroffentlighed',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 14 og tavshedspligten i lov om X.',
      ),
    ],
    [
      '§ 30, nr. 1 in a section on other documents',
      molLetter(
        'Du får aktindsigt i målingerne af spildevandet, jf. miljøoplysningslovens § 2, stk. 1.',
        'Øvrige dokumenter',
        'Vi giver dig afslag på aktindsigt i personalesagen, jf. offentlighedslovens § 30, nr. 1.',
      ),
    ],
    [
      'the 1985 text of § 10 quoted under the 1985 heading',
      molLetter(
        'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 10, nr. 4.',
        HEADING_1985,
        '§ 10. Retten til aktindsigt omfatter ikke:',
        '4) Myndigheders brevveksling med sagkyndige til brug i retssager eller ved overvejelse af, om retssag bør føres.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-2013-numbering', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 30, nr. 1 (kommune style)',
      molLetter('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 1.'),
      'offentlighedslovens § 30, nr. 1',
      /Den nærmeste bestemmelse i loven fra 1985 er § 12, stk\. 1, nr\. 1/,
    ],
    [
      '§ 23 (own reading named as such)',
      molLetter(
        'Vi giver dig afslag på aktindsigt i notaterne, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
      ),
      'offentlighedslovens § 23, stk. 1, nr. 1',
      /§ 7 \(egen læsning\)/,
    ],
    [
      '§ 33, nr. 5 (Miljøstyrelsen style)',
      molLetter(
        'Miljøstyrelsen har undtaget oplysningerne fra aktindsigt, jf. § 33, nr. 5, i offentlighedsloven.',
      ),
      '§ 33, nr. 5, i offentlighedsloven',
      /§ 13, stk\. 1, nr\. 6/,
    ],
  ])('fails: %s', (_, doc, text, counterpart) => {
    const findings = findingsOf('mol-2013-numbering', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.text])).toEqual([
      ['numbering', 'warning', text],
    ]);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 6, stk\. 2/);
    expect(findings[0]?.message).toMatch(counterpart);
  });

  it('fails: meroffentlighed under "§ 14"', () => {
    const doc = molLetter(
      'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
      'Vi har overvejet meroffentlighed efter offentlighedslovens § 14, men finder ikke grundlag for det.',
    );
    const findings = findingsOf('mol-2013-numbering', doc);
    expect(findings.map((f) => [f.messageId, f.location.text])).toEqual([
      ['meroffentlighed', 'offentlighedslovens § 14'],
    ]);
    expect(findings[0]?.message).toMatch(/§ 4, stk\. 1, 2\. pkt\./);
  });

  it("fails: the 2013 text of § 30 quoted under the 1985 act's heading", () => {
    const doc = molLetter(
      'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
      HEADING_1985,
      '§ 30. Retten til aktindsigt omfatter ikke oplysninger om',
      '1) enkeltpersoners private, herunder økonomiske, forhold og',
      '2) tekniske indretninger eller fremgangsmåder eller om drifts- eller forretningsforhold el.lign., for så vidt det er af væsentlig økonomisk betydning for den person eller virksomhed, oplysningen angår, at anmodningen ikke imødekommes.',
    );
    const findings = findingsOf('mol-2013-numbering', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.paragraph])).toEqual([
      ['quoted2013', 'warning', 5],
    ]);
    expect(findings[0]?.message).toMatch(/offentlighedslovens § 30 af 2013/);
  });
});
