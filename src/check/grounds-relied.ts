/**
 * Which grounds of the catalogue a letter relies on, read from the citations in its body, and the companion
 * parts (meroffentlighed, extraction, dialogue) the law demands with them. The catalogue is the one source:
 * a ground's `requires` says what the composer inserts with it and what the check expects to find.
 */
import { GROUNDS } from '../grounds/catalogue';
import type { Companion, Ground } from '../grounds/types';
import type { LegalRef } from '../law/types';
import type { LetterAnalysis } from './analyse';
import { anyMatches } from './any-match';
import { actOf, isRange } from './quotations';
import type { CitationFound } from './types';

export interface GroundRelied {
  citation: CitationFound;
  /** Every ground the citation can mean ("§ 27" means nr. 1-5). */
  grounds: Ground[];
  /** The companions every one of those grounds requires: what the letter surely needs. */
  companions: Set<Companion>;
}

/** Parts whose citations are not grounds: the quotations, the complaint guidance and the companions themselves. */
const NOT_GROUNDS = new Set(['legal_basis', 'complaint_guidance', 'meroffentlighed', 'extraction']);

/** A citation means a ground when each level the ground names is either the same or left out. */
function matches(citation: LegalRef, ground: LegalRef): boolean {
  if (citation.statute !== ground.statute || citation.section !== ground.section) return false;
  if (
    ground.subsection !== undefined &&
    citation.subsection !== undefined &&
    citation.subsection !== ground.subsection
  )
    return false;
  // "§ 30, stk. 1, nr. 1" for a paragraph without stk.: stk. 1 is the paragraph itself.
  if (ground.subsection === undefined && citation.subsection !== undefined && citation.subsection !== 1)
    return false;
  return ground.item === undefined || citation.item === undefined || citation.item === ground.item;
}

/** The catalogue's grounds by the act and section of their first reference, in catalogue order. */
const GROUNDS_BY_SECTION = new Map<string, Ground[]>();
for (const g of GROUNDS) {
  const ref = g.refs[0];
  if (!ref) continue;
  const key = `${ref.statute} ${ref.section}`;
  GROUNDS_BY_SECTION.set(key, [...(GROUNDS_BY_SECTION.get(key) ?? []), g]);
}

/** Several rules ask for the grounds of the same analysis: read them once (callers only read them). */
const CACHE = new WeakMap<LetterAnalysis, { of: LetterAnalysis['citations']; relied: GroundRelied[] }>();

/**
 * The grounds cited in the letter's body, one entry per citation that names a ground.
 * @example groundsRelied(analyseLetter(snapshot('Vi afslår, jf. offentlighedslovens § 30, nr. 1.')))[0].grounds[0].id // "offl-30-1"
 */
export function groundsRelied(analysis: LetterAnalysis): GroundRelied[] {
  const cached = CACHE.get(analysis);
  if (cached && cached.of === analysis.citations) return cached.relied;
  const out: GroundRelied[] = [];
  CACHE.set(analysis, { of: analysis.citations, relied: out });
  for (const citation of analysis.citations) {
    if (
      citation.inLegalBasis ||
      NOT_GROUNDS.has(analysis.partOf[citation.paragraph] ?? '') ||
      isRange(citation)
    )
      continue;
    // The catalogue's grounds are today's acts; a 1985 citation is not one of them.
    if (actOf(citation, analysis) === 'offl1985') continue;
    const candidates = GROUNDS_BY_SECTION.get(`${citation.ref.statute} ${citation.ref.section}`) ?? [];
    const grounds = candidates.filter((g) => g.refs[0] && matches(citation.ref, g.refs[0]));
    if (grounds.length === 0) continue;
    const [first, ...rest] = grounds;
    const companions = new Set(first?.requires ?? []);
    for (const g of rest) for (const c of [...companions]) if (!g.requires.includes(c)) companions.delete(c);
    out.push({ citation, grounds, companions });
  }
  return out;
}

/** The letter's own paragraphs (not the quoted law) whose normalised text matches any pattern. */
export function mentions(
  texts: readonly string[],
  analysis: LetterAnalysis,
  patterns: readonly RegExp[],
): number | undefined {
  const i = texts.findIndex(
    (text, index) => analysis.partOf[index] !== 'legal_basis' && anyMatches(patterns, text),
  );
  return i >= 0 ? i : undefined;
}
