// Environmental information is decided under miljøoplysningsloven, whose references point to the 1985 act
// (§ 6, stk. 2): grounds found only in the 2013 offentlighedslov, ministerbetjening (§ 24) and the resource
// rule (§ 9, stk. 2), cannot refuse it (FOB of 11 September 2014 on Kystdirektoratet; MFKN 18/07397, Lolland
// Forsyning). A refusal in a stated 2013 second track, or in a part of the letter that is not about
// environmental information (environmental-parts.ts), is not this rule's business.
import { notEnvironmental } from '../environmental-parts';
import { molGrounds } from '../mol-grounds';
import type { Rule } from '../rule';

/** The 2013-only grounds: "§ 24" (ministerbetjening) and "§ 9, stk. 2" (resources). */
const ONLY_2013 = [
  { section: '24', name: 'ministerbetjening' },
  { section: '9', subsection: 2, name: 'uforholdsmæssigt ressourceforbrug' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'mol-2013-ground',
    severity: 'error',
    title: 'Grund fra offentlighedsloven af 2013 brugt på miljøoplysninger',
    enforces:
      'Miljøoplysningslovens § 2, stk. 1, og § 6, stk. 2: miljøoplysninger afgøres efter offentlighedsloven fra 1985, ikke efter 2013-lovens § 24 eller § 9, stk. 2',
    doc: 'An MOL letter that refuses on a ground found only in the 2013 offentlighedslov (§ 24 ministerbetjening, § 9, stk. 2 resources), outside a paragraph that states a 2013 second track and outside a part not about environmental information (a paragraph saying so, or a section headed “Øvrige dokumenter” with no environmental term).',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial', 'dismissal', 'unknown'],
    messages: {
      only2013:
        '»{text}« ({name}) findes kun i offentlighedsloven af 2013. Miljøoplysninger afgøres efter miljøoplysningsloven og offentlighedsloven fra 1985, jf. miljøoplysningslovens § 2, stk. 1, og § 6, stk. 2, og kan ikke afslås med denne grund.',
    },
  },
  check({ snapshot, analysis, report }) {
    const other = notEnvironmental(snapshot, analysis);
    for (const { citation, act } of molGrounds(analysis)) {
      if (act !== 'offl1985' || other.has(citation.paragraph)) continue;
      const hit = ONLY_2013.find(
        (g) =>
          citation.ref.section === g.section &&
          (!('subsection' in g) || citation.ref.subsection === g.subsection),
      );
      if (!hit) continue;
      const { paragraph, start, end, text } = citation;
      report('only2013', { paragraph, start, end, text }, { text, name: hit.name });
    }
  },
};
