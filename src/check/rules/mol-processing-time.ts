// Miljøoplysningslovens § 4, stk. 3: a request for environmental information is decided as soon as possible
// and at the latest 1 month after receipt, or, where the extent and complexity of the case require it, 2
// months after receipt (FOB 08.191: "den absolutte svarfrist på to måneder").
import { addMonths, formatISO, parseISO } from 'date-fns';
import { danishDate } from '../../law/dates';
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { LONGER_PERIOD_REASONS } from '../vocabulary-mol';

const iso = (d: Date) => formatISO(d, { representation: 'date' });

export const rule: Rule = {
  meta: {
    id: 'mol-processing-time',
    severity: 'warning',
    title: 'Fristen efter miljøoplysningsloven er overskredet',
    enforces:
      'Miljøoplysningslovens § 4, stk. 3: afgørelse senest 1 måned efter modtagelsen, eller 2 måneder, hvis sagens omfang og komplekse karakter kræver det',
    doc: "An MOL decision dated more than 1 month after the stated receipt with no reason for the longer period (the case's extent and complexity), or more than 2 months after it in any case.",
    kinds: ['decision'],
    outcomes: ['grant', 'partial', 'refusal', 'dismissal', 'unknown'],
    messages: {
      overOneMonth:
        'Brevet er dateret {letterDate}, mere end 1 måned efter modtagelsen af anmodningen den {receivedDate}, og det begrunder ikke den længere frist med sagens omfang og komplekse karakter, jf. miljøoplysningslovens § 4, stk. 3.',
      overTwoMonths:
        'Brevet er dateret {letterDate}, mere end 2 måneder efter modtagelsen af anmodningen den {receivedDate}. Fristen efter miljøoplysningslovens § 4, stk. 3, er højst 2 måneder.',
    },
  },
  check({ snapshot, analysis, report }) {
    if (letterRegime(analysis).regime !== 'mol') return;
    const received = analysis.receivedDate;
    const dated = analysis.letterDate;
    if (!received || !dated || dated <= received) return;
    const oneMonth = iso(addMonths(parseISO(received), 1));
    const twoMonths = iso(addMonths(parseISO(received), 2));
    if (dated <= oneMonth) return;
    const dateIndex = Math.max(analysis.partOf.indexOf('date'), 0);
    const location = { paragraph: dateIndex, text: snapshot.paragraphs[dateIndex]?.text ?? '' };
    const data = { letterDate: danishDate(dated), receivedDate: danishDate(received) };
    if (dated > twoMonths) {
      report('overTwoMonths', location, data);
      return;
    }
    const reasoned = analysis.normalised.some(
      (t, i) => analysis.partOf[i] !== 'legal_basis' && LONGER_PERIOD_REASONS.some((re) => re.test(t)),
    );
    if (!reasoned) report('overOneMonth', location, data);
  },
};
