/**
 * The grounds an MOL letter relies on, as 1985 or LBK 988/2012 references: the body citations read under the
 * letter's regime (src/check/regime.ts), outside paragraphs that mark the 2013 act (a second track).
 */
import type { LetterAnalysis } from './analyse';
import { isRange } from './quotations';
import { actUnderRegime, isBodyCitation, letterRegime, refIs, type ActUnderRegime } from './regime';
import type { CitationFound } from './types';

export interface MolGroundCitation {
  citation: CitationFound;
  act: ActUnderRegime;
}

/** Grounds listed in miljøoplysningslovens § 2, stk. 3, 1. pkt. (the concrete weighing). */
export const WEIGHING_GROUNDS: readonly { act: ActUnderRegime; section: string; subsection?: number }[] = [
  { act: 'offl1985', section: '2' },
  { act: 'offl1985', section: '7' },
  { act: 'offl1985', section: '10' },
  { act: 'offl1985', section: '12', subsection: 1 },
  { act: 'offl1985', section: '13', subsection: 1 },
  { act: 'fvl-2012', section: '12', subsection: 1 },
  { act: 'fvl-2012', section: '14', subsection: 1 },
  { act: 'fvl-2012', section: '15', subsection: 1 },
];

/**
 * Grounds to which miljøoplysningslovens § 2, stk. 5 applies for emissions: § 10, nr. 1-4, § 12, stk. 1 and
 * § 13, stk. 1, nr. 6 of the 1985 act, and forvaltningslovens § 12, stk. 1 (LBK 988/2012).
 */
export function isEmissionsGround({ citation, act }: MolGroundCitation): boolean {
  const ref = citation.ref;
  if (act === 'offl1985') {
    if (ref.section === '10') return ref.item !== undefined && ref.item >= 1 && ref.item <= 4;
    if (ref.section === '12') return (ref.subsection ?? 1) === 1;
    if (ref.section === '13') return (ref.subsection ?? 1) === 1 && ref.item === 6;
  }
  return act === 'fvl-2012' && refIs(ref, { section: '12', subsection: 1 });
}

/**
 * The body citations of an MOL letter under the regime (empty for a letter under another regime).
 * @example molGrounds(analysis).map((g) => g.act) // ["offl1985"]
 */
export function molGrounds(analysis: LetterAnalysis): MolGroundCitation[] {
  const regime = letterRegime(analysis);
  if (regime.regime !== 'mol') return [];
  return analysis.citations
    .filter((c) => isBodyCitation(c, analysis) && !isRange(c))
    .map((citation) => ({ citation, act: actUnderRegime(citation, regime) }))
    .filter(({ citation, act }) => !(act === 'offl' && regime.marks2013.has(citation.paragraph)));
}

/** Whether a ground is one of § 2, stk. 3's list. */
export function needsWeighing({ citation, act }: MolGroundCitation): boolean {
  return WEIGHING_GROUNDS.some(
    (g) =>
      g.act === act &&
      citation.ref.section === g.section &&
      (g.subsection === undefined || (citation.ref.subsection ?? 1) === g.subsection),
  );
}
