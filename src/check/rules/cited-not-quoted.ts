// DESIGN.md, the check: every paragraph cited in the letter's body is quoted in the legal basis.
import { actOf, citedAndQuoted } from '../quotations';
import { ALL_OUTCOMES, sectionName, type Rule } from '../rule';

/** A legal-basis line saying the text of § `section` is not given: "[Ordlyden af … § 12, … er ikke med …]". */
function saysTextMissing(text: string, section: string): boolean {
  const names = new RegExp(`§ ${section.replace(' ', ' ?')}(?![0-9a-z])`).test(text);
  return (
    names &&
    /\[ordlyden af|ikke med i lovdata|(?:teksten|ordlyden)[^.]{0,60}(?:mangler|ikke gengivet|ikke foreligger)/i.test(
      text,
    )
  );
}

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
    const basis = analysis.normalised.filter((_, i) => analysis.partOf[i] === 'legal_basis');
    for (const [key, c] of cited) {
      if (quoted.has(key)) continue;
      // The 1985 act's text is not all in the law data: the letter saying so (or the composer's
      // "[Ordlyden af …]" mark, which template-placeholder reports) stands in place of the quotation.
      if (key.startsWith('offl1985 ') && basis.some((t) => saysTextMissing(t, c.ref.section))) continue;
      report(
        'citedNotQuoted',
        { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
        { ref: sectionName(actOf(c, analysis), c.ref.section) },
      );
    }
  },
};
