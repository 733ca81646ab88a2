/**
 * The document list (issue 11): import and map a 5,000-row .xlsx (zip checks, read-excel-file, header and
 * columns, decisions, reasons to grounds), and the same rows as a semicolon CSV. Goal: under 1 s.
 *
 * - In Node: tinybench's wall-clock mean, and the CPU time of the same import (least of five).
 * - In the browser: the list reader built by the project's webpack config (production; entry
 *   bench/fixtures/aktliste-browser), served from Node on localhost, and the same .xlsx read by `readAktliste`
 *   in headless Chromium (Debian's, through playwright-core): the first run (which also loads read-excel-file's
 *   lazy chunk) and the median of the warm runs after it, timed in the page with performance.now().
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bench } from 'tinybench';
import { readAktliste } from '../src/aktliste/read';
import { writeXlsx, type XCell } from '../test/aktliste/xlsx-writer';
import { launchChromium } from '../scripts/browser/chromium';
import { serveStatic } from '../scripts/browser/static-server';
import type { BrowserRuns } from './fixtures/aktliste-browser/index';
import { build, configFor } from './pane';

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

/** Runs in the browser: the first (cold) and WARM_RUNS more. */
const WARM_RUNS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * Builds the list reader for the browser and reads the .xlsx in headless Chromium, 1 + WARM_RUNS times in one
 * page. Every request outside localhost is aborted (the reader must not need the network).
 */
export async function measureInBrowser(): Promise<BrowserRuns> {
  const root = resolve(import.meta.dirname, '..');
  const work = mkdtempSync(join(tmpdir(), 'aktliste-bench-'));
  try {
    await build(
      await configFor(work, {
        script: join(root, 'bench/fixtures/aktliste-browser/index.ts'),
        template: join(root, 'bench/fixtures/aktliste-browser/index.html'),
      }),
    );
    writeFileSync(join(work, 'aktliste.xlsx'), xlsx);
    const server = await serveStatic(work);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) =>
        new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort(),
      );
      await page.goto(server.url);
      await page.waitForFunction(() => 'benchAktliste' in window);
      return await page.evaluate(([url, runs]) => window.benchAktliste(url, runs), [
        new URL('aktliste.xlsx', server.url).href,
        1 + WARM_RUNS,
      ] as const);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Prints the wall-clock mean against the goal, and the CPU time of the same import (least of five runs):
 * on a shared machine the wall clock also counts other processes' time. Then the same in the browser.
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
    `Node: import and map a ${ROWS}-row .xlsx: ${ms.toFixed(0)} ms wall clock, ${cpu.toFixed(0)} ms CPU (goal under 1,000 ms: ${ms < 1000 ? 'met' : 'not met on the wall clock'})`,
  );
  const runs = await measureInBrowser();
  if (runs.rows !== ROWS) throw new Error(`The browser read ${runs.rows} rows of ${ROWS}`);
  const [first = Number.NaN, ...warm] = runs.times;
  const warmMedian = median(warm);
  console.log(
    `Browser (headless Chromium, production build): import and map a ${ROWS}-row .xlsx: median of ${warm.length} runs ${warmMedian.toFixed(0)} ms (runs: ${warm.map((t) => t.toFixed(0)).join(', ')}); first run, loading read-excel-file's chunk, ${first.toFixed(0)} ms (goal under 1,000 ms: ${warmMedian < 1000 ? 'met' : 'NOT met'}${first < 1000 ? '' : ', not on the first run'})`,
  );
}
