/**
 * The hostile-input suite (`npm run hostile`, run by .ci/run): writes at least 200 malformed or hostile
 * files (test/support/hostile-files.ts: the named cases and seeded mutations of valid letters) to a temporary
 * folder and runs the built CLI on each in its own process with `--max-old-space-size=512` and a watchdog
 * that kills it after 30 s. Each file must give exit 2 with a Danish reason (a known reason code), or a
 * report (exit 0 or 1). A kill, a crash, an unknown reason or unparsable output fails the suite. This finds
 * hangs and blow-ups; it is not a timing test. The document lists of issue 11 (test/aktliste/hostile-lists.ts,
 * at least 60) run the same way through `--aktliste FILE --json`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_ERROR_CODES } from '../src/aktliste/errors';
import { READ_MESSAGES } from '../src/docx';
import { listMutations, namedLists } from '../test/aktliste/hostile-lists';
import { mutations, namedCases, validLetter, type HostileFile } from '../test/support/hostile-files';
import { fixtureToDocx } from '../test/support/letter-docx';
import { loadLetterFixtures } from '../test/support/letter-fixtures';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const CLI = join(root, 'dist', 'cli', 'aktindsigt-check.js');
const WATCHDOG_MS = 30_000;
const PARALLEL = 2;
const KNOWN_CODES = new Set([...Object.keys(READ_MESSAGES), ...LIST_ERROR_CODES, 'fileSystem']);
const MIN_LISTS = 60;

interface Outcome {
  file: string;
  ok: boolean;
  detail: string;
}

async function buildCli(): Promise<void> {
  // Always rebuild, so the suite never runs a stale bundle.
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build-cli exited ${code}`))));
  });
}

async function files(): Promise<HostileFile[]> {
  const fixtures = loadLetterFixtures(join(root, 'test', 'fixtures', 'letters'));
  const out = [...namedCases(), ...mutations(validLetter(), 120, 6)];
  for (const [i, fixture] of fixtures.slice(0, 4).entries()) {
    const docx = await fixtureToDocx(fixture, { contentControls: i % 2 === 0 });
    out.push(...mutations(docx, 25, 100 + i).map((m) => ({ ...m, name: `letter${i}-${m.name}` })));
  }
  return out;
}

/** A document list (issue 11) runs as `--aktliste FILE --json`, whose output is `{ aktliste: ... }`. */
type Job = HostileFile & { list?: boolean };

function runOne(path: string, file: Job): Promise<Outcome> {
  return new Promise((resolve) => {
    const args = file.list ? ['--aktliste', path, '--json'] : [path, '--json'];
    const child = spawn(process.execPath, ['--max-old-space-size=512', CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let killed = false;
    const watchdog = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, WATCHDOG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      const fail = (detail: string) => resolve({ file: file.name, ok: false, detail });
      if (killed) return fail(`killed by the watchdog after ${WATCHDOG_MS / 1000} s`);
      if (signal) return fail(`crashed with ${signal}: ${stderr.slice(-300)}`);
      let reports: { error?: { code: string; message: string } }[];
      try {
        const parsed = JSON.parse(stdout) as unknown;
        reports = file.list
          ? [(parsed as { aktliste: { error?: { code: string; message: string } } }).aktliste]
          : (parsed as typeof reports);
      } catch {
        return fail(`exit ${code}, output is not JSON: ${(stderr || stdout).slice(-300)}`);
      }
      const error = reports[0]?.error;
      if (code === 2 && error) {
        if (!KNOWN_CODES.has(error.code)) return fail(`unknown reason ${error.code}: ${error.message}`);
        if (!error.message.trim()) return fail('empty reason');
        if (file.expect && file.expect !== 'refused' && file.expect !== error.code) {
          return fail(`expected ${file.expect}, got ${error.code}: ${error.message}`);
        }
        return resolve({ file: file.name, ok: true, detail: `refused (${error.code})` });
      }
      if ((code === 0 || code === 1) && !error) {
        if (file.expect) return fail(`expected a refusal (${file.expect}), got a report`);
        return resolve({ file: file.name, ok: true, detail: 'report' });
      }
      return fail(`exit ${code} ${JSON.stringify(error ?? {})} ${stderr.slice(-300)}`);
    });
  });
}

await buildCli();
const dir = mkdtempSync(join(tmpdir(), 'aktindsigt-hostile-'));
try {
  const cases = await files();
  // A file over the size limit, sparse on disk, so it costs nothing to make: refused from its size alone.
  const huge = join(dir, 'huge.docx');
  writeFileSync(huge, '');
  truncateSync(huge, 101 * 1024 * 1024);
  const jobs: [string, Job][] = [[huge, { name: 'huge.docx', bytes: new Uint8Array(0), expect: 'tooLarge' }]];
  for (const [i, file] of cases.entries()) {
    const path = join(dir, `${String(i).padStart(3, '0')}-${file.name}`);
    writeFileSync(path, file.bytes);
    jobs.push([path, file]);
  }
  const lists = [...namedLists(), ...listMutations(30)];
  for (const [i, file] of lists.entries()) {
    const path = join(dir, `list-${String(i).padStart(3, '0')}-${file.name}`);
    writeFileSync(path, file.bytes);
    jobs.push([
      path,
      {
        name: `list:${file.name}`,
        bytes: file.bytes,
        list: true,
        ...(file.expect ? { expect: file.expect as HostileFile['expect'] } : {}),
      },
    ]);
  }
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [path, file] = jobs[next++] as [string, Job];
      outcomes.push(await runOne(path, file));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const failed = outcomes.filter((o) => !o.ok);
  const refused = outcomes.filter((o) => o.ok && o.detail.startsWith('refused')).length;
  const reports = outcomes.filter((o) => o.detail === 'report').length;
  for (const f of failed) console.log(`FAIL ${f.file}: ${f.detail}`);
  console.log(
    `hostile input: ${outcomes.length} files, ${refused} refused with a Danish reason, ${reports} read as reports`,
  );
  console.log(`${outcomes.length - failed.length} passed, ${failed.length} failed`);
  const listCount = outcomes.filter((o) => o.file.startsWith('list:')).length;
  console.log(`of which ${listCount} document lists (--aktliste)`);
  if (outcomes.length - listCount < 200 || listCount < MIN_LISTS) {
    console.log(
      `the suite needs at least 200 letters and ${MIN_LISTS} lists, has ${outcomes.length - listCount} and ${listCount}`,
    );
    process.exitCode = 1;
  }
  if (failed.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
