/**
 * The citation parser's tokenizer: one linear pass over the original text that yields words, numbers, "§"
 * marks, dashes and punctuation, each with its span in the original string. Normalisation happens here,
 * inside the same pass, so spans never need a separate offset map:
 * - every Unicode space (NBSP U+00A0, narrow NBSP U+202F, line breaks...) separates tokens;
 * - soft hyphens and zero-width characters are ignored, also inside words ("offentligheds\u00adlovens");
 * - a word hyphenated across a line break, as PDFs print it ("offentligheds-\nlovens"), is one word.
 * Hand-written on purpose: no regular expression runs over the whole text, so there is nothing to backtrack.
 */

/** `gap`: one or more words the grammar has no use for, kept as one token so they still separate the others. */
export type TokenKind = 'word' | 'number' | 'mark' | 'dash' | 'punct' | 'gap';

const KINDS: readonly TokenKind[] = ['word', 'number', 'mark', 'dash', 'punct', 'gap'];
const KIND_CODES = new Map(KINDS.map((kind, code) => [kind, code]));
const UPPER = 1;
const ATTACHED = 2;

/** `fresh`, a larger array, holding `old`'s contents. */
function grown<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}

/**
 * The tokens of a text, stored column by column in typed arrays: a long letter has tens of thousands of
 * them, and an object for each kept the garbage collector busy for a third of the parse. Reading past the
 * end gives kind undefined, value "" and span 0, so look-ahead needs no bounds checks.
 * @example
 * const tokens = tokenize('§ 30', () => true);
 * [tokens.kind(0), tokens.num(1), tokens.kind(2)] // ["mark", 30, undefined]
 */
export class Tokens {
  length = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  /** 0 for "not a usable number". */
  private nums: Uint16Array;
  private flags: Uint8Array;
  /** Each token's value as an index into `distinct`, which holds every value once (0 is ""). */
  private valueIds: Uint32Array;
  private readonly distinct: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);

  /** `capacity`: the tokens expected; the columns grow past it. */
  constructor(capacity = 256) {
    const size = Math.max(capacity, 1);
    this.kinds = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.nums = new Uint16Array(size);
    this.flags = new Uint8Array(size);
    this.valueIds = new Uint32Array(size);
  }

  push(kind: TokenKind, value: string, start: number, end: number, num: number, flags: number): void {
    if (this.length === this.kinds.length) this.grow();
    const n = this.length++;
    this.kinds[n] = KIND_CODES.get(kind)!;
    this.starts[n] = start;
    this.ends[n] = end;
    this.nums[n] = num;
    this.flags[n] = flags;
    // A long letter repeats the same few words and marks: keeping one string per token, rather than per
    // distinct value, made the garbage collector copy them all, a quarter of the tokenizer's time.
    let id = 0;
    if (value !== '') {
      id = this.ids.get(value) ?? -1;
      if (id < 0) {
        id = this.distinct.length;
        this.distinct.push(value);
        this.ids.set(value, id);
      }
    }
    this.valueIds[n] = id;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.nums = grown(this.nums, new Uint16Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.valueIds = grown(this.valueIds, new Uint32Array(size));
  }

  kind(i: number): TokenKind | undefined {
    return i < this.length ? KINDS[this.kinds[i]!] : undefined;
  }

  /**
   * word: lower-cased letters, without soft hyphens and line-end hyphenation; mark: "§" or "§§"; dash and
   * punct: the character; number and gap: "".
   */
  value(i: number): string {
    const id = i < this.length ? this.valueIds[i] : undefined;
    return id === undefined ? '' : (this.distinct[id] ?? '');
  }

  /** Span in the original text, `end` exclusive. */
  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  end(i: number): number {
    return this.ends[i] ?? 0;
  }

  /** number: its value when 1..9999; undefined for 0, larger numbers (no reference uses them) and other kinds. */
  num(i: number): number | undefined {
    return i < this.length && this.nums[i] !== 0 ? this.nums[i] : undefined;
  }

  /** word: two or more letters, all upper-case, as in "OFL" or "RPL". */
  upper(i: number): boolean {
    return i < this.length && (this.flags[i]! & UPPER) !== 0;
  }

  /** No space separates this token from the previous one ("14a"). */
  attached(i: number): boolean {
    return i < this.length && (this.flags[i]! & ATTACHED) !== 0;
  }

  /** Whether token `i` is of `kind` and, when given, has `value`. */
  is(i: number, kind: TokenKind, value?: string): boolean {
    return this.kind(i) === kind && (value === undefined || this.value(i) === value);
  }
}

/** The largest number a reference may use: keeps absurd input from turning into NaN or Infinity. */
const MAX_NUMBER = 9999;
const MAX_DIGITS = String(MAX_NUMBER).length;

const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);
/** Hyphens a word may be split with at a line end (not dashes, which never split a word). */
const WORD_HYPHENS = new Set([0x2d, 0x2010]);
/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible, so skipped everywhere. */
const IGNORABLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

const LETTER = /[\p{L}\p{M}]/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  // Latin-1 letters (æ, ø, å, é...) without a regular expression: they are most of Danish text's non-ASCII.
  if (c <= 0xff) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER.test(String.fromCodePoint(c));
}

function isLowerLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x80 && LOWER.test(String.fromCodePoint(c)));
}

function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  // Latin-1 (æ, ø, å...) without a regular expression: only the no-break space, and the soft hyphen.
  if (c <= 0xff) return c === 0xa0 || c === 0xad;
  return IGNORABLE.has(c) || SPACE.test(String.fromCodePoint(c));
}

function codeSize(c: number): number {
  return c > 0xffff ? 2 : 1;
}

/** False when `word` surely has no capital letter: ASCII and Latin-1 are checked, anything else may have. */
function mayHaveCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde) || c > 0xff) return true;
  }
  return false;
}

/**
 * Where a word split at `from` (just after its hyphen) continues: past spaces that include at least one
 * line break, at a lower-case letter. -1 when the hyphen is a real one.
 */
function hyphenationResume(text: string, from: number): number {
  let k = from;
  let sawBreak = false;
  while (k < text.length) {
    const c = text.codePointAt(k)!;
    if (!isSpace(c)) break;
    if (LINE_BREAKS.has(c)) sawBreak = true;
    k += codeSize(c);
  }
  return sawBreak && k < text.length && isLowerLetter(text.codePointAt(k)!) ? k : -1;
}

/**
 * The end of the word starting at `start` (a letter). `gaps` receives the start and end of each soft hyphen
 * or line-end hyphenation inside it; it stays empty for a plain word.
 */
function wordEnd(text: string, start: number, gaps: number[]): number {
  let k = start;
  for (;;) {
    let c = text.codePointAt(k)!;
    while (isLetter(c)) {
      k += codeSize(c);
      if (k >= text.length) return k;
      c = text.codePointAt(k)!;
    }
    // Below U+00AD only "-" may continue a word.
    if ((c < 0xad && c !== 0x2d) || (!IGNORABLE.has(c) && !WORD_HYPHENS.has(c))) return k;
    const next = k + 1 < text.length ? text.codePointAt(k + 1)! : -1;
    const resume = IGNORABLE.has(c) && next >= 0 && isLetter(next) ? k + 1 : hyphenationResume(text, k + 1);
    if (resume < 0) return k;
    gaps.push(k, resume);
    k = resume;
  }
}

/** The letters of the word `start`..`end`, without the gaps `wordEnd` recorded. */
function wordLetters(text: string, start: number, end: number, gaps: readonly number[]): string {
  if (gaps.length === 0) return text.slice(start, end);
  let letters = text.slice(start, gaps[0]);
  for (let g = 1; g < gaps.length; g += 2) letters += text.slice(gaps[g], gaps[g + 1] ?? end);
  return letters;
}

/**
 * Splits a text into tokens, skipping spaces. Words for which `keepWord` (given the lower-cased word and
 * whether it was written in capitals) says no become gaps: most of a letter's words, which would otherwise
 * cost a token each and a look-up in the parser.
 * @example tokenize('Efter offl. § 30', () => true).value(1) // "offl"
 */
export function tokenize(text: string, keepWord: (word: string, upper: boolean) => boolean): Tokens {
  // About one token in nine characters of letter text: sized so that a long letter seldom grows the
  // columns and a short text (an aktliste cell) does not allocate more than it needs.
  const tokens = new Tokens(16 + Math.ceil(text.length / 8));
  const gaps: number[] = [];
  let i = 0;
  let attached = 0;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (isSpace(c)) {
      i += codeSize(c);
      attached = 0;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      // Length first: parsing a 30-digit string would lose precision before the range check.
      const value = i - start <= MAX_DIGITS ? Number(text.slice(start, i)) : 0;
      tokens.push('number', '', start, i, value <= MAX_NUMBER ? value : 0, attached);
    } else if (isLetter(c)) {
      if (gaps.length > 0) gaps.length = 0;
      const end = wordEnd(text, start, gaps);
      const letters = wordLetters(text, start, end, gaps);
      i = end;
      // Most words are in lower case already; lower-casing them anyway would copy each one.
      const value = mayHaveCapitals(letters) ? letters.toLowerCase() : letters;
      const upper = value !== letters && letters.length >= 2 && letters === letters.toUpperCase();
      if (keepWord(value, upper)) {
        tokens.push('word', value, start, end, 0, attached | (upper ? UPPER : 0));
      } else if (tokens.kind(tokens.length - 1) !== 'gap') {
        tokens.push('gap', '', start, end, 0, attached);
      }
    } else if (c === 0xa7) {
      while (i < text.length && text.charCodeAt(i) === 0xa7) i++;
      tokens.push('mark', i - start > 1 ? '§§' : '§', start, i, 0, attached);
    } else {
      i += codeSize(c);
      tokens.push(DASHES.has(c) ? 'dash' : 'punct', String.fromCodePoint(c), start, i, 0, attached);
    }
    attached = ATTACHED;
  }
  return tokens;
}
