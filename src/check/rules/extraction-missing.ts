// Offentlighedslovens § 28: documents withheld as internal (§ 23, § 24, stk. 1, § 25, § 27, nr. 1-4) must be
// searched for facts and external assessments, which are handed out; the letter says it was done.
// For a party: forvaltningslovens § 14 a (documents under §§ 12 and 14).
import type { LegalRef } from '../../law/types';
import { checkCompanion } from '../companion-rule';
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { EXTRACTION_SENTENCES } from '../vocabulary';

export const rule: Rule = {
  meta: {
    id: 'extraction-missing',
    severity: 'error',
    title: 'Ekstrahering mangler',
    enforces: 'Offentlighedslovens § 28 (forvaltningslovens § 14 a for parter)',
    doc: 'Internal documents withheld under offentlighedslovens § 23, § 24, stk. 1, § 25 or § 27, nr. 1-4 (forvaltningslovens §§ 12, 14) with no extraction.',
    kinds: ['decision'],
    outcomes: ['partial', 'refusal'],
    messages: {
      missing:
        'Brevet undtager interne dokumenter efter {grounds}, men nævner ikke ekstrahering af oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger (offentlighedslovens § 28 / forvaltningslovens § 14 a).',
    },
  },
  check(ctx) {
    // Miljøoplysningsloven: the 2013 companions give way to MOL's own rules (its § 6, stk. 2; src/check/regime.ts).
    if (letterRegime(ctx.analysis).regime === 'mol') return;
    checkCompanion(ctx, {
      messageId: 'missing',
      companion: 'extraction',
      part: 'extraction',
      citedAs: (ref) =>
        (ref.statute === 'offl' && ref.section === '28') || (ref.statute === 'fvl' && ref.section === '14 a'),
      sentences: EXTRACTION_SENTENCES,
      refs: (relied) => {
        const refs: LegalRef[] = [];
        if (relied.some((r) => r.citation.ref.statute === 'offl'))
          refs.push({ statute: 'offl', section: '28', subsection: 1 });
        if (relied.some((r) => r.citation.ref.statute === 'fvl'))
          refs.push({ statute: 'fvl', section: '14 a', subsection: 1 });
        return refs;
      },
    });
  },
};
