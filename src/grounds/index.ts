/**
 * Look-ups over the grounds catalogue for the task pane and the composer: by id, by the request's basis,
 * by picker group, and a search that reads both words and paragraph references ("30, nr. 1", "§ 33").
 */
import { parseCitations } from '../law/citations';
import type { RegimeId } from '../law/regime';
import type { LegalRef } from '../law/types';
import { GROUNDS } from './catalogue';
import { MOL_GROUNDS } from './catalogue-mol';
import type { Ground, GroundGroup, RequestBasis } from './types';

export { GROUNDS } from './catalogue';
export { MOL_GROUNDS } from './catalogue-mol';

/**
 * The whole catalogue: today's acts' grounds (`GROUNDS`, which the check also knows), then the grounds under
 * miljøoplysningsloven (`MOL_GROUNDS`). The picker and the composer use this.
 */
export const CATALOGUE: readonly Ground[] = [...GROUNDS, ...MOL_GROUNDS];

/** Short Danish labels of the request's legal basis, for the picker. */
export const BASIS_LABELS: Record<RequestBasis, string> = {
  'offl-7': 'Offentlighedslovens § 7 (alle kan søge)',
  'offl-8': 'Offentlighedslovens § 8 (egenacces)',
  'fvl-9': 'Forvaltningslovens § 9 (partsaktindsigt)',
  mol: 'Miljøoplysningslovens § 2, stk. 1 (miljøoplysninger, alle kan søge)',
  'mol-party': 'Miljøoplysningsloven for en part (forvaltningsloven som lovbekendtgørelse nr. 988/2012)',
};

/**
 * The provision each request basis rests on; the composer cites and quotes it. A party's request for
 * environmental information rests on miljøoplysningslovens § 2, stk. 1 ("... der følger af ... forvaltningsloven")
 * with forvaltningsloven pinned by § 6, stk. 2; forvaltningslovens § 9 as LBK 988/2012 is not held.
 */
export const BASIS_REFS: Record<RequestBasis, LegalRef[]> = {
  'offl-7': [{ statute: 'offl', section: '7' }],
  'offl-8': [{ statute: 'offl', section: '8' }],
  'fvl-9': [{ statute: 'fvl', section: '9' }],
  mol: [{ statute: 'mol', section: '2', subsection: 1 }],
  'mol-party': [{ statute: 'mol', section: '2', subsection: 1 }],
};

/** The regime of each request basis. */
export const BASIS_REGIME: Record<RequestBasis, RegimeId> = {
  'offl-7': 'offl',
  'offl-8': 'offl',
  'fvl-9': 'fvl',
  mol: 'mol',
  'mol-party': 'mol',
};

/**
 * MOL's six categories of environmental information (miljøoplysningslovens § 3, nr. 1-6), shown as the test
 * when the jurist marks a request as concerning environmental information. Short Danish names; the pane
 * quotes the law itself from the data (`{ statute: 'mol', section: '3' }`).
 */
export const MOL_CATEGORIES: readonly { item: number; label: string }[] = [
  {
    item: 1,
    label: 'Tilstanden i miljøelementer (luft, vand, jord, landskab, natur, biologisk mangfoldighed)',
  },
  { item: 2, label: 'Faktorer (stoffer, energi, støj, stråling, affald, emissioner, udledninger)' },
  {
    item: 3,
    label: 'Foranstaltninger (politikker, lovgivning, planer, programmer, miljøaftaler, aktiviteter)',
  },
  { item: 4, label: 'Rapporter om gennemførelse af miljølovgivningen' },
  { item: 5, label: 'Rentabilitetsberegninger og andre økonomiske analyser' },
  { item: 6, label: 'Menneskers sundheds- og sikkerhedstilstand, i det omfang miljøet påvirker den' },
];

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
