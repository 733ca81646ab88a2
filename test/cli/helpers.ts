/** Runs the CLI in-process with captured streams, and writes letters into a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { composedPlan, decisionOn } from '../support/check';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeStreams {
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/**
 * Runs `aktindsigt-check` with the arguments.
 * @example await cli(['--help']) // { code: 0, stdout: 'aktindsigt-check: ...', stderr: '' }
 */
export async function cli(argv: string[], streams: FakeStreams = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { isTTY: streams.stdoutTTY ?? false, write: (s: string) => (stdout += s) },
    stderr: { isTTY: streams.stderrTTY ?? false, columns: 100, write: (s: string) => (stderr += s) },
    env: streams.env ?? {},
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aktindsigt-cli-'));
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A refusal the add-in composes, as Markdown: it passes the check with no errors. */
export function cleanLetterMarkdown(): string {
  const plan = composedPlan(decisionOn(['offl-30-1']));
  return plan.blocks
    .flatMap((b) =>
      b.paragraphs.map((p) => {
        const text = p.cells ? p.cells.join(' | ') : p.runs.map((r) => r.text).join('');
        return p.heading ? `${'#'.repeat(p.heading)} ${text}` : text;
      }),
    )
    .join('\n\n');
}

/** A refusal with nothing but its outcome: the required parts are missing (errors). */
export const BARE_REFUSAL = 'Vi afslår din anmodning om aktindsigt i sagen om Skolevej.\n';
