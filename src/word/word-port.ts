/**
 * The `DocumentPort` over Office.js (WordApi 1.3; comments WordApi 1.4). One `Word.run` per action, and the
 * number of `context.sync()` round trips never grows with the document or the plan:
 *
 * | action             | syncs | how                                                                      |
 * | ------------------ | ----- | ------------------------------------------------------------------------ |
 * | read               | 1     | `body.getOoxml()` + the managed controls' tag/title/lock, one batch      |
 * | apply              | 1     | every block's commands in one batch (3 when a block vanished meanwhile)  |
 * | reveal, replace    | 2     | paragraph texts; then search the span and select / replace it            |
 * | annotate           | 2     | paragraph texts; then one comment per finding, ids loaded               |
 * | clearAnnotations   | 2     | the comments' ids and texts; then delete ours (0 when we wrote none)      |
 * | letter state       | 0     | document settings (`Office.context.document.settings`), no Word.run      |
 *
 * Why OOXML for `read`. Both ways are one sync. Measured by `npm run bench` (bench/word.bench.ts) on a
 * 5,000-paragraph letter in the fake Word model (headings, managed blocks, tables), 2 shared cores:
 *
 * | strategy                                              | bytes from Word | our code (parse/map) |
 * | ----------------------------------------------------- | --------------- | -------------------- |
 * | `body.getOoxml()` parsed by src/docx (chosen)         | 0.92 MB         | 160-230 ms           |
 * | paragraph text/style/flags + parent control and cell  | 1.63 MB (JSON)  | ~1 ms                |
 *
 * Real Word's OOXML carries more markup than the fake's (rsids, run properties, theme and font parts), so
 * expect more bytes there; the property load is much cheaper on our side, while its per-paragraph navigation
 * is work for Word that the fake cannot measure. We still read OOXML: it is the only
 * one-sync read that gives everything the checker uses (list labels as shown, localised heading styles and
 * outline levels, table cells, tracked insertions without deletions, field results, the managed block of every
 * paragraph) without a navigation load per paragraph (`parentContentControlOrNullObject`,
 * `listItemOrNullObject`, `parentTableCellOrNullObject` for each of 5,000 paragraphs, work for Word itself),
 * and it goes through the same reader as the CLI, so a letter gets the same snapshot, and the same findings,
 * in Word and on disk. A real letter is 30-300 paragraphs: a few milliseconds either way.
 *
 * The OOXML's body paragraphs map one to one onto `body.paragraphs` (test/word/word-port.test.ts holds the
 * order); where they cannot (a text box's paragraphs, a row whose deletion is tracked), reveal and replace
 * follow the finding's text to the paragraph that holds it.
 */
import type { DocumentSnapshot, Finding, Location } from '../check/types';
import { ReadError } from '../docx/errors';
import { readFlatOpc } from '../docx/flat-opc';
import type { Block, BlockParagraph, InsertionPlan } from '../letter/types';
import {
  PORT_MESSAGES,
  PortError,
  type ApplyOptions,
  type ApplyResult,
  type DocumentPort,
  type LetterState,
} from '../port';
import { officeCodeOf, toPortError, WORD_MESSAGES, WordPortError } from './errors';
import { locateIn, spanProbes, type Located } from './locate';
import { blocksOf, planSteps, type Anchor, type ApplySteps, type BlockFacts, type Step } from './plan';

/** The tag prefix of every content control the add-in inserts. */
export const TAG_PREFIX = 'aktindsigt:';

/** The fixed start of every comment the add-in writes: Word comments carry no tag of their own. */
export const COMMENT_PREFIX = '[Aktindsigt-kontrol] ';

/** Document settings keys (stored in the document by `Office.context.document.settings`). */
export const SETTING_KEYS = {
  letterState: 'aktindsigt.letterState',
  comments: 'aktindsigt.comments',
} as const;

/** The part of `Office.Settings` the port uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: { code?: unknown; name?: string } }) => void): void;
}

/** Everything the port needs from Office; `officeHost()` gives the real one, tests a fake. */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsLike;
}

/** What a read knew beyond the snapshot: locks and titles of managed blocks, body paragraph per snapshot index. */
interface ReadFacts extends BlockFacts {
  /** `body.paragraphs` index of each snapshot paragraph; undefined for a paragraph outside the body. */
  bodyIndex: (number | undefined)[];
}

/** Built-in style names (`styleBuiltIn`): Word maps them to the localised styles ("Overskrift 1"). */
type BuiltIn = 'Heading1' | 'Heading2' | 'Heading3' | 'Quote' | 'Normal';

function styleOf(paragraph: BlockParagraph): BuiltIn {
  if (paragraph.heading) return `Heading${paragraph.heading}`;
  return paragraph.quote ? 'Quote' : 'Normal';
}

/**
 * The built-in table style of every table the add-in inserts: a light grid whose header row is set off, in
 * every Word and every locale (`styleBuiltIn`, WordApi 1.3).
 */
export const TABLE_STYLE = 'GridTable1Light' as const;

type Group = { paragraph: BlockParagraph } | { rows: string[][]; header: boolean };

/** A block's paragraphs with consecutive table rows gathered into one table (with a header row when marked). */
function groupsOf(block: Block): Group[] {
  const groups: Group[] = [];
  for (const paragraph of block.paragraphs) {
    const last = groups[groups.length - 1];
    if (paragraph.cells) {
      if (last && 'rows' in last) last.rows.push(paragraph.cells);
      else groups.push({ rows: [paragraph.cells], header: paragraph.header === true });
    } else groups.push({ paragraph });
  }
  return groups;
}

/** Fills a content control with a block's content, replacing what it held. Queues commands only. */
function fillControl(control: Word.ContentControl, block: Block): void {
  let first = true;
  for (const group of groupsOf(block)) {
    if ('rows' in group) {
      if (first) control.insertText('', 'Replace');
      const columns = Math.max(...group.rows.map((row) => row.length));
      const values = group.rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
      const table = control.insertTable(values.length, columns, 'End', values);
      // Same batch: a built-in style, and the header row repeated at the top of each page.
      table.styleBuiltIn = TABLE_STYLE;
      if (group.header) table.headerRowCount = 1;
    } else {
      let paragraph: Word.Paragraph;
      if (first) {
        control.insertText('', 'Replace');
        paragraph = control.paragraphs.getFirst();
      } else {
        paragraph = control.insertParagraph('', 'End');
      }
      paragraph.styleBuiltIn = styleOf(group.paragraph);
      for (const run of group.paragraph.runs) {
        if (run.text === '') continue;
        const range = paragraph.insertText(run.text, 'End');
        range.font.bold = run.bold === true;
        range.font.italic = run.italic === true;
      }
    }
    first = false;
  }
}

/** The range of a located span in a paragraph (queued searches); undefined when no search can pin it down. */
function spanRange(paragraph: Word.Paragraph, text: string, located: Located): Word.Range | undefined {
  if (located.start === undefined || located.end === undefined) return undefined;
  const probes = spanProbes(text, located.start, located.end);
  if (!probes) return undefined;
  const options = { matchCase: true };
  const head = paragraph.search(probes.head.probe, options).getFirst();
  const start = probes.head.inner ? head.search(probes.head.inner, options).getFirst() : head;
  if (probes.kind === 'single') return start;
  const tail = paragraph.search(probes.tail.probe, options).getFirst();
  return start.getRange('Start').expandTo(tail.getRange('End'));
}

/** The span when it can be found, else the whole paragraph (for selecting and commenting). */
function rangeOrParagraph(paragraph: Word.Paragraph, text: string, located: Located): Word.Range {
  return spanRange(paragraph, text, located) ?? paragraph.getRange('Whole');
}

/** The Word host. Construct with `officeHost()` inside Office; tests pass a fake Word object model. */
export class WordDocumentPort implements DocumentPort {
  private readonly facts = new WeakMap<DocumentSnapshot, ReadFacts>();
  private lastFacts: ReadFacts | undefined;

  constructor(private readonly host: WordHost) {}

  private require(version: '1.3' | '1.4'): void {
    if (this.host.isSetSupported('WordApi', version)) return;
    throw new PortError(
      'unsupported',
      version === '1.4' ? WORD_MESSAGES.commentsUnsupported : WORD_MESSAGES.paneUnsupported,
    );
  }

  /** One Word.run with every failure turned into a PortError. */
  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (error) {
      throw toPortError(error);
    }
  }

  async read(): Promise<DocumentSnapshot> {
    this.require('1.3');
    const { xml, controls } = await this.run(async (context) => {
      const body = context.document.body;
      const ooxml = body.getOoxml();
      const controls = body.contentControls;
      controls.load('items/tag,items/title,items/cannotEdit,items/cannotDelete');
      await context.sync();
      return {
        // A ClientResult has no load(): sync fills its value (the rule mistakes it for a proxy object).
        // eslint-disable-next-line office-addins/load-object-before-read
        xml: ooxml.value,
        controls: controls.items.map((c) => ({
          tag: c.tag,
          title: c.title,
          locked: c.cannotEdit || c.cannotDelete,
        })),
      };
    });
    let snapshot: DocumentSnapshot;
    try {
      snapshot = readFlatOpc(xml);
    } catch (error) {
      if (error instanceof ReadError) throw new PortError('unknown', error.message);
      throw error;
    }
    const locked = new Set<string>();
    const titles = new Map<string, string>();
    for (const control of controls) {
      if (!control.tag?.startsWith(TAG_PREFIX)) continue;
      const id = control.tag.slice(TAG_PREFIX.length);
      if (control.locked) locked.add(id);
      if (!titles.has(id)) titles.set(id, control.title);
    }
    let body = 0;
    const bodyIndex = snapshot.paragraphs.map((p) =>
      p.region === undefined || p.region === 'body' ? body++ : undefined,
    );
    const facts = { locked, titles, bodyIndex };
    this.facts.set(snapshot, facts);
    this.lastFacts = facts;
    return snapshot;
  }

  async apply(plan: InsertionPlan, base: DocumentSnapshot, options: ApplyOptions = {}): Promise<ApplyResult> {
    this.require('1.3');
    const mode = options.mode ?? 'sync';
    const facts = this.facts.get(base) ?? { locked: new Set<string>(), titles: new Map<string, string>() };
    const planned = planSteps(plan, base, mode, facts);
    try {
      await this.host.run((context) => this.execute(context, planned));
      return planned.result;
    } catch (error) {
      if (officeCodeOf(error) === 'SearchDialogIsOpen') throw toPortError(error);
      return this.recover(plan, base, mode, planned, error);
    }
  }

  /**
   * The batch failed: a block named in `base` is gone, or a control was locked, since the read. Guards run
   * first, so a vanished block stops the batch before any change. Reads again (1 sync), reports each such block
   * as a problem and applies the rest (1 sync). A failure nothing in the document explains is thrown.
   */
  private async recover(
    plan: InsertionPlan,
    base: DocumentSnapshot,
    mode: 'sync' | 'add',
    first: ApplySteps,
    error: unknown,
  ): Promise<ApplyResult> {
    const fresh = await this.read();
    const facts = this.facts.get(fresh) as ReadFacts;
    const before = blocksOf(base);
    const now = blocksOf(fresh);
    const deleted = plan.blocks.filter((b) => before.has(b.id) && !now.has(b.id));
    const retry = planSteps(
      { ...plan, blocks: plan.blocks.filter((b) => !deleted.includes(b)) },
      fresh,
      mode,
      facts,
    );
    const knownProblems = new Set(first.result.problems.map((p) => p.blockId));
    const vanished = first.guards.some((id) => !now.has(id));
    const newlyLocked = retry.result.problems.some((p) => !knownProblems.has(p.blockId));
    if (!vanished && !newlyLocked) throw toPortError(error);
    try {
      await this.host.run((context) => this.execute(context, retry));
    } catch (again) {
      throw toPortError(again);
    }
    const result = retry.result;
    // Blocks the failed batch inserted before it stopped (a lock met halfway) are new to the caller all the same.
    const isNew = (id: string) => !before.has(id);
    result.inserted.push(...result.updated.filter(isNew), ...result.unchanged.filter(isNew));
    result.updated = result.updated.filter((id) => !isNew(id));
    result.unchanged = result.unchanged.filter((id) => !isNew(id));
    result.problems = [
      ...deleted.map((block) => ({
        kind: 'block-deleted' as const,
        blockId: block.id,
        title: block.title,
        message: PORT_MESSAGES.blockDeleted(block.title),
      })),
      ...result.problems,
    ];
    return result;
  }

  /** Queues the whole apply as one batch: guards, removals, then each block in plan order; one sync. */
  private async execute(context: Word.RequestContext, planned: ApplySteps): Promise<void> {
    const all = context.document.body.contentControls;
    const controls = new Map<string, Word.ContentControl>();
    for (const id of planned.guards) {
      const control = all.getByTag(TAG_PREFIX + id).getFirst();
      // Loading makes Word resolve the control here, before any change: ItemNotFound stops the batch clean.
      control.load('id');
      controls.set(id, control);
    }
    const controlOf = (id: string): Word.ContentControl => {
      const control = controls.get(id);
      if (!control) throw new Error(`apply: no control for block ${id}`);
      return control;
    };
    // A block that takes the place of removed ones gets its paragraph before they go.
    const inPlace = new Map<Step, Word.Paragraph>();
    for (const step of planned.steps) {
      if (step.kind === 'insert' && typeof step.anchor === 'object' && 'replacing' in step.anchor) {
        inPlace.set(step, controlOf(step.anchor.replacing).insertParagraph('', 'Before'));
      }
    }
    for (const id of planned.removals) controlOf(id).delete(false);
    for (const step of planned.steps) {
      if (step.kind === 'update') {
        fillControl(controlOf(step.block.id), step.block);
        continue;
      }
      const paragraph = inPlace.get(step) ?? this.newParagraph(context, step.anchor, controlOf);
      const control = paragraph.insertContentControl();
      control.tag = TAG_PREFIX + step.block.id;
      control.title = step.block.title;
      controls.set(step.block.id, control);
      fillControl(control, step.block);
    }
    await context.sync();
  }

  /** An empty paragraph of its own for a new block: beside a managed block, or after the cursor's paragraph. */
  private newParagraph(
    context: Word.RequestContext,
    anchor: Anchor,
    controlOf: (id: string) => Word.ContentControl,
  ): Word.Paragraph {
    if (anchor === 'cursor') {
      // After the selection's paragraph, never inside it: the user's text is not split.
      return context.document.getSelection().paragraphs.getLast().insertParagraph('', 'After');
    }
    if ('before' in anchor) return controlOf(anchor.before).insertParagraph('', 'Before');
    if ('after' in anchor) return controlOf(anchor.after).insertParagraph('', 'After');
    return controlOf(anchor.replacing).insertParagraph('', 'Before');
  }

  /**
   * Paragraph texts (sync 1), then `act` queues its commands on the located paragraph (sync 2). The snapshot
   * index is mapped onto `body.paragraphs` by the last read.
   */
  private async atLocation(
    location: Location,
    act: (paragraph: Word.Paragraph, text: string, located: Located) => void,
  ): Promise<void> {
    const index = this.lastFacts?.bodyIndex[location.paragraph] ?? location.paragraph;
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const texts = paragraphs.items.map((p) => p.text);
      const located = locateIn(texts, location, index);
      const paragraph = located && paragraphs.items[located.index];
      if (!located || !paragraph) throw new PortError('not-found');
      act(paragraph, texts[located.index] ?? '', located);
      await context.sync();
    });
  }

  async reveal(location: Location): Promise<void> {
    this.require('1.3');
    await this.atLocation(location, (paragraph, text, located) => {
      rangeOrParagraph(paragraph, text, located).select();
    });
  }

  async replaceText(location: Location, replacement: string): Promise<void> {
    this.require('1.3');
    await this.atLocation(location, (paragraph, text, located) => {
      // Only the span itself is ever replaced: a paragraph that no longer holds it is left alone.
      const stillThere = !location.text || text.includes(location.text);
      const range = stillThere ? spanRange(paragraph, text, located) : undefined;
      if (!range) throw new PortError('not-found');
      range.insertText(replacement, 'Replace').select();
    });
  }

  async annotate(findings: Finding[]): Promise<void> {
    this.require('1.4');
    if (findings.length === 0) return;
    const ids = await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const texts = paragraphs.items.map((p) => p.text);
      const comments = findings.flatMap((finding) => {
        const index = this.lastFacts?.bodyIndex[finding.location.paragraph] ?? finding.location.paragraph;
        const located = locateIn(texts, finding.location, index) ?? { index: texts.length - 1 };
        const paragraph = paragraphs.items[located.index];
        if (!paragraph) return [];
        const comment = rangeOrParagraph(paragraph, texts[located.index] ?? '', located).insertComment(
          COMMENT_PREFIX + finding.message,
        );
        comment.load('id');
        return [comment];
      });
      await context.sync();
      return comments.map((c) => c.id);
    });
    await this.saveSetting(SETTING_KEYS.comments, [...this.ourCommentIds(), ...ids]);
  }

  private ourCommentIds(): string[] {
    const stored = this.host.settings.get(SETTING_KEYS.comments);
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  }

  async clearAnnotations(): Promise<void> {
    this.require('1.4');
    const ours = new Set(this.ourCommentIds());
    if (ours.size === 0) return;
    await this.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/id,items/content');
      await context.sync();
      // Ours twice over: an id we stored and our prefix (a user's comment never loses its own text).
      const mine = comments.items.filter((c) => ours.has(c.id) && c.content.startsWith(COMMENT_PREFIX));
      if (mine.length === 0) return;
      for (const comment of mine) comment.delete();
      await context.sync();
    });
    await this.saveSetting(SETTING_KEYS.comments, []);
  }

  async loadLetterState(): Promise<LetterState | undefined> {
    const json = this.host.settings.get(SETTING_KEYS.letterState);
    if (typeof json !== 'string') return undefined;
    try {
      const state = JSON.parse(json) as LetterState;
      return state?.version === 1 ? state : undefined;
    } catch {
      // A damaged setting is as good as none: the pane starts afresh rather than failing.
      return undefined;
    }
  }

  async saveLetterState(state: LetterState): Promise<void> {
    await this.saveSetting(SETTING_KEYS.letterState, JSON.stringify(state));
  }

  /** Sets a document setting and writes the settings into the document (no Word.run, no sync). */
  private saveSetting(key: string, value: unknown): Promise<void> {
    const settings = this.host.settings;
    settings.set(key, value);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === 'failed') {
          const code = String(result.error?.code ?? result.error?.name ?? 'Ukendt');
          reject(new WordPortError('unknown', WORD_MESSAGES.stateNotSaved, code));
        } else resolve();
      });
    });
  }
}
