/**
 * The .docx reader plus the full check against mammoth.extractRawText (text extraction only) on the same
 * in-memory files: 200 letters and one 10,000-paragraph letter. First a fairness check that both extract
 * the same body text per file (whitespace-normalised); then interleaved rounds (the order rotates each
 * round) with the median of 7, for our read + full check, our read alone and mammoth; then each reader's
 * peak memory in a process of its own. The goal (issue 6): our full check at least 3x faster than mammoth
 * only extracting text. All times are medians of whole passes over the files, in milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import type { Bench } from 'tinybench';
import { checkDocument } from '../src/check/check';
import { readLetter } from '../src/docx';
import { corpusFiles, longLetter, type BenchFile } from './docx-files';

export const title = '.docx: read + full check vs mammoth.extractRawText';

const ROUNDS = 7;
const root = join(fileURLToPath(import.meta.url), '..', '..');

const corpus = await corpusFiles(200);
const long = await longLetter(10_000);

function ours(file: BenchFile): void {
  checkDocument(readLetter(file.bytes, { fileName: file.name }), { today: '2025-06-01' });
}

async function theirs(file: BenchFile): Promise<void> {
  await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Both readers extract the same body text (the comparison would be unfair otherwise). */
async function sameText(files: readonly BenchFile[]): Promise<string[]> {
  const differ: string[] = [];
  for (const file of files) {
    const snapshot = readLetter(file.bytes, { fileName: file.name });
    const mine = snapshot.paragraphs
      .filter((p) => p.region === 'body')
      .map((p) => p.text)
      .join('\n\n');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    if (normalise(mine) !== normalise(value)) differ.push(file.name);
  }
  return differ;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function timeAll(
  files: readonly BenchFile[],
  run: (f: BenchFile) => void | Promise<void>,
): Promise<number> {
  const start = performance.now();
  for (const file of files) await run(file);
  return performance.now() - start;
}

function readOnly(file: BenchFile): void {
  readLetter(file.bytes, { fileName: file.name });
}

const RUNNERS = { ours, readOnly, mammoth: theirs } as const;
type RunnerName = keyof typeof RUNNERS;

/** Interleaved rounds, rotating which reader goes first; the median of each. */
async function interleaved(files: readonly BenchFile[]): Promise<Record<RunnerName, number>> {
  const names = Object.keys(RUNNERS) as RunnerName[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<RunnerName, number[]>;
  for (const name of names) await timeAll(files.slice(0, 5), RUNNERS[name]); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as RunnerName;
      times[name].push(await timeAll(files, RUNNERS[name]));
    }
  }
  return { ours: median(times.ours), readOnly: median(times.readOnly), mammoth: median(times.mammoth) };
}

function peakMemory(files: readonly BenchFile[]): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'aktindsigt-bench-'));
  try {
    files.forEach((f, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${f.name}`), f.bytes));
    const out: Record<string, number> = {};
    for (const mode of ['baseline', 'ours', 'mammoth']) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'bench', 'docx-memory.ts'), mode, dir],
        {
          encoding: 'utf8',
          cwd: root,
        },
      );
      const line = result.stdout.trim().split('\n').at(-1) ?? '{}';
      out[mode] = (JSON.parse(line) as { maxRssMb: number }).maxRssMb;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function register(bench: Bench): void {
  // tinybench's view of one typical letter; the interleaved comparison on all files follows in the report.
  const letter = corpus[5] as BenchFile;
  bench.add(`ours: read + check, one letter (${letter.name})`, () => ours(letter));
  bench.add('ours: read only, one letter', () => readOnly(letter));
  bench.add('mammoth: extractRawText, one letter', async () => theirs(letter));
}

export async function report(): Promise<void> {
  const differ = await sameText([...corpus, long]);
  console.log(
    differ.length === 0
      ? `same text: our body text equals mammoth's for all ${corpus.length + 1} files (whitespace-normalised)`
      : `TEXT DIFFERS for ${differ.length} files: ${differ.slice(0, 5).join(', ')}`,
  );
  const rows = [];
  for (const [label, files] of [
    [`${corpus.length} letters`, corpus],
    ['one 10,000-paragraph letter', [long]],
  ] as const) {
    const t = await interleaved(files);
    const perSecond = (ms: number) => ((files.length / ms) * 1000).toFixed(0);
    rows.push({
      files: label,
      'ours: read + check, ms': t.ours.toFixed(1),
      'ours: read only, ms': t.readOnly.toFixed(1),
      'mammoth: text only, ms': t.mammoth.toFixed(1),
      'ours files/s': perSecond(t.ours),
      'mammoth files/s': perSecond(t.mammoth),
      'ratio full check': `${(t.mammoth / t.ours).toFixed(1)}x`,
      'ratio read only': `${(t.mammoth / t.readOnly).toFixed(1)}x`,
    });
  }
  console.table(rows);
  const memory = peakMemory([...corpus, long]);
  console.log(
    `peak RSS over all ${corpus.length + 1} files: baseline (files loaded) ${memory.baseline} MB, ` +
      `ours ${memory.ours} MB (+${(memory.ours ?? 0) - (memory.baseline ?? 0)}), ` +
      `mammoth ${memory.mammoth} MB (+${(memory.mammoth ?? 0) - (memory.baseline ?? 0)})`,
  );
}
