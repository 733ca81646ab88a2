/**
 * The regime a request is decided under, and the version of each act it quotes:
 * - `offl`: offentlighedsloven (§ 7 or § 8), today's acts in the wording in force on the letter's date;
 * - `fvl`: forvaltningsloven for a party (§ 9), likewise;
 * - `mol`: miljøoplysningsloven (LBK 980/2017). Its references to "lov om offentlighed i forvaltningen" mean the
 *   1985 act (statute `offl1985`) and its references to forvaltningsloven mean lovbekendtgørelse nr. 988 af
 *   9. oktober 2012, whatever the date (miljøoplysningslovens § 6, stk. 2). A `fvl` reference under `mol` is
 *   therefore resolved and quoted in that pinned wording. The 2013 offentlighedslov keeps its own wording under
 *   `mol`: it is quoted only where the jurist also decides under it (a second track).
 */
import { getStatute, PINNED } from './catalogue';
import type { Statute, StatuteId } from './types';

export type RegimeId = 'offl' | 'fvl' | 'mol';

export interface Regime {
  id: RegimeId;
  /** Danish name, for the pane and messages. */
  label: string;
  /** The edition quoted for an act, when it is not the act's current wording. */
  pinned: Partial<Record<StatuteId, keyof typeof PINNED>>;
  /** The order of the acts in the legal-basis quotation. */
  quoteOrder: StatuteId[];
}

export const REGIMES: Readonly<Record<RegimeId, Regime>> = {
  offl: {
    id: 'offl',
    label: 'Offentlighedsloven',
    pinned: {},
    quoteOrder: ['offl', 'fvl', 'dbl', 'mol', 'offl1985'],
  },
  fvl: {
    id: 'fvl',
    label: 'Forvaltningsloven (partsaktindsigt)',
    pinned: {},
    quoteOrder: ['offl', 'fvl', 'dbl', 'mol', 'offl1985'],
  },
  mol: {
    id: 'mol',
    label: 'Miljøoplysningsloven',
    pinned: { fvl: 'fvl-2012' },
    quoteOrder: ['mol', 'offl1985', 'fvl', 'offl', 'dbl'],
  },
};

/**
 * The data of an act as a regime quotes it: the pinned edition where the regime pins one, else the act.
 * @example statuteIn('fvl', 'mol').version.consolidation // "lovbekendtgørelse nr. 988 af 9. oktober 2012"
 */
export function statuteIn(id: StatuteId, regime?: RegimeId): Statute {
  const pinned = regime ? REGIMES[regime].pinned[id] : undefined;
  return pinned ? PINNED[pinned] : getStatute(id);
}

/**
 * True when the regime pins the act to a fixed edition (its date does not choose the wording).
 * @example isPinned('fvl', 'mol') // true
 */
export function isPinned(id: StatuteId, regime?: RegimeId): boolean {
  return regime !== undefined && REGIMES[regime].pinned[id] !== undefined;
}
