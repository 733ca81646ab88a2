/**
 * Whether any of a list of patterns matches a text, in one pass: the vocabulary's lists (headings,
 * negations, environmental terms...) are tested against every paragraph, and one regular expression made
 * of the list's alternatives scans a paragraph several times faster than each pattern in turn.
 */

/** A list as one expression, or, where it cannot be one (mixed flags, back-references), its patterns. */
interface Matcher {
  size: number;
  combined?: RegExp;
  /** The patterns without `g` and `y`, when they cannot be combined. */
  each: readonly RegExp[];
}

const MATCHERS = new WeakMap<readonly RegExp[], Matcher>();

// `g` and `y` only say where matching starts (lastIndex): a matcher searches the whole text.
const flagsOf = (re: RegExp) => re.flags.replace(/[gy]/g, '');

function matcherOf(patterns: readonly RegExp[]): Matcher {
  const each = patterns.map((re) => (re.global || re.sticky ? new RegExp(re.source, flagsOf(re)) : re));
  const flags = patterns[0] ? flagsOf(patterns[0]) : '';
  // Back-references would point at other groups, or at a name two patterns share.
  const combinable =
    patterns.length > 0 && patterns.every((re) => flagsOf(re) === flags && !/\\[1-9k]/.test(re.source));
  if (!combinable) return { size: patterns.length, each };
  try {
    const combined = new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), flags);
    return { size: patterns.length, combined, each };
  } catch {
    // Two patterns with one group name, for example.
    return { size: patterns.length, each };
  }
}

/**
 * Whether some pattern matches anywhere in the text: the same as `patterns.some((re) => re.test(text))` for
 * patterns without the `g` or `y` flag, and as "matchAll finds something" for those with it (their
 * lastIndex is neither read nor moved).
 * @example anyMatches([/\bafslag\b/, /\bafslås\b/], 'vi giver afslag') // true
 */
export function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  let matcher = MATCHERS.get(patterns);
  if (!matcher || matcher.size !== patterns.length) {
    matcher = matcherOf(patterns);
    MATCHERS.set(patterns, matcher);
  }
  return matcher.combined ? matcher.combined.test(text) : matcher.each.some((re) => re.test(text));
}
