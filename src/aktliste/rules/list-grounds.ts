/**
 * Shared by the list rules on grounds: the grounds the list's rows use, each with the first row that uses
 * it, and whether the letter's reasoning relies on it (by the checker's own reading of its citations).
 */
import type { LetterAnalysis } from '../../check/analyse';
import { groundsRelied, type GroundRelied } from '../../check/grounds-relied';
import type { Ground } from '../../grounds/types';
import { formatRef } from '../../law/citations';
import type { Aktliste, ListRow } from '../rows';
import { groundsNamed, type RowGround } from '../reasons';

export interface ListGround {
  ground: RowGround;
  /** The catalogue grounds it can mean: one for a ground, several for a bare paragraph. */
  candidates: Ground[];
  rows: ListRow[];
}

/** The grounds of the rows that withhold something, in first-use order, one entry per provision. */
export function listGrounds(list: Aktliste): ListGround[] {
  const out = new Map<string, ListGround>();
  for (const row of list.rows) {
    if (row.decision !== 'partial' && row.decision !== 'withheld') continue;
    for (const ground of row.grounds) {
      const candidates = groundsNamed(ground.ref, list.basis);
      if (candidates.length === 0) continue;
      const key = formatRef(ground.ref);
      const entry = out.get(key) ?? { ground, candidates, rows: [] };
      entry.rows.push(row);
      out.set(key, entry);
    }
  }
  return [...out.values()];
}

/** The letter's relied-on grounds, read once per analysis. */
const cache = new WeakMap<LetterAnalysis, GroundRelied[]>();
export function reliedOn(analysis: LetterAnalysis): GroundRelied[] {
  let relied = cache.get(analysis);
  if (!relied) {
    relied = groundsRelied(analysis);
    cache.set(analysis, relied);
  }
  return relied;
}

/**
 * True when the letter relies on one of the grounds a list entry can mean: by the checker's reading of its
 * grounds, or by a citation in its own text (not the quoted law) that names the ground's provision, read
 * in the act the letter means (offentlighedsloven in a letter under the 1985 act is the 1985 act).
 */
export function letterCovers(
  entry: ListGround,
  relied: readonly GroundRelied[],
  analysis: LetterAnalysis,
): boolean {
  if (relied.some((r) => r.grounds.some((g) => entry.candidates.includes(g)))) return true;
  return analysis.citations.some((c) => {
    if (c.inLegalBasis || NOT_REASONING.has(analysis.partOf[c.paragraph] ?? '')) return false;
    const act = analysis.offl1985 && c.ref.statute === 'offl' ? 'offl1985' : c.ref.statute;
    const ref = { ...c.ref, statute: act };
    return entry.candidates.some((g) => g.refs[0] && groundsNamed(ref).includes(g));
  });
}

const NOT_REASONING = new Set(['legal_basis', 'complaint_guidance', 'meroffentlighed', 'extraction']);
