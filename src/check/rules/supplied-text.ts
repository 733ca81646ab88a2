// Issue 12, section 1: a statute text the law data lacks may be pasted by the jurist for one letter; the composer
// quotes it marked as supplied ("(Ordlyden af … er indsat af sagsbehandleren …)", QUOTE_TEXTS.suppliedNote).
// The check cannot verify it against the law data: it reports it as unverified, naming the provision, and
// quotation-differs leaves it alone.
import { findQuotations } from '../quotations';
import { ALL_KINDS, ALL_OUTCOMES, sectionName, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'supplied-text',
    severity: 'info',
    title: 'Lovtekst indsat af sagsbehandleren',
    enforces:
      'Lovteksten skal gengives ordret; en tekst, som sagsbehandleren selv har indsat, er ikke kontrolleret mod lovdata',
    doc: 'Each quotation the composer marks as supplied by the jurist (its note after the text) is reported as unverified, naming the provision; quotation-differs does not compare it.',
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: {
      unverified:
        'Ordlyden af {ref} er indsat af sagsbehandleren{source} og er ikke kontrolleret mod lovdata. Kontrollér den mod retsinformation.dk, før brevet sendes.',
    },
  },
  check({ snapshot, analysis, report }) {
    for (const q of findQuotations(snapshot, analysis)) {
      if (!q.supplied) continue;
      const ref = sectionName(q.statute, q.sectionId);
      const source = q.supplied.source ? ` (efter ${q.supplied.source})` : '';
      report(
        'unverified',
        { paragraph: q.first, text: snapshot.paragraphs[q.first]?.text ?? '' },
        { ref, source },
      );
    }
  },
};
