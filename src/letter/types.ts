/**
 * Types of a letter: the jurist's decision, the authority profile, and the insertion plan composition makes
 * of them. Plain data; nothing here knows about Word.
 */
import type { Outcome, RequestBasis } from '../grounds/types';
import type { SuppliedText } from '../law/quote';
import type { RegimeId } from '../law/regime';

/** The parts of a decision letter (DESIGN.md, "Letter anatomy"), in the anatomy table's order. */
export const PART_IDS = [
  'request_reference',
  'decision',
  'reasoning',
  'meroffentlighed',
  'extraction',
  'weighing',
  'document_list',
  'legal_basis',
  'complaint_guidance',
  'date',
  'sender',
] as const;

export type PartId = (typeof PART_IDS)[number];

/** What kind of letter is written. */
export type LetterKind =
  /** A decision on the request. */
  | 'decision'
  /** Asking the requester to identify or narrow the request (offentlighedslovens § 9; the dialogue). */
  | 'identification-request'
  /** A § 36 notice that the answer is delayed (forvaltningslovens § 16, stk. 2 for a party). */
  | 'delay-notice';

export interface AccessRequest {
  /** ISO date the request was received. */
  receivedDate?: string;
  /** What was asked for, in the requester's words or summarised: "sagen om renovering af Skolevej". */
  subject: string;
  /** The requester's name, used in the salutation; omitted for anonymous requests. */
  requester?: string;
}

export type DocumentDecision = 'granted' | 'partial' | 'withheld';

/** One row of the case's document list (aktliste). */
export interface CaseDocument {
  /** The document's number in the list: "1", "4a". */
  number: string;
  title: string;
  /** ISO date. */
  date?: string;
  decision: DocumentDecision;
  /** Ground ids applied to this document (for `partial` and `withheld`). */
  groundIds: string[];
}

export interface ChosenGround {
  groundId: string;
  /**
   * Field values by field name; a missing or blank required value stays a visible placeholder. Under
   * miljøoplysningsloven the ground's weighing fields (`for_udlevering`, `imod_udlevering`, `afvejning`) are
   * kept here too.
   */
  values: Record<string, string>;
  /**
   * For 1985-offentlighedslovens § 2, stk. 1, 1. pkt.: the case is handled by the police or the prosecution, so
   * miljøoplysningslovens § 2, stk. 3 requires no weighing (its 3. pkt.).
   */
  policeOrProsecution?: boolean;
}

/** Miljøoplysningslovens § 2, stk. 5: whether the information refused concerns emissions into the environment. */
export type EmissionsAnswer = 'yes' | 'no' | 'partly';

export interface Decision {
  kind: LetterKind;
  basis: RequestBasis;
  outcome: Outcome;
  request: AccessRequest;
  grounds: ChosenGround[];
  /** Values for companion blocks by field name (e.g. `ressourcer` for the dialogue, `forventet_dato`). */
  companionValues?: Record<string, string>;
  documents?: CaseDocument[];
  /** The id of the profile case area the request concerns (decides the complaint route). */
  caseAreaId?: string;
  /** ISO date of the letter. */
  letterDate: string;
  /** Case number (sagsnummer / journalnummer). */
  caseNumber?: string;
  /**
   * The regime; default from `basis`. `mol` with an offentlighedslov basis means miljøoplysningsloven for anyone
   * (basis `mol`), with `fvl-9` for a party (`mol-party`).
   */
  regime?: RegimeId;
  /**
   * The jurist has marked the request as concerning environmental information (miljøoplysningslovens § 3): the
   * same as `regime: 'mol'`.
   */
  environmentalInformation?: boolean;
  /** Under MOL, when a ground named in its § 2, stk. 5 is chosen; unanswered, the letter keeps a placeholder. */
  emissions?: EmissionsAnswer;
  /**
   * Under MOL: also decide under the 2013 offentlighedslov (a second track, with its own grounds and its § 14);
   * default from the profile (`mol.secondTrack`).
   */
  secondTrack?: boolean;
  /** The grounds of the second track (2013 act, basis `offl-7`). */
  secondTrackGrounds?: ChosenGround[];
  /** Statute texts the jurist pasted for this letter where the law data lacks them (marked as supplied). */
  suppliedTexts?: SuppliedText[];
  /** Under MOL: add a meroffentlighed block (the 1985 act has no duty unless the requester asked for it). */
  meroffentlighed?: boolean;
  /** Under MOL: the refusal is (also) because the material is still being prepared (its § 4, stk. 4, 2. pkt.). */
  underPreparation?: boolean;
  /** Under MOL: the requested form or format is refused, on miljøoplysningslovens § 4, stk. 2, nr. 1 or 2. */
  formRefusal?: 1 | 2;
}

export type AuthorityKind = 'state' | 'municipality' | 'region' | 'other';

export interface CaseArea {
  id: string;
  /** "Sociale sager", "Byggesager". */
  name: string;
  /**
   * The top appeal body for the case the request concerns (offentlighedslovens § 37, stk. 1), e.g.
   * "Ankestyrelsen"; absent when there is no administrative appeal body.
   */
  appealBody?: string;
  /** True when the § 38 route applies (kommune, region, kommunalt fællesskab with no appeal body). */
  supervisionRoute: boolean;
  /** The appeal body for a party's access (forvaltningslovens § 16, stk. 4); absent when none. */
  partyAppealBody?: string;
  /** A complaint deadline set by the law of the case area, e.g. "4 uger"; never invented. */
  complaintDeadline?: string;
  /**
   * Under miljøoplysningsloven: the body that is the appeal body of the case the request concerns (its § 4,
   * stk. 6), e.g. "Miljø- og Fødevareklagenævnet"; absent when the administrator has not named one.
   */
  molAppealBody?: string;
  /**
   * Under miljøoplysningsloven, when the case has no appeal body: what the letter says instead, in the
   * authority's own words (some kommuner point to Ankestyrelsen; no statute says so). Never guessed.
   */
  molNoAppealBody?: string;
  /** A complaint time limit for MOL complaints from the profile's own data; none is stated otherwise. */
  molComplaintDeadline?: string;
}

/** What the authority is under miljøoplysningsloven, and its defaults there. */
export interface MolProfile {
  /** An organ under miljøoplysningslovens § 1, stk. 2: complaints go to Miljø- og Fødevareklagenævnet (§ 4 a). */
  organ?: boolean;
  /** A forsyningsvirksomhed under § 1, stk. 1: likewise (§ 4 a). */
  utility?: boolean;
  /** The sentence on how to complain; default: in writing to the deciding body (§ 4 b, stk. 1). */
  howToComplain?: string;
  /** Default for a decision's second track under the 2013 offentlighedslov. */
  secondTrack?: boolean;
}

/** How the authority writes from a case's document list (aktliste). */
export interface ListProfile {
  /**
   * How a reasoning block's `{dokumenter}` names the documents a ground covers: by act number ("akt 3, 7 og
   * 12", the default) or by title.
   */
  documentReference?: 'numbers' | 'titles';
  /**
   * The authority's shared reason wordings: what its lists write and the catalogue grounds each means (an
   * empty list: "not a ground", the document is outside the request). The user's own answers come first.
   */
  vocabulary?: ListVocabularyEntry[];
}

/** One shared reason wording of an authority's lists. */
export interface ListVocabularyEntry {
  /** The reason as the lists write it ("Oplysninger om ansattes helbred"); matched case and punctuation insensitive. */
  phrase: string;
  /** Catalogue ground ids ("offl-30-1"); empty when the wording means the document is outside the request. */
  grounds: string[];
}

export interface AuthorityProfile {
  /** "Eksempel Kommune". */
  name: string;
  /** The unit that signs: "Teknik og Miljø". */
  unit?: string;
  kind: AuthorityKind;
  address: string[];
  /** The closing lines: greeting, name, title. */
  signature: string[];
  /** ISO dates the authority is closed beyond the public holidays (e.g. 5 June is a holiday anyway). */
  extraNonWorkingDays: string[];
  caseAreas: CaseArea[];
  /** Miljøoplysningsloven: absent means a § 1, stk. 1 authority that is not a utility, no second track. */
  mol?: MolProfile;
  /** Writing from the document list; absent means the defaults. */
  aktliste?: ListProfile;
}

/** A run of text with simple formatting only. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface BlockParagraph {
  runs: TextRun[];
  /** Built-in heading level (1-3) when the paragraph is a heading. */
  heading?: 1 | 2 | 3;
  /** A quotation of law text: shown indented or in the quotation style. */
  quote?: boolean;
  /** Law text the jurist supplied for this letter (not from the law data): shown and checked as unverified. */
  supplied?: boolean;
  /** A table row: the paragraph's runs are ignored and the cells used instead. */
  cells?: string[];
  /** A table's header row (with `cells`): the column names, repeated at the top of each page in Word. */
  header?: boolean;
}

/** One managed block: a rich-text content control tagged `aktindsigt:<id>`. */
export interface Block {
  /** Stable id: "decision", "reasoning:offl-30-1", "legal-basis". */
  id: string;
  part: PartId;
  /** Danish title of the content control. */
  title: string;
  paragraphs: BlockParagraph[];
}

/** A required field left blank: its placeholder stays visible in the text and is reported here. */
export interface MissingField {
  blockId: string;
  field: string;
  label: string;
}

export interface InsertionPlan {
  blocks: Block[];
  missing: MissingField[];
  /** Problems the jurist must see, in Danish: quotations left out, grounds that do not fit the basis, ... */
  warnings: string[];
}
