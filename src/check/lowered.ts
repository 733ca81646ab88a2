/**
 * Each paragraph's text lower-cased as it stands (`text.toLowerCase()`, so spans found in it point into the
 * letter), computed once per check for the rules that match patterns against it.
 */
import type { LetterAnalysis } from './analyse';
import type { DocumentSnapshot } from './types';

const CACHE = new WeakMap<LetterAnalysis, { of: DocumentSnapshot['paragraphs']; lowered: string[] }>();

/**
 * The lower-cased text of every paragraph, shared by the rules of one check.
 * @example loweredTexts(snapshot, analysis)[0] // "afgørelse"
 */
export function loweredTexts(snapshot: DocumentSnapshot, analysis: LetterAnalysis): string[] {
  const cached = CACHE.get(analysis);
  if (cached && cached.of === snapshot.paragraphs) return cached.lowered;
  const lowered = snapshot.paragraphs.map((p) => p.text.toLowerCase());
  CACHE.set(analysis, { of: snapshot.paragraphs, lowered });
  return lowered;
}
