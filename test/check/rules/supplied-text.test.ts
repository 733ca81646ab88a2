import { describe, expect, it } from 'vitest';
import { suppliedNote } from '../../../src/check/quotations';
import { QUOTE_TEXTS } from '../../../src/law/quote';
import { findingsOf, tagged, untagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

const SUPPLIED_2 = {
  statute: 'offl1985',
  section: '2',
  text: 'Loven gælder ikke for sager inden for strafferetsplejen.',
  source: 'retsinformation.dk, lov nr. 572 af 19. december 1985',
} as const;
// A text for § 13, which the data holds in part, whose words differ from what we hold.
const SUPPLIED_13 = {
  statute: 'offl1985',
  section: '13',
  text: 'Retten til aktindsigt kan begrænses, når det er nødvendigt af hensyn til\n6) andre interesser.',
} as const;

describe('supplied-text', () => {
  it.each([
    ['a composed MOL letter with no supplied text', tagged(molPlan(['offl1985-12-1-2']))],
    [
      'a hand-typed quotation of the 1985 § 2 with no note',
      molLetter(
        'Vi giver dig afslag, jf. offentlighedslovens § 2, stk. 1, 1. pkt.',
        'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985',
        '§ 2. Loven gælder ikke for sager inden for strafferetsplejen.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('supplied-text', doc)).toEqual([]);
  });

  it.each([
    ['tagged', tagged(molPlan(['offl1985-2-1-1'], { suppliedTexts: [SUPPLIED_2] }))],
    ['typed', untagged(molPlan(['offl1985-2-1-1'], { suppliedTexts: [SUPPLIED_2] }))],
  ])('fails: a supplied § 2 with its source (%s)', (_, doc) => {
    const findings = findingsOf('supplied-text', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['unverified', 'info']]);
    expect(findings[0]?.message).toBe(
      'Ordlyden af § 2 i offentlighedsloven fra 1985 er indsat af sagsbehandleren (efter retsinformation.dk, lov nr. 572 af 19. december 1985) og er ikke kontrolleret mod lovdata. Kontrollér den mod retsinformation.dk, før brevet sendes.',
    );
    expect(findings[0]?.location.text).toBe(`§ 2. ${SUPPLIED_2.text}`);
  });

  it('fails: a supplied § 13 that differs from the part we hold; quotation-differs does not compare it', () => {
    const doc = tagged(molPlan(['offl1985-13-1-6'], { suppliedTexts: [SUPPLIED_13] }));
    expect(findingsOf('supplied-text', doc).map((f) => f.message)).toEqual([
      'Ordlyden af § 13 i offentlighedsloven fra 1985 er indsat af sagsbehandleren og er ikke kontrolleret mod lovdata. Kontrollér den mod retsinformation.dk, før brevet sendes.',
    ]);
    expect(findingsOf('quotation-differs', doc)).toEqual([]);
    // Without the note the same words are compared with the part we hold.
    const unmarked = {
      paragraphs: doc.paragraphs.filter((p) => !p.text.startsWith('(Ordlyden af')),
    };
    expect(findingsOf('quotation-differs', unmarked).map((f) => f.messageId)).toEqual(['secondary']);
    expect(findingsOf('supplied-text', unmarked)).toEqual([]);
  });

  it("reads the composer's note with and without a source", () => {
    expect(
      suppliedNote(QUOTE_TEXTS.suppliedNote('1985-offentlighedslovens § 2', 'retsinformation.dk')),
    ).toEqual({
      ref: '1985-offentlighedslovens § 2',
      source: 'retsinformation.dk',
    });
    expect(suppliedNote(QUOTE_TEXTS.suppliedNote('1985-offentlighedslovens § 2'))).toEqual({
      ref: '1985-offentlighedslovens § 2',
    });
    expect(suppliedNote('(Ordlyden er noget andet.)')).toBeUndefined();
  });
});
