/**
 * The checker: a document snapshot in, a report out. The same function runs in Word, in the preview and
 * in the reviewers' CLI.
 */
import type { AuthorityProfile } from '../letter/types';
import { analyseLetter } from './analyse';
import { letterRegime } from './regime';
import { RULES } from './registry';
import { runRule, type Rule } from './rule';
import type { CheckReport, DocumentSnapshot, Finding } from './types';

export interface CheckOptions {
  /** ISO date used when the letter has no date of its own (default: today). */
  today?: string;
  rules?: readonly Rule[];
  /** The sending authority's profile: its kind, case areas and closing days sharpen several rules. */
  profile?: AuthorityProfile;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks a letter.
 * @example checkDocument({ paragraphs: [{ text: 'Vi afslår din anmodning.' }] }).outcome // "refusal"
 */
export function checkDocument(snapshot: DocumentSnapshot, options: CheckOptions = {}): CheckReport {
  const analysis = analyseLetter(snapshot);
  const date = analysis.letterDate ?? options.today ?? new Date().toISOString().slice(0, 10);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (!rule.meta.kinds.includes(analysis.kind) || !rule.meta.outcomes.includes(analysis.outcome)) continue;
    findings.push(
      ...runRule(rule, {
        snapshot,
        analysis,
        date,
        ...(options.profile ? { profile: options.profile } : {}),
      }),
    );
  }
  findings.sort(
    (a, b) =>
      a.location.paragraph - b.location.paragraph ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const report: CheckReport = {
    kind: analysis.kind,
    outcome: analysis.outcome,
    parts: analysis.parts,
    citations: analysis.citations,
    findings,
  };
  if (analysis.outcomeEvidence) report.outcomeEvidence = analysis.outcomeEvidence;
  if (analysis.letterDate) report.letterDate = analysis.letterDate;
  if (analysis.receivedDate) report.receivedDate = analysis.receivedDate;
  const { regime, regimeInferred, party } = letterRegime(analysis);
  Object.assign(report, { regime, regimeInferred, party });
  return report;
}
