// DESIGN.md, the check: every quoted paragraph is cited. The complaint provisions (offentlighedslovens
// §§ 37-39, forvaltningslovens §§ 16 and 25) count as relied on by the complaint guidance.
import { citedAndQuoted } from '../quotations';
import { letterRegime } from '../regime';
import type { LetterAnalysis } from '../analyse';
import { ALL_OUTCOMES, sectionName, type Rule } from '../rule';

const COMPLAINT_SECTIONS = new Set(['offl 37', 'offl 38', 'offl 39', 'fvl 16', 'fvl 25']);

/**
 * The sections of miljøoplysningsloven the letter's own text names ("miljøoplysningslovens § 4 b, stk. 1"):
 * the citation reader takes them for no act, so they are read here.
 */
function molSectionsNamed(analysis: LetterAnalysis): Set<string> {
  const named = new Set<string>();
  analysis.normalised.forEach((text, i) => {
    if (analysis.partOf[i] === 'legal_basis') return;
    for (const m of text.matchAll(
      /miljøoplysningslov\w* §§? (\d+(?: [a-z]\b)?)((?:(?:, stk\. \d+| \d+\. pkt\.)*,? (?:og|eller) § (?:\d+(?: [a-z]\b)?))*)/gu,
    )) {
      if (m[1]) named.add(m[1]);
      for (const more of (m[2] ?? '').matchAll(/(?:og|eller) § (\d+(?: [a-z]\b)?)/g))
        if (more[1]) named.add(more[1]);
    }
  });
  return named;
}

export const rule: Rule = {
  meta: {
    id: 'quoted-not-cited',
    severity: 'warning',
    title: 'Bestemmelse citeret, men ikke nævnt',
    enforces: 'Lovgrundlaget skal gengive de bestemmelser, afgørelsen bygger på',
    doc: 'A quoted paragraph is not cited in the body (complaint provisions count as cited by the guidance).',
    kinds: ['decision'],
    outcomes: ALL_OUTCOMES,
    messages: { quotedNotCited: '{ref} er citeret i lovgrundlaget, men ikke nævnt i brevet.' },
  },
  check({ snapshot, analysis, report }) {
    const { cited, quotations } = citedAndQuoted(snapshot, analysis);
    const complaint = analysis.parts.some((p) => p.part === 'complaint_guidance' && p.present);
    const reported = new Set<string>();
    const molCited = letterRegime(analysis).regime === 'mol' ? molSectionsNamed(analysis) : new Set<string>();
    for (const q of quotations) {
      const key = `${q.statute} ${q.sectionId}`;
      if (cited.has(key) || reported.has(key) || (complaint && COMPLAINT_SECTIONS.has(key))) continue;
      if (q.statute === 'mol' && molCited.has(q.sectionId)) continue;
      reported.add(key);
      report('quotedNotCited', { paragraph: q.first }, { ref: sectionName(q.statute, q.sectionId) });
    }
  },
};
