import { describe, expect, it } from 'vitest';
import { escapeSearch, locateIn, SEARCH_MAX, spanProbes } from '../../src/word/locate';

describe('locateIn', () => {
  const texts = ['Kære Eva', 'jf. § 30, nr. 1, og § 30, nr. 2.'];
  it.each([
    {
      name: 'a span that still covers its text',
      location: { paragraph: 1, start: 20, end: 24, text: '§ 30' },
      index: 1,
      expected: { index: 1, start: 20, end: 24 },
    },
    {
      name: 'a stale span: the first occurrence of the text',
      location: { paragraph: 1, start: 0, end: 4, text: '§ 30' },
      index: 1,
      expected: { index: 1, start: 4, end: 8 },
    },
    {
      name: 'text that moved to another paragraph',
      location: { paragraph: 0, text: 'nr. 2' },
      index: 0,
      expected: { index: 1, start: 26, end: 31 },
    },
    { name: 'no text: the paragraph', location: { paragraph: 0 }, index: 0, expected: { index: 0 } },
    { name: 'a paragraph that is gone', location: { paragraph: 7 }, index: 7, expected: undefined },
    {
      name: 'text found nowhere: the paragraph itself',
      location: { paragraph: 0, text: 'findes ikke' },
      index: 0,
      expected: { index: 0 },
    },
  ])('$name', ({ location, index, expected }) => {
    expect(locateIn(texts, location, index)).toEqual(expected);
  });
});

describe('search probes', () => {
  it('escapes Word search codes and refuses control characters', () => {
    expect(escapeSearch('a^b\tc\u00a0d')).toBe('a^^b^tc^sd');
    expect(escapeSearch('a\u0001b')).toBeUndefined();
  });

  it('extends a repeated span until it occurs once, and searches the span inside the hit', () => {
    expect(spanProbes('§ 30 og § 30, nr. 1', 8, 12)).toEqual({
      kind: 'single',
      head: { probe: '§ 30,', inner: '§ 30' },
    });
    expect(spanProbes('§ 30 og § 30', 0, 4)).toEqual({
      kind: 'single',
      head: { probe: '§ 30 ', inner: '§ 30' },
    });
    // The last of two equal spans has nothing after it to tell it apart.
    expect(spanProbes('§ 30 og § 30', 8, 12)).toBeUndefined();
  });

  it('pins a span longer than Word search allows by a unique probe at each end', () => {
    const span = `Start ${'x'.repeat(SEARCH_MAX * 2)} Slut`;
    const text = `Før ${span} efter`;
    expect(spanProbes(text, 4, 4 + span.length)).toEqual({
      kind: 'pair',
      head: { probe: 'St' },
      tail: { probe: 'ut' },
    });
    // Neither end unique within Word's limit: no probe rather than a wrong one.
    const flat = `Før ${'x'.repeat(SEARCH_MAX * 2)} efter`;
    expect(spanProbes(flat, 4, flat.length - 6)).toBeUndefined();
  });
});
