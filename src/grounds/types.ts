/**
 * Types of the grounds catalogue: what a jurist can tick, what each ground cites, what it requires with it,
 * and the reasoning template it inserts. The catalogue itself is data (catalogue.ts).
 */
import type { RegimeId } from '../law/regime';
import type { LegalRef } from '../law/types';

/**
 * The legal basis of the request, chosen first:
 * - `offl-7`: offentlighedslovens § 7 (anyone);
 * - `offl-8`: offentlighedslovens § 8 (information about oneself; §§ 19-29 and § 35, considerations of §§ 31-33);
 * - `fvl-9`: forvaltningslovens § 9 (a party in a decision case);
 * - `mol`: miljøoplysningslovens § 2, stk. 1 (anyone; environmental information), with the 1985 act's grounds;
 * - `mol-party`: a party's request for environmental information: miljøoplysningslovens § 2, stk. 1 with
 *   forvaltningsloven as lovbekendtgørelse nr. 988 af 9. oktober 2012 (§ 6, stk. 2).
 */
export type RequestBasis = 'offl-7' | 'offl-8' | 'fvl-9' | 'mol' | 'mol-party';

export type Outcome = 'grant' | 'partial' | 'refusal' | 'dismissal';

/** The picker's groups, in the order the task pane shows them. */
export type GroundGroup =
  | 'Afvisning af anmodningen'
  | 'Undtagne sager'
  | 'Interne dokumenter'
  | 'Undtagne oplysninger'
  | 'Partsaktindsigt';

/**
 * What law or practice demands in the letter together with a ground:
 * - `meroffentlighed`: the consideration of more access (offentlighedslovens § 14; forvaltningslovens § 10);
 * - `extraction`: facts and external professional assessments extracted (offentlighedslovens § 28, or §§ 14 a-14 b
 *   of forvaltningsloven for a party);
 * - `extraction-29`: the § 29 extraction, only for a fremsat lovforslag or an offentliggjort redegørelse,
 *   handlingsplan el.lign.;
 * - `partial-34`: §§ 30-33 covering only part of a document: the rest is handed out, or § 34's exception named;
 * - `dialogue`: the dialogue offered to narrow the request (offentlighedslovens § 9, stk. 2, nr. 1);
 * - `identification`: what was unclear and what the requester must give (offentlighedslovens § 9, stk. 1);
 * - `data-extract`: why the extract needs more than a few simple commands (offentlighedslovens § 11);
 * - `data-extract-personal`: personal data processed under databeskyttelseslovens § 10 are outside the right
 *   (offentlighedslovens § 11, stk. 2);
 * - `extraction-1985`: under miljøoplysningsloven, whether information in the excepted documents must still be
 *   given (the 1985 act's § 11, whose text we do not hold: the block cites nothing and the guidance says so);
 * - `partial-1985`: under miljøoplysningsloven, the rest of a document when §§ 12-13 of the 1985 act cover only
 *   part of it (its § 12, stk. 2 and § 13, stk. 2, not held: likewise);
 * - `extraction-fvl2012`: a party's facts of essential importance, forvaltningslovens § 12, stk. 2 and § 14,
 *   stk. 2 as LBK 988/2012;
 * - `partial-fvl2012`: the rest of the document for a party, forvaltningslovens § 15, stk. 2 as LBK 988/2012.
 */
export type Companion =
  | 'meroffentlighed'
  | 'extraction'
  | 'extraction-29'
  | 'partial-34'
  | 'dialogue'
  | 'identification'
  | 'data-extract'
  | 'data-extract-personal'
  | 'extraction-1985'
  | 'partial-1985'
  | 'extraction-fvl2012'
  | 'partial-fvl2012';

/**
 * What miljøoplysningsloven adds to a ground:
 * - `emissions`: its § 2, stk. 5 (the ground gives way for information on emissions into the environment, in so
 *   far as refusal would conflict with article 4(2) of directive 2003/4/EF): the decision must say whether the
 *   information concerns emissions;
 * - `directive`: its § 2, stk. 6 (likewise for all environmental information): the reasoning must address
 *   article 4(2), named, never quoted.
 * They never disable a ground; they add required fields.
 */
export type MolRestriction = 'emissions' | 'directive';

/** A named field of a reasoning template, filled in by the jurist. */
export interface TemplateField {
  /** The placeholder name used in the template: `{dokumenter}`. */
  name: string;
  /** Danish label shown in the task pane. */
  label: string;
  /** Danish hint: what to write, with an example. */
  hint: string;
  required: boolean;
}

export interface Ground {
  /** Built from its reference: `offl-30-1`, `offl-9-2-1`, `fvl-15b-3`. */
  id: string;
  /** The references it relies on, quoted in the legal basis. The first is the ground's own reference. */
  refs: LegalRef[];
  /** Danish label: "Private forhold (offentlighedslovens § 30, nr. 1)". */
  label: string;
  group: GroundGroup;
  /** Whether it refuses to process the request, excepts a whole case or document, or excepts information. */
  kind: 'refusal-to-process' | 'excepted-case' | 'excepted-document' | 'excepted-information';
  /** The request bases the ground serves. */
  bases: RequestBasis[];
  outcomes: Outcome[];
  /** 1-4 Danish sentences for the jurist: when it applies, the pitfall, the rule of thumb. */
  guidance: string;
  /** Where the guidance comes from: our own drafting aid, or a seed document (never law). */
  guidanceSource: 'own' | 'handbook';
  requires: Companion[];
  /** Danish reasoning prose with `{field}` placeholders. Never restates the law in other words. */
  template: string;
  fields: TemplateField[];
  /** The regimes the ground serves; absent: derived from `bases` (`regimesOfGround`). */
  regimes?: RegimeId[];
  /**
   * Miljøoplysningslovens § 2, stk. 3: the ground needs the concrete weighing block; `unless-police`: not when
   * the case is handled by the police or the prosecution (§ 2, stk. 3, 3. pkt.).
   */
  weighing?: 'required' | 'unless-police';
  /** Miljøoplysningslovens § 2, stk. 5 and 6 (see `MolRestriction`). */
  restrictions?: MolRestriction[];
  /** The ground cannot be relied on under these regimes: the picker shows it disabled with the reason. */
  blocked?: { regimes: RegimeId[]; reason: string; refs: LegalRef[] };
}
