import { describe, expect, it } from 'vitest';
import {
  compareSectionIds,
  formatRef,
  formatSectionOnly,
  parseCitations,
  type ParseOptions,
} from '../../src/law/citations';
import type { LegalRef, StatuteId } from '../../src/law/types';

type Parts = Omit<LegalRef, 'statute' | 'section'>;
const ref =
  (statute: StatuteId) =>
  (section: string, parts: Parts = {}): LegalRef => ({ statute, section, ...parts });
const offl = ref('offl');
const fvl = ref('fvl');
const dbl = ref('dbl');
const sections = (make: typeof offl, ...ids: string[]): LegalRef[] => ids.map((id) => make(id));

interface Case {
  text: string;
  refs: LegalRef[];
  /** When given, every reference's `statuteAssumed` must equal it. */
  assumed?: boolean;
  /** When given, the span texts in order. */
  texts?: string[];
  options?: ParseOptions;
}

const CASES: Case[] = [
  // The act before the section, in its usual spellings.
  { text: 'offentlighedslovens § 30, nr. 1', refs: [offl('30', { item: 1 })], assumed: false },
  { text: 'offl. § 30 nr. 1', refs: [offl('30', { item: 1 })], assumed: false, texts: ['offl. § 30 nr. 1'] },
  { text: 'OFL § 30, nr. 1', refs: [offl('30', { item: 1 })], assumed: false },
  { text: 'Offentlighedslovens § 24, stk. 1', refs: [offl('24', { subsection: 1 })], assumed: false },
  { text: 'forvaltningslovens § 15 b', refs: [fvl('15 b')], assumed: false },
  { text: 'fvl. § 14 a', refs: [fvl('14 a')], assumed: false },
  { text: 'FVL § 9', refs: [fvl('9')], assumed: false },
  { text: 'databeskyttelseslovens § 10', refs: [dbl('10')], assumed: false },
  { text: 'forvaltningslovens § 25', refs: [fvl('25')], assumed: false },

  // Sections, subsections, items, sentences.
  { text: '§ 30, stk. 1, nr. 1', refs: [offl('30', { subsection: 1, item: 1 })], assumed: true },
  { text: '§ 9, stk. 2, nr. 1', refs: [offl('9', { subsection: 2, item: 1 })] },
  { text: '§ 9 a, stk. 2', refs: [offl('9 a', { subsection: 2 })], texts: ['§ 9 a, stk. 2'] },
  { text: '§ 24, stk. 1', refs: [offl('24', { subsection: 1 })] },
  { text: '§ 30', refs: [offl('30')], assumed: true, texts: ['§ 30'] },
  { text: '§ 44', refs: [offl('44')], assumed: true },
  {
    text: '§ 21, stk. 3, 2. pkt.',
    refs: [offl('21', { subsection: 3, sentence: 2 })],
    texts: ['§ 21, stk. 3, 2. pkt.'],
  },
  { text: '§ 28, stk. 1, 1. pkt.', refs: [offl('28', { subsection: 1, sentence: 1 })] },
  {
    text: '§ 28, stk. 1, 1. og 2. pkt.',
    refs: [offl('28', { subsection: 1, sentence: 1 }), offl('28', { subsection: 1, sentence: 2 })],
    texts: ['§ 28, stk. 1, 1. og 2. pkt.', '2. pkt.'],
  },
  { text: '§ 5, stk. 1, nr. 2, litra a', refs: [offl('5', { subsection: 1, item: 2, litra: 'a' })] },
  { text: '§ 14a og § 9A', refs: [offl('14 a'), offl('9 a')], texts: ['§ 14a', '§ 9A'] },

  // Lists and ranges.
  { text: 'jf. §§ 23-27', refs: sections(offl, '23', '24', '25', '26', '27'), assumed: true },
  { text: 'jf. §§ 23–27', refs: sections(offl, '23', '24', '25', '26', '27') },
  { text: '§§ 28 og 29', refs: sections(offl, '28', '29'), texts: ['§§ 28', '29'] },
  { text: '§§ 7, 8 og 11', refs: sections(offl, '7', '8', '11'), texts: ['§§ 7', '8', '11'] },
  { text: '§§ 31-33', refs: sections(offl, '31', '32', '33'), texts: ['§§ 31-33', '§§ 31-33', '§§ 31-33'] },
  {
    text: '§ 30, nr. 1 og 2',
    refs: [offl('30', { item: 1 }), offl('30', { item: 2 })],
    texts: ['§ 30, nr. 1', '2'],
  },
  { text: '§ 30, nr. 1-3', refs: [1, 2, 3].map((item) => offl('30', { item })) },
  { text: '§ 27, nr. 1-4', refs: [1, 2, 3, 4].map((item) => offl('27', { item })) },
  { text: '§ 33, nr. 1, 2 og 5', refs: [1, 2, 5].map((item) => offl('33', { item })) },
  { text: '§ 9, stk. 1 og 2', refs: [offl('9', { subsection: 1 }), offl('9', { subsection: 2 })] },
  {
    text: 'offentlighedslovens §§ 23, stk. 1, nr. 1, og 24, stk. 1, nr. 2',
    refs: [offl('23', { subsection: 1, item: 1 }), offl('24', { subsection: 1, item: 2 })],
    texts: ['offentlighedslovens §§ 23, stk. 1, nr. 1', '24, stk. 1, nr. 2'],
  },
  {
    text: '§§ 7 og 8, stk. 1 og 2',
    refs: [offl('7'), offl('8', { subsection: 1 }), offl('8', { subsection: 2 })],
  },
  {
    text: 'offentlighedslovens §§ 19-21 og 23-35',
    refs: sections(offl, '19', '20', '21', ...Array.from({ length: 13 }, (_, k) => String(23 + k))),
    assumed: false,
  },
  {
    text: 'offentlighedslovens § 7, stk. 2, nr. 1, og § 8',
    refs: [offl('7', { subsection: 2, item: 1 }), offl('8')],
    assumed: false,
    texts: ['offentlighedslovens § 7, stk. 2, nr. 1', '§ 8'],
  },
  {
    text: 'Sagen behandles efter forvaltningsloven. Det følger af §§ 14 a og 14 b, at ...',
    refs: [fvl('14 a'), fvl('14 b')],
    assumed: false,
  },
  { text: '§§ 15-15 b', refs: sections(offl, '15', '15 b') },
  {
    text: 'forvaltningslovens §§ 15-15 b',
    refs: sections(fvl, '15', '15 a', '15 b'),
    options: {
      expandRange: (s, from, to) =>
        s === 'fvl' && from === '15' && to === '15 b' ? ['15', '15 a', '15 b'] : undefined,
    },
  },
  { text: '§§ 14 a-16', refs: sections(offl, '14 a', '15', '16') },
  { text: '§§ 23 til 25', refs: sections(offl, '23', '24', '25') },

  // The act after the section.
  {
    text: '§ 10, stk. 1-4, i databeskyttelsesloven',
    refs: [1, 2, 3, 4].map((subsection) => dbl('10', { subsection })),
    assumed: false,
  },
  {
    text: '§ 7 i offentlighedsloven',
    refs: [offl('7')],
    assumed: false,
    texts: ['§ 7 i offentlighedsloven'],
  },
  { text: 'Forvaltningsloven gælder. § 7 i offentlighedsloven', refs: [offl('7')], assumed: false },
  { text: '§ 16, stk. 4, i forvaltningsloven', refs: [fvl('16', { subsection: 4 })], assumed: false },
  { text: 'jf. § 7 i lov om offentlighed i forvaltningen', refs: [offl('7')], assumed: false },
  { text: '§ 7 og § 8 i forvaltningsloven', refs: [fvl('7'), fvl('8')], assumed: false },
  { text: 'jf. § 7 i sagen', refs: [offl('7')], assumed: true, texts: ['§ 7'] },

  // The act from context, across sentences and paragraphs.
  {
    text: 'Efter forvaltningsloven har du ret til aktindsigt. Lovens § 14',
    refs: [fvl('14')],
    assumed: false,
  },
  {
    text: 'Vi har behandlet sagen efter forvaltningsloven.\n\nDet følger af § 30',
    refs: [fvl('30')],
    assumed: false,
  },
  { text: 'offentlighedslovens § 7. Samme lovs § 30', refs: [offl('7'), offl('30')], assumed: false },
  {
    text: 'Sagen er omfattet af forvaltningsloven. Efter offentlighedslovens § 7 ... Efter § 8 ...',
    refs: [offl('7'), offl('8')],
    assumed: false,
  },
  { text: 'lovens § 14', refs: [offl('14')], assumed: true },
  { text: 'forvaltningslovens § 9 og offentlighedslovens § 7', refs: [fvl('9'), offl('7')], assumed: false },
  {
    text: '§ 30, stk. 1. Stk. 3 finder også anvendelse.',
    refs: [offl('30', { subsection: 1 }), offl('30', { subsection: 3 })],
    texts: ['§ 30, stk. 1', 'Stk. 3'],
  },
  {
    text: 'forvaltningslovens § 9. Se også stk. 2, nr. 1.',
    refs: [fvl('9'), fvl('9', { subsection: 2, item: 1 })],
    assumed: false,
  },
  { text: 'Ifølge stk. 3 kan ...', refs: [] },
  {
    text: 'Vi har afgjort sagen efter § 30 og henviser i øvrigt til stk. 3',
    refs: [offl('30'), offl('30', { subsection: 3 })],
  },

  // Acts we do not know never become ours.
  { text: 'retsplejelovens § 41', refs: [] },
  { text: 'straffelovens § 152, stk. 1', refs: [] },
  { text: '§ 5 i lov om behandling af personoplysninger', refs: [] },
  { text: 'persondatalovens § 5', refs: [] },
  { text: 'artikel 9 i databeskyttelsesforordningen', refs: [] },
  { text: 'artikel 6, stk. 1, litra e, i databeskyttelsesforordningen', refs: [] },
  { text: 'RPL § 41', refs: [] },
  { text: 'straffelovens § 152. Efter § 8 ...', refs: [] },
  { text: 'retsplejelovens § 41, stk. 1. Stk. 2 ...', refs: [] },
  { text: 'artikel 9 i databeskyttelsesforordningen. Efter § 8 ...', refs: [] },
  { text: 'offentlighedslovens § 7 og retsplejelovens § 41', refs: [offl('7')] },
  { text: 'retsplejelovens § 41 og offentlighedslovens § 30, nr. 1', refs: [offl('30', { item: 1 })] },
  { text: 'Under forældreorloven. Efter § 30', refs: [offl('30')], assumed: true },

  // Typography: spaces, soft hyphens, line breaks, PDF hyphenation.
  { text: '§ 9, stk. 2,  nr. 2', refs: [offl('9', { subsection: 2, item: 2 })] },
  {
    text: '§\u00a030,\u00a0nr.\u00a01',
    refs: [offl('30', { item: 1 })],
    texts: ['§\u00a030,\u00a0nr.\u00a01'],
  },
  { text: 'offl.\u202f§\u202f30,\u202fnr.\u202f1', refs: [offl('30', { item: 1 })], assumed: false },
  { text: 'offentligheds\u00adlovens § 7', refs: [offl('7')], assumed: false },
  { text: 'forvalt\u00adnings\u00adlovens §\u00a015\u00a0b', refs: [fvl('15 b')] },
  { text: '§ 30,\nnr. 1', refs: [offl('30', { item: 1 })], texts: ['§ 30,\nnr. 1'] },
  {
    text: 'offentligheds-\nlovens § 7',
    refs: [offl('7')],
    assumed: false,
    texts: ['offentligheds-\nlovens § 7'],
  },
  { text: 'offentligheds-\r\nlovens § 7', refs: [offl('7')], assumed: false },
  { text: 'offentligheds-   \r\n  lovens § 7', refs: [offl('7')], assumed: false },
  { text: 'efter forvaltnings-\nloven. § 12', refs: [fvl('12')], assumed: false },
  { text: 'jf. §§ 23-\n27', refs: sections(offl, '23', '24', '25', '26', '27') },

  // Absurd input.
  { text: 'Der er ingen henvisninger i denne tekst.', refs: [] },
  { text: '', refs: [] },
  { text: '§ 99999999999999999999', refs: [] },
  { text: '§ 0', refs: [] },
  { text: '§§ 1-9999', refs: sections(offl, '1', '9999') },
  { text: '§§ 27-23', refs: sections(offl, '23', '27') },
  { text: '§ 30, nr. 1-99999', refs: [offl('30', { item: 1 })] },
  // "og 2" counts documents here: a list of sections needs "§§".
  { text: 'Vi har undtaget 5 dokumenter efter § 30 og 2 efter § 33.', refs: [offl('30'), offl('33')] },
  { text: 'paragraf 30', refs: [offl('30')] },
];

describe('parseCitations', () => {
  it('has a large table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CASES)('$text', ({ text, refs, assumed, texts, options }) => {
    const found = parseCitations(text, options);
    expect(found.map((c) => c.ref)).toStrictEqual(refs);
    if (assumed !== undefined)
      expect(found.map((c) => c.statuteAssumed)).toStrictEqual(refs.map(() => assumed));
    if (texts !== undefined) expect(found.map((c) => c.text)).toStrictEqual(texts);
    for (const c of found) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.start).toBeLessThan(c.end);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('gives the spans of references in a sentence, in order', () => {
    const text = 'Vi har undtaget oplysningerne efter offentlighedslovens § 30, nr. 1, jf. § 33, nr. 5.';
    expect(parseCitations(text).map(({ start, end, text: t }) => ({ start, end, text: t }))).toStrictEqual([
      { start: 36, end: 67, text: 'offentlighedslovens § 30, nr. 1' },
      { start: 73, end: 84, text: '§ 33, nr. 5' },
    ]);
  });

  it('reads long runs of almost-citations within the test timeout (no backtracking)', () => {
    const text = ['§ 1, 1. og ', 'offentligheds-\n', '§§ 1-9999 og ', 'stk. 1, ', 'a\u00ad', '§'].map((p) =>
      p.repeat(20_000),
    );
    for (const t of text) expect(() => parseCitations(t)).not.toThrow();
  });

  it('uses the default statute for a bare section, and marks it assumed', () => {
    expect(parseCitations('§ 12', { defaultStatute: 'fvl' })).toMatchObject([
      { ref: fvl('12'), statuteAssumed: true },
    ]);
  });

  it('falls back to whole numbers when expandRange has no answer', () => {
    const expandRange = (): undefined => undefined;
    expect(parseCitations('§§ 15-15 b', { expandRange }).map((c) => c.ref)).toStrictEqual(
      sections(offl, '15', '15 b'),
    );
  });

  it('yields the endpoints when expandRange returns more than 200 members', () => {
    const expandRange = (): string[] => Array.from({ length: 201 }, (_, k) => String(k + 1));
    expect(parseCitations('§§ 1-201', { expandRange }).map((c) => c.ref)).toStrictEqual(
      sections(offl, '1', '201'),
    );
  });

  it('expands a range of exactly 200 members', () => {
    expect(parseCitations('§§ 1-200')).toHaveLength(200);
  });

  it('asks expandRange with the resolved act', () => {
    const calls: string[] = [];
    parseCitations('forvaltningsloven ... §§ 14 a-14 b', {
      expandRange: (s, from, to) => {
        calls.push(`${s} ${from}-${to}`);
        return undefined;
      },
    });
    expect(calls).toStrictEqual(['fvl 14 a-14 b']);
  });

  it('sorts references that share a start in law order', () => {
    const found = parseCitations('§§ 14-15 b', { expandRange: () => ['15 b', '14', '15', '14 a', '15 a'] });
    expect(found.map((c) => c.ref.section)).toStrictEqual(['14', '14 a', '15', '15 a', '15 b']);
  });
});

describe('formatRef and formatSectionOnly', () => {
  it.each<[LegalRef, string]>([
    [offl('30', { item: 1 }), 'offentlighedslovens § 30, nr. 1'],
    [fvl('15 b', { subsection: 1 }), 'forvaltningslovens § 15 b, stk. 1'],
    [offl('9', { subsection: 2, item: 1 }), 'offentlighedslovens § 9, stk. 2, nr. 1'],
    [offl('21', { subsection: 3, sentence: 2 }), 'offentlighedslovens § 21, stk. 3, 2. pkt.'],
    [
      dbl('10', { subsection: 1, item: 2, litra: 'a' }),
      'databeskyttelseslovens § 10, stk. 1, nr. 2, litra a',
    ],
    [offl('9 a'), 'offentlighedslovens § 9 a'],
  ])('%o -> %s', (r, expected) => {
    expect(formatRef(r)).toBe(expected);
    expect(parseCitations(expected).map((c) => c.ref)).toStrictEqual([r]);
  });

  it('formats without the act', () => {
    expect(formatSectionOnly(offl('30', { item: 1 }))).toBe('§ 30, nr. 1');
  });
});

describe('compareSectionIds', () => {
  it('sorts in law order', () => {
    expect(['10', '9 b', '9', '100', '9 a', '15 b', '15'].sort(compareSectionIds)).toStrictEqual([
      '9',
      '9 a',
      '9 b',
      '10',
      '15',
      '15 b',
      '100',
    ]);
  });

  it('is zero only for the same id', () => {
    expect(compareSectionIds('9 a', '9 a')).toBe(0);
    expect(compareSectionIds('09', '9')).toBe(0);
    expect(compareSectionIds('99999999999999999999', '99999999999999999998')).toBeGreaterThan(0);
  });

  it('puts ids that are not section numbers last', () => {
    expect(['x', '9', 'a'].sort(compareSectionIds)).toStrictEqual(['9', 'a', 'x']);
  });
});

describe('ranges follow the law data by default', () => {
  it('forvaltningslovens §§ 14-15 b includes the lettered paragraphs', () => {
    expect(parseCitations('forvaltningslovens §§ 14-15 b').map((c) => c.ref.section)).toEqual([
      '14',
      '14 a',
      '14 b',
      '15',
      '15 a',
      '15 b',
    ]);
  });
});
