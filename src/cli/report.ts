/**
 * One file's result as the CLI reports it, and its JSON form (`--json`, schema in
 * docs/cli-report.schema.json). The JSON is built field by field, so the schema stays a contract even when
 * the checker's types grow.
 */
import type { CheckReport, DocumentSnapshot, Finding, Severity } from '../check/types';
import { formatRef } from '../law/citations';

export type FileResult =
  | {
      file: string;
      report: CheckReport;
      snapshot: DocumentSnapshot;
      /** With --aktliste: the list the letter was compared with, or null when none was found for it. */
      aktliste?: string | null;
    }
  | { file: string; error: { code: string; message: string } };

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings at or above the minimum severity. */
export function shownFindings(findings: readonly Finding[], minimum: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[minimum]);
}

export interface JsonFileReport {
  file: string;
  kind?: string;
  outcome?: string;
  letterDate?: string;
  receivedDate?: string;
  regime?: string;
  regimeInferred?: boolean;
  party?: boolean;
  trackedChanges?: boolean;
  parts?: Record<string, { present: boolean; location?: { first: number; last: number }; by?: string }>;
  citations?: unknown[];
  findings?: unknown[];
  error?: { code: string; message: string };
  aktliste?: string | null;
}

/**
 * The JSON report of one file.
 * @example toJson(result, 'info').parts.decision // { present: true, location: { first: 4, last: 5 }, by: 'heading' }
 */
export function toJson(result: FileResult, minimum: Severity): JsonFileReport {
  if ('error' in result) return { file: result.file, error: result.error };
  const { report, snapshot } = result;
  const json: JsonFileReport = { file: result.file, kind: report.kind, outcome: report.outcome };
  if (report.letterDate) json.letterDate = report.letterDate;
  if (report.receivedDate) json.receivedDate = report.receivedDate;
  if (report.regime) json.regime = report.regime;
  if (report.regimeInferred !== undefined) json.regimeInferred = report.regimeInferred;
  if (report.party !== undefined) json.party = report.party;
  json.trackedChanges = snapshot.trackedChanges === true;
  if (result.aktliste !== undefined) json.aktliste = result.aktliste;
  json.parts = Object.fromEntries(
    report.parts.map((p) => {
      const part: NonNullable<JsonFileReport['parts']>[string] = { present: p.present };
      if (p.present && p.first !== undefined && p.last !== undefined) {
        part.location = { first: p.first, last: p.last };
      }
      if (p.by) part.by = p.by;
      return [p.part, part];
    }),
  );
  json.citations = report.citations.map((c) => ({
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    text: c.text,
    reference: formatRef(c.ref),
    ref: c.ref,
    statuteAssumed: c.statuteAssumed,
    inLegalBasis: c.inLegalBasis,
  }));
  json.findings = shownFindings(report.findings, minimum).map((f) => {
    const finding: Record<string, unknown> = {
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      message: f.message,
      location: f.location,
    };
    // A comparison with the document list (--aktliste) names the list's row.
    if ('row' in f && f.row) finding.row = f.row;
    if (f.fix?.kind === 'replace') finding.fix = { kind: 'replace', replacement: f.fix.replacement };
    else if (f.fix?.kind === 'insert') finding.fix = { kind: 'insert', label: f.fix.label };
    return finding;
  });
  return json;
}
