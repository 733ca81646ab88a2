import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAktliste, readPastedAktliste, type ReadList } from '../../src/aktliste/read';
import { toCaseDocuments, unionOfGrounds } from '../../src/aktliste/rows';
import { ListReadError } from '../../src/aktliste/errors';
import { aktbob, ministry, PASTE } from './make-fixtures';
import { letterWithTable } from './hostile-lists';
import { writeXlsx } from './xlsx-writer';

const FIXTURES = join(__dirname, '..', 'fixtures', 'aktliste');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const byRow = (list: ReadList, row: number) => [...list.rows, ...list.outside].find((r) => r.row === row);
const groundIds = (list: ReadList, row: number) => byRow(list, row)?.grounds.map((g) => g.id ?? null);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ListReadError) return error.code;
    throw error;
  }
  return 'read';
}

describe('AktBOB list (sheet "Sagsoversigt", its exact columns)', async () => {
  const list = await readAktliste(fixture('aktbob-sagsoversigt.xlsx'), {
    fileName: 'aktbob-sagsoversigt.xlsx',
  });

  it('the committed fixture is what the generator writes', () => {
    expect(fixture('aktbob-sagsoversigt.xlsx')).toEqual(aktbob());
    expect(fixture('ministerium-hjemmel.xlsx')).toEqual(ministry());
  });

  it('picks the sheet with the header, not the hidden options sheet, and says which', () => {
    expect(list.format).toBe('xlsx');
    expect(list.sheet).toBe('Sagsoversigt');
    expect(list.sheets).toEqual(['Sagsoversigt', 'VeryHidden']);
    expect(list.headerRow).toBe(1);
    expect(list.columns).toEqual({
      aktId: 'Akt ID',
      docId: 'Dok ID',
      title: 'Dokumenttitel',
      date: 'Dokumentdato',
      inRequest: 'Omfattet af ansøgningen? (Ja/Nej)',
      decision: 'Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)',
      reason: 'Begrundelse hvis nej eller delvis',
    });
  });

  it('reads each row: numbers, title, text dates, decision, grounds from AktBOB phrases', () => {
    expect(byRow(list, 2)).toMatchObject({
      aktId: '1',
      docId: 'D-101',
      title: 'Ansøgning om byggetilladelse',
      date: '2025-02-03',
      dateText: '03-02-2025',
      decision: 'granted',
      grounds: [],
    });
    expect(groundIds(list, 4)).toEqual(['offl-23-1-1']);
    expect(groundIds(list, 5)).toEqual(['offl-30-1']);
    expect(groundIds(list, 6)).toEqual(['offl-30-2']);
    expect(groundIds(list, 8)).toEqual(['offl-27-4']);
  });

  it('lists a row outside the request apart and never counts it as withheld', () => {
    expect(list.outside.map((r) => [r.row, r.outside, r.decision])).toEqual([[7, 'column', 'withheld']]);
    expect(list.rows.some((r) => r.row === 7)).toBe(false);
    expect(toCaseDocuments(list.rows).map((d) => d.number)).not.toContain('6');
  });

  it('never guesses the catch-all, and proposes the outcome and the union of grounds', () => {
    expect(byRow(list, 9)?.problems.map((p) => p.code)).toEqual(['catchAll']);
    expect(list.unmapped).toEqual(['Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)']);
    expect(list.outcome).toBe('partial');
    expect(unionOfGrounds(list.rows).groundIds).toEqual([
      'offl-23-1-1',
      'offl-30-1',
      'offl-30-2',
      'offl-27-4',
    ]);
  });
});

describe('a ministry list: title rows, "Hjemmel", Excel dates, merged and hidden cells, rich text, a formula', async () => {
  const list = await readAktliste(fixture('ministerium-hjemmel.xlsx'), {
    fileName: 'ministerium-hjemmel.xlsx',
  });

  it('finds the header under the title rows on the second sheet', () => {
    expect(list.sheet).toBe('Aktliste');
    expect(list.headerRow).toBe(3);
    expect(list.columns).toMatchObject({
      aktId: 'Løbenr.',
      date: 'Dato',
      title: 'Dokument',
      decision: 'Udleveres',
      reason: 'Hjemmel',
    });
  });

  it('reads Excel dates, rich text, the cached value of a formula, and fills a merged reason down', () => {
    expect(byRow(list, 4)?.date).toBe('2025-01-06');
    expect(byRow(list, 5)?.title).toBe('Notat til ministeren om lovforslaget');
    expect(groundIds(list, 5)).toEqual(['offl-24-1-1']);
    expect(byRow(list, 6)?.decision).toBe('partial');
    expect(groundIds(list, 7)).toEqual(['offl-30-1']);
    expect(byRow(list, 9)?.date).toBe('2025-01-16');
  });

  it('flags what it does not know on the row, and drops the trailing empty rows', () => {
    expect(byRow(list, 8)?.problems.map((p) => p.code)).toEqual(['decisionUnknown']);
    expect(byRow(list, 8)?.decision).toBeUndefined();
    expect(byRow(list, 10)?.problems.map((p) => p.code)).toEqual(['nonexistentReference']);
    expect(list.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('CSV and pasted tables', () => {
  it('reads a semicolon CSV in Windows-1252', async () => {
    const bytes = fixture('semikolon-windows-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const list = await readAktliste(bytes, { fileName: 'semikolon-windows-1252.csv' });
    expect(list.format).toBe('csv');
    expect(list.rows.map((r) => r.title)).toEqual([
      'Ansøgning om tilskud',
      'Økonomiske nøgletal for foreningen',
      'Sagsbehandlers notat; udkast',
      'Oplysninger om bestyrelsesmedlemmer',
    ]);
    expect(list.rows.map((r) => r.sender)).toContain('Foreningen Åbent Hus');
    expect(list.rows.map((r) => r.grounds.map((g) => g.id))).toEqual([
      [],
      ['offl-30-2'],
      ['offl-23-1-1'],
      ['offl-30-1'],
    ]);
    expect(list.outside.map((r) => [r.title, r.outside])).toEqual([['Mail om mødelokale', 'reason']]);
  });

  it('reads UTF-8 with and without a byte-order mark, and commas', async () => {
    const text =
      'Akt,Titel,Dato,Aktindsigt,Begrundelse\n1,Ansøgning,01.03.2025,Ja,\n2,"Notat, internt",02.03.2025,Nej,Internt dokument\n';
    for (const bytes of [
      new TextEncoder().encode(text),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    ]) {
      const list = await readAktliste(bytes, { fileName: 'liste.csv' });
      expect(list.rows.map((r) => [r.title, r.decision])).toEqual([
        ['Ansøgning', 'granted'],
        ['Notat, internt', 'withheld'],
      ]);
    }
  });

  it('reads a table pasted from Excel (tabs) and the committed paste', async () => {
    const list = await readPastedAktliste(PASTE);
    expect(list.format).toBe('paste');
    expect(
      list.rows.map((r) => [r.aktId, r.decision, r.grounds.map((g) => g.id ?? `§ ${g.ref.section}`)]),
    ).toEqual([
      ['1', 'granted', []],
      ['2', 'withheld', ['offl-23-1-1']],
      ['3', 'withheld', ['offl-19']],
      ['4', 'withheld', ['§ 24']],
    ]);
    expect(unionOfGrounds(list.rows).unresolved).toEqual(['offentlighedslovens § 24, stk. 1']);
    expect(new TextDecoder().decode(fixture('indsat-fra-excel.tsv'))).toBe(PASTE);
  });

  it('infers forvaltningsloven from reasons that cite only it', async () => {
    const list = await readPastedAktliste(
      'Akt\tTitel\tAktindsigt\tHjemmel\n1\tNotat\tNej\tfvl § 12\n2\tMail\tDelvis\tPrivate forhold',
    );
    expect(list.regime).toBe('fvl');
    expect(list.rows.map((r) => r.grounds.map((g) => g.id))).toEqual([['fvl-12'], ['fvl-15b-5']]);
  });
});

describe('a letter as the list, and what is refused', () => {
  it('reads the aktliste table of a .docx letter, also when renamed .xlsx', async () => {
    for (const fileName of ['afgoerelse.docx', 'afgoerelse.xlsx']) {
      const list = await readAktliste(letterWithTable(), { fileName });
      expect(list.format).toBe('docx');
      expect(list.sheet).toBe('Tabel 1');
      expect(
        list.rows.map((r) => [r.aktId, r.title, r.date, r.decision, r.grounds.map((g) => g.id)]),
      ).toEqual([
        ['1', 'Ansøgning', '2025-03-01', 'granted', []],
        ['2', 'Notat', '2025-03-02', 'withheld', ['offl-23-1-1']],
      ]);
    }
  });

  it('several sheets: the one with a recognisable header wins even when it is not first', async () => {
    const bytes = writeXlsx([
      { name: 'Forside', rows: [['Sag 12'], ['Titel', 'Sagsbehandler']] },
      {
        name: 'Dokumenter',
        rows: [
          ['Akt', 'Titel', 'Aktindsigt'],
          [1, 'A', 'Ja'],
        ],
      },
    ]);
    expect((await readAktliste(bytes, { fileName: 'x.xlsx' })).sheet).toBe('Dokumenter');
  });

  it.each([
    ['no header', 'Navn;Adresse\nA;B', 'liste.csv', 'noHeader'],
    ['no decision column', 'Akt;Titel;Dato\n1;A;01.01.2025', 'liste.csv', 'noDecisionColumn'],
    ['a PDF', '%PDF-1.7', 'liste.pdf', 'unknownListFormat'],
    ['text named .xlsx', 'Akt;Titel;Aktindsigt', 'liste.xlsx', 'notZipList'],
  ])('%s', async (_, text, fileName, code) => {
    expect(await refusal(readAktliste(new TextEncoder().encode(text), { fileName }))).toBe(code);
  });

  it('loads the spreadsheet libraries lazily: no static import of read-excel-file or papaparse', () => {
    for (const file of ['xlsx.ts', 'csv.ts', 'read.ts', 'index.ts', 'rows.ts']) {
      const source = readFileSync(join(__dirname, '..', '..', 'src', 'aktliste', file), 'utf8');
      expect(source, file).not.toMatch(/^import[^;]*from '(read-excel-file[^']*|papaparse)'/m);
    }
    const xlsx = readFileSync(join(__dirname, '..', '..', 'src', 'aktliste', 'xlsx.ts'), 'utf8');
    expect(xlsx).toMatch(/await import\('read-excel-file\/universal'\)/);
  });
});

describe('what real workbooks carry besides the list', () => {
  it('an Excel table part, a protected sheet and data validation do not disturb the reading', async () => {
    const table =
      '<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Aktliste" displayName="Aktliste" ref="A1:C2"><autoFilter ref="A1:C2"/><tableColumns count="3"><tableColumn id="1" name="Akt"/><tableColumn id="2" name="Titel"/><tableColumn id="3" name="Aktindsigt"/></tableColumns><tableStyleInfo name="TableStyleMedium2"/></table>';
    const bytes = writeXlsx(
      [
        {
          name: 'Ark1',
          rows: [
            ['Akt', 'Titel', 'Aktindsigt'],
            [1, 'Ansøgning', 'Ja'],
          ],
          protect: true,
          validation: ['C2:C9', 'Ja,Delvis,Nej'],
        },
      ],
      { 'xl/tables/table1.xml': new TextEncoder().encode(table) },
    );
    const list = await readAktliste(bytes, { fileName: 'tabel.xlsx' });
    expect(list.rows.map((r) => [r.aktId, r.title, r.decision])).toEqual([['1', 'Ansøgning', 'granted']]);
  });
});
