// DESIGN.md, the check: each paragraph relied on is quoted once in the legal basis.
import { findQuotations } from '../quotations';
import { ALL_KINDS, ALL_OUTCOMES, sectionName, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'quoted-twice',
    severity: 'warning',
    title: 'Bestemmelse citeret to gange',
    enforces: 'God forvaltningsskik: hver bestemmelse citeres én gang',
    doc: 'The same paragraph of the same act is quoted more than once in the legal basis.',
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: { twice: '{ref} er citeret mere end én gang i lovgrundlaget.' },
  },
  check({ snapshot, analysis, report }) {
    const seen = new Set<string>();
    for (const q of findQuotations(snapshot, analysis)) {
      const key = `${q.statute} ${q.sectionId}`;
      if (seen.has(key)) {
        report(
          'twice',
          { paragraph: q.first, text: snapshot.paragraphs[q.first]?.text },
          { ref: sectionName(q.statute, q.sectionId) },
        );
      }
      seen.add(key);
    }
  },
};
