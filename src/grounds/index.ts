/**
 * Look-ups over the grounds catalogue for the task pane and the composer: by id, by the request's basis,
 * by picker group, and a search that reads both words and paragraph references ("30, nr. 1", "§ 33").
 */
import { parseCitations } from '../law/citations';
import type { RegimeId } from '../law/regime';
import type { LegalRef } from '../law/types';
import { GROUNDS } from './catalogue';
import { MOL_GROUNDS } from './catalogue-mol';
import { BASIS_REGIME } from './bases';
import type { Ground, GroundGroup, RequestBasis } from './types';

export { BASIS_LABELS, BASIS_REFS, BASIS_REGIME, MOL_CATEGORIES } from './bases';

export { GROUNDS } from './catalogue';
export { MOL_GROUNDS } from './catalogue-mol';

/**
 * The whole catalogue: today's acts' grounds (`GROUNDS`, which the check also knows), then the grounds under
 * miljøoplysningsloven (`MOL_GROUNDS`). The picker and the composer use this.
 */
export const CATALOGUE: readonly Ground[] = [...GROUNDS, ...MOL_GROUNDS];

/**
 * The regimes a ground serves: its own `regimes`, else those of its bases.
 * @example regimesOfGround(groundById('offl-30-1')!) // ["offl"]
 */
export function regimesOfGround(ground: Ground): RegimeId[] {
  if (ground.regimes) return [...ground.regimes];
  return [...new Set(ground.bases.map((b) => BASIS_REGIME[b]))];
}

/**
 * Why a ground cannot be relied on under a regime (Danish), or undefined when it can.
 * @example blockedReason(groundById('offl1985-10-5')!, 'mol') // "Kan ikke bruges på miljøoplysninger: ..."
 */
export function blockedReason(ground: Ground, regime: RegimeId): string | undefined {
  return ground.blocked?.regimes.includes(regime) ? ground.blocked.reason : undefined;
}

// A Record, so that adding a group to the GroundGroup union without placing it here fails to compile.
const GROUP_ORDER: Record<GroundGroup, number> = {
  'Afvisning af anmodningen': 0,
  'Undtagne sager': 1,
  'Interne dokumenter': 2,
  'Undtagne oplysninger': 3,
  Partsaktindsigt: 4,
};

/** The picker's groups, in the order the task pane shows them. */
export const GROUND_GROUPS: readonly GroundGroup[] = (Object.keys(GROUP_ORDER) as GroundGroup[]).sort(
  (a, b) => GROUP_ORDER[a] - GROUP_ORDER[b],
);

/**
 * A ground by its id; undefined when the catalogue has none.
 * @example groundById('offl-30-1')?.label // "Private forhold (offentlighedslovens § 30, nr. 1)"
 */
export function groundById(id: string): Ground | undefined {
  return CATALOGUE.find((g) => g.id === id);
}

/**
 * The grounds that can be relied on for a request on this basis, in catalogue (law) order.
 * @example groundsForBasis('fvl-9').every((g) => g.id.startsWith('fvl-')) // true
 */
export function groundsForBasis(basis: RequestBasis): Ground[] {
  return CATALOGUE.filter((g) => g.bases.includes(basis));
}

export interface GroundGroupEntry {
  group: GroundGroup;
  grounds: Ground[];
}

/**
 * The grounds for a basis, grouped for the picker: groups in picker order, empty groups left out.
 * @example groupsForBasis('offl-7')[0].group // "Afvisning af anmodningen"
 */
export function groupsForBasis(basis: RequestBasis): GroundGroupEntry[] {
  const grounds = groundsForBasis(basis);
  return GROUND_GROUPS.map((group) => ({ group, grounds: grounds.filter((g) => g.group === group) })).filter(
    (entry) => entry.grounds.length > 0,
  );
}

/** "§ 30, stk. 1, nr. 1" and "§ 30, nr. 1" are the same provision when § 30 has one stk. */
function subsectionOf(ref: LegalRef): number | undefined {
  return ref.subsection ?? (ref.item !== undefined || ref.sentence !== undefined ? 1 : undefined);
}

/** How well a cited reference points at a ground's reference: 2 exactly, 1 at or inside it, 0 not at all. */
function refMatch(cited: LegalRef, ref: LegalRef, anyStatute: boolean): number {
  if ((!anyStatute && cited.statute !== ref.statute) || cited.section !== ref.section) return 0;
  const levels: [unknown, unknown][] = [
    [subsectionOf(cited), subsectionOf(ref)],
    [cited.item, ref.item],
    [cited.sentence, ref.sentence],
  ];
  if (levels.some(([a, b]) => a !== undefined && b !== undefined && a !== b)) return 0;
  return levels.every(([a, b]) => a === b) ? 2 : 1;
}

/** Ranks grounds by the references in the query; undefined when the query names none. */
function citationScores(query: string, grounds: Ground[]): Map<Ground, number> | undefined {
  // "30, nr. 1" and "15 b" carry no "§": read the first number as a paragraph.
  const text = /§|paragraf/i.test(query) ? query : query.replace(/\d/, (d) => `§ ${d}`);
  const citations = parseCitations(text);
  if (citations.length === 0) return undefined;
  const scores = new Map<Ground, number>();
  for (const ground of grounds) {
    let best = 0;
    for (const { ref: cited, statuteAssumed } of citations) {
      ground.refs.forEach((ref, i) => {
        const match = refMatch(cited, ref, statuteAssumed);
        // The ground's own provision ranks above the provisions it is only cited with.
        if (match > 0) best = Math.max(best, i === 0 ? match + 2 : match);
      });
    }
    if (best > 0) scores.set(ground, best);
  }
  return scores;
}

function words(text: string): string[] {
  return text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Ranks grounds by the words of the query: every word must occur; the label counts more than the guidance. */
function wordScores(query: string, grounds: Ground[]): Map<Ground, number> {
  const wanted = words(query);
  const scores = new Map<Ground, number>();
  if (wanted.length === 0) return scores;
  for (const ground of grounds) {
    const label = ground.label.toLocaleLowerCase('da');
    const guidance = ground.guidance.toLocaleLowerCase('da');
    let score = 0;
    for (const word of wanted) {
      if (label.startsWith(word)) score += 3;
      else if (words(label).some((w) => w.startsWith(word))) score += 2;
      else if (label.includes(word) || guidance.includes(word)) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score > 0) scores.set(ground, score);
  }
  return scores;
}

/**
 * Searches the catalogue (optionally only the grounds for a basis). A query with a number is read as a
 * paragraph reference ("30, nr. 1", "§ 33", "15 b", "fvl § 15 b, nr. 2"): grounds whose own provision it
 * names come first, exact matches before those inside it; a paragraph a ground is only cited with ranks
 * last. Otherwise, or when the reference matches nothing, every word must occur in the label or the
 * guidance (case-insensitive), label matches first. Ties keep catalogue order; an empty query gives all.
 * @example searchGrounds('30, nr. 1')[0].id // "offl-30-1"
 * @example searchGrounds('private')[0].id // "offl-30-1"
 */
export function searchGrounds(query: string, basis?: RequestBasis): Ground[] {
  const pool = basis ? groundsForBasis(basis) : [...CATALOGUE];
  if (words(query).length === 0) return pool;
  let scores = /\d/.test(query) ? citationScores(query, pool) : undefined;
  if (!scores || scores.size === 0) scores = wordScores(query, pool);
  return pool
    .filter((g) => scores.has(g))
    .sort(
      (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || CATALOGUE.indexOf(a) - CATALOGUE.indexOf(b),
    );
}
