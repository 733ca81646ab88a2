/**
 * The request bases' plain constants (labels, provisions, regimes) and MOL's categories: data-free, so the task
 * pane's first view can read them without loading the grounds catalogue or the statute data. `./index`
 * re-exports everything here.
 */
import type { RegimeId } from '../law/regime';
import type { LegalRef } from '../law/types';
import type { RequestBasis } from './types';

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
