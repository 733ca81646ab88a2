/**
 * The checker's input and output. `DocumentSnapshot` is what every reader (Word, the preview, .docx,
 * plain text) produces; `CheckReport` is what the task pane, the reviewer's comments and the CLI show.
 */
import type { Outcome } from '../grounds/types';
import type { RegimeId } from '../law/regime';
import type { FoundCitation } from '../law/types';
import type { Block, PartId } from '../letter/types';

/** Where a paragraph lives: the body, or a header/footer/footnote region (sender and date often live there). */
export type Region = 'body' | 'header' | 'footer' | 'footnote';

export interface SnapshotParagraph {
  text: string;
  /** Style name as the document has it ("Heading 1", "Overskrift 2", "Normal"). */
  style?: string;
  /** Heading level 1-9 when the style is a heading. */
  headingLevel?: number;
  /** List label as shown ("1)", "a.", "•"). */
  listLabel?: string;
  /** Position in a table, when the paragraph is in a cell. */
  table?: { table: number; row: number; cell: number };
  /** The managed block the paragraph belongs to: the tag without the `aktindsigt:` prefix. */
  blockId?: string;
  region?: Region;
}

export interface DocumentSnapshot {
  paragraphs: SnapshotParagraph[];
  /** True when the reader counted tracked insertions as text and left deletions out. */
  trackedChanges?: boolean;
}

/** A place in the document: a paragraph, and optionally a character span in it (`end` exclusive). */
export interface Location {
  paragraph: number;
  start?: number;
  end?: number;
  /** The text the finding is about. */
  text?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  /** The rule's message id (stable; tests assert on it, never on the Danish text). */
  messageId: string;
  severity: Severity;
  /** Danish. */
  message: string;
  location: Location;
  /** A suggested fix, applied only when the user clicks. */
  fix?: Fix;
}

/**
 * A fix: either a replacement text for the finding's span (a misquotation replaced by the law's words), or
 * blocks to insert in the letter's anatomy (a missing complaint guidance, a missing § 14 consideration),
 * which the task pane applies through the same port as its own insertions.
 */
export type Fix =
  { kind: 'replace'; replacement: string } | { kind: 'insert'; blocks: Block[]; label: string };

/** What the letter is, as recognised from its content. */
export type LetterKindFound =
  'decision' | 'identification-request' | 'delay-notice' | 'acknowledgement' | 'other';

export interface PartFound {
  part: PartId;
  present: boolean;
  /** Paragraph range (inclusive) when present. */
  first?: number;
  last?: number;
  /** How it was recognised. */
  by?: 'tag' | 'heading' | 'content';
}

export interface CitationFound extends FoundCitation {
  paragraph: number;
  /** True when the citation stands inside the legal-basis part (a quotation, not a citation). */
  inLegalBasis: boolean;
}

export interface CheckReport {
  kind: LetterKindFound;
  outcome: Outcome | 'unknown';
  /** The text the outcome was read from. */
  outcomeEvidence?: Location;
  /** The letter's own date, ISO, when found. */
  letterDate?: string;
  /** The request's received date, ISO, when the letter states it. */
  receivedDate?: string;
  /** The regime read from the letter (src/check/regime.ts): `mol` when it cites miljøoplysningsloven or speaks of miljøoplysninger. */
  regime?: RegimeId;
  /** True when the regime was read from words rather than from a citation. */
  regimeInferred?: boolean;
  /** A party's request (forvaltningslovens § 9; under MOL, forvaltningsloven as LBK 988/2012). */
  party?: boolean;
  parts: PartFound[];
  citations: CitationFound[];
  findings: Finding[];
}
