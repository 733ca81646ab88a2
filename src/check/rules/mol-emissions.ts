// Miljøoplysningslovens § 2, stk. 5: § 10, nr. 1-4, § 12, stk. 1, and § 13, stk. 1, nr. 6, of the 1985 act and
// forvaltningslovens § 12, stk. 1 (LBK 988/2012) do not apply to information on emissions into the
// environment insofar as a refusal would conflict with article 4(2) of directive 2003/4/EF. Before refusing on
// them, the authority must say whether the information concerns emissions (Aktindsigtshåndbogen,
// "Emissionsoplysninger"; FOB 2017-29).
import { isEmissionsGround, molGrounds } from '../mol-grounds';
import type { Rule } from '../rule';
import { EMISSIONS_ADDRESSED } from '../vocabulary-mol';

export const rule: Rule = {
  meta: {
    id: 'mol-emissions',
    severity: 'warning',
    title: 'Afslaget siger ikke, om oplysningerne angår emissioner',
    enforces:
      'Miljøoplysningslovens § 2, stk. 5: undtagelserne gælder ikke for oplysninger om emissioner til miljøet i det omfang, afslag strider mod direktivets artikel 4, stk. 2',
    doc: 'An MOL refusal on 1985 § 10, nr. 1-4, § 12, stk. 1, § 13, stk. 1, nr. 6, or FVL 2012 § 12, stk. 1, where the letter does not say whether the information concerns emissions.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      notAddressed:
        'Afslaget bygger på {text}, men brevet siger ikke, om oplysningerne angår emissioner til miljøet. Bestemmelsen finder ikke anvendelse på oplysninger om emissioner, i det omfang afslag vil stride imod artikel 4, stk. 2, i direktiv 2003/4/EF, jf. miljøoplysningslovens § 2, stk. 5.',
    },
  },
  check({ analysis, report }) {
    const ground = molGrounds(analysis).find(isEmissionsGround);
    if (!ground) return;
    const addressed = analysis.normalised.some(
      (t, i) => analysis.partOf[i] !== 'legal_basis' && EMISSIONS_ADDRESSED.some((re) => re.test(t)),
    );
    if (addressed) return;
    const { paragraph, start, end, text } = ground.citation;
    report('notAddressed', { paragraph, start, end, text }, { text });
  },
};
