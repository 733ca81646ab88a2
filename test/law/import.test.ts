import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTS, type ActMeta } from '../../src/law/acts';
import { findSection, getStatute, STATUTES } from '../../src/law/catalogue';
import {
  actMeta,
  buildAllStatutes,
  buildStatute,
  LawImportError,
  parseAnnotatedAct,
  parseRetsinformationText,
  toAnnotatedMarkdown,
} from '../../src/law/import';
import type { Statute } from '../../src/law/types';
import { EXPECTED_PARAGRAPHS, paragraphMismatch } from './expected-texts';

const rawDir = join(import.meta.dirname, '../../src/law/raw');
const readRaw = (file: string) => readFileSync(join(rawDir, file), 'utf8');

describe('the committed statute data', () => {
  it('is what `npm run law:build` makes of src/law/raw (run it after changing a raw text)', () => {
    const built = buildAllStatutes(readRaw);
    for (const statute of built) {
      expect(JSON.parse(JSON.stringify(statute)), statute.id).toEqual(getStatute(statute.id));
    }
  });

  it('holds every paragraph of offentlighedsloven, §§ 1-44, in order', () => {
    const offl = getStatute('offl');
    expect(offl.sections.map((s) => s.id)).toEqual(offl.sectionIds);
    expect(offl.sectionIds).toHaveLength(44);
    expect(findSection(offl, '44')?.repealed).toBe(true);
  });

  it('records each act with its version', () => {
    expect(getStatute('offl').version).toEqual({
      consolidation: 'lovbekendtgørelse nr. 145 af 24. februar 2020',
      amendments: [{ act: 'lov nr. 655 af 11. juni 2024', inForce: '2024-07-01' }],
    });
    expect(getStatute('fvl').version.consolidation).toBe('lovbekendtgørelse nr. 433 af 22. april 2014');
    expect(getStatute('fvl').version.amendments.map((a) => a.act)).toEqual([
      'lov nr. 503 af 23. maj 2018',
      'lov nr. 655 af 11. juni 2024',
    ]);
  });
});

describe('provenance from the status lines', () => {
  const stk = (statute: Statute, id: string, n: number) => {
    const versions = findSection(statute, id)?.subsections[n - 1]?.versions ?? [];
    return versions[versions.length - 1]?.provenance;
  };
  const offl = getStatute('offl');
  const fvl = getStatute('fvl');

  it.each([
    ['offl § 7 "ordret, 2 kilder"', offl, '7', 1, 'verified', 2],
    ['offl § 8 "1 spejl + 2 håndbøger"', offl, '8', 1, 'verified', 3],
    ['offl § 5 "begyndelsen af stk. 1 ... 2 kilder; resten ... 1 kilde"', offl, '5', 1, 'verified', 1],
    ['offl § 23, stk. 2 "stk. 1-2 ... 1 spejl + 1 håndbog"', offl, '23', 2, 'verified', 2],
    ['offl § 23, stk. 3 "stk. 3 ordret, 1 kilde"', offl, '23', 3, 'verified', 1],
    ['offl § 36, stk. 1', offl, '36', 1, 'verified', 3],
    ['offl § 36, stk. 2 "begyndelsen 2 kilder, resten 1 kilde"', offl, '36', 2, 'verified', 1],
    ['offl § 39, stk. 4', offl, '39', 4, 'verified', 1],
    ['offl § 39, stk. 5 "stk. 1-3 og 5"', offl, '39', 5, 'verified', 2],
    ['offl § 9, stk. 1 (not changed in 2024)', offl, '9', 1, 'verified', 2],
    ['offl § 9, stk. 2 (lov nr. 655/2024)', offl, '9', 2, 'consolidated', 2],
    ['offl § 21, stk. 3 (lov nr. 655/2024)', offl, '21', 3, 'consolidated', 3],
    ['fvl § 9 a, stk. 2 "Status stk. 2: ... konsolideret af os"', fvl, '9 a', 2, 'consolidated', undefined],
    ['fvl § 28, stk. 2 "Status stk. 2: ordret, 3 kilder"', fvl, '28', 2, 'verified', 3],
    ['fvl § 28, stk. 4 "; stk. 3-5: ... 2 kilder"', fvl, '28', 4, 'verified', 2],
    ['dbl § 10 (override: private reproduction only)', getStatute('dbl'), '10', 1, 'secondary', undefined],
  ] as const)('%s', (_, statute, id, n, status, sources) => {
    expect(stk(statute, id, n)?.status).toBe(status);
    expect(stk(statute, id, n)?.sourceCount).toBe(sources);
  });

  it('keeps the earlier wording of an amended stk. as verified', () => {
    const versions = findSection(offl, '9')?.subsections[1]?.versions ?? [];
    expect(versions.map((v) => [v.from, v.until, v.provenance.status])).toEqual([
      [undefined, '2024-07-01', 'verified'],
      ['2024-07-01', undefined, 'consolidated'],
    ]);
  });

  it('counts paragraphs per status (for the closing note)', () => {
    const counts: Record<string, number> = {};
    for (const statute of STATUTES) {
      for (const section of statute.sections) {
        for (const sub of section.subsections) {
          const status = sub.versions[sub.versions.length - 1]?.provenance.status ?? 'missing';
          counts[`${statute.id}:${status}`] = (counts[`${statute.id}:${status}`] ?? 0) + 1;
        }
      }
    }
    expect(counts).toEqual({
      'offl:verified': 102,
      'offl:consolidated': 2,
      'fvl:verified': 64,
      'fvl:consolidated': 1,
      'dbl:secondary': 5,
      'mol:verified': 35,
      // 1985 act: §§ 1, 10, 17 verbatim; §§ 4, 7, 12, 13 (stk. 1) secondary; §§ 12 and 13, stk. 2 known but not held.
      'offl1985:verified': 8,
      'offl1985:secondary': 4,
      'offl1985:missing': 2,
    });
  });
});

describe('mutations of a raw text make a test fail', () => {
  const offlMeta = actMeta('offl');
  const fvlMeta = actMeta('fvl');

  function failures(meta: ActMeta, mutate: (raw: string) => string): string[] {
    const raw = readRaw(meta.rawFile);
    const mutated = mutate(raw);
    expect(mutated, 'the mutation changed the text').not.toBe(raw);
    let statute: Statute;
    try {
      statute = buildStatute(parseAnnotatedAct(mutated), meta);
    } catch (error) {
      return [String(error)];
    }
    return EXPECTED_PARAGRAPHS.filter((e) => e.statute === meta.id)
      .map((e) => paragraphMismatch(statute, e))
      .filter((m): m is string => m !== undefined);
  }

  it.each([
    [
      'one character in § 30, nr. 1',
      (t: string) => t.replace('enkeltpersoners private, herunder', 'enkeltpersoners privat, herunder'),
    ],
    [
      'one character in § 37, stk. 3',
      (t: string) => t.replace('inden 20 arbejdsdage', 'inden 21 arbejdsdage'),
    ],
    ['a comma in § 14', (t: string) => t.replace('aktindsigt overvejes, om', 'aktindsigt overvejes om')],
    [
      'a dropped "Stk. 2." in § 7',
      (t: string) =>
        t.replace(
          'Stk. 2. Retten til aktindsigt omfatter med de i §§ 19-35',
          'Retten til aktindsigt omfatter med de i §§ 19-35',
        ),
    ],
    ['merged items in § 30', (t: string) => t.replace('forhold og\n2) tekniske', 'forhold og 2) tekniske')],
    [
      'merged items in § 28, stk. 2',
      (t: string) => t.replace('ressourceforbrug,\n2) de', 'ressourceforbrug, 2) de'),
    ],
    [
      'the 2024 words removed from § 9, stk. 2, nr. 2',
      (t: string) => t.replace('retsstridigt eller chikanøst formål', 'retsstridigt formål'),
    ],
  ])('offentlighedsloven: %s', (_, mutate) => {
    expect(failures(offlMeta, mutate).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'one character in § 25',
      (t: string) => t.replace('herunder om eventuel tidsfrist', 'herunder om evt. tidsfrist'),
    ],
    [
      'a dropped "Stk. 4." in § 9',
      (t: string) =>
        t.replace(
          'Stk. 4. Retten til aktindsigt efter stk. 2, nr. 1,',
          'Retten til aktindsigt efter stk. 2, nr. 1,',
        ),
    ],
    [
      'merged items in § 14',
      (t: string) => t.replace('sådanne møder.\n2) Dokumenter', 'sådanne møder. 2) Dokumenter'),
    ],
  ])('forvaltningsloven: %s', (_, mutate) => {
    expect(failures(fvlMeta, mutate).length).toBeGreaterThan(0);
  });
});

describe('the importer refuses what it cannot represent', () => {
  const meta: ActMeta = { ...actMeta('offl'), amendments: [], warnings: {} };
  const build = (text: string, m: ActMeta = meta) => buildStatute(parseAnnotatedAct(text), m);

  it.each([
    [
      'an unrecognised status line',
      '## § 2\nLoven gælder.\n\n*Kilde: x. Status: måske.*',
      /unrecognised status/,
    ],
    ['a paragraph without a status line', '## § 2\nLoven gælder.\n', /no status line/],
    [
      'a paragraph twice',
      '## § 2\nA.\n\n*Status: ordret, 1 kilde.*\n\n## § 2\nB.\n\n*Status: ordret, 1 kilde.*',
      /twice/,
    ],
    ['a stk. out of order', '## § 2\nA.\n\nStk. 3. B.\n\n*Status: ordret, 1 kilde.*', /expected "Stk\. 2\."/],
    ['an item out of order', '## § 2\nA\n1) x\n3) y\n\n*Status: ordret, 1 kilde.*', /expected item "2\)"/],
    [
      'a paragraph the act does not have',
      '## § 45\nA.\n\n*Status: ordret, 1 kilde.*',
      /not in the act's list/,
    ],
  ])('%s', (_, text, message) => {
    expect(() => build(text)).toThrow(LawImportError);
    expect(() => build(text)).toThrow(message);
  });

  it('an amendment whose inserted text is not found exactly once', () => {
    const amended: ActMeta = {
      ...meta,
      amendments: [
        {
          act: 'lov nr. 1 af 1. januar 2030',
          inForce: '2030-01-01',
          source: 'test',
          changes: [{ section: '2', subsection: 1, kind: 'inserted-text', inserted: ' ikke' }],
        },
      ],
    };
    expect(() => build('## § 2\nLoven gælder.\n\n*Status: ordret, 1 kilde.*', amended)).toThrow(
      /occurs 0 times/,
    );
  });

  it('the raw files all import without error', () => {
    for (const act of ACTS) expect(() => parseAnnotatedAct(readRaw(act.rawFile))).not.toThrow();
  });
});

describe('Retsinformation plain text', () => {
  const text = [
    'Kapitel 1',
    'Lovens formål',
    '',
    '§ 1. Loven har til formål at sikre åbenhed hos myndigheder m.v. med henblik på navnlig at understøtte',
    '1) informations- og ytringsfriheden,',
    '2) borgernes deltagelse i demokratiet,',
    'Stk. 2. Myndigheder m.v., der er omfattet af loven, skal sørge for åbenhed.',
    '',
    'Aktindsigt i egne oplysninger',
    '',
    '§ 9 a. En anmodning om aktindsigt skal angive den sag, hvis dokumenter den pågældende part ønsker at blive gjort bekendt med.',
    'Stk.\u00a02. Behandlingen kan afslås.',
    '§ 44. (Ophævet)',
  ].join('\r\n');

  it('splits paragraphs, stk. and items and drops chapter headings and mellemrubrikker', () => {
    const raw = parseRetsinformationText(text, 'ordret, 1 kilde (retsinformation.dk)');
    expect(raw.sections.map((s) => s.id)).toEqual(['1', '9 a', '44']);
    expect(raw.sections[0]?.subsections).toEqual([
      {
        number: 1,
        intro:
          'Loven har til formål at sikre åbenhed hos myndigheder m.v. med henblik på navnlig at understøtte',
        items: [
          { number: 1, text: 'informations- og ytringsfriheden,' },
          { number: 2, text: 'borgernes deltagelse i demokratiet,' },
        ],
      },
      { number: 2, intro: 'Myndigheder m.v., der er omfattet af loven, skal sørge for åbenhed.', items: [] },
    ]);
    expect(raw.sections[1]?.subsections.map((s) => s.intro)).toEqual([
      'En anmodning om aktindsigt skal angive den sag, hvis dokumenter den pågældende part ønsker at blive gjort bekendt med.',
      'Behandlingen kan afslås.',
    ]);
    expect(raw.sections[2]?.repealed).toBe(true);
  });

  it('round-trips through the annotated form kept in src/law/raw', () => {
    const raw = parseRetsinformationText(text, 'ordret, 1 kilde (retsinformation.dk)');
    const again = parseAnnotatedAct(toAnnotatedMarkdown('Test', raw));
    expect(again.sections.map(({ id, subsections, repealed }) => ({ id, subsections, repealed }))).toEqual(
      raw.sections.map(({ id, subsections, repealed }) => ({ id, subsections, repealed })),
    );
    expect(again.sections[0]?.statuses).toEqual([{ text: 'ordret, 1 kilde (retsinformation.dk)' }]);
  });

  it('refuses a text with no paragraph', () => {
    expect(() => parseRetsinformationText('Kapitel 1\nIndledning', 'x')).toThrow(/No paragraph/);
  });
});
