import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSectionIds, formatRef, parseCitations } from '../../src/law/citations';
import type { LegalRef, StatuteId } from '../../src/law/types';

const statute = fc.constantFrom<StatuteId>('offl', 'fvl', 'dbl');
const section = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }))
  .map(([n, letter]) => (letter ? `${n} ${letter}` : String(n)));

/** Valid references, built without undefined keys so that deep equality is exact. */
const legalRef: fc.Arbitrary<LegalRef> = fc
  .record({
    statute,
    section,
    subsection: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    item: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    sentence: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  })
  .map((r) => {
    const ref: LegalRef = { statute: r.statute, section: r.section };
    if (r.subsection !== undefined) ref.subsection = r.subsection;
    if (r.item !== undefined) ref.item = r.item;
    if (r.sentence !== undefined) ref.sentence = r.sentence;
    return ref;
  });

/** Pieces that citations are made of, so that random text often looks almost like one. */
const citationish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '§',
        '§§',
        ' ',
        '\u00a0',
        '\u202f',
        '\u00ad',
        '\n',
        '\r\n',
        '-',
        '–',
        ',',
        '.',
        'stk.',
        'nr.',
        'pkt.',
        'litra',
        'og',
        'i',
        'a',
        'offentligheds',
        'lovens',
        'offl.',
        'forvaltningsloven',
        'retsplejelovens',
        'artikel',
        'lov om',
        '99999999999999999999',
      ),
      fc.integer({ min: 0, max: 10000 }).map(String),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function expectWellFormed(text: string): void {
  const found = parseCitations(text, { expandRange: (_s, from, to) => (from === to ? [from] : undefined) });
  let previous = -1;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThanOrEqual(previous);
    previous = c.start;
    for (const n of [c.ref.subsection, c.ref.item, c.ref.sentence]) {
      if (n !== undefined) expect(Number.isInteger(n) && n >= 1 && n <= 9999).toBe(true);
    }
    expect(c.ref.section).toMatch(/^\d{1,4}( [a-z])?$/);
  }
}

describe('parseCitations properties', () => {
  it('reads back every canonical reference exactly', () => {
    fc.assert(
      fc.property(legalRef, (ref) => {
        expect(parseCitations(formatRef(ref))).toStrictEqual([
          expect.objectContaining({ ref, statuteAssumed: false, start: 0 }),
        ]);
        expect(parseCitations(formatRef(ref)).map((c) => c.ref)).toStrictEqual([ref]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and keeps spans inside random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), expectWellFormed), {
      numRuns: 500,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectWellFormed), { numRuns: 500 });
    fc.assert(fc.property(citationish, expectWellFormed), { numRuns: 3000 });
  });

  it('compareSectionIds is a consistent order', () => {
    fc.assert(
      fc.property(section, section, section, (a, b, c) => {
        expect(Math.sign(compareSectionIds(a, b)) + Math.sign(compareSectionIds(b, a))).toBe(0);
        if (compareSectionIds(a, b) <= 0 && compareSectionIds(b, c) <= 0) {
          expect(compareSectionIds(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
