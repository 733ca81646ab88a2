/**
 * Afgørelse's optional "Aktliste" section: import the case's document list (a file or a table pasted from
 * Excel), see how it was read (sheet, header row, columns, rows, problems), correct the columns and answer the
 * reasons it could not map, then "Brug aktlisten": the outcome proposed, the grounds ticked, the documents
 * set for the letter's aktliste table. Where the list and the jurist's later choices disagree, it says so,
 * calmly. Loaded lazily with the list reader: nothing of it is in the pane's first render.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import { unionOfGrounds } from '../../aktliste';
import { groundById } from '../../grounds';
import type { AuthorityProfile, Decision } from '../../letter/types';
import type { PaneAction } from '../state/pane-state';
import { STRINGS } from '../strings';
import { ColumnMapping } from './ColumnMapping';
import { ListFileButton } from './ListFileButton';
import { ListRows } from './ListRows';
import { disagreements, listActions } from './logic';
import { ReasonPicker } from './ReasonPicker';
import { AKTLISTE_STRINGS as S } from './strings';
import { useAktliste } from './useAktliste';

/** The file types the reader takes (a letter's own aktliste table included). */

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AktlisteSectionProps {
  decision: Decision;
  profile?: AuthorityProfile;
  dispatch: (action: PaneAction) => void;
  /** The profile store; when it remembers aktliste choices (the browser store does), they are kept there. */
  store?: unknown;
}

/**
 * @example <AktlisteSection decision={decision} profile={profile} dispatch={dispatch} store={profileStore} />
 */
export function AktlisteSection({ decision, profile, dispatch, store }: AktlisteSectionProps): JSX.Element {
  const styles = useStyles();
  const aktliste = useAktliste(decision.basis, profile, store);
  const { imported, busy } = aktliste;
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [used, setUsed] = useState<number>();
  const list = imported?.list;
  const header = list?.header ?? imported?.header;
  const labelOf = (id: string) => groundById(id)?.label ?? id;
  const differences = useMemo(
    () => disagreements(decision, labelOf, (o) => STRINGS.decision.outcomes[o]),
    [decision],
  );
  const unresolved = list ? unionOfGrounds(list.rows).unresolved : [];
  const problemRows = list ? list.rows.filter((r) => r.problems.length > 0).length : 0;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUsed(undefined);
    await aktliste.read({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const onUse = () => {
    if (!list) return;
    const actions = listActions(list, decision);
    for (const action of actions) dispatch(action);
    const documents = actions.find((a) => a.type === 'documents');
    setUsed(documents?.type === 'documents' ? (documents.documents?.length ?? 0) : 0);
  };

  return (
    <section className={styles.root} aria-labelledby="aktliste-heading">
      <Subtitle2 as="h3" id="aktliste-heading" className={styles.heading}>
        {S.heading}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {S.intro}
      </Body1>
      <div className={styles.actions}>
        <ListFileButton
          label={S.loadFile}
          inputLabel={S.fileInput}
          disabled={busy}
          onFile={(file) => void onFile(file)}
        />
        <Button disabled={busy} onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
          {S.paste}
        </Button>
      </div>
      {pasting ? (
        <div className={styles.block}>
          <Field label={S.pasteLabel}>
            <Textarea value={pasted} rows={5} resize="vertical" onChange={(_, d) => setPasted(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || pasted.trim() === ''}
              onClick={() => {
                setUsed(undefined);
                void aktliste.read({ kind: 'paste', text: pasted }).then(() => setPasting(false));
              }}
            >
              {S.pasteRead}
            </Button>
            <Button onClick={() => setPasting(false)}>{S.pasteCancel}</Button>
          </div>
        </div>
      ) : null}
      {busy ? <Spinner size="tiny" labelPosition="after" label={S.reading} /> : null}
      {aktliste.memoryWarning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{aktliste.memoryWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {imported?.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.readFailed}</MessageBarTitle>
            {imported.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {imported ? (
        <div className={styles.block}>
          <Caption1>{S.source(imported.name)}</Caption1>
          {list || imported.sheet ? (
            <Caption1>{S.sheet(list?.sheet ?? imported.sheet ?? '')}</Caption1>
          ) : null}
          {list && list.sheets.length > 1 ? (
            <Caption1>{S.otherSheets(list.sheets.filter((s) => s !== list.sheet))}</Caption1>
          ) : null}
          {list ? <Caption1>{S.headerRow(list.headerRow)}</Caption1> : null}
        </div>
      ) : null}
      {header ? (
        <div className={styles.block}>
          <Subtitle2 as="h4" className={styles.heading}>
            {S.mappingHeading}
          </Subtitle2>
          <ColumnMapping
            key={header.signature}
            header={header}
            busy={busy}
            onChange={(field, column) => void aktliste.setColumn(field, column)}
          />
        </div>
      ) : null}
      {list ? (
        <>
          <div className={styles.block}>
            <Subtitle2 as="h4" className={styles.heading}>
              {S.rowsHeading(list.rows.length)}
            </Subtitle2>
            {problemRows > 0 ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{S.problemCount(problemRows)}</MessageBarBody>
              </MessageBar>
            ) : null}
            <ListRows rows={list.rows} label={S.rowsTable} />
          </div>
          {list.outside.length > 0 ? (
            <div className={styles.block}>
              <Subtitle2 as="h4" className={styles.heading}>
                {S.outsideHeading(list.outside.length)}
              </Subtitle2>
              <Caption1>{S.outsideIntro}</Caption1>
              <ListRows rows={list.outside} label={S.outsideTable} />
            </div>
          ) : null}
          {list.unmapped.length > 0 ? (
            <div className={styles.block}>
              <Subtitle2 as="h4" className={styles.heading}>
                {S.unmappedHeading}
              </Subtitle2>
              <Caption1>{S.unmappedIntro}</Caption1>
              {list.unmapped.map((reason) => (
                <ReasonPicker
                  key={`${decision.basis}:${reason}`}
                  reason={reason}
                  basis={decision.basis}
                  busy={busy}
                  onAnswer={(r, ids) => void aktliste.answer(r, ids)}
                />
              ))}
            </div>
          ) : null}
          <div className={styles.block}>
            <Caption1>{S.useHint}</Caption1>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={onUse}>
                {S.use}
              </Button>
            </div>
          </div>
        </>
      ) : null}
      {used !== undefined ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {S.used(used)}
            {unresolved.length > 0 ? ` ${S.unresolved(unresolved)}` : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {decision.documents ? (
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={() => {
              setUsed(undefined);
              dispatch({ type: 'documents', documents: undefined });
            }}
          >
            {S.removeList}
          </Button>
        </div>
      ) : null}
      {differences.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.disagreeHeading}</MessageBarTitle>
            <ul className={styles.list}>
              {differences.map((d) => (
                <li key={`${d.kind}:${d.groundId ?? ''}`}>{d.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
