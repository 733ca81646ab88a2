import type { StatuteId } from './types';

/** How an act is named in Danish text. The first genitive is the canonical one used by `formatRef`. */
export interface StatuteNames {
  id: StatuteId;
  /** "offentlighedsloven". */
  name: string;
  /** "offentlighedslovens". */
  genitive: string;
  /** "offl.". */
  abbreviation: string;
}

/** The acts' names, in the order the law catalogue lists them. */
export const STATUTE_NAMES: readonly StatuteNames[] = [
  { id: 'offl', name: 'offentlighedsloven', genitive: 'offentlighedslovens', abbreviation: 'offl.' },
  { id: 'fvl', name: 'forvaltningsloven', genitive: 'forvaltningslovens', abbreviation: 'fvl.' },
  { id: 'dbl', name: 'databeskyttelsesloven', genitive: 'databeskyttelseslovens', abbreviation: 'dbl.' },
];

/**
 * The names of one act.
 * @example statuteNames('offl').genitive // "offentlighedslovens"
 */
export function statuteNames(id: StatuteId): StatuteNames {
  const names = STATUTE_NAMES.find((n) => n.id === id);
  if (!names) throw new Error(`Unknown statute id: ${id}`);
  return names;
}
