/**
 * The grounds catalogue as data: ids, references against the law data, labels, templates and fields, and
 * the legal rules for bases, groups, kinds and required companions. Failures name the ground.
 */
import { describe, expect, it } from 'vitest';
import { GROUNDS } from '../../src/grounds/catalogue';
import type { Companion, Ground, GroundGroup, RequestBasis } from '../../src/grounds/types';
import { compareSectionIds, formatRef, parseCitations } from '../../src/law/citations';
import { resolve } from '../../src/law/resolve';
import { splitSentences } from '../../src/law/sentences';
import type { LegalRef } from '../../src/law/types';

const table = GROUNDS.map((g) => [g.id, g] as const);
const byId = (id: string): Ground | undefined => GROUNDS.find((g) => g.id === id);
const own = (g: Ground): LegalRef => g.refs[0] as LegalRef;
const sectionNumber = (g: Ground): number => Number.parseInt(own(g).section, 10);
const key = (r: LegalRef): string => JSON.stringify([r.statute, r.section, r.subsection, r.item, r.sentence]);
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The id scheme: statute, section with its letter glued on, then stk., nr. and pkt. where named. */
function idFromRef(ref: LegalRef): string {
  return [ref.statute, ref.section.replace(/\s+/g, ''), ref.subsection, ref.item, ref.sentence]
    .filter((part) => part !== undefined)
    .join('-');
}

const COVERAGE = [
  'offl-8-2',
  'offl-9-1',
  'offl-9-2-1',
  'offl-9-2-2',
  'offl-10',
  'offl-11-1',
  'offl-11-2',
  'offl-19',
  'offl-20',
  'offl-21-1',
  'offl-21-2',
  'offl-22',
  'offl-23-1-1',
  'offl-23-1-2',
  'offl-23-1-3',
  'offl-24-1-1',
  'offl-24-1-2',
  'offl-25',
  'offl-27-1',
  'offl-27-2',
  'offl-27-3',
  'offl-27-4',
  'offl-27-5',
  'offl-30-1',
  'offl-30-2',
  'offl-31',
  'offl-32-1',
  'offl-32-2',
  'offl-33-1',
  'offl-33-2',
  'offl-33-3',
  'offl-33-4',
  'offl-33-5',
  'offl-35',
  'fvl-9a-2',
  'fvl-11-1',
  'fvl-11-2',
  'fvl-12',
  'fvl-14-1',
  'fvl-14-2',
  'fvl-14-3',
  'fvl-15',
  'fvl-15a-1',
  'fvl-15a-2',
  'fvl-15b-1',
  'fvl-15b-2',
  'fvl-15b-3',
  'fvl-15b-4',
  'fvl-15b-5',
];

describe('ids and coverage', () => {
  it('ids are unique', () => {
    const ids = GROUNDS.map((g) => g.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(table)('%s: the id is derived from refs[0]', (id, g) => {
    expect(g.refs.length).toBeGreaterThan(0);
    expect(idFromRef(own(g))).toBe(id);
  });

  it.each(COVERAGE)('%s is in the catalogue', (id) => {
    expect(byId(id)).toBeDefined();
  });

  it('is in the law order: offentlighedsloven, then forvaltningsloven, each by its own provision', () => {
    const statuteOrder = { offl: 0, fvl: 1, dbl: 2, mol: 3, offl1985: 4 };
    const compare = (a: LegalRef, b: LegalRef): number =>
      statuteOrder[a.statute] - statuteOrder[b.statute] ||
      compareSectionIds(a.section, b.section) ||
      (a.subsection ?? 0) - (b.subsection ?? 0) ||
      (a.item ?? 0) - (b.item ?? 0) ||
      (a.sentence ?? 0) - (b.sentence ?? 0);
    const refs = GROUNDS.map(own);
    expect(refs.map(idFromRef)).toEqual([...refs].sort(compare).map(idFromRef));
  });

  it('§ 26, § 34 and forvaltningslovens § 13 are not grounds', () => {
    const excluded = [
      { statute: 'offl', section: '26' },
      { statute: 'offl', section: '34' },
      { statute: 'fvl', section: '13' },
    ];
    for (const g of GROUNDS) {
      for (const ex of excluded)
        expect(own(g).statute === ex.statute && own(g).section === ex.section, g.id).toBe(false);
    }
  });
});

describe('references', () => {
  const today = new Date().toISOString().slice(0, 10);
  const refTable = GROUNDS.flatMap((g) => g.refs.map((ref) => [g.id, formatRef(ref), ref] as const));

  it.each(refTable)('%s: %s resolves to a text in force today', (_, __, ref) => {
    expect(resolve(ref).kind).toBe('found');
    expect(resolve(ref, today).kind).toBe('found');
  });

  it.each(table)('%s: no reference twice', (_, g) => {
    const keys = g.refs.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // The composer adds these with their companion blocks or as the request's basis.
  const NOT_IN_REFS: [LegalRef['statute'], string][] = [
    ['offl', '7'],
    ['offl', '14'],
    ['offl', '26'],
    ['offl', '28'],
    ['offl', '29'],
    ['offl', '34'],
    ['fvl', '9'],
    ['fvl', '10'],
    ['fvl', '13'],
    ['fvl', '14 a'],
    ['fvl', '14 b'],
    ['fvl', '15 c'],
  ];
  it.each(table)("%s: no companion's or basis' provision among the refs", (id, g) => {
    for (const ref of g.refs) {
      expect(
        NOT_IN_REFS.some(([s, sec]) => ref.statute === s && ref.section === sec),
        formatRef(ref),
      ).toBe(false);
      // § 8 is the basis of own access; only the § 8, 2. pkt. ground cites it, as its own provision.
      if (ref.statute === 'offl' && ref.section === '8') expect(id).toBe('offl-8-2');
    }
  });
});

describe('labels', () => {
  it.each(table)('%s: the label is a short Danish name and the canonical reference', (_, g) => {
    const suffix = ` (${formatRef(own(g))})`;
    expect(g.label.endsWith(suffix)).toBe(true);
    const name = g.label.slice(0, -suffix.length);
    expect(name).toMatch(/^[A-ZÆØÅ]/);
    expect(name).not.toMatch(/[()§]/);
    expect(name.length).toBeLessThanOrEqual(70);
  });

  it('labels are unique', () => {
    const labels = GROUNDS.map((g) => g.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('templates and fields', () => {
  it.each(table)('%s: every placeholder is a field and every field is used', (_, g) => {
    const placeholders = [...g.template.matchAll(PLACEHOLDER)].map((m) => m[1]);
    const names = g.fields.map((f) => f.name);
    expect([...new Set(placeholders)].sort()).toEqual([...names].sort());
  });

  it.each(table)('%s: fields are well formed', (_, g) => {
    const names = g.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of g.fields) {
      expect(f.name, f.name).toMatch(/^[a-zæøå][a-zæøå0-9_]*$/);
      expect(f.label, f.name).toMatch(/^[A-ZÆØÅ]/);
      expect(f.hint, f.name).toMatch(/^Fx: \S/);
      expect(typeof f.required).toBe('boolean');
    }
  });

  it.each(table)('%s: the template cites exactly its refs, in canonical form', (_, g) => {
    const cited = parseCitations(g.template);
    expect(cited.filter((c) => c.statuteAssumed)).toEqual([]);
    expect(cited.map((c) => key(c.ref)).sort()).toEqual(g.refs.map(key).sort());
    expect(g.template).toContain(`jf. ${formatRef(own(g))}`);
  });

  it.each(table)(
    "%s: the template is Danish prose in the authority's voice, ending with a citation",
    (_, g) => {
      expect(g.template).toMatch(/\b[Vv]i\b/);
      expect(g.template).toMatch(/\.$/);
      const sentences = splitSentences(g.template);
      expect(sentences[sentences.length - 1]).toMatch(/, jf\. (offentlighedslovens|forvaltningslovens) § /);
      expect(g.template).not.toMatch(/\b(the|and|of|is|shall)\b/i);
    },
  );
});

describe('groups, kinds and bases', () => {
  const expectedGroup = (g: Ground): GroundGroup => {
    const n = sectionNumber(g);
    if (own(g).statute === 'fvl')
      return own(g).section === '9 a' ? 'Afvisning af anmodningen' : 'Partsaktindsigt';
    if (n >= 9 && n <= 11) return 'Afvisning af anmodningen';
    if (n >= 19 && n <= 22) return 'Undtagne sager';
    if (n >= 23 && n <= 27) return 'Interne dokumenter';
    return 'Undtagne oplysninger';
  };
  it.each(table)('%s: group', (_, g) => {
    expect(g.group).toBe(expectedGroup(g));
  });

  const KINDS: Record<string, Ground['kind']> = {
    'offl-9-1': 'refusal-to-process',
    'offl-9-2-1': 'refusal-to-process',
    'offl-9-2-2': 'refusal-to-process',
    'fvl-9a-2': 'refusal-to-process',
    'offl-19': 'excepted-case',
    'offl-22': 'excepted-case',
    'fvl-11-1': 'excepted-case',
    'offl-23-1-1': 'excepted-document',
    'offl-27-5': 'excepted-document',
    'fvl-12': 'excepted-document',
    'fvl-14-3': 'excepted-document',
    'offl-8-2': 'excepted-information',
    'offl-30-1': 'excepted-information',
    'offl-35': 'excepted-information',
    'fvl-15': 'excepted-information',
    'fvl-15b-5': 'excepted-information',
  };
  it.each(Object.entries(KINDS))('%s: kind %s', (id, kind) => {
    expect(byId(id)?.kind).toBe(kind);
  });

  it.each(table)('%s: kind follows the paragraph', (_, g) => {
    const n = sectionNumber(g);
    if (own(g).statute === 'offl' && n >= 19 && n <= 22) expect(g.kind).toBe('excepted-case');
    if (own(g).statute === 'offl' && n >= 23 && n <= 27) expect(g.kind).toBe('excepted-document');
    if (own(g).statute === 'offl' && n >= 30 && n <= 35) expect(g.kind).toBe('excepted-information');
    if (own(g).statute === 'fvl' && n >= 15) expect(g.kind).toBe('excepted-information');
  });

  /** Offentlighedsloven serves § 7; § 8 only for §§ 19-29, 35, the considerations of §§ 31-33 and § 8, 2. pkt. */
  const expectedBases = (g: Ground): RequestBasis[] => {
    if (own(g).statute === 'fvl') return ['fvl-9'];
    if (g.id === 'offl-8-2') return ['offl-8'];
    // § 9, stk. 2: "efter § 7"; § 21, stk. 2: "bortset fra bestemmelsen i § 8"; § 30: not named in § 8.
    if (g.id.startsWith('offl-9-2-') || g.id === 'offl-21-2' || g.id.startsWith('offl-30-'))
      return ['offl-7'];
    return ['offl-7', 'offl-8'];
  };
  it.each(table)('%s: bases', (_, g) => {
    expect([...g.bases].sort()).toEqual(expectedBases(g).sort());
  });

  it('the explicit rules: § 30 and § 9, stk. 2 never for own access; forvaltningsloven never under § 7', () => {
    for (const g of GROUNDS) {
      if (g.id.startsWith('offl-30-') || g.id.startsWith('offl-9-2-'))
        expect(g.bases, g.id).not.toContain('offl-8');
      if (g.id.startsWith('fvl-')) expect(g.bases, g.id).toEqual(['fvl-9']);
      if (g.id.startsWith('offl-')) expect(g.bases, g.id).not.toContain('fvl-9');
    }
    expect(byId('offl-9-1')?.bases).toEqual(expect.arrayContaining(['offl-7', 'offl-8']));
    expect(byId('offl-11-1')?.bases).toEqual(expect.arrayContaining(['offl-7', 'offl-8']));
  });
});

describe('outcomes', () => {
  it.each(table)('%s: outcomes fit the kind', (_, g) => {
    expect(g.outcomes.length).toBeGreaterThan(0);
    expect(g.outcomes).not.toContain('grant');
    expect(new Set(g.outcomes).size).toBe(g.outcomes.length);
    if (g.kind === 'refusal-to-process')
      expect(g.outcomes.some((o) => o === 'refusal' || o === 'dismissal')).toBe(true);
    else expect([...g.outcomes].sort()).toEqual(['partial', 'refusal']);
  });

  it('§ 9, stk. 1 dismisses; § 9, stk. 2 refuses', () => {
    expect(byId('offl-9-1')?.outcomes).toEqual(['dismissal']);
    expect(byId('offl-9-2-1')?.outcomes).toContain('refusal');
    expect(byId('offl-9-2-2')?.outcomes).toContain('refusal');
  });
});

describe('required companions', () => {
  const inRange = (g: Ground, from: number, to: number) =>
    own(g).statute === 'offl' && sectionNumber(g) >= from && sectionNumber(g) <= to;
  const internal = (g: Ground, lastItemOf27: number): boolean => {
    const r = own(g);
    if (r.statute !== 'offl') return false;
    if (r.section === '23' || r.section === '25') return true;
    if (r.section === '24') return r.subsection === 1;
    return r.section === '27' && (r.item ?? 0) <= lastItemOf27;
  };
  const expected: [Companion, (g: Ground) => boolean, string][] = [
    // § 14, stk. 1 (§§ 23-35) and stk. 2 (§§ 19-21); forvaltningslovens § 10, stk. 1 (§§ 12-15 b) and stk. 2 (§ 11).
    [
      'meroffentlighed',
      (g) => inRange(g, 19, 21) || inRange(g, 23, 35) || (own(g).statute === 'fvl' && sectionNumber(g) >= 11),
      'offentlighedslovens § 14 / forvaltningslovens § 10',
    ],
    // § 28: § 23, § 24, stk. 1, § 25 and § 27, nr. 1-4; forvaltningslovens § 14 a: § 12 and § 14.
    [
      'extraction',
      (g) =>
        internal(g, 4) || (own(g).statute === 'fvl' && (own(g).section === '12' || own(g).section === '14')),
      '§ 28 / forvaltningslovens § 14 a',
    ],
    // § 29, stk. 1: § 23, § 24, stk. 1, § 25 and § 27, nr. 1-3.
    ['extraction-29', (g) => internal(g, 3), '§ 29'],
    ['partial-34', (g) => inRange(g, 30, 33), '§ 34 (§§ 30-33)'],
    ['dialogue', (g) => g.id === 'offl-9-2-1', '§ 9, stk. 2, nr. 1'],
    ['identification', (g) => g.id === 'offl-9-1', '§ 9, stk. 1'],
    ['data-extract', (g) => g.id === 'offl-11-1', '§ 11, stk. 1'],
    ['data-extract-personal', (g) => g.id === 'offl-11-2', '§ 11, stk. 2'],
  ];
  it.each(table)('%s: requires exactly what the law attaches to it', (_, g) => {
    const wanted = expected.filter(([, applies]) => applies(g)).map(([c]) => c);
    expect([...g.requires].sort()).toEqual(wanted.sort());
  });

  it('the explicit cases', () => {
    for (const id of [
      'offl-22',
      'offl-9-1',
      'offl-9-2-1',
      'offl-9-2-2',
      'offl-10',
      'offl-11-1',
      'offl-11-2',
      'fvl-9a-2',
    ]) {
      expect(byId(id)?.requires, id).not.toContain('meroffentlighed');
    }
    for (const g of GROUNDS.filter((g) => inRange(g, 19, 21) || inRange(g, 23, 35))) {
      expect(g.requires, g.id).toContain('meroffentlighed');
    }
    expect(byId('offl-27-4')?.requires).toContain('extraction');
    expect(byId('offl-27-5')?.requires).not.toContain('extraction');
    expect(byId('offl-27-4')?.requires).not.toContain('extraction-29');
    for (const g of GROUNDS.filter((g) => inRange(g, 30, 33)))
      expect(g.requires, g.id).toContain('partial-34');
    expect(byId('offl-35')?.requires).not.toContain('partial-34');
  });
});

describe('guidance', () => {
  it.each(table)('%s: 1-4 Danish sentences with a source', (_, g) => {
    const sentences = splitSentences(g.guidance);
    expect(g.guidance.trim()).not.toBe('');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(4);
    expect(g.guidance).toMatch(/\.$/);
    expect(g.guidance).toMatch(/\b(og|ikke|skal|gælder|kun|efter)\b/);
    expect(g.guidance).not.toMatch(/\b(the|and|of|is|shall|must)\b/i);
    expect(['own', 'handbook']).toContain(g.guidanceSource);
  });

  it.each(table)('%s: hours and working days only where the handbook gives them', (_, g) => {
    if (g.guidanceSource !== 'handbook') expect(g.guidance).not.toMatch(/\d+\s*(timer|arbejdsdage)/);
  });

  it("the handbook's rules of thumb are there", () => {
    expect(byId('offl-9-2-1')?.guidance).toMatch(/25 timer/);
    expect(byId('offl-9-2-1')?.guidance).toMatch(/dialog/);
    expect(byId('offl-9-2-1')?.guidance).toMatch(/§ 8/);
    expect(byId('offl-11-1')?.guidance).toMatch(/få og enkle kommandoer/);
    expect(byId('offl-11-1')?.guidance).toMatch(/anonymisering/);
    expect(byId('offl-11-1')?.guidance).toMatch(/høring/);
    expect(byId('offl-9-1')?.guidance).toMatch(/tema/);
    // The § 23 grounds say that § 26's documents must still be handed out.
    for (const id of ['offl-23-1-1', 'offl-23-1-2', 'offl-23-1-3'])
      expect(byId(id)?.guidance, id).toMatch(/§ 26/);
    expect(byId('fvl-12')?.guidance).toMatch(/§ 13/);
    // § 29 is conditional, and the guidance says so wherever it is required.
    for (const g of GROUNDS.filter((g) => g.requires.includes('extraction-29'))) {
      expect(g.guidance, g.id).toMatch(/§ 29 kun i sager om et fremsat lovforslag/);
    }
  });
});
