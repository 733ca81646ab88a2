import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatches } from '../../src/check/any-match';
import * as vocabulary from '../../src/check/vocabulary';
import * as vocabularyMol from '../../src/check/vocabulary-mol';
import { loadLetterFixtures } from '../support/letter-fixtures';

/** Every list of patterns the vocabularies export, by name (nested one level: PART_HEADINGS, DELAY_NOTICE_MENTIONS). */
function patternLists(): [string, readonly RegExp[]][] {
  const out: [string, readonly RegExp[]][] = [];
  const visit = (name: string, value: unknown, depth: number) => {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof RegExp)) {
      out.push([name, value as RegExp[]]);
    } else if (depth < 1 && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner, depth + 1);
    }
  };
  for (const [name, value] of Object.entries({ ...vocabulary, ...vocabularyMol })) visit(name, value, 0);
  return out;
}

const letters = join(__dirname, '..', 'fixtures', 'letters');
const texts = [...loadLetterFixtures(letters), ...loadLetterFixtures(join(letters, 'heldout'))].flatMap((f) =>
  f.paragraphs.flatMap((p) => [p.text, vocabulary.normaliseForMatch(p.text)]),
);

describe('anyMatches', () => {
  const lists = patternLists();

  it('finds the vocabulary lists to compare', () => {
    expect(lists.length).toBeGreaterThan(20);
  });

  it.each(lists)('%s: the same answer as testing each pattern, on every fixture paragraph', (_, patterns) => {
    // A pattern with `g` is used with matchAll, which starts at 0 on a copy: so does `search`.
    const differ = texts.filter((t) => anyMatches(patterns, t) !== patterns.some((re) => t.search(re) >= 0));
    expect(differ).toEqual([]);
  });

  it('agrees with testing each pattern on random text', () => {
    const patterns = [/^afgørelse$/, /\bklage\w*/, /(?<!\d)\d{2}(?!\d)/u, /x$/];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        (t) => anyMatches(patterns, t) === patterns.some((re) => re.test(t)),
      ),
    );
  });

  it('is false for no patterns, and keeps stateful or mixed lists as they are', () => {
    expect(anyMatches([], 'anything')).toBe(false);
    const global = [/a/g, /b/g];
    expect(anyMatches(global, 'b')).toBe(true);
    expect(anyMatches(global, 'b')).toBe(true);
    expect(global.map((re) => re.lastIndex)).toEqual([0, 0]);
    expect(anyMatches([/A/i, /b/], 'a')).toBe(true);
    expect(anyMatches([/(x)\1/, /y/], 'xx')).toBe(true);
    expect(anyMatches([/(x)\1/, /y/], 'x')).toBe(false);
  });
});
