/**
 * Indsæt: composes the plan for the decision, shows which blocks an insert adds, updates and removes (by their
 * Danish titles), the required fields still blank and the composer's warnings (provisions not quoted among
 * them), then one button. Afterwards it says what it did, and which blocks it could not change and why.
 */
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, type JSX } from 'react';
import { composePlan } from '../../letter/compose';
import type { AuthorityProfile, Decision, InsertionPlan } from '../../letter/types';
import type { ApplyResult } from '../../port';
import { fromIso } from '../state/dates';
import { blockTitle, insertPreview } from '../state/derive';
import { STRINGS } from '../strings';

const S = STRINGS.insert;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface InsertViewProps {
  decision: Decision;
  profile?: AuthorityProfile;
  applied?: InsertionPlan;
  /** Ids of the managed blocks in the document, once read. */
  present?: readonly string[];
  busy?: 'reading' | 'inserting';
  lastResult?: ApplyResult;
  /** Reads the document (on showing the view). */
  onRefresh: () => void;
  onInsert: (plan: InsertionPlan, decision: Decision) => void;
  onDismissResult: () => void;
  /** Opens the view where a missing field is filled in. */
  onGoTo?: (view: 'decision' | 'grounds') => void;
}

/** The view that holds a block's fields: the request and the letter kind's own under Afgørelse, the rest under Grunde. */
export function viewOfBlock(blockId: string): 'decision' | 'grounds' {
  return ['request-reference', 'delay', 'identification-request', 'date', 'sender'].includes(blockId)
    ? 'decision'
    : 'grounds';
}

type Composition = { plan: InsertionPlan } | { problem: string };

function compose(decision: Decision, profile: AuthorityProfile | undefined): Composition {
  if (!profile) return { problem: S.noProfile };
  if (!fromIso(decision.letterDate)) return { problem: S.noLetterDate };
  try {
    return { plan: composePlan(decision, profile) };
  } catch {
    // A date the composer cannot write (e.g. restored from a damaged letter): say so, never a blank view.
    return { problem: S.composeFailed };
  }
}

function TitleList({ heading, titles }: { heading: string; titles: readonly string[] }): JSX.Element | null {
  const styles = useStyles();
  if (titles.length === 0) return null;
  return (
    <div className={styles.section}>
      <h4 className={styles.heading}>
        {heading} ({titles.length})
      </h4>
      <ul className={styles.list} aria-label={heading}>
        {titles.map((title, i) => (
          <li key={`${title}-${i}`}>
            <Text>{title}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The insert view. */
export function InsertView(props: InsertViewProps): JSX.Element {
  const {
    decision,
    profile,
    applied,
    present,
    busy,
    lastResult,
    onRefresh,
    onInsert,
    onDismissResult,
    onGoTo,
  } = props;
  const styles = useStyles();
  // Read the document each time the view is shown: the user may have edited it since.
  useEffect(() => onRefresh(), [onRefresh]);
  const composition = useMemo(() => compose(decision, profile), [decision, profile]);

  const result = lastResult ? (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {S.result(lastResult.inserted.length, lastResult.updated.length, lastResult.removed.length)}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismissResult}>
              {STRINGS.app.dismiss}
            </Button>
          }
        />
      </MessageBar>
      {lastResult.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.problemsHeading(lastResult.problems.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {lastResult.problems.map((p) => (
                <li key={`${p.kind}-${p.blockId}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  ) : null;

  if ('problem' in composition) {
    return (
      <div className={styles.root}>
        {result}
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{composition.problem}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const { plan } = composition;
  const preview = insertPreview(plan, applied, present);
  const nothingToDo = preview.add.length === 0 && preview.update.length === 0 && preview.remove.length === 0;

  return (
    <div className={styles.root}>
      {result}
      <section className={styles.section} aria-labelledby="insert-preview">
        <h3 id="insert-preview" className={styles.heading}>
          {S.previewHeading}
        </h3>
        {busy === 'reading' ? <Spinner size="tiny" label={S.reading} labelPosition="after" /> : null}
        {nothingToDo ? <Text>{S.nothingToDo}</Text> : null}
        <TitleList heading={S.willAdd} titles={preview.add.map((b) => b.title)} />
        <TitleList heading={S.willUpdate} titles={preview.update.map((b) => b.title)} />
        <TitleList heading={S.willRemove} titles={preview.remove.map((b) => b.title)} />
        {preview.unchanged.length > 0 ? (
          <Text size={200}>{S.unchanged(preview.unchanged.length)}</Text>
        ) : null}
      </section>

      {plan.missing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.missingHeading(plan.missing.length)}</MessageBarTitle>
            <div>{S.missingText}</div>
            <ul className={styles.list} aria-label={S.missingHeading(plan.missing.length)}>
              {plan.missing.map((m) => {
                const text = S.missingItem(blockTitle(m.blockId, plan), m.label);
                return (
                  <li key={`${m.blockId}-${m.field}`}>
                    {onGoTo ? (
                      <Link as="button" inline onClick={() => onGoTo(viewOfBlock(m.blockId))}>
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {plan.warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.warningsHeading}</MessageBarTitle>
            <ul className={styles.list} aria-label={S.warningsHeading}>
              {plan.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy !== undefined}
          onClick={() => onInsert(plan, decision)}
        >
          {S.button}
        </Button>
        {busy === 'inserting' ? <Spinner size="tiny" label={S.inserting} labelPosition="after" /> : null}
      </div>
    </div>
  );
}
