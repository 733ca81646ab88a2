// DESIGN.md, the check: no citation of a §, stk. or nr. that the act does not have (by its structure,
// never by which texts we hold).
import { resolve } from '../../law/resolve';
import { actOf } from '../quotations';
import { letterRegime } from '../regime';
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
    const mol = letterRegime(analysis).regime === 'mol';
    for (const c of analysis.citations) {
      if (c.inLegalBasis) continue;
      const act = actOf(c, analysis);
      // Before 2014 offentlighedsloven is the 1985 act, resolved against its own (partly held) structure only
      // under miljøoplysningsloven; a letter of its day is not checked against it.
      if (act === 'offl1985' && !mol) continue;
      // Under miljøoplysningsloven the 1985 act, and forvaltningsloven as LBK 988/2012 (the regime's pin).
      const ref = act === c.ref.statute ? c.ref : { ...c.ref, statute: act };
      const { statute, section, subsection, item, litra, sentence } = ref;
      const key = `${statute}|${section}|${subsection}|${item}|${litra}|${sentence}`;
      let result = resolved.get(key);
      if (!result) {
        result = resolve(ref, mol ? { date, regime: 'mol' } : date);
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
