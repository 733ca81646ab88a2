/**
 * Types of a letter: the jurist's decision, the authority profile, and the insertion plan composition makes
 * of them. Plain data; nothing here knows about Word.
 */
import type { Outcome, RequestBasis } from '../grounds/types';

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
  /** Field values by field name; a missing or blank required value stays a visible placeholder. */
  values: Record<string, string>;
}

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
  /** A table row: the paragraph's runs are ignored and the cells used instead. */
  cells?: string[];
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
