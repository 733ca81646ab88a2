/**
 * What a rule is: its metadata (id, Danish title, severity, the provision it enforces, which letters it
 * applies to, its messages by id) and a check over the letter's analysis. One rule per file in rules/.
 */
import type { Outcome } from '../grounds/types';
import { getStatute } from '../law/catalogue';
import type { StatuteId } from '../law/types';
import type { AuthorityProfile } from '../letter/types';
import type { LetterAnalysis } from './analyse';
import type { DocumentSnapshot, Finding, Fix, LetterKindFound, Location, Severity } from './types';

/** For rules that apply to every kind of letter or every outcome. */
export const ALL_KINDS: LetterKindFound[] = [
  'decision',
  'identification-request',
  'delay-notice',
  'acknowledgement',
  'other',
];
export const ALL_OUTCOMES: (Outcome | 'unknown')[] = ['grant', 'partial', 'refusal', 'dismissal', 'unknown'];

export interface RuleMeta {
  /** Kebab-case, equal to the file name. */
  id: string;
  severity: Severity;
  /** Danish title shown with each finding. */
  title: string;
  /** The provision or practice the rule enforces, in Danish. */
  enforces: string;
  /** One line for the rule's documentation (English, for developers). */
  doc: string;
  kinds: LetterKindFound[];
  outcomes: (Outcome | 'unknown')[];
  /** Danish messages by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
}

export interface RuleContext {
  snapshot: DocumentSnapshot;
  analysis: LetterAnalysis;
  /** The date the letter is judged on: its own date, else the date the check runs. */
  date: string;
  /** The sending authority's profile, when the caller has one (the pane always; the CLI with --authority). */
  profile?: AuthorityProfile;
  report(
    messageId: string,
    location: Location,
    data?: Record<string, string>,
    options?: { severity?: Severity; fix?: Fix },
  ): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * A section's name as a message starts it: "Offentlighedslovens § 30".
 * @example sectionName('fvl', '9 a') // "Forvaltningslovens § 9 a"
 */
export function sectionName(statute: StatuteId | 'offl1985', section: string): string {
  if (statute === 'offl1985') return `§ ${section} i offentlighedsloven fra 1985`;
  const genitive = getStatute(statute).genitive;
  return `${genitive.charAt(0).toUpperCase()}${genitive.slice(1)} § ${section}`;
}

/** Fills a message's `{name}` placeholders. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

/** Runs one rule and collects its findings. */
export function runRule(
  rule: Rule,
  input: Pick<RuleContext, 'snapshot' | 'analysis' | 'date' | 'profile'>,
): Finding[] {
  const findings: Finding[] = [];
  rule.check({
    ...input,
    report(messageId, location, data, options = {}) {
      const { severity, fix } = options;
      const template = rule.meta.messages[messageId];
      if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message ${messageId}`);
      findings.push({
        ruleId: rule.meta.id,
        messageId,
        severity: severity ?? rule.meta.severity,
        message: formatMessage(template, data),
        location,
        ...(fix ? { fix } : {}),
      });
    },
  });
  return findings;
}
