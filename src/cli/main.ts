/**
 * `aktindsigt-check`: arguments, read, check, format. Exit 0 when no finding is an error, 1 when one is, 2
 * when a file could not be read or the command was used wrongly (DESIGN.md, "The reviewers' CLI").
 */
import { readFile } from 'node:fs/promises';
import type { CheckOptions } from '../check/check';
import { RULES } from '../check/registry';
import { parseProfile } from '../letter/profile';
import { helpText, parseCliArgs, UsageError, type CliOptions } from './args';
import { checkFile } from './check-file';
import { colourFor } from './colour';
import { collectTargets } from './files';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatFile, formatSummary, totalsOf } from './format-text';
import { Progress, type ProgressStream } from './progress';
import type { FileResult } from './report';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

const NAME = 'aktindsigt-check';

async function loadProfile(file: string): Promise<Pick<CheckOptions, 'profile'>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`Myndighedsprofilen ${file} kan ikke læses.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`Myndighedsprofilen ${file} er ikke gyldig JSON.`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) {
    throw new UsageError(
      `Myndighedsprofilen ${file} er ikke gyldig:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`,
    );
  }
  return { profile: parsed.profile };
}

/**
 * Runs the CLI.
 * @example process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  let check: CheckOptions;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(helpText());
      return EXIT_OK;
    }
    check = options.authority ? await loadProfile(options.authority) : {};
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(
      `${NAME}: ${error.message}\nSkriv ${NAME} --help for at se, hvordan kommandoen bruges.\n`,
    );
    return EXIT_UNREADABLE;
  }
  if (options.today) check.today = options.today;
  if (options.rules) {
    const ids = new Set(options.rules);
    check.rules = RULES.filter((r) => ids.has(r.meta.id));
  }
  if (options.aktliste !== undefined) {
    // Loaded only when asked for: checking letters alone does not pay for the list reader.
    const { runWithAktliste } = await import('./aktliste-run');
    return runWithAktliste(options, check, io);
  }

  const targets = await collectTargets(options.paths);
  if (targets.length === 0) {
    io.stderr.write(`${NAME}: Ingen breve (.docx, .txt eller .md) fundet i ${options.paths.join(', ')}.\n`);
    return EXIT_UNREADABLE;
  }
  const colour = colourFor(io.stdout, io.env);
  const progress = new Progress(io.stderr, targets.length, options.quiet);
  const results: FileResult[] = [];
  for (const [i, target] of targets.entries()) {
    progress.update(i, target.file);
    const result: FileResult =
      'problem' in target
        ? { file: target.file, error: { code: 'fileSystem', message: target.problem } }
        : await checkFile(target.file, check);
    results.push(result);
    if (options.format === 'text') {
      const block = formatFile(result, options.severity, colour, options.quiet);
      if (block) {
        progress.done();
        io.stdout.write(`${block}\n`);
      }
    }
  }
  progress.done();
  const totals = totalsOf(results);
  if (options.format === 'text') io.stdout.write(formatSummary(totals, colour));
  else if (options.format === 'json') io.stdout.write(formatJson(results, options.severity));
  else io.stdout.write(formatCsv(results, options.severity));
  if (totals.unreadable > 0) return EXIT_UNREADABLE;
  return totals.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
