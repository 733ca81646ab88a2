// DESIGN.md, the check: no citation of a §, stk. or nr. that the act does not have (by its structure,
// never by which texts we hold).
import { resolve } from '../../law/resolve';
import { actOf } from '../quotations';
import { ALL_KINDS, ALL_OUTCOMES, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'nonexistent-reference',
    severity: 'error',
    title: 'Henvisning til en bestemmelse, der ikke findes',
    enforces: 'Lovens opbygning i lovdata',
    doc: 'A cited stk., nr. or § that the act does not have; unknown structure is never reported.',
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: { notFound: '{message}' },
  },
  check({ analysis, date, report }) {
    // A long letter cites the same provisions again and again: resolve each once.
    const resolved = new Map<string, ReturnType<typeof resolve>>();
    for (const c of analysis.citations) {
      // Before 2014 offentlighedsloven is the 1985 act, whose structure the law data does not hold.
      if (c.inLegalBasis || actOf(c, analysis) === 'offl1985') continue;
      const { statute, section, subsection, item, litra, sentence } = c.ref;
      const key = `${statute}|${section}|${subsection}|${item}|${litra}|${sentence}`;
      let result = resolved.get(key);
      if (!result) {
        result = resolve(c.ref, date);
        resolved.set(key, result);
      }
      if (result.kind === 'not-found') {
        report(
          'notFound',
          { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
          { message: result.message },
        );
      }
    }
  },
};
