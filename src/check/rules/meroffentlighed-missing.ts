// Offentlighedslovens § 14: on a refusal under §§ 19-21 or 23-35 the authority must consider giving more
// access than the law requires (stk. 1; stk. 2 for §§ 19-21), and the letter should show it did
// (Aktindsigtshåndbogen; not asked for § 22, § 9 or § 11). For a party: forvaltningslovens § 10.
import type { LegalRef } from '../../law/types';
import { checkCompanion, reliesOn } from '../companion-rule';
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { MEROFFENTLIGHED_SENTENCES } from '../vocabulary';

export const rule: Rule = {
  meta: {
    id: 'meroffentlighed-missing',
    severity: 'error',
    title: 'Meroffentlighed ikke overvejet',
    enforces: 'Offentlighedslovens § 14 (forvaltningslovens § 10 for parter)',
    doc: 'A refusal under offentlighedslovens §§ 19-21 or 23-35 (forvaltningslovens §§ 11-15 b) shows no meroffentlighed consideration.',
    kinds: ['decision'],
    outcomes: ['partial', 'refusal'],
    messages: {
      missing:
        'Brevet afslår efter {grounds}, men viser ikke, at meroffentlighed er overvejet (offentlighedslovens § 14 / forvaltningslovens § 10).',
    },
  },
  check(ctx) {
    // Miljøoplysningsloven: the 2013 companions give way to MOL's own rules (its § 6, stk. 2; src/check/regime.ts).
    if (letterRegime(ctx.analysis).regime === 'mol') return;
    checkCompanion(ctx, {
      messageId: 'missing',
      companion: 'meroffentlighed',
      part: 'meroffentlighed',
      citedAs: (ref) =>
        (ref.statute === 'offl' && ref.section === '14') || (ref.statute === 'fvl' && ref.section === '10'),
      sentences: MEROFFENTLIGHED_SENTENCES,
      refs: (relied) => {
        const refs: LegalRef[] = [];
        if (reliesOn(relied, 'offl', 23, 35)) refs.push({ statute: 'offl', section: '14', subsection: 1 });
        if (reliesOn(relied, 'offl', 19, 21)) refs.push({ statute: 'offl', section: '14', subsection: 2 });
        if (reliesOn(relied, 'fvl', 12, 15)) refs.push({ statute: 'fvl', section: '10', subsection: 1 });
        if (reliesOn(relied, 'fvl', 11, 11)) refs.push({ statute: 'fvl', section: '10', subsection: 2 });
        return refs;
      },
    });
  },
};
