/**
 * The regime a letter is decided under, read from the letter itself (issue 12, section 5):
 * - `mol` when it cites miljøoplysningsloven (read from a citation), or speaks of miljøoplysninger, or cites
 *   the 1985 offentlighedslov together with a plainly environmental term (read from words: `regimeInferred`);
 * - else `fvl` when a party's request is decided under forvaltningslovens § 9, else `offl`.
 * Under `mol`, "offentlighedsloven" means the 1985 act (miljøoplysningslovens § 6, stk. 2) unless the
 * paragraph marks the 2013 act, and "forvaltningsloven" means lovbekendtgørelse nr. 988 af 9. oktober 2012.
 * Computed once per analysis (a WeakMap keyed by the analysis object).
 */
import type { RegimeId } from '../law/regime';
import type { LegalRef } from '../law/types';
import type { LetterAnalysis } from './analyse';
import { anyMatches } from './any-match';
import type { CitationFound } from './types';
import {
  ENVIRONMENTAL_TERMS,
  ENVIRONMENTAL_WORDS,
  MOL_CITATIONS,
  NOT_ENVIRONMENTAL,
  OFFL_1985_NAMES,
  OFFL_2013_MARKS,
  UTILITY_NAMES,
} from './vocabulary-mol';

export interface LetterRegime {
  regime: RegimeId;
  /** True when the regime was read from words rather than from a citation of the act. */
  regimeInferred: boolean;
  /** A party's request (forvaltningslovens § 9, or under MOL forvaltningsloven as LBK 988/2012). */
  party: boolean;
  /** Paragraphs that mark the 2013 offentlighedslov (a second track, or a 2013 citation in an MOL letter). */
  marks2013: ReadonlySet<number>;
  /** The sender is a forsyningsvirksomhed (read from the sender part). */
  utility: boolean;
}

/** The act a body citation means under the letter's regime. */
export type ActUnderRegime = 'offl' | 'offl1985' | 'fvl' | 'fvl-2012' | 'dbl' | 'mol';

const CACHE = new WeakMap<LetterAnalysis, LetterRegime>();

const any = anyMatches;

/**
 * The first plainly environmental term in a text (MOL § 3), or undefined.
 * @example environmentalTerm('målinger af spildevandet fra renseanlægget') // "spildevandet"
 */
export function environmentalTerm(text: string): string | undefined {
  // Most paragraphs have none: one pass says so; the list's order decides which term is named.
  if (!anyMatches(ENVIRONMENTAL_TERMS, text)) return undefined;
  for (const re of ENVIRONMENTAL_TERMS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * The letter's regime, party and 2013 marks.
 * @example letterRegime(analyseLetter(snapshot)).regime // "mol" for a letter citing miljøoplysningsloven
 */
export function letterRegime(analysis: LetterAnalysis): LetterRegime {
  const cached = CACHE.get(analysis);
  if (cached) return cached;
  const texts = analysis.normalised;
  const body = (i: number) => analysis.partOf[i] !== 'legal_basis';
  const marks2013 = new Set<number>();
  let cites = false;
  let words = false;
  let names1985 = false;
  let terms = false;
  texts.forEach((text, i) => {
    if (any(OFFL_2013_MARKS, text) && body(i)) marks2013.add(i);
    if (any(MOL_CITATIONS, text)) cites = true;
    if (!body(i)) return;
    if (any(ENVIRONMENTAL_WORDS, text) && !any(NOT_ENVIRONMENTAL, text)) words = true;
    if (any(OFFL_1985_NAMES, text)) names1985 = true;
    if (environmentalTerm(text)) terms = true;
  });
  // A letter from before 2014 cites the 1985 act as the act of its day; from 2014 the 1985 act alone is the
  // outdated-act case, so it reads as MOL only beside a plainly environmental term.
  const mol = cites || words || (names1985 && terms && !analysis.offl1985);
  const partyCited = analysis.citations.some(
    (c) => !c.inLegalBasis && c.ref.statute === 'fvl' && c.ref.section === '9',
  );
  const partyWords = texts.some((t, i) => body(i) && /\bpartsaktindsigt\b|\bsom part i\b/.test(t));
  const party = partyCited || partyWords;
  const sender = texts.filter((_, i) => analysis.partOf[i] === 'sender' || i < 3);
  const utility = sender.some((t) => any(UTILITY_NAMES, t));
  const regime: RegimeId = mol ? 'mol' : party ? 'fvl' : 'offl';
  const regimeInferred = mol ? !cites : !analysis.citations.some((c) => !c.statuteAssumed);
  const found: LetterRegime = { regime, regimeInferred, party, marks2013, utility };
  CACHE.set(analysis, found);
  return found;
}

/**
 * The act a citation means under the letter's regime: under `mol` offentlighedsloven is the 1985 act unless
 * its paragraph marks the 2013 act, and forvaltningsloven is LBK 988/2012 (miljøoplysningslovens § 6, stk. 2).
 * @example actUnderRegime(citation, regime) // "offl1985"
 */
export function actUnderRegime(
  citation: Pick<CitationFound, 'ref' | 'paragraph'>,
  regime: LetterRegime,
): ActUnderRegime {
  const { statute } = citation.ref;
  if (regime.regime !== 'mol') return statute === 'offl1985' ? 'offl1985' : statute;
  if (statute === 'offl') return regime.marks2013.has(citation.paragraph) ? 'offl' : 'offl1985';
  if (statute === 'fvl') return 'fvl-2012';
  return statute;
}

/** A citation in the letter's own reasoning: not the quoted law, the complaint guidance or a range. */
export function isBodyCitation(c: CitationFound, analysis: LetterAnalysis): boolean {
  const part = analysis.partOf[c.paragraph];
  return !c.inLegalBasis && part !== 'legal_basis' && part !== 'complaint_guidance';
}

/** Whether a reference names the section (and, where given, the stk. and nr.) of `want`. */
export function refIs(ref: LegalRef, want: { section: string; subsection?: number; item?: number }): boolean {
  if (ref.section !== want.section) return false;
  if (want.subsection !== undefined && ref.subsection !== undefined && ref.subsection !== want.subsection)
    return false;
  if (want.item !== undefined && ref.item !== want.item) return false;
  return true;
}
