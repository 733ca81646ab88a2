// DESIGN.md, the check: every paragraph cited in the letter's body is quoted in the legal basis.
import { actOf, citedAndQuoted } from '../quotations';
import { ALL_OUTCOMES, sectionName, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'cited-not-quoted',
    severity: 'warning',
    title: 'Bestemmelse nævnt, men ikke citeret',
    enforces: 'Lovgrundlaget skal gengive de bestemmelser, afgørelsen bygger på',
    doc: 'A paragraph cited in the body is missing from the legal basis (only when the letter quotes any).',
    kinds: ['decision'],
    outcomes: ALL_OUTCOMES,
    messages: { citedNotQuoted: '{ref} er nævnt i brevet, men ikke citeret i lovgrundlaget.' },
  },
  check({ snapshot, analysis, report }) {
    const { cited, quotations } = citedAndQuoted(snapshot, analysis);
    if (quotations.length === 0) return;
    const quoted = new Set(quotations.map((q) => `${q.statute} ${q.sectionId}`));
    for (const [key, c] of cited) {
      if (quoted.has(key)) continue;
      report(
        'citedNotQuoted',
        { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
        { ref: sectionName(actOf(c, analysis), c.ref.section) },
      );
    }
  },
};
