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
 * Acts the citation parser does not read by name (yet): miljøoplysningsloven, and the 1985 offentlighedslov,
 * whose name in a letter is the same as today's act's. They are named in composed text and quotations.
 */
export const OTHER_STATUTE_NAMES: readonly StatuteNames[] = [
  { id: 'mol', name: 'miljøoplysningsloven', genitive: 'miljøoplysningslovens', abbreviation: 'mol.' },
  {
    id: 'offl1985',
    name: '1985-offentlighedsloven',
    genitive: '1985-offentlighedslovens',
    abbreviation: 'offl. 1985',
  },
];

/**
 * The names of one act.
 * @example statuteNames('offl').genitive // "offentlighedslovens"
 */
export function statuteNames(id: StatuteId): StatuteNames {
  const names = STATUTE_NAMES.find((n) => n.id === id) ?? OTHER_STATUTE_NAMES.find((n) => n.id === id);
  if (!names) throw new Error(`Unknown statute id: ${id}`);
  return names;
}
