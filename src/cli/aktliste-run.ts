/**
 * `aktindsigt-check --aktliste LIST [LETTER...]`: reads the case's document list and, with letters, checks
 * each letter against it (issue 11). With a folder as LIST each letter is paired with the list of the same
 * base name (sag-12.docx with sag-12.xlsx); a letter without one is reported. Without letters it prints
 * the list as read. A list that cannot be read gives its Danish reason and exit 2, like a letter.
 */
import { lstat, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { LIST_RULES } from '../aktliste/rules';
import { compareWithList, type ListRule } from '../aktliste/compare';
import { ListReadError } from '../aktliste/errors';
import { LIST_EXTENSIONS, readAktliste } from '../aktliste/read';
import type { CheckOptions } from '../check/check';
import type { CliOptions } from './args';
import { colourFor } from './colour';
import { collectTargets, readBytes } from './files';
import { formatListSummary, formatListText, listCsv, listJson, type ListResult } from './format-aktliste';
import { formatCsv } from './format-csv';
import { formatFile, formatSummary, totalsOf } from './format-text';
import { checkFile } from './check-file';
import { Progress, type ProgressStream } from './progress';
import { toJson, type FileResult } from './report';

const NAME = 'aktindsigt-check';

/** The streams the CLI writes to (main.ts's `CliIo`, repeated here so this module does not import main). */
interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
}

/**
 * The list rules --rules selects (all of them when it is not given). An id of the checker's own rules selects
 * no list rule: `--rules required-parts` checks the letters with that rule alone, without the comparison.
 * @example selectListRules(['aktliste-outcome', 'required-parts']).map((r) => r.meta.id) // ["aktliste-outcome"]
 */
export function selectListRules(ids: readonly string[] | undefined): readonly ListRule[] {
  if (ids === undefined) return LIST_RULES;
  return LIST_RULES.filter((r) => ids.includes(r.meta.id));
}

/** Reads one list file; never throws (a failure is the list's result). */
export async function readListFile(file: string): Promise<ListResult> {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return { file, error: { code: bytes.code, message: bytes.problem } };
  try {
    return { file, list: await readAktliste(bytes, { fileName: file }) };
  } catch (error) {
    if (error instanceof ListReadError) return { file, error: { code: error.code, message: error.message } };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file,
      error: { code: 'internal', message: `Uventet fejl under læsningen af aktlisten: ${detail}` },
    };
  }
}

/** The list files of a folder (with subfolders) by lower-cased base name; .xlsx before .csv before the rest. */
async function listsIn(folder: string): Promise<Map<string, string>> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((LIST_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
        found.push(path);
    }
  };
  await walk(folder);
  const rank = (path: string) => (LIST_EXTENSIONS as readonly string[]).indexOf(extname(path).toLowerCase());
  const byName = new Map<string, string>();
  for (const path of found.sort((a, b) => rank(a) - rank(b))) {
    const key = basename(path, extname(path)).toLowerCase();
    if (!byName.has(key)) byName.set(key, path);
  }
  return byName;
}

/**
 * Runs the list mode (after the arguments and the profile are read).
 * @example await runWithAktliste({ ...options, aktliste: 'aktliste.xlsx', paths: [] }, {}, io) // 0
 */
export async function runWithAktliste(options: CliOptions, check: CheckOptions, io: Io): Promise<number> {
  const source = options.aktliste ?? '';
  const colour = colourFor(io.stdout, io.env);
  const info = await lstat(source).catch(() => undefined);
  const folder = info?.isDirectory() === true;

  if (options.paths.length === 0) {
    if (folder) {
      io.stderr.write(
        `${NAME}: --aktliste ${source} er en mappe; angiv brevene, der skal sammenholdes med listerne.\n`,
      );
      return 2;
    }
    const result = await readListFile(source);
    if (options.format === 'json')
      io.stdout.write(`${JSON.stringify({ aktliste: listJson(result) }, null, 2)}\n`);
    else if (options.format === 'csv') io.stdout.write(listCsv(result));
    else io.stdout.write(formatListText(result, colour));
    return 'error' in result ? 2 : 0;
  }

  const listRules = selectListRules(options.rules);
  const byName = folder ? await listsIn(source) : undefined;
  const lists = new Map<string, ListResult>();
  const listFor = async (path: string) => {
    let result = lists.get(path);
    if (!result) {
      result = await readListFile(path);
      lists.set(path, result);
    }
    return result;
  };
  if (!folder) await listFor(source);

  const targets = await collectTargets(options.paths);
  const progress = new Progress(io.stderr, targets.length, options.quiet);
  const results: FileResult[] = [];
  for (const [i, target] of targets.entries()) {
    progress.update(i, target.file);
    if ('problem' in target) {
      results.push({ file: target.file, error: { code: 'fileSystem', message: target.problem } });
      continue;
    }
    const result = await checkFile(target.file, check);
    if (!('error' in result)) {
      const path = byName ? byName.get(basename(target.file, extname(target.file)).toLowerCase()) : source;
      const list = path === undefined ? undefined : await listFor(path);
      result.aktliste = path ?? null;
      if (list && 'list' in list) {
        const findings = compareWithList(list.list, result.snapshot, listRules);
        result.report.findings = [...result.report.findings, ...findings].sort(
          (a, b) => a.location.paragraph - b.location.paragraph,
        );
      }
    }
    results.push(result);
  }
  progress.done();

  const listResults = [...lists.values()];
  const unreadableLists = listResults.filter((l) => 'error' in l).length;
  const totals = totalsOf(results);
  if (options.format === 'json') {
    const aktliste = folder
      ? listResults.map(listJson)
      : listJson(listResults[0] ?? { file: source, error: { code: 'fileSystem', message: '' } });
    const files = results.map((r) => toJson(r, options.severity));
    io.stdout.write(`${JSON.stringify({ aktliste, files }, null, 2)}\n`);
  } else if (options.format === 'csv') {
    io.stdout.write(formatCsv(results, options.severity));
  } else {
    for (const list of listResults) io.stdout.write(`${formatListSummary(list, colour)}\n`);
    for (const result of results) {
      const block = formatFile(result, options.severity, colour, options.quiet);
      if (block) io.stdout.write(`${block}\n`);
    }
    io.stdout.write(formatSummary(totals, colour));
  }
  if (totals.unreadable > 0 || unreadableLists > 0) return 2;
  return totals.errors > 0 ? 1 : 0;
}
