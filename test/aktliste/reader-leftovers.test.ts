/**
 * The reader's leftovers from issue 11: the user's column corrections (and their memory by header signature),
 * what the pane needs to show the mapping, hidden .xlsx columns, "Andet" as a catch-all only in its own
 * wordings, and the MOL column's rows that name no ground (statistics, ministerial service).
 */
import { describe, expect, it } from 'vitest';
import { columnCandidates, headerSignature } from '../../src/aktliste/columns';
import { readAktliste } from '../../src/aktliste/read';
import { mapReason } from '../../src/aktliste/reasons';
import { buildAktliste, headerOfError, ROW_MESSAGES, type Aktliste } from '../../src/aktliste/rows';
import { ListReadError } from '../../src/aktliste/errors';
import type { CellValue } from '../../src/aktliste/grid';
import { writeXlsx } from './xlsx-writer';

const grid = (rows: CellValue[][]) => [{ name: 'Ark1', rows }];

describe('header signature', () => {
  it.each([
    [['Akt ID', 'Titel', 'Aktindsigt'], 'akt id|titel|aktindsigt'],
    [['AKT-ID ', 'titel', null, 'Aktindsigt?', null, ''], 'akt id|titel||aktindsigt'],
    [['Akt', 'Dato', new Date('2025-01-02T00:00:00Z')], 'akt|dato|2025 01 02'],
  ] as [CellValue[], string][])('%j -> %s', (row, signature) => {
    expect(headerSignature(row)).toBe(signature);
  });

  it('is the same for the same layout written differently, and differs for another order', () => {
    expect(headerSignature(['Akt', 'Titel'])).toBe(headerSignature(['akt', 'TITEL ']));
    expect(headerSignature(['Akt', 'Titel'])).not.toBe(headerSignature(['Titel', 'Akt']));
  });
});

describe('candidates: every column that may name a field, best first', () => {
  it('puts "Gives der aktindsigt?" before "Omfattet af aktindsigt?" for the decision', () => {
    const candidates = columnCandidates(['Omfattet af aktindsigt?', 'Gives der aktindsigt i dokumentet?']);
    expect(candidates.decision.map((c) => c.column)).toEqual([1, 0]);
    expect(candidates.decision[0]?.score).toBeGreaterThan(candidates.decision[1]?.score ?? 0);
    expect(candidates.reason).toEqual([]);
  });
});

describe('column corrections (BuildOptions.columns, columnMemory)', () => {
  const rows: CellValue[][] = [
    ['Akt', 'Titel', 'Status på udlevering', 'Notat', 'Hjemmel'],
    ['1', 'Ansøgning', 'Ja', 'ok', ''],
    ['2', 'Notat om byggeriet', 'Nej', 'intern', 'offl. § 30, nr. 1'],
  ];

  it('reports the header, the signature and a weak match, uncorrected', () => {
    const list = buildAktliste(grid(rows), { basis: 'offl-7' });
    expect(list.header.cells).toEqual(rows[0]);
    expect(list.header.signature).toBe('akt|titel|status på udlevering|notat|hjemmel');
    expect(list.header.columnIndex).toMatchObject({ aktId: 0, title: 1, decision: 2, reason: 4 });
    expect(list.header.weak).toEqual(['decision']);
    expect(list.header.corrected).toEqual([]);
  });

  it.each([
    ['a field moved to another column', { reason: 3 }, { reason: 3 }, 'intern'],
    ['a field set to "no such column"', { reason: null }, { reason: undefined }, ''],
    ['an index outside the row is ignored', { reason: 9 }, { reason: undefined }, ''],
  ] as const)('%s', (_, columns, expected, reasonOfRow3) => {
    const list = buildAktliste(grid(rows), { basis: 'offl-7', columns });
    expect(list.header.columnIndex.reason).toBe(expected.reason);
    expect(list.rows.find((r) => r.row === 3)?.reason).toBe(reasonOfRow3);
    expect(list.header.corrected).toEqual(['reason']);
  });

  it('takes a column from the field that had it, so no column serves two fields', () => {
    const list = buildAktliste(grid(rows), { basis: 'offl-7', columns: { reason: 2, decision: 3 } });
    expect(list.header.columnIndex).toMatchObject({ decision: 3, reason: 2 });
    expect(list.columns).toMatchObject({ decision: 'Notat', reason: 'Status på udlevering' });
  });

  it('applies the remembered correction for the same header signature only; explicit columns win', () => {
    const signature = headerSignature(rows[0] ?? []);
    const remembered = buildAktliste(grid(rows), {
      basis: 'offl-7',
      columnMemory: { [signature]: { reason: 3 }, 'akt|titel': { reason: null } },
    });
    expect(remembered.header.columnIndex.reason).toBe(3);
    const explicit = buildAktliste(grid(rows), {
      basis: 'offl-7',
      columnMemory: { [signature]: { reason: 3 } },
      columns: { reason: 4 },
    });
    expect(explicit.header.columnIndex.reason).toBe(4);
    const other = buildAktliste(grid(rows), { basis: 'offl-7', columnMemory: { 'x|y': { reason: 3 } } });
    expect(other.header.columnIndex.reason).toBe(4);
  });

  it('without a decision column: the error carries the header, and a correction makes the list readable', () => {
    const noDecision: CellValue[][] = [
      ['Akt', 'Titel', 'Udfald', 'Begrundelse'],
      ['1', 'Ansøgning', 'Ja', ''],
    ];
    let error: unknown;
    try {
      buildAktliste(grid(noDecision), { basis: 'offl-7' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ListReadError);
    expect((error as ListReadError).code).toBe('noDecisionColumn');
    const header = headerOfError(error);
    expect(header?.cells).toEqual(noDecision[0]);
    const list = buildAktliste(grid(noDecision), {
      basis: 'offl-7',
      columnMemory: { [header?.signature ?? '']: { decision: 2 } },
    });
    expect(list.rows[0]?.decision).toBe('granted');
  });
});

describe('hidden columns (.xlsx <cols hidden>)', () => {
  const read = async (hiddenColumns: number[], header: string[]): Promise<Aktliste> =>
    readAktliste(
      writeXlsx([
        {
          name: 'Ark1',
          hiddenColumns,
          rows: [header, ['1', 'Ansøgning', 'Ja', 'Nej'], ['2', 'Notat', 'Nej', 'Ja']],
        },
      ]),
      { fileName: 'liste.xlsx', basis: 'offl-7' },
    );

  it.each([
    // [hidden (1-based), header, decision column chosen, hidden reported (0-based)]
    [[], ['Akt', 'Titel', 'Aktindsigt', 'Udlevering'], 2, []],
    [[3], ['Akt', 'Titel', 'Aktindsigt', 'Udlevering'], 3, [2]],
    [[3], ['Akt', 'Titel', 'Aktindsigt', 'Bemærkning'], 2, [2]],
    [[4], ['Akt', 'Titel', 'Aktindsigt', 'Udlevering'], 2, [3]],
  ] as const)('hidden %j in %j: decision from column %i', async (hidden, header, column, reported) => {
    const list = await read([...hidden], [...header]);
    expect(list.header.hiddenColumns).toEqual(reported);
    expect(list.header.columnIndex.decision).toBe(column);
  });

  it('a hidden column is still used when it is the only one naming the field', async () => {
    const list = await read([3], ['Akt', 'Titel', 'Aktindsigt', 'Bemærkning']);
    expect(list.rows.map((r) => r.decision)).toEqual(['granted', 'withheld']);
  });
});

describe('"Andet" is a catch-all only in its own wordings', () => {
  it.each([
    ['Andet (uddybes i afgørelsen)', 'catchAll'],
    ['Andet', 'catchAll'],
    ['Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)', 'catchAll'],
    ['Særlige dokumenter - Andet', 'catchAll'],
    ['Andre dokumenter – Andet hensyn', 'catchAll'],
    ['Andet hensyn til sagens parter', 'unmapped'],
    ['Andet dokument fra ansøger', 'unmapped'],
    ['Andetsteds offentliggjort', 'unmapped'],
  ])('%s -> %s', (reason, code) => {
    expect(mapReason(reason, { basis: 'offl-7' }).problems.map((p) => p.code)).toEqual([code]);
  });

  it('a user wording that starts with "Andet" maps to its ground', () => {
    const userVocabulary = [
      { phrases: ['Andet hensyn'], targets: { offl: { ground: 'offl-30-1' } }, why: '' },
    ];
    expect(
      mapReason('Andet hensyn til sagens parter', { basis: 'offl-7', userVocabulary }).grounds[0]?.id,
    ).toBe('offl-30-1');
  });
});

describe('MOL: wordings the law rules out are row problems, not grounds', () => {
  it.each([
    ['Særlige dokumenter - statistik og undersøgelser', 'molStatistics'],
    ['Statistik og undersøgelser', 'molStatistics'],
    ['Ministerbetjening', 'molMinisterial'],
    ['Dokumenter i ministerbetjening', 'molMinisterial'],
  ])('%s -> %s', (reason, code) => {
    const mapping = mapReason(reason, { basis: 'mol' });
    expect(mapping.grounds).toEqual([]);
    expect(mapping.problems.map((p) => p.code)).toEqual([code]);
    expect(mapping.unmapped).toEqual([reason]);
  });

  it('under offentlighedsloven the same wordings still map', () => {
    expect(mapReason('Statistik og undersøgelser', { basis: 'offl-7' }).grounds[0]?.id).toBe('offl-27-5');
    expect(mapReason('Ministerbetjening', { basis: 'offl-7' }).grounds[0]?.ref.section).toBe('24');
  });

  it('the row problems are Danish and cite the provision', () => {
    const list = buildAktliste(
      grid([
        ['Akt', 'Titel', 'Aktindsigt', 'Begrundelse'],
        ['1', 'Undersøgelse', 'Nej', 'Statistik og undersøgelser'],
        ['2', 'Notat', 'Nej', 'Ministerbetjening'],
      ]),
      { basis: 'mol' },
    );
    expect(list.rows[0]?.problems).toEqual([
      { code: 'molStatistics', message: ROW_MESSAGES.molStatistics('Statistik og undersøgelser') },
    ]);
    expect(list.rows[0]?.problems[0]?.message).toContain('miljøoplysningslovens § 2, stk. 4');
    expect(list.rows[1]?.problems[0]?.code).toBe('molMinisterial');
    expect(list.rows[1]?.problems[0]?.message).toContain('ministerbetjening');
  });
});
