/**
 * The seam between the task pane and its host (DESIGN.md, "The house"): `DocumentPort` is what the pane
 * asks of a document, whether it is a live Word document (`src/word/`) or the browser preview's in-memory
 * one (`src/preview/`). Types only, plus the Danish messages every host uses for the same failures, so the
 * pane shows the same words wherever it runs.
 */
import type { DocumentSnapshot, Finding, Location } from '../check/types';
import type { Decision, InsertionPlan, PartId } from '../letter/types';

export type { ProfileStore } from '../letter/profile';

/**
 * How `apply` treats managed blocks the plan does not name:
 * - `sync`: the plan is the whole set of managed blocks for the letter; blocks it no longer has are removed
 *   (the jurist unticked a ground);
 * - `add`: only the plan's blocks are inserted or updated; others are left alone (a check's fix).
 */
export type ApplyMode = 'sync' | 'add';

export interface ApplyOptions {
  mode?: ApplyMode;
}

/** Why one block of a plan was not applied. `message` is Danish, for the user. */
export type ApplyProblem =
  /** The block was in the snapshot the plan was made from, and the user has deleted it since. */
  | { kind: 'block-deleted'; blockId: string; title: string; message: string }
  /** The block's content control is locked against editing or deletion. */
  | { kind: 'block-locked'; blockId: string; title: string; message: string };

export interface ApplyResult {
  /** Ids of the blocks inserted, updated in place, removed, and left as they were. */
  inserted: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
  problems: ApplyProblem[];
}

/** Why a port call failed as a whole; the pane shows `message` (Danish) and tests assert on `code`. */
export type PortErrorCode = 'protected' | 'unsupported' | 'not-found' | 'busy' | 'unknown';

export const PORT_MESSAGES = {
  protected:
    'Dokumentet er beskyttet mod ændringer. Fjern beskyttelsen i Word (Gennemse > Begræns redigering), og prøv igen.',
  unsupported:
    'Denne version af Word understøtter ikke tilføjelsesprogrammet. Opdater Word, eller brug Word på nettet.',
  'not-found': 'Stedet findes ikke længere i dokumentet. Kør kontrollen igen.',
  busy: 'Word er optaget (fx af en åben dialog). Luk den, og prøv igen.',
  unknown: 'Dokumentet kunne ikke læses eller ændres. Prøv igen.',
  blockDeleted: (title: string) =>
    `Afsnittet »${title}« er slettet i dokumentet, efter ruden læste det, og er ikke sat ind igen. Tryk Indsæt igen for at gendanne det.`,
  blockLocked: (title: string) => `Afsnittet »${title}« er låst og kan ikke ændres.`,
} as const;

/** A port call that failed as a whole, with a Danish message. */
export class PortError extends Error {
  override name = 'PortError';
  constructor(
    readonly code: PortErrorCode,
    message: string = PORT_MESSAGES[code],
  ) {
    super(message);
  }
}

/**
 * The pane's choices for one letter, stored in the letter itself (document settings in Word) so reopening the
 * letter restores the pane. `applied` is the plan last applied, so the pane can say what a new insert changes.
 */
export interface LetterState {
  version: 1;
  decision: Decision;
  applied?: InsertionPlan;
}

/**
 * What the task pane asks of a document. Every method is one round trip to the host, whatever the size of
 * the document or the plan.
 */
export interface DocumentPort {
  /** The document as plain data: paragraphs in order, with style, heading level and managed-block tag. */
  read(): Promise<DocumentSnapshot>;
  /**
   * Inserts, updates in place and (mode `sync`, the default) removes managed blocks so the document holds the
   * plan's blocks, each tagged `aktindsigt:<block-id>`. `base` is the snapshot the plan was made from: a block
   * it holds that is gone from the document now comes back as a `block-deleted` problem, not re-inserted. New
   * blocks go in the letter's order relative to the managed blocks already there, or at the cursor when
   * there are none. The user's own paragraphs are never changed.
   */
  apply(plan: InsertionPlan, base: DocumentSnapshot, options?: ApplyOptions): Promise<ApplyResult>;
  /** Selects and scrolls to a place (a finding's location). */
  reveal(location: Location): Promise<void>;
  /** Adds the findings as comments marked as ours. */
  annotate(findings: Finding[]): Promise<void>;
  /** Removes our comments only. */
  clearAnnotations(): Promise<void>;
  /** Replaces the text of a location's span (a replace fix); the paragraph must still hold `location.text`. */
  replaceText(location: Location, replacement: string): Promise<void>;
  loadLetterState(): Promise<LetterState | undefined>;
  saveLetterState(state: LetterState): Promise<void>;
}

/**
 * The order of the parts in a composed letter (`composePlan`'s order): where a new block goes relative to the
 * managed blocks already in the document.
 */
export const LETTER_ORDER: readonly PartId[] = [
  'date',
  'request_reference',
  'decision',
  'reasoning',
  'meroffentlighed',
  'extraction',
  'weighing',
  'document_list',
  'complaint_guidance',
  'sender',
  'legal_basis',
];
