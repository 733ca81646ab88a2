// Miljøoplysningslovens § 2, stk. 4: the 1985 act's statistics and research ground (§ 10, nr. 5; the act
// writes "§ 10, stk. 1, nr. 5") does not apply to environmental information; the statistics rule MOL points
// to is its § 4 c.
import { molGrounds } from '../mol-grounds';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'mol-statistics',
    severity: 'error',
    title: 'Statistikundtagelsen bruges på miljøoplysninger',
    enforces:
      'Miljøoplysningslovens § 2, stk. 4: § 10, nr. 5, i offentlighedsloven fra 1985 gælder ikke for miljøoplysninger',
    doc: 'An MOL letter that relies on § 10, nr. 5 of the 1985 act (material for statistics or research) for environmental information.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial', 'unknown'],
    messages: {
      statistics:
        '»{text}« (materiale til statistik eller videnskabelige undersøgelser) gælder ikke for miljøoplysninger, jf. miljøoplysningslovens § 2, stk. 4. Afslaget skal have et andet grundlag.',
    },
  },
  check({ analysis, report }) {
    for (const { citation, act } of molGrounds(analysis)) {
      if (act !== 'offl1985' || citation.ref.section !== '10' || citation.ref.item !== 5) continue;
      const { paragraph, start, end, text } = citation;
      report('statistics', { paragraph, start, end, text }, { text });
    }
  },
};
