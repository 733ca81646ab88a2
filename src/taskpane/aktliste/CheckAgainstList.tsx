/**
 * Kontrol's "Kontrollér mod aktliste": the letter compared with the case's document list (the one imported
 * under Afgørelse, or a file chosen here) by the list rules; the findings shown as the check's own, each with
 * its row (number and title) and a way to the letter's paragraph. Loaded lazily with the list reader.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { compareWithList, LIST_RULES, type ListFinding, type ReadList } from '../../aktliste';
import type { DocumentSnapshot, Finding } from '../../check/types';
import type { DocumentPort } from '../../port';
import { FindingGroups } from '../check/FindingGroups';
import { portMessage } from '../state/port-message';
import { useImportedList } from './imported';
import { ListFileButton } from './ListFileButton';
import { readSource } from './logic';
import { AKTLISTE_STRINGS as S } from './strings';

/** The file types the reader takes. */

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Result {
  name: string;
  findings: ListFinding[];
  snapshot: DocumentSnapshot;
}

export interface CheckAgainstListProps {
  port: DocumentPort;
}

/**
 * @example <CheckAgainstList port={port} />
 */
export function CheckAgainstList({ port }: CheckAgainstListProps): JSX.Element {
  const styles = useStyles();
  const imported = useImportedList();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();

  const compare = async (list: () => Promise<{ list?: ReadList; name: string; error?: string }>) => {
    setBusy(true);
    setError(undefined);
    try {
      const read = await list();
      if (!read.list) {
        setResult(undefined);
        setError(read.error);
        return;
      }
      const snapshot = await port.read();
      setResult({ name: read.name, snapshot, findings: compareWithList(read.list, snapshot, LIST_RULES) });
    } catch (e) {
      setResult(undefined);
      setError(portMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    void compare(async () => {
      // The request's basis as saved in the letter, when there is one: a bare "§ 30" is read in its act.
      const basis = (await port.loadLetterState().catch(() => undefined))?.decision.basis;
      const bytes = new Uint8Array(await file.arrayBuffer());
      return readSource({ kind: 'file', name: file.name, bytes }, basis ? { basis } : {});
    });
  };

  const reveal = (finding: Finding) => {
    void port.reveal(finding.location).catch((e: unknown) => setError(portMessage(e)));
  };

  const withRows = result?.findings.filter((f) => f.row) ?? [];
  return (
    <section className={styles.root} aria-labelledby="aktliste-check-heading">
      <Subtitle2 as="h3" id="aktliste-check-heading" className={styles.heading}>
        {S.checkHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {S.checkIntro}
      </Body1>
      <div className={styles.actions}>
        {imported?.list ? (
          <Button
            disabled={busy}
            onClick={() => void compare(async () => ({ list: imported.list, name: imported.name }))}
          >
            {S.checkUseImported(imported.name)}
          </Button>
        ) : null}
        <ListFileButton
          label={S.checkChooseFile}
          inputLabel={S.checkFileInput}
          disabled={busy}
          onFile={onFile}
        />
      </div>
      {busy ? <Spinner size="tiny" labelPosition="after" label={S.checking} /> : null}
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.checkFailed}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <>
          <MessageBar intent={result.findings.length === 0 ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>{S.checkResult(result.findings.length, result.name)}</MessageBarBody>
          </MessageBar>
          {result.findings.length > 0 ? (
            <FindingGroups
              findings={result.findings}
              snapshot={result.snapshot}
              disabled={busy}
              onReveal={reveal}
              onFix={() => undefined}
            />
          ) : null}
          {withRows.length > 0 ? (
            <>
              <Caption1>{S.checkRowsHeading}</Caption1>
              <ul className={styles.rows} aria-label={S.checkRowsHeading}>
                {withRows.map((f, i) => (
                  <li key={`${f.ruleId}:${f.row?.row ?? 0}:${i}`}>
                    {`${S.rowOf(f.row?.row ?? 0, f.row?.title ?? '')}: ${f.message}`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
