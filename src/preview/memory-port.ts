/**
 * The in-memory document the preview shows, and the `DocumentPort` over it. Same contract as Word's: every
 * block the pane inserts is a managed block tagged `aktindsigt:<block-id>`; a second insert updates it in
 * place, a block the plan no longer has is removed, new blocks go in the letter's order relative to the
 * managed blocks already there (or at the cursor), and the user's own paragraphs are never changed.
 */
import type {
  DocumentSnapshot,
  Finding,
  Location,
  Region,
  Severity,
  SnapshotParagraph,
} from '../check/types';
import type { Block, InsertionPlan, PartId, TextRun } from '../letter/types';
import {
  compareBlocks,
  partOfBlockId,
  PORT_MESSAGES,
  PortError,
  type ApplyOptions,
  type ApplyProblem,
  type ApplyResult,
  type DocumentPort,
  type LetterState,
} from '../port';

/** One paragraph of the in-memory document. `key` is its identity: stable while the paragraph lives. */
export interface MemoryParagraph {
  key: number;
  text: string;
  /** Formatting of a managed paragraph as composed (bold placeholders); dropped when the user edits it. */
  runs?: TextRun[];
  style?: string;
  headingLevel?: number;
  /** A quotation of law text. */
  quote?: boolean;
  /** The managed block (content control) the paragraph belongs to, without the `aktindsigt:` prefix. */
  blockId?: string;
  /** The managed block's Danish title. */
  blockTitle?: string;
  part?: PartId;
  /**
   * A table cell: paragraphs with the same `tableKey` form one table; `header` marks a cell of the table's
   * header row (the column names, shown as column headers).
   */
  cell?: { tableKey: number; row: number; cell: number; header?: boolean };
  /** List label as shown ("1)", "•"), from an opened .docx. */
  listLabel?: string;
  /** Header, footer or footnote of an opened .docx; absent for the body. */
  region?: Exclude<Region, 'body'>;
}

/** A reviewer comment in the margin, marked as ours. */
export interface MemoryComment {
  id: number;
  paragraphKey: number;
  severity: Severity;
  text: string;
  ruleId: string;
}

/** What the document view shows besides the text: the caret's paragraph, a revealed span, comments. */
export interface MemoryView {
  paragraphs: readonly MemoryParagraph[];
  cursor?: number;
  highlight?: { key: number; start?: number; end?: number; serial: number };
  comments: readonly MemoryComment[];
  protected: boolean;
}

/** A paragraph as a loader gives it: text and, optionally, its style and managed block. */
export type ParagraphInit = Omit<MemoryParagraph, 'key'>;

/**
 * A document in memory with change notification (for React's `useSyncExternalStore`). User edits go through
 * `editText`, `splitAfter` and `remove`; the port goes through `apply` and friends.
 */
export class MemoryDocument {
  private view: MemoryView = { paragraphs: [], comments: [], protected: false };
  private nextKey = 1;
  private nextComment = 1;
  private serial = 0;
  private letterState: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(paragraphs: readonly ParagraphInit[] = []) {
    this.load(paragraphs);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): MemoryView => this.view;

  get paragraphs(): readonly MemoryParagraph[] {
    return this.view.paragraphs;
  }

  private set(patch: Partial<MemoryView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** New paragraphs with fresh keys. */
  make(init: ParagraphInit): MemoryParagraph {
    return { ...init, key: this.nextKey++ };
  }

  /** Replaces the whole document (a new letter): comments, state and caret go with the old one. */
  load(paragraphs: readonly ParagraphInit[], letterState?: string): void {
    this.letterState = letterState;
    this.set({
      paragraphs: paragraphs.map((p) => this.make(p)),
      comments: [],
      cursor: undefined,
      highlight: undefined,
    });
  }

  setParagraphs(paragraphs: MemoryParagraph[]): void {
    const keys = new Set(paragraphs.map((p) => p.key));
    this.set({ paragraphs, comments: this.view.comments.filter((c) => keys.has(c.paragraphKey)) });
  }

  /** The user typed in a paragraph: its text changes, its composed formatting goes. */
  editText(key: number, text: string): void {
    this.setParagraphs(
      this.view.paragraphs.map((p) => {
        if (p.key !== key || p.text === text) return p;
        const edited = { ...p, text };
        delete edited.runs;
        return edited;
      }),
    );
  }

  /** The user pressed Enter: a new, empty user paragraph after `key`. */
  splitAfter(key: number): number {
    const index = this.view.paragraphs.findIndex((p) => p.key === key);
    const fresh = this.make({ text: '' });
    const paragraphs = [...this.view.paragraphs];
    paragraphs.splice(index < 0 ? paragraphs.length : index + 1, 0, fresh);
    this.setParagraphs(paragraphs);
    return fresh.key;
  }

  /** The user deleted a paragraph (e.g. a managed block's, by hand). */
  remove(keys: readonly number[]): void {
    const gone = new Set(keys);
    this.setParagraphs(this.view.paragraphs.filter((p) => !gone.has(p.key)));
  }

  /** Removes every paragraph of a managed block, as a user selecting and deleting it would. */
  deleteBlock(blockId: string): void {
    this.remove(this.view.paragraphs.filter((p) => p.blockId === blockId).map((p) => p.key));
  }

  setCursor(key: number | undefined): void {
    if (this.view.cursor !== key) this.set({ cursor: key });
  }

  setProtected(value: boolean): void {
    this.set({ protected: value });
  }

  highlight(key: number, start?: number, end?: number): void {
    this.serial += 1;
    this.set({ cursor: key, highlight: { key, start, end, serial: this.serial } });
  }

  setComments(findings: readonly { paragraphKey: number; finding: Finding }[]): void {
    const comments = findings.map(({ paragraphKey, finding }) => ({
      id: this.nextComment++,
      paragraphKey,
      severity: finding.severity,
      text: finding.message,
      ruleId: finding.ruleId,
    }));
    this.set({ comments: [...this.view.comments, ...comments] });
  }

  clearComments(): void {
    this.set({ comments: [] });
  }

  getLetterState(): string | undefined {
    return this.letterState;
  }

  setLetterState(json: string): void {
    this.letterState = json;
  }
}

/** The snapshot of a document: one snapshot paragraph per memory paragraph, tables numbered in order. */
export function snapshotOf(paragraphs: readonly MemoryParagraph[]): DocumentSnapshot {
  const tables = new Map<number, number>();
  return {
    paragraphs: paragraphs.map((p) => {
      const out: SnapshotParagraph = { text: p.text };
      if (p.style) out.style = p.style;
      if (p.headingLevel) out.headingLevel = p.headingLevel;
      if (p.blockId) out.blockId = p.blockId;
      if (p.listLabel) out.listLabel = p.listLabel;
      if (p.region) out.region = p.region;
      if (p.cell) {
        if (!tables.has(p.cell.tableKey)) tables.set(p.cell.tableKey, tables.size);
        out.table = { table: tables.get(p.cell.tableKey) ?? 0, row: p.cell.row, cell: p.cell.cell };
      }
      return out;
    }),
  };
}

let tableCounter = 0;

/** The paragraphs of a managed block as the memory document holds them. */
export function blockParagraphs(
  block: Block,
  make: (init: ParagraphInit) => MemoryParagraph,
): MemoryParagraph[] {
  const tableKey = (tableCounter += 1);
  const managed = { blockId: block.id, blockTitle: block.title, part: block.part };
  const out: MemoryParagraph[] = [];
  let row = 0;
  for (const p of block.paragraphs) {
    if (p.cells) {
      const header = p.header === true;
      p.cells.forEach((text, cell) =>
        out.push(
          make({
            ...managed,
            text,
            cell: header ? { tableKey, row, cell, header } : { tableKey, row, cell },
          }),
        ),
      );
      row += 1;
      continue;
    }
    const init: ParagraphInit = { ...managed, text: p.runs.map((r) => r.text).join(''), runs: p.runs };
    if (p.heading) Object.assign(init, { style: `Heading ${p.heading}`, headingLevel: p.heading });
    else if (p.quote) Object.assign(init, { style: 'Quote', quote: true });
    out.push(make(init));
  }
  return out;
}

/** What a block's paragraphs say, for telling an update from an unchanged block. */
function contentOf(paragraphs: readonly MemoryParagraph[]): string {
  return JSON.stringify(
    paragraphs.map((p) => [
      p.text,
      p.style ?? '',
      p.cell ? [p.cell.row, p.cell.cell, p.cell.header === true] : null,
      p.blockTitle ?? '',
    ]),
  );
}

/** The port over a `MemoryDocument`. Every call takes effect at once, as one Word round trip would. */
export class MemoryPort implements DocumentPort {
  constructor(readonly doc: MemoryDocument) {}

  async read(): Promise<DocumentSnapshot> {
    return snapshotOf(this.doc.paragraphs);
  }

  async apply(plan: InsertionPlan, base: DocumentSnapshot, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (this.doc.getView().protected) throw new PortError('protected');
    const mode = options.mode ?? 'sync';
    const result: ApplyResult = { inserted: [], updated: [], removed: [], unchanged: [], problems: [] };
    const baseIds = new Set(base.paragraphs.flatMap((p) => (p.blockId ? [p.blockId] : [])));
    const planIds = new Set(plan.blocks.map((b) => b.id));
    const planIndex = new Map(plan.blocks.map((b, i) => [b.id, i]));
    let paragraphs = [...this.doc.paragraphs];
    const present = () => new Set(paragraphs.flatMap((p) => (p.blockId ? [p.blockId] : [])));

    if (mode === 'sync') {
      for (const id of present()) {
        if (planIds.has(id)) continue;
        paragraphs = paragraphs.filter((p) => p.blockId !== id);
        result.removed.push(id);
      }
    }

    const problems: ApplyProblem[] = [];
    for (const block of plan.blocks) {
      const existing = paragraphs.filter((p) => p.blockId === block.id);
      if (existing.length === 0 && baseIds.has(block.id)) {
        problems.push({
          kind: 'block-deleted',
          blockId: block.id,
          title: block.title,
          message: PORT_MESSAGES.blockDeleted(block.title),
        });
        continue;
      }
      const fresh = blockParagraphs(block, (init) => this.doc.make(init));
      if (existing.length > 0) {
        if (contentOf(existing) === contentOf(fresh)) {
          result.unchanged.push(block.id);
          continue;
        }
        // Update in place: the block's paragraphs are replaced where its first one stood.
        // Nothing of the block stands before its first paragraph, so that index holds after removing it.
        const at = paragraphs.indexOf(existing[0] as MemoryParagraph);
        const rest = paragraphs.filter((p) => p.blockId !== block.id);
        rest.splice(at, 0, ...fresh);
        paragraphs = rest;
        result.updated.push(block.id);
        continue;
      }
      paragraphs.splice(this.placeFor(block, paragraphs, planIndex), 0, ...fresh);
      result.inserted.push(block.id);
    }
    result.problems = problems;
    this.doc.setParagraphs(paragraphs);
    return result;
  }

  /** The index a new block is inserted at: in the letter's order among managed blocks, else at the cursor. */
  private placeFor(
    block: Block,
    paragraphs: MemoryParagraph[],
    planIndex: ReadonlyMap<string, number>,
  ): number {
    const target = { id: block.id, part: block.part };
    let after = -1;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i] as MemoryParagraph;
      if (!p.blockId) continue;
      const other = { id: p.blockId, part: p.part ?? partOfBlockId(p.blockId) };
      if (compareBlocks(other, target, planIndex) > 0) return i;
      after = i;
    }
    if (after >= 0) return after + 1;
    const cursor = this.doc.getView().cursor;
    const at = cursor === undefined ? -1 : paragraphs.findIndex((p) => p.key === cursor);
    return at < 0 ? paragraphs.length : at + 1;
  }

  /** The paragraph a location points at, following its text when the document has changed since the check. */
  private locate(location: Location): { paragraph: MemoryParagraph; start?: number; end?: number } {
    const paragraphs = this.doc.paragraphs;
    const at = paragraphs[location.paragraph];
    const wanted = location.text;
    if (at && (!wanted || at.text.includes(wanted))) {
      const start = location.start ?? (wanted ? at.text.indexOf(wanted) : undefined);
      const end = location.end ?? (wanted && start !== undefined ? start + wanted.length : undefined);
      return { paragraph: at, start, end };
    }
    const moved = wanted ? paragraphs.find((p) => p.text.includes(wanted)) : undefined;
    if (moved && wanted) {
      const start = moved.text.indexOf(wanted);
      return { paragraph: moved, start, end: start + wanted.length };
    }
    if (at) return { paragraph: at };
    throw new PortError('not-found');
  }

  async reveal(location: Location): Promise<void> {
    const { paragraph, start, end } = this.locate(location);
    this.doc.highlight(paragraph.key, start, end);
  }

  async replaceText(location: Location, replacement: string): Promise<void> {
    if (this.doc.getView().protected) throw new PortError('protected');
    const { paragraph, start, end } = this.locate(location);
    if (
      start === undefined ||
      end === undefined ||
      (location.text && !paragraph.text.includes(location.text))
    ) {
      throw new PortError('not-found');
    }
    this.doc.editText(
      paragraph.key,
      paragraph.text.slice(0, start) + replacement + paragraph.text.slice(end),
    );
    this.doc.highlight(paragraph.key, start, start + replacement.length);
  }

  async annotate(findings: Finding[]): Promise<void> {
    const paragraphs = this.doc.paragraphs;
    const last = paragraphs[paragraphs.length - 1];
    this.doc.setComments(
      findings.flatMap((finding) => {
        const target = paragraphs[finding.location.paragraph] ?? last;
        return target ? [{ paragraphKey: target.key, finding }] : [];
      }),
    );
  }

  async clearAnnotations(): Promise<void> {
    this.doc.clearComments();
  }

  async loadLetterState(): Promise<LetterState | undefined> {
    const json = this.doc.getLetterState();
    if (!json) return undefined;
    try {
      const state = JSON.parse(json) as LetterState;
      return state.version === 1 ? state : undefined;
    } catch {
      // A damaged setting is as good as none: the pane starts afresh rather than failing.
      return undefined;
    }
  }

  async saveLetterState(state: LetterState): Promise<void> {
    this.doc.setLetterState(JSON.stringify(state));
  }
}
