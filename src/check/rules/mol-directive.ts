// Miljøoplysningslovens § 2, stk. 6: § 13, stk. 1, nr. 4-6, of the 1985 act and forvaltningslovens § 15, stk. 1,
// nr. 4 og 5 (LBK 988/2012) do not apply to environmental information insofar as a refusal would conflict
// with article 4(2) of directive 2003/4/EF. A refusal on them that does not address that limit is reported as
// info (mol-practice.md, section 5, item 9): the text of article 4(2) is not held, and whether a refusal
// conflicts with it depends on facts the letter may not show.
import { molGrounds, type MolGroundCitation } from '../mol-grounds';
import type { Rule } from '../rule';
import { DIRECTIVE_ADDRESSED } from '../vocabulary-mol';

/** The grounds § 2, stk. 6 names. */
export function isDirectiveGround({ citation, act }: MolGroundCitation): boolean {
  const { section, subsection, item } = citation.ref;
  if (item === undefined || (subsection ?? 1) !== 1) return false;
  if (act === 'offl1985') return section === '13' && item >= 4 && item <= 6;
  return act === 'fvl-2012' && section === '15' && item >= 4 && item <= 5;
}

export const rule: Rule = {
  meta: {
    id: 'mol-directive',
    severity: 'info',
    title: 'Afslaget forholder sig ikke til direktivets grænse',
    enforces:
      'Miljøoplysningslovens § 2, stk. 6: § 13, stk. 1, nr. 4-6, i offentlighedsloven fra 1985 og forvaltningslovens § 15, stk. 1, nr. 4 og 5, finder ikke anvendelse i det omfang, afslag strider mod artikel 4, stk. 2, i direktiv 2003/4/EF',
    doc: 'An MOL refusal on 1985 § 13, stk. 1, nr. 4-6, or FVL 2012 § 15, stk. 1, nr. 4-5, where the letter says nothing of the directive limit (direktiv, artikel 4, 2003/4, § 2, stk. 5-6). Info: the law is applied on facts the letter may not show.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      notAddressed:
        'Afslaget bygger på »{text}«, men brevet forholder sig ikke til, om et afslag vil stride imod artikel 4, stk. 2, i direktiv 2003/4/EF. I det omfang det gør, finder bestemmelsen ikke anvendelse på miljøoplysninger, jf. miljøoplysningslovens § 2, stk. 6.',
    },
  },
  check({ analysis, report }) {
    const ground = molGrounds(analysis).find(isDirectiveGround);
    if (!ground) return;
    const addressed = analysis.normalised.some(
      (t, i) => analysis.partOf[i] !== 'legal_basis' && DIRECTIVE_ADDRESSED.some((re) => re.test(t)),
    );
    if (addressed) return;
    const { paragraph, start, end, text } = ground.citation;
    report('notAddressed', { paragraph, start, end, text }, { text });
  },
};
