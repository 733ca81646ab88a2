/**
 * The document list (issue 11): import and map a 5,000-row .xlsx in Node (zip checks, read-excel-file,
 * header and columns, decisions, reasons to grounds), and the same rows as a semicolon CSV. Goal: under 1 s.
 */
import type { Bench } from 'tinybench';
import { readAktliste } from '../src/aktliste/read';
import { writeXlsx, type XCell } from '../test/aktliste/xlsx-writer';

export const title = 'aktliste: import and map 5,000 rows';

const REASONS = [
  '',
  'Internt dokument - ufærdigt arbejdsdokument',
  'Tavshedsbelagte oplysninger - om private forhold',
  'offl. § 30, nr. 2',
  '§ 33, nr. 5',
  'Særlige dokumenter - straffesag',
  'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)',
];
const DECISIONS = ['Ja', 'Nej', 'Delvis'];
const ROWS = 5000;

function rows(): XCell[][] {
  const out: XCell[][] = [
    ['Aktliste for sag 2025-12345'],
    [],
    [
      'Akt ID',
      'Dok ID',
      'Dokumenttitel',
      'Dokumentdato',
      'Omfattet af ansøgningen? (Ja/Nej)',
      'Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)',
      'Begrundelse hvis nej eller delvis',
    ],
  ];
  for (let i = 1; i <= ROWS; i++) {
    const decision = DECISIONS[i % 3] ?? 'Ja';
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push([
      i,
      `D-${100000 + i}`,
      `Dokument nr. ${i} om sagens behandling, notat og bilag`,
      `${day}-0${(i % 9) + 1}-2025`,
      i % 50 === 0 ? 'Nej' : 'Ja',
      decision,
      decision === 'Ja' ? null : (REASONS[1 + (i % (REASONS.length - 1))] ?? null),
    ]);
  }
  return out;
}

const xlsx = writeXlsx([{ name: 'Sagsoversigt', rows: rows() }]);
const csv = new TextEncoder().encode(
  rows()
    .map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))).join(';'))
    .join('\r\n'),
);

const XLSX_TASK = `.xlsx, ${ROWS} rows (${Math.round(xlsx.length / 1024)} KB)`;

export function register(bench: Bench): void {
  bench.add(XLSX_TASK, async () => {
    const list = await readAktliste(xlsx, { fileName: 'aktliste.xlsx' });
    if (list.rows.length + list.outside.length !== ROWS) throw new Error('rows lost');
  });
  bench.add(`.csv, ${ROWS} rows (${Math.round(csv.length / 1024)} KB)`, async () => {
    const list = await readAktliste(csv, { fileName: 'aktliste.csv' });
    if (list.rows.length + list.outside.length !== ROWS) throw new Error('rows lost');
  });
}

/**
 * Prints the wall-clock mean against the goal, and the CPU time of the same import (least of five runs):
 * on a shared machine the wall clock also counts other processes' time.
 */
export async function report(meanMs: (taskName: string) => number): Promise<void> {
  const ms = meanMs(XLSX_TASK);
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    await readAktliste(xlsx, { fileName: 'aktliste.xlsx' });
    const used = process.cpuUsage(start);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(
    `import and map a ${ROWS}-row .xlsx: ${ms.toFixed(0)} ms wall clock, ${cpu.toFixed(0)} ms CPU (goal under 1,000 ms: ${ms < 1000 ? 'met' : 'not met on the wall clock'})`,
  );
}
