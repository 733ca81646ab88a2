/**
 * The human output, in Danish: per file the kind of letter and the outcome found, the parts present and
 * missing, the findings with paragraph number and a short excerpt; a summary table at the end.
 */
import type { Finding, Severity } from '../check/types';
import type { Colour } from './colour';
import { KIND_LABELS, OUTCOME_LABELS, PART_LABELS, REGION_LABELS, SEVERITY_LABELS } from './labels';
import { shownFindings, type FileResult } from './report';

const EXCERPT = 60;

/** A short excerpt, on one line. */
export function excerpt(text: string, max = EXCERPT): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** A finding without a span or text at paragraph 0 is about the letter as a whole (e.g. a missing part). */
function isLetterLevel(finding: Finding): boolean {
  const l = finding.location;
  return l.paragraph === 0 && l.start === undefined && l.text === undefined;
}

function paint(colour: Colour, severity: Severity, text: string): string {
  return severity === 'error'
    ? colour.red(text)
    : severity === 'warning'
      ? colour.yellow(text)
      : colour.cyan(text);
}

function labelOf(id: string, labels: Record<string, string>): string {
  return labels[id] ?? id;
}

/**
 * One file's block of output.
 * @example formatFile(result, 'info', colour, false) // "brev.docx\n  Afgørelse: afslag ..."
 */
export function formatFile(result: FileResult, minimum: Severity, colour: Colour, quiet: boolean): string {
  if ('error' in result)
    return `${colour.bold(result.file)}\n  ${colour.red('Kan ikke læses:')} ${result.error.message}\n`;
  const { report, snapshot } = result;
  const findings = shownFindings(report.findings, minimum);
  if (quiet && findings.length === 0) return '';
  const lines = [colour.bold(result.file)];
  const kind = labelOf(report.kind, KIND_LABELS);
  lines.push(`  Brev: ${kind}; udfald: ${labelOf(report.outcome, OUTCOME_LABELS)}`);
  const present = report.parts.filter((p) => p.present).map((p) => labelOf(p.part, PART_LABELS));
  const missing = report.parts.filter((p) => !p.present).map((p) => labelOf(p.part, PART_LABELS));
  lines.push(`  Dele fundet: ${present.length > 0 ? present.join(', ') : 'ingen'}`);
  if (missing.length > 0) lines.push(`  Dele ikke fundet: ${missing.join(', ')}`);
  if (result.aktliste) lines.push(`  Sammenholdt med aktlisten ${result.aktliste}`);
  else if (result.aktliste === null) {
    lines.push(
      `  ${colour.yellow('Ingen aktliste med samme navn; brevet er ikke sammenholdt med en aktliste.')}`,
    );
  }
  if (snapshot.trackedChanges) {
    lines.push(`  ${colour.dim('Sporede ændringer: indsat tekst er medtaget, slettet tekst er udeladt.')}`);
  }
  if (findings.length === 0) {
    lines.push(`  ${colour.green('Ingen fund.')}`);
  } else {
    lines.push(`  Fund (${findings.length}):`);
    for (const f of findings) {
      const paragraph = snapshot.paragraphs[f.location.paragraph];
      let where = 'hele brevet';
      let quote = '';
      if (!isLetterLevel(f)) {
        where = `afsnit ${f.location.paragraph + 1}`;
        if (paragraph?.region && paragraph.region !== 'body')
          where += ` (${labelOf(paragraph.region, REGION_LABELS)})`;
        const text =
          f.location.text ??
          (paragraph && f.location.start !== undefined
            ? paragraph.text.slice(f.location.start, f.location.end)
            : paragraph?.text);
        if (text) quote = ` ${colour.dim(`»${excerpt(text)}«`)}`;
      }
      if ('row' in f && f.row) where += `, aktlistens række ${(f.row as { row: number }).row}`;
      const severity = paint(colour, f.severity, SEVERITY_LABELS[f.severity].padEnd(9));
      lines.push(`    ${severity} ${where}: ${f.message} ${colour.dim(`[${f.ruleId}]`)}${quote}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface Totals {
  files: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files with at least one error finding. */
  filesWithErrors: number;
}

/** Counts over every file (all findings, whatever --severity shows: the exit code does not depend on it). */
export function totalsOf(results: readonly FileResult[]): Totals {
  const totals: Totals = {
    files: results.length,
    unreadable: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    filesWithErrors: 0,
  };
  for (const result of results) {
    if ('error' in result) {
      totals.unreadable++;
      continue;
    }
    const count = (s: Severity) => result.report.findings.filter((f) => f.severity === s).length;
    const errors = count('error');
    totals.errors += errors;
    totals.warnings += count('warning');
    totals.infos += count('info');
    if (errors > 0) totals.filesWithErrors++;
  }
  return totals;
}

/**
 * The summary table.
 * @example formatSummary(totals, colour) // "Opsummering\n  Filer  Ulæselige  ..."
 */
export function formatSummary(totals: Totals, colour: Colour): string {
  const header = ['Filer', 'Ulæselige', 'Med fejl', 'Fejl', 'Advarsler', 'Oplysninger'];
  const values = [
    totals.files,
    totals.unreadable,
    totals.filesWithErrors,
    totals.errors,
    totals.warnings,
    totals.infos,
  ].map((n) => n.toLocaleString('da-DK'));
  const widths = header.map((h, i) => Math.max(h.length, values[i]?.length ?? 0));
  const row = (cells: string[]) => `  ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')}`;
  return `${colour.bold('Opsummering')}\n${row(header)}\n${row(values)}\n`;
}
