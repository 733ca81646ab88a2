/**
 * "Kontrol": runs the checker on the current document and shows what it found, grouped by severity, with a
 * way to jump to each finding and to apply its fix; reviewers add the findings as comments in the letter and
 * remove them again. Speaks only to the `DocumentPort` it is given.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, type JSX } from 'react';
import type { AuthorityProfile } from '../../letter/types';
import type { DocumentPort } from '../../port';
import { CheckNoticeBar } from '../check/CheckNoticeBar';
import { FindingGroups } from '../check/FindingGroups';
import { ReportSummary } from '../check/ReportSummary';
import { useCheckRunner } from '../check/useCheckRunner';
import { isExampleProfile } from '../profile-store';
import { CHECK_STRINGS as S } from '../strings-check';

// Checking against the case's document list: its own chunk with the list reader.
const CheckAgainstList = lazy(() =>
  import('../aktliste/CheckAgainstList').then((m) => ({ default: m.CheckAgainstList })),
);

export interface CheckViewProps {
  port: DocumentPort;
  /** The authority's profile: lets the check judge the complaint route and offer the guidance as a fix. */
  profile?: AuthorityProfile;
  /** Run the check as soon as the view opens (the ribbon's "Kontrollér brev"). */
  autoRun?: boolean;
  /** Called after the view changed the document (a fix, comments), so the host can refresh. */
  onDocumentChanged?: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  // The findings' heading takes focus after a fix: a Subtitle2 that accepts a ref.
  focusableHeading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The check view.
 * @example <CheckView port={port} profile={profile} autoRun onDocumentChanged={refresh} />
 */
export function CheckView({ port, profile, autoRun, onDocumentChanged }: CheckViewProps): JSX.Element {
  const styles = useStyles();
  const runner = useCheckRunner(port, profile, onDocumentChanged);
  const { busy, report, snapshot, notice, fixes } = runner;
  const findingsHeading = useRef<HTMLHeadingElement>(null);

  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoRun || autoRan.current) return;
    autoRan.current = true;
    void runner.run();
  }, [autoRun, runner]);

  // A changed profile changes the verdict (complaint route, closing days): check again what is shown.
  const shownProfile = useRef(profile);
  useEffect(() => {
    if (shownProfile.current === profile) return;
    shownProfile.current = profile;
    if (report) void runner.run();
  }, [profile, report, runner]);

  // After a fix and its re-run the clicked "Ret" may be gone with its finding: keyboard focus goes to the
  // findings, not to the top of the page.
  useEffect(() => {
    if (fixes > 0 && !busy) findingsHeading.current?.focus();
  }, [fixes, busy]);

  const findings = report?.findings ?? [];
  return (
    <section className={styles.root} aria-labelledby="aktindsigt-check-heading">
      <Title3 as="h2" id="aktindsigt-check-heading" className={styles.heading}>
        {S.heading}
      </Title3>
      {!report && (
        <Body1 as="p" className={styles.text}>
          {S.intro}
        </Body1>
      )}
      {isExampleProfile(profile) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{S.exampleProfile}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void runner.run()}>
          {S.run}
        </Button>
      </div>
      {busy && <Spinner size="small" labelPosition="after" label={busy} />}
      {notice && <CheckNoticeBar notice={notice} onDismiss={runner.dismissNotice} />}
      {report && (
        <>
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>
              {S.resultHeading}
            </Subtitle2>
            <ReportSummary report={report} />
          </div>
          <div className={styles.section}>
            <h3 className={styles.focusableHeading} ref={findingsHeading} tabIndex={-1}>
              {S.findingsHeading}
            </h3>
            {findings.length === 0 ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{S.noFindingsTitle}</MessageBarTitle>
                  {S.noFindingsBody}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <FindingGroups
                findings={findings}
                snapshot={snapshot}
                disabled={busy !== undefined}
                onReveal={(f) => void runner.reveal(f)}
                onFix={(f) => void runner.applyFix(f)}
              />
            )}
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>
              {S.reviewerHeading}
            </Subtitle2>
            <Body1 as="p" className={styles.text}>
              {S.reviewerIntro}
            </Body1>
            <div className={styles.actions}>
              <Button
                disabled={busy !== undefined || findings.length === 0}
                onClick={() => void runner.annotate()}
              >
                {S.annotate}
              </Button>
              <Button disabled={busy !== undefined} onClick={() => void runner.clearAnnotations()}>
                {S.clearAnnotations}
              </Button>
            </div>
          </div>
        </>
      )}
      <Suspense fallback={null}>
        <CheckAgainstList port={port} />
      </Suspense>
    </section>
  );
}
