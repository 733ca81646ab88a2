/**
 * `--format csv`: one row per finding (file, rule, severity, paragraph, message) for reviewers who work in
 * Excel. Danish Excel expects `;` between fields and reads UTF-8 only with a byte-order mark; rows end in
 * CRLF. A file that could not be read gets one row with its reason.
 */
import type { Severity } from '../check/types';
import { SEVERITY_LABELS } from './labels';
import { shownFindings, type FileResult } from './report';

const BOM = '\uFEFF';
const HEADER = ['Fil', 'Regel', 'Alvorlighed', 'Afsnit', 'Meddelelse'];

/**
 * One field: quoted when it holds the separator, a quote or a line break; a leading `= + - @` is defused
 * with an apostrophe so Excel does not run it as a formula.
 * @example csvField('a;b') // '"a;b"'
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: string[]) => `${cells.map(csvField).join(';')}\r\n`;

/**
 * The CSV document for all files, with the byte-order mark.
 * @example formatCsv(results, 'info').startsWith('\uFEFFFil;Regel') // true
 */
export function formatCsv(results: readonly FileResult[], minimum: Severity): string {
  let out = BOM + row(HEADER);
  for (const result of results) {
    if ('error' in result) {
      out += row([result.file, 'læsefejl', SEVERITY_LABELS.error, '', result.error.message]);
      continue;
    }
    for (const f of shownFindings(result.report.findings, minimum)) {
      out += row([
        result.file,
        f.ruleId,
        SEVERITY_LABELS[f.severity],
        String(f.location.paragraph + 1),
        f.message,
      ]);
    }
  }
  return out;
}
