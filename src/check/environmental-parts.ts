/**
 * The parts of a letter that are not about environmental information (issue 12, section 5): there a refusal on
 * the 2013 offentlighedslov's own grounds is not a 2013-only finding, since one letter may decide the
 * environmental information under miljøoplysningsloven and other information under today's act (Aarhus
 * Kommune's templates, section B; mol-practice.md, section 1.3). Deliberately narrow, so an error is never
 * lost on a letter that only seems divided:
 * - a paragraph that says the information is not environmental information ("Dokument 4-6 indeholder ikke
 *   miljøoplysninger"), and the paragraphs after it up to the next heading or the next paragraph that speaks
 *   of environmental information again;
 * - a section under a heading that names other documents or information ("Øvrige dokumenter", "B. Oplysninger,
 *   der ikke er miljøoplysninger") whose paragraphs contain no plainly environmental term, no word of
 *   miljøoplysninger and no citation of miljøoplysningsloven or the 1985 act.
 * A heading that only names a ground ("Ministerbetjening") does not make its section non-environmental.
 */
import type { LetterAnalysis } from './analyse';
import { anyMatches } from './any-match';
import { environmentalTerm } from './regime';
import type { DocumentSnapshot } from './types';
import { PART_HEADINGS } from './vocabulary';
import {
  ENVIRONMENTAL_WORDS,
  MOL_CITATIONS,
  NOT_ENVIRONMENTAL_STATEMENTS,
  OFFL_1985_NAMES,
  OTHER_DOCUMENTS_HEADINGS,
} from './vocabulary-mol';

const CACHE = new WeakMap<LetterAnalysis, ReadonlySet<number>>();

/** Parts that end the letter's own text: a section runs no further. */
const END_PARTS = new Set(['complaint_guidance', 'legal_basis', 'sender']);

/** A paragraph that speaks of environmental information. */
function environmental(norm: string): boolean {
  if (anyMatches(NOT_ENVIRONMENTAL_STATEMENTS, norm)) return false;
  return (
    environmentalTerm(norm) !== undefined ||
    anyMatches(ENVIRONMENTAL_WORDS, norm) ||
    anyMatches(MOL_CITATIONS, norm) ||
    anyMatches(OFFL_1985_NAMES, norm)
  );
}

/** A heading: styled, or a short line without a sentence's final stop (a part heading or a topic heading). */
function isHeading(text: string, level: number | undefined): boolean {
  if ((level ?? 0) > 0) return true;
  const t = text.trim();
  return t.length > 0 && t.length <= 100 && !/[.!?:;,]$/.test(t) && t.split(/\s+/).length <= 14;
}

/** A part heading of the letter's anatomy ("Afgørelse", "Begrundelse"). */
function isPartHeading(norm: string): boolean {
  const bare = norm.replace(/[:.]$/, '').trim();
  return Object.values(PART_HEADINGS).some((patterns) => anyMatches(patterns, bare));
}

/**
 * The paragraphs of the letter that are not about environmental information.
 * @example notEnvironmental(snapshot, analysis).has(7) // true for a paragraph under "Øvrige dokumenter"
 */
export function notEnvironmental(snapshot: DocumentSnapshot, analysis: LetterAnalysis): ReadonlySet<number> {
  const cached = CACHE.get(analysis);
  if (cached) return cached;
  const out = new Set<number>();
  CACHE.set(analysis, out);
  const texts = analysis.normalised;
  const own = (i: number) => !END_PARTS.has(analysis.partOf[i] ?? '');
  const heading = (i: number) =>
    isHeading(snapshot.paragraphs[i]?.text ?? '', snapshot.paragraphs[i]?.headingLevel);

  // Sections under a heading that names other documents.
  for (let i = 0; i < texts.length; i++) {
    const norm = texts[i] ?? '';
    if (!own(i) || !heading(i) || isPartHeading(norm)) continue;
    if (!anyMatches(OTHER_DOCUMENTS_HEADINGS, norm) && !anyMatches(NOT_ENVIRONMENTAL_STATEMENTS, norm))
      continue;
    let end = i + 1;
    while (end < texts.length && own(end) && !heading(end)) end++;
    const body = texts.slice(i + 1, end);
    if (body.length === 0 || body.some(environmental)) continue;
    for (let j = i; j < end; j++) out.add(j);
    i = end - 1;
  }

  // A paragraph that says the information is not environmental, and what follows it on the same subject.
  for (let i = 0; i < texts.length; i++) {
    if (!own(i) || !anyMatches(NOT_ENVIRONMENTAL_STATEMENTS, texts[i] ?? '')) continue;
    out.add(i);
    for (let j = i + 1; j < texts.length && own(j) && !heading(j) && !environmental(texts[j] ?? ''); j++)
      out.add(j);
  }
  return out;
}
