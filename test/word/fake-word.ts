/**
 * A hand-written fake of the part of Word's object model the adapter uses, faithful where office-addin-mock is
 * not: commands are queued on proxies and run only at `context.sync()`, in order, stopping at the first error
 * with the earlier ones applied (as Word does); every sync is counted; reading a property that was not loaded
 * (or a collection's `items`) throws `PropertyNotLoaded`, as Office does; `getFirst()` of an empty collection
 * fails with `ItemNotFound` when the batch runs; a protected document refuses every change (`AccessDenied`);
 * a locked content control refuses edits and deletion; with track changes on, inserted text is a tracked
 * insertion, and `body.getOoxml()` returns flat OPC built from the model (read by the real `src/docx`).
 *
 * The document is a list of paragraphs, each maybe in a block content control and maybe a table cell.
 */
import type { WordHost } from '../../src/word/word-port';
import { buildFlatOpc } from '../support/docx-xml';

export class FakeOfficeError extends Error {
  override name = 'RichApi.Error';
  readonly debugInfo: { code: string; errorLocation?: string };
  constructor(
    readonly code: string,
    where?: string,
  ) {
    super(`${code}${where ? ` (${where})` : ''}`);
    this.debugInfo = { code, errorLocation: where };
  }
}

export interface FakeRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A tracked insertion (track changes was on). */
  tracked?: boolean;
}

export interface FakeParagraph {
  key: number;
  runs: FakeRun[];
  /** Built-in style name as `styleBuiltIn` has it: Normal, Heading1, Quote, ... */
  style: string;
  /** The block content control the paragraph is in. */
  control?: number;
  table?: { id: number; row: number; cell: number };
}

/** A table's own properties (its cells are paragraphs with `table.id`). */
export interface FakeTable {
  /** Built-in table style as `styleBuiltIn` has it: TableGrid, GridTable1Light, ...; absent: Word's default. */
  style?: string;
  /** Rows repeated at the top of each page (`headerRowCount`). */
  headerRowCount: number;
}

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
}

export interface FakeComment {
  id: string;
  key: number;
  start: number;
  end: number;
  content: string;
}

interface Span {
  key: number;
  start: number;
  end: number;
}

const textOf = (p: FakeParagraph) => p.runs.map((r) => r.text).join('');

/** Danish Word's built-in styles: Danish ids, English built-in names (as styles.xml has them). */
const STYLE_IDS: Record<string, string> = {
  Normal: 'Normal',
  Heading1: 'Overskrift1',
  Heading2: 'Overskrift2',
  Heading3: 'Overskrift3',
  Quote: 'Citat',
};
const STYLES_XML =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  [1, 2, 3]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Overskrift${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
    )
    .join('') +
  '<w:style w:type="paragraph" w:styleId="Citat"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/></w:style>';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Word's search codes back to characters. */
function unescapeSearch(s: string): string {
  const codes: Record<string, string> = {
    '^': '^',
    t: '\t',
    l: '\n',
    s: '\u00a0',
    '-': '\u00ad',
    '~': '\u2011',
  };
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch !== '^') out += ch;
    else {
      const code = codes[s[i + 1] ?? ''];
      if (code === undefined) throw new FakeOfficeError('InvalidArgument', 'search');
      out += code;
      i += 1;
    }
  }
  return out;
}

export interface FakeParagraphInit {
  text: string;
  style?: string;
  /** Tag of a block content control; consecutive paragraphs with the same tag share one control. */
  tag?: string;
  title?: string;
  locked?: boolean;
  table?: { row: number; cell: number; id?: number };
}

/** The document and the host around it. */
export class FakeWord {
  paragraphs: FakeParagraph[] = [];
  controls = new Map<number, FakeControl>();
  /** Table properties by table id; a table not here has Word's defaults. */
  tables = new Map<number, FakeTable>();
  comments: FakeComment[] = [];
  selection: Span | undefined;
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** Times anything set the track-changes mode (the adapter must never). */
  trackingModeSets = 0;
  protected = false;
  /** Requirement sets the host supports (WordApi versions). */
  supported = new Set(['1.1', '1.2', '1.3', '1.4']);
  settingsStore = new Map<string, unknown>();
  syncs = 0;
  private nextKey = 1;
  private nextControl = 1;
  private nextComment = 1;
  private nextTable = 1000;

  constructor(init: readonly (string | FakeParagraphInit)[] = []) {
    // Word's blank document: one empty paragraph.
    if (init.length === 0) init = [''];
    let previousTag: string | undefined;
    let control: number | undefined;
    for (const item of init) {
      const p = typeof item === 'string' ? { text: item } : item;
      if (p.tag !== previousTag || p.tag === undefined) control = undefined;
      if (p.tag !== undefined && control === undefined) {
        control = this.addControl(p.tag, p.title ?? p.tag, p.locked ?? false);
      }
      previousTag = p.tag;
      const paragraph = this.make(p.text ? [{ text: p.text }] : [], p.style ?? 'Normal', control);
      if (p.table) paragraph.table = { id: p.table.id ?? 1, row: p.table.row, cell: p.table.cell };
      this.paragraphs.push(paragraph);
    }
    this.selection = this.paragraphs[0] ? { key: this.paragraphs[0].key, start: 0, end: 0 } : undefined;
  }

  make(runs: FakeRun[], style: string, control?: number): FakeParagraph {
    const paragraph: FakeParagraph = { key: this.nextKey++, runs, style };
    if (control !== undefined) paragraph.control = control;
    return paragraph;
  }

  addControl(tag: string, title: string, locked = false): number {
    const id = this.nextControl++;
    this.controls.set(id, { id, tag, title, cannotEdit: locked, cannotDelete: locked });
    return id;
  }

  newTableId(): number {
    const id = this.nextTable++;
    this.tables.set(id, { headerRowCount: 0 });
    return id;
  }

  /** A table's properties; a table that no longer has a cell is gone (`ItemNotFound`). */
  table(id: number): FakeTable {
    const table = this.tables.get(id);
    if (!table || !this.paragraphs.some((p) => p.table?.id === id))
      throw new FakeOfficeError('ItemNotFound', 'table');
    return table;
  }

  /** The tables inside a managed block, in document order, with their rows of cell texts. */
  tablesOf(tag: string): (FakeTable & { id: number; rows: string[][] })[] {
    const out: (FakeTable & { id: number; rows: string[][] })[] = [];
    for (const p of this.paragraphsOf(tag)) {
      if (!p.table) continue;
      let table = out.find((t) => t.id === p.table?.id);
      if (!table) {
        table = { id: p.table.id, ...(this.tables.get(p.table.id) ?? { headerRowCount: 0 }), rows: [] };
        out.push(table);
      }
      const row = (table.rows[p.table.row] ??= []);
      row[p.table.cell] = textOf(p);
    }
    return out;
  }

  newCommentId(): string {
    return `kommentar-${this.nextComment++}`;
  }

  // --- What tests look at and do as "the user" ------------------------------------------------------------

  text(p: FakeParagraph): string {
    return textOf(p);
  }

  /** Paragraphs as `[tag] text` (managed) or `text` (the user's). */
  lines(): string[] {
    return this.paragraphs.map((p) => {
      const tag = p.control === undefined ? undefined : this.controls.get(p.control)?.tag;
      return tag ? `[${tag.replace(/^aktindsigt:/, '')}] ${textOf(p)}` : textOf(p);
    });
  }

  paragraphsOf(tag: string): FakeParagraph[] {
    return this.paragraphs.filter(
      (p) => p.control !== undefined && this.controls.get(p.control)?.tag === tag,
    );
  }

  /** The user selects a managed block and deletes it. */
  deleteControl(tag: string): void {
    const ids = new Set([...this.controls.values()].filter((c) => c.tag === tag).map((c) => c.id));
    this.paragraphs = this.paragraphs.filter((p) => p.control === undefined || !ids.has(p.control));
    for (const id of ids) this.controls.delete(id);
  }

  lockControl(tag: string): void {
    for (const c of this.controls.values()) {
      if (c.tag === tag) Object.assign(c, { cannotEdit: true, cannotDelete: true });
    }
  }

  setCursor(key: number | undefined): void {
    this.selection = key === undefined ? undefined : { key, start: 0, end: 0 };
  }

  addUserComment(key: number, content: string): void {
    this.comments.push({ id: this.newCommentId(), key, start: 0, end: 0, content });
  }

  // --- Model operations the proxies run at sync ---------------------------------------------------------

  indexOf(key: number): number {
    const index = this.paragraphs.findIndex((p) => p.key === key);
    if (index < 0) throw new FakeOfficeError('ItemNotFound', 'paragraph');
    return index;
  }

  paragraph(key: number): FakeParagraph {
    return this.paragraphs[this.indexOf(key)] as FakeParagraph;
  }

  control(id: number): FakeControl {
    const control = this.controls.get(id);
    if (!control) throw new FakeOfficeError('ItemNotFound', 'contentControl');
    return control;
  }

  controlParagraphs(id: number): FakeParagraph[] {
    return this.paragraphs.filter((p) => p.control === id);
  }

  /** Every change passes here: a protected document, or a locked control the change is inside, refuses. */
  assertWritable(control?: number, deleting = false): void {
    if (this.protected) throw new FakeOfficeError('AccessDenied');
    if (control === undefined) return;
    const c = this.controls.get(control);
    if (c && (deleting ? c.cannotDelete : c.cannotEdit))
      throw new FakeOfficeError('GeneralException', 'locked');
  }

  run(text: string): FakeRun {
    return this.changeTrackingMode === 'Off' ? { text } : { text, tracked: true };
  }

  /** Splits runs so that [start, end) is whole runs; returns them. */
  runsIn(p: FakeParagraph, start: number, end: number): FakeRun[] {
    const out: FakeRun[] = [];
    const runs: FakeRun[] = [];
    let at = 0;
    for (const r of p.runs) {
      const from = at;
      const to = at + r.text.length;
      at = to;
      const cuts = [from, Math.min(Math.max(start, from), to), Math.min(Math.max(end, from), to), to];
      for (let i = 0; i < 3; i++) {
        const a = cuts[i] as number;
        const b = cuts[i + 1] as number;
        if (b <= a) continue;
        const piece = { ...r, text: r.text.slice(a - from, b - from) };
        runs.push(piece);
        if (a >= start && b <= end) out.push(piece);
      }
    }
    p.runs = runs;
    return out;
  }

  replaceSpan(span: Span, text: string): Span {
    const p = this.paragraph(span.key);
    this.assertWritable(p.control);
    const full = textOf(p);
    const keepBefore = this.runsIn(p, 0, span.start);
    const keepAfter = this.runsIn(p, span.end, full.length);
    p.runs = [...keepBefore, ...(text ? [this.run(text)] : []), ...keepAfter];
    return { key: p.key, start: span.start, end: span.start + text.length };
  }

  // --- OOXML --------------------------------------------------------------------------------------------

  ooxml(): string {
    let body = '';
    let i = 0;
    const paragraphXml = (p: FakeParagraph) => {
      const style = STYLE_IDS[p.style] ?? 'Normal';
      const runs = p.runs
        .map((r) => {
          const rPr = `${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}`;
          const run = `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
          return r.tracked ? `<w:ins w:id="1" w:author="Bruger">${run}</w:ins>` : run;
        })
        .join('');
      return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p>`;
    };
    const tableXml = (rows: FakeParagraph[]) => {
      const byRow = new Map<number, FakeParagraph[]>();
      for (const p of rows) {
        const row = p.table?.row ?? 0;
        byRow.set(row, [...(byRow.get(row) ?? []), p]);
      }
      const props = this.tables.get(rows[0]?.table?.id ?? -1);
      const trs = [...byRow.entries()]
        .map(([row, cells]) => {
          // Header rows repeat on each page: <w:tblHeader/> in the row's properties, as Word writes it.
          const trPr = props && row < props.headerRowCount ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
          return `<w:tr>${trPr}${cells.map((c) => `<w:tc>${paragraphXml(c)}</w:tc>`).join('')}</w:tr>`;
        })
        .join('');
      const tblPr = props?.style ? `<w:tblPr><w:tblStyle w:val="${escapeXml(props.style)}"/></w:tblPr>` : '';
      return `<w:tbl>${tblPr}${trs}</w:tbl>`;
    };
    const content = (list: FakeParagraph[]) => {
      let out = '';
      let j = 0;
      while (j < list.length) {
        const p = list[j] as FakeParagraph;
        if (p.table) {
          const id = p.table.id;
          const rows: FakeParagraph[] = [];
          while (j < list.length && list[j]?.table?.id === id) rows.push(list[j++] as FakeParagraph);
          out += tableXml(rows);
        } else {
          out += paragraphXml(p);
          j += 1;
        }
      }
      return out;
    };
    while (i < this.paragraphs.length) {
      const p = this.paragraphs[i] as FakeParagraph;
      const group: FakeParagraph[] = [];
      while (i < this.paragraphs.length && this.paragraphs[i]?.control === p.control) {
        group.push(this.paragraphs[i++] as FakeParagraph);
      }
      if (p.control === undefined) body += content(group);
      else {
        const c = this.control(p.control);
        const lock = c.cannotEdit || c.cannotDelete ? '<w:lock w:val="sdtContentLocked"/>' : '';
        body +=
          `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(c.title)}"/><w:tag w:val="${escapeXml(c.tag)}"/>${lock}</w:sdtPr>` +
          `<w:sdtContent>${content(group)}</w:sdtContent></w:sdt>`;
      }
    }
    return buildFlatOpc(body, STYLES_XML);
  }

  // --- The host --------------------------------------------------------------------------------------------

  host(): WordHost {
    return {
      run: async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
        const context = new FakeContext(this);
        const result = await batch(context as unknown as Word.RequestContext);
        // Word.run flushes what is still queued when the batch returns.
        if (context.pending()) await context.sync();
        return result;
      },
      isSetSupported: (name, version) => name === 'WordApi' && this.supported.has(version),
      settings: {
        get: (name) => this.settingsStore.get(name) ?? null,
        set: (name, value) => void this.settingsStore.set(name, value),
        saveAsync: (callback) => callback({ status: 'succeeded' }),
      },
    };
  }
}

type Op = () => void;

/** A request context: a queue of commands and the sync that runs them. */
export class FakeContext {
  private queue: Op[] = [];
  readonly document: FakeDocument;

  constructor(readonly word: FakeWord) {
    this.document = new FakeDocument(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.word.syncs += 1;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** A value that exists only after the sync that computes it. */
class Slot<T> {
  private value: T | undefined;
  private set = false;
  put(value: T): T {
    this.value = value;
    this.set = true;
    return value;
  }
  get(): T {
    if (!this.set) throw new FakeOfficeError('InvalidObjectPath', 'used before its batch ran');
    return this.value as T;
  }
}

/** A proxy: loaded properties are readable after sync; others throw PropertyNotLoaded. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}
  get word(): FakeWord {
    return this.context.word;
  }
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', name);
    return this.loaded.get(name) as T;
  }
  protected names(spec: string | string[] | undefined, prefix = ''): string[] {
    const list = Array.isArray(spec) ? spec : (spec ?? '').split(',');
    return list
      .map((s) => s.trim())
      .filter((s) => s.startsWith(prefix))
      .map((s) => s.slice(prefix.length));
  }
}

class ClientResult<T> {
  private readonly slot = new Slot<T>();
  constructor(context: FakeContext, compute: () => T) {
    context.enqueue(() => this.slot.put(compute()));
  }
  get value(): T {
    try {
      return this.slot.get();
    } catch {
      throw new FakeOfficeError('ValueNotLoaded');
    }
  }
}

class FakeDocument extends Proxy {
  readonly body: FakeBody;
  constructor(context: FakeContext) {
    super(context);
    this.body = new FakeBody(context);
  }
  get changeTrackingMode(): string {
    return this.prop('changeTrackingMode');
  }
  set changeTrackingMode(mode: 'Off' | 'TrackAll' | 'TrackMineOnly') {
    this.context.enqueue(() => {
      this.word.trackingModeSets += 1;
      this.word.changeTrackingMode = mode;
    });
  }
  load(spec: string): this {
    this.context.enqueue(() => {
      for (const name of this.names(spec)) {
        if (name === 'changeTrackingMode') this.loaded.set(name, this.word.changeTrackingMode);
      }
    });
    return this;
  }
  getSelection(): FakeRange {
    return new FakeRange(this.context, () => {
      const selection = this.word.selection;
      if (!selection) throw new FakeOfficeError('ItemNotFound', 'selection');
      return selection;
    });
  }
}

class FakeBody extends Proxy {
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.context, () => this.word.paragraphs.map((p) => p.key));
  }
  get contentControls(): FakeControls {
    return new FakeControls(this.context, () => [...this.word.controls.keys()]);
  }
  getOoxml(): ClientResult<string> {
    return new ClientResult(this.context, () => this.word.ooxml());
  }
  getComments(): FakeComments {
    return new FakeComments(this.context);
  }
}

class FakeParagraphs extends Proxy {
  private list: FakeParagraphProxy[] | undefined;
  constructor(
    context: FakeContext,
    private readonly resolve: () => number[],
  ) {
    super(context);
  }
  get items(): FakeParagraphProxy[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
  load(spec: string): this {
    const names = this.names(spec, 'items/');
    this.context.enqueue(() => {
      this.list = this.resolve().map((key) => {
        const proxy = new FakeParagraphProxy(this.context, () => key);
        proxy.fill(names);
        return proxy;
      });
    });
    return this;
  }
  getFirst(): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, () => {
      const first = this.resolve()[0];
      if (first === undefined) throw new FakeOfficeError('ItemNotFound', 'paragraphs.getFirst');
      return first;
    });
  }
  getLast(): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, () => {
      const keys = this.resolve();
      const last = keys[keys.length - 1];
      if (last === undefined) throw new FakeOfficeError('ItemNotFound', 'paragraphs.getLast');
      return last;
    });
  }
}

class FakeParagraphProxy extends Proxy {
  constructor(
    context: FakeContext,
    readonly key: () => number,
  ) {
    super(context);
  }
  fill(names: string[]): void {
    const p = this.word.paragraph(this.key());
    for (const name of names) {
      if (name === 'text') this.loaded.set(name, textOf(p));
      else if (name === 'styleBuiltIn') this.loaded.set(name, p.style);
      else if (name === 'style') this.loaded.set(name, p.style);
      else if (name === 'tableNestingLevel') this.loaded.set(name, p.table ? 1 : 0);
      else if (name === 'isListItem') this.loaded.set(name, false);
      else if (name.startsWith('parentContentControlOrNullObject/')) {
        const c = p.control === undefined ? undefined : this.word.controls.get(p.control);
        this.loaded.set('parentContentControlOrNullObject', { isNullObject: !c, tag: c?.tag ?? '' });
      } else if (name.startsWith('parentTableCellOrNullObject/')) {
        const t = p.table;
        this.loaded.set('parentTableCellOrNullObject', {
          isNullObject: !t,
          rowIndex: t?.row ?? 0,
          cellIndex: t?.cell ?? 0,
        });
      } else throw new FakeOfficeError('InvalidArgument', `fake: load ${name}`);
    }
  }
  load(spec: string): this {
    this.context.enqueue(() => this.fill(this.names(spec)));
    return this;
  }
  get text(): string {
    return this.prop('text');
  }
  get style(): string {
    return this.prop('style');
  }
  get styleBuiltIn(): string {
    return this.prop('styleBuiltIn');
  }
  get isListItem(): boolean {
    return this.prop('isListItem');
  }
  get tableNestingLevel(): number {
    return this.prop('tableNestingLevel');
  }
  get parentContentControlOrNullObject(): { isNullObject: boolean; tag: string } {
    return this.prop('parentContentControlOrNullObject');
  }
  get parentTableCellOrNullObject(): { isNullObject: boolean; rowIndex: number; cellIndex: number } {
    return this.prop('parentTableCellOrNullObject');
  }
  set styleBuiltIn(style: string) {
    this.context.enqueue(() => {
      const p = this.word.paragraph(this.key());
      this.word.assertWritable(p.control);
      p.style = style;
    });
  }
  insertText(text: string, location: 'End' | 'Start'): FakeRange {
    const slot = new Slot<Span>();
    this.context.enqueue(() => {
      const p = this.word.paragraph(this.key());
      this.word.assertWritable(p.control);
      const length = textOf(p).length;
      if (location === 'End') {
        p.runs.push(this.word.run(text));
        slot.put({ key: p.key, start: length, end: length + text.length });
      } else {
        p.runs.unshift(this.word.run(text));
        slot.put({ key: p.key, start: 0, end: text.length });
      }
    });
    return new FakeRange(this.context, () => slot.get());
  }
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraphProxy {
    const slot = new Slot<number>();
    this.context.enqueue(() => {
      const index = this.word.indexOf(this.key());
      const anchor = this.word.paragraphs[index] as FakeParagraph;
      this.word.assertWritable(anchor.control);
      // Word: the new paragraph shares the anchor's style, content control and table cell.
      const fresh = this.word.make(text ? [this.word.run(text)] : [], anchor.style, anchor.control);
      if (anchor.table) fresh.table = { ...anchor.table };
      this.word.paragraphs.splice(location === 'After' ? index + 1 : index, 0, fresh);
      slot.put(fresh.key);
    });
    return new FakeParagraphProxy(this.context, () => slot.get());
  }
  insertContentControl(): FakeControlProxy {
    const slot = new Slot<number>();
    this.context.enqueue(() => {
      const p = this.word.paragraph(this.key());
      this.word.assertWritable(p.control);
      if (p.control !== undefined) throw new FakeOfficeError('NotImplemented', 'fake: nested control');
      const id = this.word.addControl('', '');
      p.control = id;
      slot.put(id);
    });
    return new FakeControlProxy(this.context, () => slot.get());
  }
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const p = this.word.paragraph(this.key());
      const length = textOf(p).length;
      if (location === 'Start') return { key: p.key, start: 0, end: 0 };
      if (location === 'End') return { key: p.key, start: length, end: length };
      return { key: p.key, start: 0, end: length };
    });
  }
  search(text: string, options?: { matchCase?: boolean }): FakeRanges {
    return this.getRange('Whole').search(text, options);
  }
  select(): void {
    this.getRange('Whole').select();
  }
}

class FakeFont {
  constructor(private readonly range: FakeRange) {}
  set bold(value: boolean) {
    this.range.format({ bold: value });
  }
  set italic(value: boolean) {
    this.range.format({ italic: value });
  }
}

class FakeRange extends Proxy {
  readonly font = new FakeFont(this);
  constructor(
    context: FakeContext,
    readonly span: () => Span,
  ) {
    super(context);
  }
  format(patch: Partial<FakeRun>): void {
    this.context.enqueue(() => {
      const s = this.span();
      const p = this.word.paragraph(s.key);
      this.word.assertWritable(p.control);
      for (const r of this.word.runsIn(p, s.start, s.end)) Object.assign(r, patch);
    });
  }
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.context, () => [this.span().key]);
  }
  select(): void {
    this.context.enqueue(() => {
      const s = this.span();
      this.word.paragraph(s.key);
      this.word.selection = { ...s };
    });
  }
  insertText(text: string, location: 'Replace'): FakeRange {
    if (location !== 'Replace') throw new Error(`fake: insertText ${location}`);
    const slot = new Slot<Span>();
    this.context.enqueue(() => slot.put(this.word.replaceSpan(this.span(), text)));
    return new FakeRange(this.context, () => slot.get());
  }
  insertComment(text: string): FakeCommentProxy {
    const slot = new Slot<string>();
    this.context.enqueue(() => {
      const s = this.span();
      this.word.paragraph(s.key);
      if (this.word.protected) throw new FakeOfficeError('AccessDenied');
      const id = this.word.newCommentId();
      this.word.comments.push({ id, key: s.key, start: s.start, end: s.end, content: text });
      slot.put(id);
    });
    return new FakeCommentProxy(this.context, () => slot.get());
  }
  search(text: string, options?: { matchCase?: boolean }): FakeRanges {
    return new FakeRanges(this.context, () => {
      const s = this.span();
      const p = this.word.paragraph(s.key);
      const wanted = unescapeSearch(text);
      if (wanted.length === 0 || text.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong');
      const haystack = textOf(p).slice(s.start, s.end);
      const fold = (x: string) => (options?.matchCase ? x : x.toLowerCase());
      const hits: Span[] = [];
      for (
        let at = fold(haystack).indexOf(fold(wanted));
        at >= 0;
        at = fold(haystack).indexOf(fold(wanted), at + 1)
      ) {
        hits.push({ key: s.key, start: s.start + at, end: s.start + at + wanted.length });
      }
      return hits;
    });
  }
  getRange(location: 'Start' | 'End' | 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.span();
      if (location === 'Start') return { ...s, end: s.start };
      if (location === 'End') return { ...s, start: s.end };
      return s;
    });
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.span();
      const b = other.span();
      if (a.key !== b.key) throw new FakeOfficeError('NotImplemented', 'fake: expandTo across paragraphs');
      return { key: a.key, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
}

class FakeRanges extends Proxy {
  constructor(
    context: FakeContext,
    private readonly resolve: () => Span[],
  ) {
    super(context);
  }
  getFirst(): FakeRange {
    return new FakeRange(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw new FakeOfficeError('ItemNotFound', 'search.getFirst');
      return first;
    });
  }
}

const CONTROL_PROPS = ['id', 'tag', 'title', 'cannotEdit', 'cannotDelete'] as const;

class FakeControls extends Proxy {
  private list: FakeControlProxy[] | undefined;
  constructor(
    context: FakeContext,
    private readonly resolve: () => number[],
  ) {
    super(context);
  }
  get items(): FakeControlProxy[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
  load(spec: string): this {
    const names = this.names(spec, 'items/');
    this.context.enqueue(() => {
      // Document order, as Word lists them.
      const order = [
        ...new Set(this.word.paragraphs.flatMap((p) => (p.control === undefined ? [] : [p.control]))),
      ];
      const ids = new Set(this.resolve());
      this.list = order
        .filter((id) => ids.has(id))
        .map((id) => {
          const proxy = new FakeControlProxy(this.context, () => id);
          proxy.fill(names);
          return proxy;
        });
    });
    return this;
  }
  getByTag(tag: string): FakeControls {
    return new FakeControls(this.context, () =>
      this.resolve().filter((id) => this.word.controls.get(id)?.tag === tag),
    );
  }
  getFirst(): FakeControlProxy {
    return new FakeControlProxy(this.context, () => {
      const order = this.word.paragraphs.flatMap((p) => (p.control === undefined ? [] : [p.control]));
      const ids = new Set(this.resolve());
      const first = order.find((id) => ids.has(id));
      if (first === undefined) throw new FakeOfficeError('ItemNotFound', 'contentControls.getFirst');
      return first;
    });
  }
}

class FakeControlProxy extends Proxy {
  constructor(
    context: FakeContext,
    readonly controlId: () => number,
  ) {
    super(context);
  }
  fill(names: readonly string[]): void {
    const c = this.word.control(this.controlId());
    for (const name of names) {
      if (!(CONTROL_PROPS as readonly string[]).includes(name)) {
        throw new FakeOfficeError('InvalidArgument', `fake: load ${name}`);
      }
      this.loaded.set(name, c[name as (typeof CONTROL_PROPS)[number]]);
    }
  }
  load(spec: string): this {
    this.context.enqueue(() => this.fill(this.names(spec)));
    return this;
  }
  get id(): number {
    return this.prop('id');
  }
  get tag(): string {
    return this.prop('tag');
  }
  set tag(value: string) {
    this.context.enqueue(() => {
      this.word.assertWritable();
      this.word.control(this.controlId()).tag = value;
    });
  }
  get title(): string {
    return this.prop('title');
  }
  set title(value: string) {
    this.context.enqueue(() => {
      this.word.assertWritable();
      this.word.control(this.controlId()).title = value;
    });
  }
  get cannotEdit(): boolean {
    return this.prop('cannotEdit');
  }
  get cannotDelete(): boolean {
    return this.prop('cannotDelete');
  }
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.context, () =>
      this.word.controlParagraphs(this.controlId()).map((p) => p.key),
    );
  }
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const id = this.controlId();
      this.word.control(id);
      this.word.assertWritable(id, true);
      if (keepContent) {
        for (const p of this.word.controlParagraphs(id)) delete p.control;
      } else {
        this.word.paragraphs = this.word.paragraphs.filter((p) => p.control !== id);
      }
      this.word.controls.delete(id);
    });
  }
  insertText(text: string, location: 'Replace'): FakeRange {
    if (location !== 'Replace') throw new Error(`fake: insertText ${location}`);
    const slot = new Slot<Span>();
    this.context.enqueue(() => {
      const id = this.controlId();
      this.word.control(id);
      this.word.assertWritable(id);
      const mine = this.word.controlParagraphs(id);
      const at = this.word.paragraphs.indexOf(mine[0] as FakeParagraph);
      const fresh = this.word.make(text ? [this.word.run(text)] : [], 'Normal', id);
      this.word.paragraphs = this.word.paragraphs.filter((p) => p.control !== id);
      this.word.paragraphs.splice(at, 0, fresh);
      slot.put({ key: fresh.key, start: 0, end: text.length });
    });
    return new FakeRange(this.context, () => slot.get());
  }
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): FakeParagraphProxy {
    const slot = new Slot<number>();
    this.context.enqueue(() => {
      const id = this.controlId();
      this.word.control(id);
      const inside = location === 'Start' || location === 'End';
      if (inside) this.word.assertWritable(id);
      else this.word.assertWritable();
      const mine = this.word.controlParagraphs(id);
      const first = this.word.paragraphs.indexOf(mine[0] as FakeParagraph);
      const last = this.word.paragraphs.indexOf(mine[mine.length - 1] as FakeParagraph);
      const fresh = this.word.make(text ? [this.word.run(text)] : [], 'Normal', inside ? id : undefined);
      const at = location === 'Before' || location === 'Start' ? first : last + 1;
      this.word.paragraphs.splice(at, 0, fresh);
      slot.put(fresh.key);
    });
    return new FakeParagraphProxy(this.context, () => slot.get());
  }
  insertTable(rows: number, columns: number, location: 'End', values: string[][]): FakeTableProxy {
    if (location !== 'End') throw new Error(`fake: insertTable ${location}`);
    // Word checks the arguments when the command is queued: the values must fill the table exactly.
    if (values.length !== rows || values.some((row) => row.length !== columns))
      throw new FakeOfficeError('InvalidArgument', 'insertTable values');
    const slot = new Slot<number>();
    this.context.enqueue(() => {
      const id = this.controlId();
      this.word.control(id);
      this.word.assertWritable(id);
      const mine = this.word.controlParagraphs(id);
      const last = this.word.paragraphs.indexOf(mine[mine.length - 1] as FakeParagraph);
      const table = this.word.newTableId();
      const cells: FakeParagraph[] = [];
      for (let row = 0; row < rows; row++) {
        for (let cell = 0; cell < columns; cell++) {
          const text = values[row]?.[cell] ?? '';
          const p = this.word.make(text ? [this.word.run(text)] : [], 'Normal', id);
          p.table = { id: table, row, cell };
          cells.push(p);
        }
      }
      this.word.paragraphs.splice(last + 1, 0, ...cells);
      slot.put(table);
    });
    return new FakeTableProxy(this.context, () => slot.get());
  }
}

const TABLE_PROPS = ['styleBuiltIn', 'headerRowCount', 'rowCount', 'values'] as const;

/** A table (WordApi 1.3): its built-in style and header row count, set in the batch that inserted it. */
class FakeTableProxy extends Proxy {
  constructor(
    context: FakeContext,
    readonly tableId: () => number,
  ) {
    super(context);
  }
  /** The table's cells' paragraphs, and the content control they are in. */
  private cells(): FakeParagraph[] {
    const id = this.tableId();
    this.word.table(id);
    return this.word.paragraphs.filter((p) => p.table?.id === id);
  }
  private write(change: (table: FakeTable) => void): void {
    this.context.enqueue(() => {
      const cells = this.cells();
      this.word.assertWritable(cells[0]?.control);
      change(this.word.table(this.tableId()));
    });
  }
  load(spec: string): this {
    const names = this.names(spec);
    this.context.enqueue(() => {
      const cells = this.cells();
      const table = this.word.table(this.tableId());
      const rows: string[][] = [];
      for (const p of cells) (rows[p.table?.row ?? 0] ??= [])[p.table?.cell ?? 0] = textOf(p);
      for (const name of names) {
        if (!(TABLE_PROPS as readonly string[]).includes(name))
          throw new FakeOfficeError('InvalidArgument', `fake: load ${name}`);
        const value =
          name === 'styleBuiltIn'
            ? (table.style ?? 'Normal')
            : name === 'headerRowCount'
              ? table.headerRowCount
              : name === 'rowCount'
                ? rows.length
                : rows;
        this.loaded.set(name, value);
      }
    });
    return this;
  }
  get styleBuiltIn(): string {
    return this.prop('styleBuiltIn');
  }
  set styleBuiltIn(style: string) {
    this.write((table) => {
      table.style = style;
    });
  }
  get headerRowCount(): number {
    return this.prop('headerRowCount');
  }
  set headerRowCount(count: number) {
    this.write((table) => {
      const rows = new Set(this.cells().map((p) => p.table?.row)).size;
      if (!Number.isInteger(count) || count < 0 || count > rows)
        throw new FakeOfficeError('InvalidArgument', 'headerRowCount');
      table.headerRowCount = count;
    });
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get values(): string[][] {
    return this.prop('values');
  }
}

class FakeComments extends Proxy {
  private list: FakeCommentProxy[] | undefined;
  get items(): FakeCommentProxy[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
  load(spec: string): this {
    const names = this.names(spec, 'items/');
    this.context.enqueue(() => {
      this.list = this.word.comments.map((c) => {
        const proxy = new FakeCommentProxy(this.context, () => c.id);
        proxy.fill(names);
        return proxy;
      });
    });
    return this;
  }
}

class FakeCommentProxy extends Proxy {
  constructor(
    context: FakeContext,
    private readonly commentId: () => string,
  ) {
    super(context);
  }
  private comment(): FakeComment {
    const id = this.commentId();
    const comment = this.word.comments.find((c) => c.id === id);
    if (!comment) throw new FakeOfficeError('ItemNotFound', 'comment');
    return comment;
  }
  fill(names: readonly string[]): void {
    const c = this.comment();
    for (const name of names) {
      if (name === 'id') this.loaded.set(name, c.id);
      else if (name === 'content') this.loaded.set(name, c.content);
      else throw new FakeOfficeError('InvalidArgument', `fake: load ${name}`);
    }
  }
  load(spec: string): this {
    this.context.enqueue(() => this.fill(this.names(spec)));
    return this;
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  delete(): void {
    this.context.enqueue(() => {
      const c = this.comment();
      if (this.word.protected) throw new FakeOfficeError('AccessDenied');
      this.word.comments = this.word.comments.filter((x) => x !== c);
    });
  }
}
