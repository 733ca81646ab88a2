/**
 * Section ids in law order and the expansion of ranges ("§§ 23-27", "nr. 1-3", "litra a-c").
 */

/** A range never yields more members than this; a longer one yields its two endpoints only. */
export const MAX_RANGE_MEMBERS = 200;

const SECTION_ID = /^(\d+) ?([a-z]*)$/;

interface ParsedSectionId {
  /** The number's digits without leading zeros, compared by length first so huge numbers stay exact. */
  digits: string;
  letters: string;
}

function parseSectionId(id: string): ParsedSectionId | undefined {
  const m = SECTION_ID.exec(id);
  if (!m) return undefined;
  return { digits: m[1]!.replace(/^0+(?=\d)/, ''), letters: m[2]! };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Shorter first, then alphabetical: "9" < "10", and "z" < "aa" as acts letter their sections. */
function compareByLengthThenText(a: string, b: string): number {
  return a.length - b.length || compareStrings(a, b);
}

/**
 * Compares two section ids in the law's order: by number, then the unlettered section before its lettered
 * ones. Ids that are not a number with an optional letter ("9 a") sort after all others, alphabetically.
 * @example ['10', '9 b', '9', '9 a'].sort(compareSectionIds) // ["9", "9 a", "9 b", "10"]
 */
export function compareSectionIds(a: string, b: string): number {
  const pa = parseSectionId(a);
  const pb = parseSectionId(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : compareStrings(a, b);
  return compareByLengthThenText(pa.digits, pb.digits) || compareByLengthThenText(pa.letters, pb.letters);
}

/**
 * The section ids from `from` to `to` when only the numbers are known: the endpoints as written and
 * every whole number between them ("15"-"15 b" gives "15", "15 b"; "14 a"-"16" gives "14 a", "15", "16").
 * A reversed range, one beyond {@link MAX_RANGE_MEMBERS} members, or ids that are not numbers yield the
 * endpoints only.
 * @example expandSectionIds('23', '25') // ["23", "24", "25"]
 */
export function expandSectionIds(from: string, to: string): string[] {
  const order = compareSectionIds(from, to);
  if (order === 0) return [from];
  const pf = parseSectionId(from);
  const pt = parseSectionId(to);
  if (order > 0 || !pf || !pt) return [from, to];
  const first = Number(pf.digits) + 1;
  // A lettered endpoint ("15 b") comes after its bare number ("15"), which is then a member.
  const last = Number(pt.digits) - (pt.letters ? 0 : 1);
  if (last - first + 3 > MAX_RANGE_MEMBERS) return [from, to];
  const members = [from];
  for (let n = first; n <= last; n++) members.push(String(n));
  members.push(to);
  return members;
}

/**
 * The whole numbers from `from` to `to`, inclusive; the endpoints only when reversed or longer than
 * {@link MAX_RANGE_MEMBERS}.
 * @example expandNumbers(1, 3) // [1, 2, 3]
 */
export function expandNumbers(from: number, to: number): number[] {
  if (from === to) return [from];
  if (to < from || to - from + 1 > MAX_RANGE_MEMBERS) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
