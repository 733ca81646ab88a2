/** The head of a check report: the letter's kind and outcome as found, and the count of findings per severity. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CheckReport, Severity } from '../../check/types';
import { CHECK_STRINGS as S, KIND_LABELS, OUTCOME_LABELS, severityCount } from '../strings-check';

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const BADGE_COLOURS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/**
 * How many findings of each severity a report has.
 * @example countBySeverity({ findings: [] } as unknown as CheckReport).error // 0
 */
export function countBySeverity(report: CheckReport): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  return counts;
}

const DANISH_DATE = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * An ISO date as Danish letters write it.
 * @example danishDate('2025-02-12') // "12. februar 2025"
 */
export function danishDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DANISH_DATE.format(date);
}

/**
 * The letter's kind, outcome and dates as found, and a badge per severity ("1 fejl", "3 advarsler", "0 oplysninger").
 * @example <ReportSummary report={checkDocument(snapshot)} />
 */
export function ReportSummary({ report }: { report: CheckReport }): JSX.Element {
  const styles = useStyles();
  const counts = countBySeverity(report);
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{S.kindLabel}</dt>
        <dd className={styles.value}>{KIND_LABELS[report.kind]}</dd>
        <dt className={styles.term}>{S.outcomeLabel}</dt>
        <dd className={styles.value}>{OUTCOME_LABELS[report.outcome]}</dd>
        {report.letterDate && (
          <>
            <dt className={styles.term}>{S.letterDateLabel}</dt>
            <dd className={styles.value}>{danishDate(report.letterDate)}</dd>
          </>
        )}
        {report.receivedDate && (
          <>
            <dt className={styles.term}>{S.receivedDateLabel}</dt>
            <dd className={styles.value}>{danishDate(report.receivedDate)}</dd>
          </>
        )}
      </dl>
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => (
          <Badge
            key={severity}
            appearance={counts[severity] > 0 ? 'filled' : 'outline'}
            color={BADGE_COLOURS[severity]}
          >
            {severityCount(severity, counts[severity])}
          </Badge>
        ))}
      </div>
    </>
  );
}
