/**
 * Danish legal citations: finding them in a letter's text and writing them the canonical way.
 *
 * The parser reads the ways authorities write references: "offentlighedslovens § 30, nr. 1", "offl. § 30
 * nr. 1", "§ 30, stk. 1, nr. 1", "jf. §§ 23-27", "§§ 7, 8 og 11", "§ 7 i offentlighedsloven",
 * "lovens § 14", a bare "stk. 3" after a section, with any Unicode spaces, soft hyphens and PDF line-end
 * hyphenation between or inside the words. It runs in time linear in the text: a tokenizer
 * (citation-tokens.ts) and then one forward pass over the tokens with bounded look-ahead.
 *
 * Which act a reference belongs to:
 * - the act written before it ("offentlighedslovens", "offl.", "OFL") or after it ("i offentlighedsloven",
 *   "i lov om offentlighed i forvaltningen"); an act written after a chain of references joined by
 *   "og"/"," ("§ 7 og § 8 i offentlighedsloven") applies to every reference in the chain that names none;
 * - otherwise, and for "lovens" / "samme lov", the act named last earlier in the text, across sentences and
 *   paragraphs: naming an act on its own ("forvaltningsloven") counts;
 * - otherwise `defaultStatute`, with `statuteAssumed` true.
 * References to acts we do not know ("retsplejelovens § 41", "§ 5 i lov om behandling af personoplysninger",
 * "artikel 9 i databeskyttelsesforordningen") yield nothing, nor do later bare references ("§ 8", "stk. 2"),
 * which may continue them: skipping a reference is safer than giving it to the wrong act. An EU instrument,
 * an executive order or an act cited by number ("lov nr. 606") named without a reference does not change
 * the context, since letters name them in passing.
 *
 * Spans: a reference's span starts at its own number ("8" in "§§ 7, 8 og 11"); the first reference after a
 * "§" starts at the "§", or at the act's name when that comes first ("offentlighedslovens § 7"), and runs to
 * the end of its deepest part ("§ 30, stk. 1, nr. 1"). Members of a range share the span of the whole range
 * ("§§ 23-27"). An act named after the references ("i offentlighedsloven") extends the span of the last of
 * them. Sentence lists share their end ("1. og 2. pkt.").
 */
import { isActWord, readAct, type ActMention } from './citation-acts';
import { expandSectionRange } from './catalogue';
import { compareSectionIds, expandNumbers, expandSectionIds, MAX_RANGE_MEMBERS } from './citation-sections';
import { tokenize, type Tokens } from './citation-tokens';
import { STATUTE_NAMES, statuteNames } from './names';
import type { FoundCitation, LegalRef, StatuteId } from './types';

export { compareSectionIds } from './citation-sections';

export interface ParseOptions {
  /** The act of a bare "§ 30" when no act was named earlier; default 'offl' (then `statuteAssumed` is true). */
  defaultStatute?: StatuteId;
  /**
   * The section ids of a range such as "§§ 14-15 b", in order. Defaults to the act's structure in the law
   * data (forvaltningslovens §§ 14-15 b includes §§ 14 a, 14 b and 15 a); when it returns undefined or an
   * empty list, the range yields its endpoints and the whole numbers between them.
   */
  expandRange?: (statute: StatuteId, from: string, to: string) => string[] | undefined;
}

/** Levels of a reference, outermost first: § 9, stk. 2, nr. 1, litra a, 1. pkt. */
const Level = { Section: 0, Subsection: 1, Item: 2, Litra: 3, Sentence: 4 } as const;
type Level = (typeof Level)[keyof typeof Level];

/** A reference being read; `section` is missing while a bare "stk. 3" waits for the section it continues. */
interface Draft {
  section?: string;
  subsection?: number;
  item?: number;
  litra?: string;
  sentence?: number;
  start: number;
  end: number;
}

/** "§§ 23-27": kept unexpanded until the act is known, since the act's structure decides the members. */
interface SectionRange {
  from: string;
  to: string;
  start: number;
  end: number;
}

type Piece = { draft: Draft } | { range: SectionRange };

interface Group {
  /** The act written before the group's "§". */
  prefix?: ActMention;
  pieces: Piece[];
}

/** A value read at some level: a section id, a number, or a litra letter. */
interface Value {
  value: string | number;
  start: number;
  end: number;
  /** Token index after the value. */
  next: number;
}

/** The section the last reference named, which a bare "stk. 3" continues; `statute` undefined for foreign acts. */
interface LastSection {
  statute?: StatuteId;
  section: string;
  assumed: boolean;
}

/** The act of a reference once resolved: one of ours, or undefined for an act we do not know. */
interface Resolved {
  statute?: StatuteId;
  assumed: boolean;
}

const CONNECTORS = new Set(['og', 'eller', 'samt']);
const MARK_WORDS = new Map([
  ['paragraf', '§'],
  ['paragraffer', '§§'],
  ['paragrafferne', '§§'],
]);
const KEYWORDS = new Map<string, Level>([
  ['stk', Level.Subsection],
  ['nr', Level.Item],
  ['litra', Level.Litra],
]);
const SENTENCE_WORDS = new Set(['pkt', 'punktum']);
const ARTICLE_WORDS = new Set(['artikel', 'art']);
const POSTFIX_WORDS = new Set(['i']);
/** "§§ 23 til 27". */
const RANGE_WORD = 'til';
/** Section letters written apart from the number ("§ 9 a"); "i" is left out, since "§ 7 i loven" is the preposition. */
const SPACED_SECTION_LETTER = /^[a-hj-z]$/;
const ATTACHED_SECTION_LETTER = /^[a-z]$/;
const LITRA_LETTER = /^[a-z]$/;
/** Every word the grammar below reads, apart from act names and single letters. */
const GRAMMAR_WORDS = new Set([
  ...CONNECTORS,
  ...MARK_WORDS.keys(),
  ...KEYWORDS.keys(),
  ...SENTENCE_WORDS,
  ...ARTICLE_WORDS,
  ...POSTFIX_WORDS,
  RANGE_WORD,
]);

/** For `readAct` after "i": an act's name is expected there, so "i RPL" reads as one as surely as "RPL §". */
const AFTER_PREPOSITION = (): boolean => true;

function keepWord(word: string, upper: boolean): boolean {
  return word.length === 1 || GRAMMAR_WORDS.has(word) || isActWord(word, upper);
}

function setLevel(draft: Draft, level: Level, value: string | number): void {
  if (level === Level.Section) draft.section = String(value);
  else if (level === Level.Subsection) draft.subsection = Number(value);
  else if (level === Level.Item) draft.item = Number(value);
  else if (level === Level.Litra) draft.litra = String(value);
  else draft.sentence = Number(value);
}

function getLevel(draft: Draft, level: Level): string | number | undefined {
  return [draft.section, draft.subsection, draft.item, draft.litra, draft.sentence][level];
}

/** A copy of `draft` with only the levels above `level`. */
function truncate(draft: Draft, level: Level, start: number, end: number): Draft {
  const copy: Draft = { start, end };
  for (let l = Level.Section; l < level; l++) {
    const v = getLevel(draft, l as Level);
    if (v !== undefined) setLevel(copy, l, v);
  }
  return copy;
}

/**
 * Collects the references of one group ("§ 9, stk. 1 og 2, nr. 1"). A part at a deeper level than the
 * pending reference refines it; a part at the same or a shallower level completes it and starts the next.
 */
class GroupBuilder {
  readonly pieces: Piece[] = [];
  /** Sections named so far, ranges counting as one. */
  sectionCount = 1;

  /** Starts with the group's first reference, at the level it was written at. */
  constructor(
    private current: Piece,
    public level: Level,
  ) {}

  get isRange(): boolean {
    return 'range' in this.current;
  }

  add(level: Level, value: string | number, start: number, end: number): void {
    if ('draft' in this.current && level > this.level) {
      setLevel(this.current.draft, level, value);
      this.current.draft.end = end;
    } else {
      const base = 'draft' in this.current ? this.current.draft : { start, end };
      this.pieces.push(this.current);
      const next = truncate(base, level, start, end);
      setLevel(next, level, value);
      this.current = { draft: next };
      if (level === Level.Section) this.sectionCount++;
    }
    this.level = level;
  }

  /** A range at the current level, ending with `to`: "stk. 1-4", "§§ 23-27". */
  range(to: string | number, end: number): void {
    if (!('draft' in this.current)) return;
    const from = this.current.draft;
    const fromValue = getLevel(from, this.level)!;
    if (this.level === Level.Section) {
      this.current = { range: { from: String(fromValue), to: String(to), start: from.start, end } };
      return;
    }
    const members =
      this.level === Level.Litra
        ? expandNumbers(String(fromValue).charCodeAt(0), String(to).charCodeAt(0)).map((c) =>
            String.fromCharCode(c),
          )
        : expandNumbers(Number(fromValue), Number(to));
    const copies = members.map((m) => {
      const copy = truncate(from, this.level, from.start, end);
      setLevel(copy, this.level, m);
      return copy;
    });
    this.pieces.push(...copies.slice(0, -1).map((draft) => ({ draft })));
    this.current = { draft: copies[copies.length - 1]! };
  }

  finish(): Piece[] {
    this.pieces.push(this.current);
    return this.pieces;
  }
}

class CitationParser {
  private readonly tokens: Tokens;
  private readonly found: FoundCitation[] = [];
  /** The act named last: a statute id, 'foreign' for an act we do not know, or undefined before any. */
  private contextAct: StatuteId | 'foreign' | undefined;
  private lastSection: LastSection | undefined;
  private readonly defaultStatute: StatuteId;
  /** Bound once: `readAct` asks it for nearly every word. */
  private readonly markFollows = (at: number): boolean => this.isMark(at);

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    this.tokens = tokenize(text, keepWord);
    this.defaultStatute = options.defaultStatute ?? 'offl';
  }

  run(): FoundCitation[] {
    let i = 0;
    while (i < this.tokens.length) i = this.step(i);
    return this.found;
  }

  /** Reads whatever starts at token `i` and returns the index to continue from (always past `i`). */
  private step(i: number): number {
    if (this.isMark(i)) return Math.max(i + 1, this.readChain(i));
    const tokens = this.tokens;
    if (tokens.kind(i) !== 'word') return i + 1;
    const act = readAct(tokens, i, this.markFollows);
    if (act) {
      if (this.isMark(act.end)) {
        const end = this.readChain(act.end, act.act, tokens.start(i));
        if (end > act.end) return end;
      }
      this.setContext(act.act, false);
      return act.end;
    }
    if (tokens.value(i) === 'stk') return this.readStandaloneSubsection(i);
    if (ARTICLE_WORDS.has(tokens.value(i))) return this.readArticle(i);
    return i + 1;
  }

  private isWord(i: number, words: ReadonlySet<string>): boolean {
    return this.tokens.kind(i) === 'word' && words.has(this.tokens.value(i));
  }

  private isPunct(i: number, value: string): boolean {
    return this.tokens.is(i, 'punct', value);
  }

  private isMark(i: number): boolean {
    const t = this.tokens;
    return (
      t.kind(i) === 'mark' ||
      (t.kind(i) === 'word' && MARK_WORDS.has(t.value(i)) && t.kind(i + 1) === 'number')
    );
  }

  private isPlural(i: number): boolean {
    const t = this.tokens;
    return (t.kind(i) === 'mark' ? t.value(i) : MARK_WORDS.get(t.value(i))) === '§§';
  }

  /** Skips an optional "," and an optional "og"/"eller"/"samt"; tells whether anything was skipped. */
  private skipSeparators(i: number): { next: number; separated: boolean } {
    let next = i;
    if (this.isPunct(next, ',')) next++;
    if (this.isWord(next, CONNECTORS)) next++;
    return { next, separated: next > i };
  }

  private readNumber(i: number): Value | undefined {
    const t = this.tokens;
    const num = t.num(i);
    return num === undefined ? undefined : { value: num, start: t.start(i), end: t.end(i), next: i + 1 };
  }

  /** "9", "9 a", "14a". */
  private readSectionId(i: number): Value | undefined {
    const n = this.readNumber(i);
    if (!n) return undefined;
    const t = this.tokens;
    if (t.kind(i + 1) === 'word') {
      const letter = t.value(i + 1);
      const pattern = t.attached(i + 1) ? ATTACHED_SECTION_LETTER : SPACED_SECTION_LETTER;
      if (pattern.test(letter)) {
        return { value: `${n.value} ${letter}`, start: n.start, end: t.end(i + 1), next: i + 2 };
      }
    }
    return { ...n, value: String(n.value) };
  }

  private readValue(level: Level, i: number): Value | undefined {
    if (level === Level.Section) return this.readSectionId(i);
    if (level === Level.Litra) {
      const t = this.tokens;
      return t.kind(i) === 'word' && LITRA_LETTER.test(t.value(i))
        ? { value: t.value(i), start: t.start(i), end: t.end(i), next: i + 1 }
        : undefined;
    }
    return level === Level.Sentence ? undefined : this.readNumber(i);
  }

  /** "stk. 2", "nr 1", "litra a": the keyword's level and the value after it. */
  private readKeyword(i: number): { level: Level; value: Value; start: number } | undefined {
    const level = this.tokens.kind(i) === 'word' ? KEYWORDS.get(this.tokens.value(i)) : undefined;
    if (level === undefined) return undefined;
    const value = this.readValue(level, this.isPunct(i + 1, '.') ? i + 2 : i + 1);
    return value && { level, value, start: this.tokens.start(i) };
  }

  /**
   * "2. pkt.", "1. og 2. pkt.", "1.-3. pkt.": ordinals, each followed by its period, ending with "pkt.".
   * Returns the ordinals, whether each is the end of a range, and where the list ends.
   */
  private readSentences(
    i: number,
  ): { values: { value: Value; isRangeEnd: boolean }[]; end: number; next: number } | undefined {
    const values: { value: Value; isRangeEnd: boolean }[] = [];
    let k = i;
    let isRangeEnd = false;
    for (;;) {
      const n = this.readNumber(k);
      if (!n || !this.isPunct(k + 1, '.')) return undefined;
      values.push({ value: n, isRangeEnd });
      k += 2;
      if (this.isWord(k, SENTENCE_WORDS)) {
        const end = this.isPunct(k + 1, '.') ? k + 2 : k + 1;
        return { values, end: this.tokens.end(end - 1), next: end };
      }
      isRangeEnd = this.tokens.kind(k) === 'dash';
      const sep = isRangeEnd ? { next: k + 1, separated: true } : this.skipSeparators(k);
      if (!sep.separated) return undefined;
      k = sep.next;
    }
  }

  /** Reads the parts after a group's first element; returns the index after the last part read. */
  private readParts(b: GroupBuilder, start: number, sectionLists: boolean): number {
    let i = start;
    for (;;) {
      const { next, separated } = this.skipSeparators(i);
      const keyword = b.isRange ? undefined : this.readKeyword(next);
      if (keyword) {
        b.add(keyword.level, keyword.value.value, keyword.start, keyword.value.end);
        i = keyword.value.next;
        continue;
      }
      const sentences = b.isRange ? undefined : this.readSentences(next);
      if (sentences) {
        for (const { value, isRangeEnd } of sentences.values) {
          if (isRangeEnd) b.range(value.value, sentences.end);
          else b.add(Level.Sentence, value.value, value.start, sentences.end);
        }
        i = sentences.next;
        continue;
      }
      const isRangeMark = this.tokens.kind(next) === 'dash' || this.tokens.is(next, 'word', RANGE_WORD);
      if (!separated && isRangeMark && !b.isRange) {
        const to = this.readValue(b.level, next + 1);
        if (!to) return i;
        b.range(to.value, to.end);
        i = to.next;
        continue;
      }
      // "§§ 24, stk. 1, og 27": "§§" promises a second section, so the number is one even after a "stk.".
      const level = sectionLists && b.sectionCount === 1 ? Level.Section : b.level;
      // A list at section level needs "§§": "efter § 30 og 2 efter § 33" counts documents.
      if (separated && (level !== Level.Section || sectionLists)) {
        const value = this.readValue(level, next);
        if (value) {
          b.add(level, value.value, value.start, value.end);
          i = value.next;
          continue;
        }
      }
      return i;
    }
  }

  /** A group after a "§" at token `i`: "§§ 7, 8 og 11", "§ 9, stk. 2, nr. 1". */
  private readGroup(i: number, start: number): { pieces: Piece[]; next: number } | undefined {
    const first = this.readSectionId(i + 1);
    if (!first) return undefined;
    const b = new GroupBuilder(
      { draft: { section: String(first.value), start, end: first.end } },
      Level.Section,
    );
    const next = this.readParts(b, first.next, this.isPlural(i));
    return { pieces: b.finish(), next };
  }

  /**
   * References joined by "og"/"," with their own "§" ("§ 7, stk. 2, og § 8"), then an act written after them.
   * `prefix` is the act written before the first "§", which starts at character `prefixStart`.
   * Returns the index after the chain, or `i` when no section number follows the "§".
   */
  private readChain(i: number, prefix?: ActMention, prefixStart?: number): number {
    const groups: Group[] = [];
    let next = i;
    let mark = i;
    let start = prefixStart ?? this.tokens.start(i);
    let groupPrefix = prefix;
    for (;;) {
      const group = this.readGroup(mark, start);
      if (!group) break;
      groups.push({ prefix: groupPrefix, pieces: group.pieces });
      next = group.next;
      const sep = this.skipSeparators(next);
      if (!this.isMark(sep.next)) break;
      mark = sep.next;
      start = this.tokens.start(mark);
      groupPrefix = undefined;
    }
    if (groups.length === 0) return i;

    const postfix = this.readPostfixAct(next);
    const lastGroup = groups[groups.length - 1]!;
    if (postfix && !lastGroup.prefix) {
      const pieces = lastGroup.pieces;
      const lastEnd = this.pieceSpan(pieces[pieces.length - 1]!).end;
      for (const piece of pieces) {
        const span = this.pieceSpan(piece);
        if (span.end === lastEnd) span.end = this.tokens.end(postfix.end - 1);
      }
    }
    if (postfix) next = postfix.end;
    for (const group of groups) {
      const act = group.prefix ?? postfix?.act;
      const resolved = this.resolve(act);
      this.emit(group.pieces, resolved);
      if (act && act === group.prefix) this.setContext(act, true);
    }
    if (postfix) this.setContext(postfix.act, true);
    return next;
  }

  /** "i offentlighedsloven", ", i lov om offentlighed i forvaltningen" after a reference. */
  private readPostfixAct(i: number): { act: ActMention; end: number } | undefined {
    const at = this.isPunct(i, ',') ? i + 1 : i;
    if (!this.isWord(at, POSTFIX_WORDS)) return undefined;
    const act = readAct(this.tokens, at + 1, AFTER_PREPOSITION);
    return act && { act: act.act, end: act.end };
  }

  private pieceSpan(piece: Piece): { start: number; end: number } {
    return 'draft' in piece ? piece.draft : piece.range;
  }

  /** A bare "stk. 3" continues the section named last (its act, its number); skipped when there is none. */
  private readStandaloneSubsection(i: number): number {
    const keyword = this.readKeyword(i);
    if (!keyword) return i + 1;
    const b = new GroupBuilder(
      { draft: { subsection: Number(keyword.value.value), start: keyword.start, end: keyword.value.end } },
      Level.Subsection,
    );
    const next = this.readParts(b, keyword.value.next, false);
    const last = this.lastSection;
    if (last) {
      const pieces = b.finish();
      for (const piece of pieces) if ('draft' in piece) piece.draft.section = last.section;
      this.emit(pieces, { statute: last.statute, assumed: last.assumed });
    }
    return next;
  }

  /**
   * "artikel 9, stk. 2, litra a (i databeskyttelsesforordningen)": read so that its parts are not taken
   * for references to our acts; yields nothing.
   */
  private readArticle(i: number): number {
    const hasPeriod = this.isPunct(i + 1, '.');
    // "art" is also a Danish word ("af samme art"); only "art." is the abbreviation.
    if (this.tokens.value(i) === 'art' && !hasPeriod) return i + 1;
    const first = this.readSectionId(hasPeriod ? i + 2 : i + 1);
    if (!first) return i + 1;
    const b = new GroupBuilder(
      { draft: { section: String(first.value), start: first.start, end: first.end } },
      Level.Section,
    );
    const next = this.readParts(b, first.next, true);
    // Articles belong to EU instruments, which have no "§": a bare "§ 8" or "stk. 3" after one cannot be
    // placed, so both are skipped rather than guessed.
    this.lastSection = { section: String(first.value), assumed: false };
    this.contextAct = 'foreign';
    return this.readPostfixAct(next)?.end ?? next;
  }

  /** An act named with a reference always becomes the context; one named on its own only if `setsContext`. */
  private setContext(act: ActMention, withReference: boolean): void {
    if (act.kind === 'statute') this.contextAct = act.statute;
    else if (act.kind === 'foreign' && (withReference || act.setsContext)) this.contextAct = 'foreign';
  }

  private resolve(act: ActMention | undefined): Resolved {
    if (act?.kind === 'statute') return { statute: act.statute, assumed: false };
    if (act?.kind === 'foreign') return { assumed: false };
    if (this.contextAct === 'foreign') return { assumed: false };
    if (this.contextAct) return { statute: this.contextAct, assumed: false };
    return { statute: this.defaultStatute, assumed: true };
  }

  private emit(pieces: Piece[], resolved: Resolved): void {
    const { statute, assumed } = resolved;
    for (const piece of pieces) {
      const members: Draft[] =
        'draft' in piece
          ? [piece.draft]
          : this.expandSections(statute, piece.range).map((section) => ({ ...piece.range, section }));
      for (const draft of members) {
        this.lastSection = { statute, section: draft.section!, assumed };
        if (statute) this.found.push(this.toCitation(draft, statute, assumed));
      }
    }
  }

  private expandSections(statute: StatuteId | undefined, range: SectionRange): string[] {
    const custom = statute && (this.options.expandRange ?? expandSectionRange)(statute, range.from, range.to);
    if (custom && custom.length > 0) {
      return custom.length <= MAX_RANGE_MEMBERS ? custom : [range.from, range.to];
    }
    return expandSectionIds(range.from, range.to);
  }

  private toCitation(draft: Draft, statute: StatuteId, assumed: boolean): FoundCitation {
    const ref: LegalRef = { statute, section: draft.section! };
    if (draft.subsection !== undefined) ref.subsection = draft.subsection;
    if (draft.item !== undefined) ref.item = draft.item;
    if (draft.litra !== undefined) ref.litra = draft.litra;
    if (draft.sentence !== undefined) ref.sentence = draft.sentence;
    return {
      ref,
      start: draft.start,
      end: draft.end,
      text: this.text.slice(draft.start, draft.end),
      statuteAssumed: assumed,
    };
  }
}

const STATUTE_ORDER = new Map(STATUTE_NAMES.map((n, k) => [n.id, k]));

function compareOptional<T extends string | number>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Law order: act, section, stk., nr., litra, pkt.; a reference before the ones inside it. */
function compareRefs(a: LegalRef, b: LegalRef): number {
  return (
    (STATUTE_ORDER.get(a.statute) ?? 0) - (STATUTE_ORDER.get(b.statute) ?? 0) ||
    compareSectionIds(a.section, b.section) ||
    compareOptional(a.subsection, b.subsection) ||
    compareOptional(a.item, b.item) ||
    compareOptional(a.litra, b.litra) ||
    compareOptional(a.sentence, b.sentence)
  );
}

/**
 * Finds the legal references in a text: one per provision, sorted by where they start, then by law
 * order. See the module comment for how acts are resolved and which span each reference gets.
 * @example
 * parseCitations('Vi har undtaget oplysningerne efter offentlighedslovens § 30, nr. 1 og 2.')
 * // [{ ref: { statute: 'offl', section: '30', item: 1 }, text: 'offentlighedslovens § 30, nr. 1', ... },
 * //  { ref: { statute: 'offl', section: '30', item: 2 }, text: '2', ... }]
 */
export function parseCitations(text: string, options: ParseOptions = {}): FoundCitation[] {
  const found = new CitationParser(text, options).run();
  return found.sort((a, b) => a.start - b.start || compareRefs(a.ref, b.ref));
}

/**
 * A reference without its act, the Danish way: "§ 9, stk. 2, nr. 1", "§ 21, stk. 3, 2. pkt.".
 * @example formatSectionOnly({ statute: 'offl', section: '30', item: 1 }) // "§ 30, nr. 1"
 */
export function formatSectionOnly(ref: LegalRef): string {
  const parts = [`§ ${ref.section}`];
  if (ref.subsection !== undefined) parts.push(`stk. ${ref.subsection}`);
  if (ref.item !== undefined) parts.push(`nr. ${ref.item}`);
  if (ref.litra !== undefined) parts.push(`litra ${ref.litra}`);
  if (ref.sentence !== undefined) parts.push(`${ref.sentence}. pkt.`);
  return parts.join(', ');
}

/**
 * A reference in canonical Danish form, the act in the genitive: "offentlighedslovens § 30, nr. 1".
 * `parseCitations` reads it back to the same reference.
 * @example formatRef({ statute: 'fvl', section: '15 b', subsection: 1 }) // "forvaltningslovens § 15 b, stk. 1"
 */
export function formatRef(ref: LegalRef): string {
  return `${statuteNames(ref.statute).genitive} ${formatSectionOnly(ref)}`;
}

/**
 * A reference in short form, the act by its abbreviation, as a table cell gives it: "offl. § 30, nr. 1",
 * "fvl. § 15 b, nr. 2", "offl. 1985 § 7, nr. 1".
 * @example formatShortRef({ statute: 'offl', section: '30', item: 1 }) // "offl. § 30, nr. 1"
 */
export function formatShortRef(ref: LegalRef): string {
  return `${statuteNames(ref.statute).abbreviation} ${formatSectionOnly(ref)}`;
}
