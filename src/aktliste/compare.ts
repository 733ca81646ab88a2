/**
 * Checking a letter against its document list (issue 11, section 4). The comparison lives beside the list
 * reader, so the checker (src/check) stays unaware of spreadsheets: it takes an already-read list and a
 * letter's snapshot, analyses the letter with the checker's own analysis, and runs the list rules in
 * rules/ (one per file, with their Danish messages by id). Findings are the checker's, plus the list row
 * they concern.
 */
import { analyseLetter, type LetterAnalysis } from '../check/analyse';
import { formatMessage, type RuleMeta } from '../check/rule';
import type { DocumentSnapshot, Finding, Location, Severity } from '../check/types';
import type { Aktliste, ListRow } from './rows';

/** A finding of the comparison: the letter's paragraph in `location`, the list's row in `row`. */
export interface ListFinding extends Finding {
  row?: { row: number; title: string };
}

export interface ListRuleContext {
  list: Aktliste;
  snapshot: DocumentSnapshot;
  analysis: LetterAnalysis;
  report(
    messageId: string,
    location: Location,
    data?: Record<string, string>,
    options?: { row?: ListRow; severity?: Severity },
  ): void;
}

export interface ListRule {
  meta: Omit<RuleMeta, 'kinds' | 'outcomes'>;
  check(context: ListRuleContext): void;
}

/**
 * "række 5 (»Notat om byggeriet«)": how a message names a row.
 * @example rowName({ row: 5, title: 'Notat' }) // "række 5 (»Notat«)"
 */
export function rowName(row: Pick<ListRow, 'row' | 'title' | 'aktId'>): string {
  const title = row.title.length > 60 ? `${row.title.slice(0, 59).trimEnd()}…` : row.title;
  const akt = row.aktId ? `akt ${row.aktId}, ` : '';
  return title
    ? `række ${row.row} (${akt}»${title}«)`
    : `række ${row.row}${row.aktId ? ` (akt ${row.aktId})` : ''}`;
}

/** The rows that are part of the decision and state one (the others are flagged in the list itself). */
export function decidedRows(list: Aktliste): ListRow[] {
  return list.rows.filter((r) => r.decision !== undefined);
}

/**
 * The paragraph a finding about the letter's reasoning points at: the reasoning part, else the decision,
 * else the letter's first paragraph.
 */
export function reasoningParagraph(analysis: LetterAnalysis): number {
  const part = (id: string) => analysis.parts.find((p) => p.part === id && p.present)?.first;
  return part('reasoning') ?? part('decision') ?? analysis.outcomeEvidence?.paragraph ?? 0;
}

/**
 * Runs the list rules on a letter.
 * @example compareWithList(list, readLetter(bytes)).map((f) => f.ruleId) // ["aktliste-outcome"]
 */
export function compareWithList(
  list: Aktliste,
  snapshot: DocumentSnapshot,
  rules: readonly ListRule[],
  analysis: LetterAnalysis = analyseLetter(snapshot),
): ListFinding[] {
  const findings: ListFinding[] = [];
  for (const rule of rules) {
    rule.check({
      list,
      snapshot,
      analysis,
      report(messageId, location, data, options = {}) {
        const template = rule.meta.messages[messageId];
        if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message ${messageId}`);
        const finding: ListFinding = {
          ruleId: rule.meta.id,
          messageId,
          severity: options.severity ?? rule.meta.severity,
          message: formatMessage(template, data),
          location,
        };
        if (options.row) finding.row = { row: options.row.row, title: options.row.title };
        findings.push(finding);
      },
    });
  }
  return findings.sort(
    (a, b) => a.location.paragraph - b.location.paragraph || (a.row?.row ?? 0) - (b.row?.row ?? 0),
  );
}
