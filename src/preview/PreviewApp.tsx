/**
 * The preview page: a toolbar (new blank letter, sample letter, open a .docx), the document view, and the task
 * pane beside it, all over one in-memory document. A letter opened or dropped is read in the browser and
 * replaces the document only when it could be read; otherwise the reader's Danish reason is shown and the
 * current letter stays. Each new letter gets a fresh pane, as Word gives each document its own.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Spinner,
  Title3,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  tokens,
  mergeClasses,
} from '@fluentui/react-components';
import {
  DismissRegular,
  DocumentAddRegular,
  DocumentTextRegular,
  FolderOpenRegular,
  LockClosedRegular,
} from '@fluentui/react-icons';
import { useRef, useState, useSyncExternalStore, type DragEvent, type ReactNode } from 'react';
import { DocumentView } from './DocumentView';
import { blankLetter, readLetterFile, sampleLetter } from './letters';
import type { MemoryDocument, ParagraphInit } from './memory-port';
import { PREVIEW_STRINGS as S } from './strings';

const NARROW = '@media (max-width: 48rem)';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 22rem',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    gridTemplateAreas: '"header header" "document pane"',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    [NARROW]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto auto auto',
      // Narrow (a phone, or Word's 320 px): the pane first, the letter below it.
      gridTemplateAreas: '"header" "pane" "document"',
      height: 'auto',
    },
  },
  header: {
    gridArea: 'header',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  toolbar: { flexWrap: 'wrap', padding: 0 },
  document: {
    gridArea: 'document',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalL,
    // A grid, not a column flexbox: a long letter must not squeeze the message above it.
    display: 'grid',
    alignContent: 'start',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    [NARROW]: { overflowY: 'visible', padding: tokens.spacingHorizontalS },
  },
  dropping: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  pane: {
    gridArea: 'pane',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    [NARROW]: {
      overflowY: 'visible',
      borderLeft: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  hidden: { display: 'none' },
});

type Notice =
  | { kind: 'reading'; name: string }
  | { kind: 'opened'; name: string; paragraphs: number }
  | { kind: 'failed'; name: string; reason: string };

export interface PreviewAppProps {
  doc: MemoryDocument;
  /** The task pane for the current letter; `letter` changes with every letter loaded. */
  renderPane: (letter: number) => ReactNode;
}

/**
 * The preview page.
 * @example <PreviewApp doc={doc} renderPane={(letter) => <App key={letter} port={port} profileStore={store} />} />
 */
export function PreviewApp({ doc, renderPane }: PreviewAppProps) {
  const styles = useStyles();
  const [letter, setLetter] = useState(0);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const isProtected = useSyncExternalStore(doc.subscribe, () => doc.getView().protected);

  const load = (paragraphs: ParagraphInit[]) => {
    doc.load(paragraphs);
    doc.setProtected(false);
    setLetter((n) => n + 1);
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    setNotice({ kind: 'reading', name: file.name });
    try {
      const paragraphs = await readLetterFile(file);
      load(paragraphs);
      setNotice({ kind: 'opened', name: file.name, paragraphs: paragraphs.length });
    } catch (error) {
      // The reader's ReadError carries the Danish reason; anything else is a bug, shown rather than hidden.
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ kind: 'failed', name: file.name, reason });
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropping(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {S.pageTitle}
        </Title3>
        <Toolbar
          aria-label={S.toolbarLabel}
          className={styles.toolbar}
          size="small"
          checkedValues={{ protection: isProtected ? ['on'] : [] }}
          onCheckedValueChange={(_, data) => doc.setProtected(data.checkedItems.includes('on'))}
        >
          <ToolbarButton
            icon={<DocumentAddRegular />}
            onClick={() => {
              setNotice(undefined);
              load(blankLetter());
            }}
          >
            {S.newBlank}
          </ToolbarButton>
          <ToolbarButton
            icon={<DocumentTextRegular />}
            onClick={() => {
              setNotice(undefined);
              load(sampleLetter());
            }}
          >
            {S.sample}
          </ToolbarButton>
          <ToolbarButton icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
            {S.open}
          </ToolbarButton>
          <ToolbarDivider />
          {/* As Word's "Begræns redigering": the pane must then say so in Danish rather than change anything. */}
          <ToolbarToggleButton icon={<LockClosedRegular />} name="protection" value="on">
            {S.protect}
          </ToolbarToggleButton>
        </Toolbar>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".docx,.txt,.md"
          aria-label={S.fileInputLabel}
          onChange={(event) => {
            const input = event.currentTarget;
            void open(input.files?.[0]).finally(() => {
              // The same file may be chosen again after the user fixed it.
              input.value = '';
            });
          }}
        />
      </header>
      {/* The pane is the page's <main> (it is the whole page in Word), so the document is a named region
          and the pane's wrapper no landmark at all: a main inside another landmark confuses screen readers. */}
      <section
        className={mergeClasses(styles.document, dropping && styles.dropping)}
        aria-label={S.documentLabel}
        // The document scrolls on its own; keyboard users scroll it by focusing it.
        tabIndex={0}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />}
        <DocumentView doc={doc} />
      </section>
      <div className={styles.pane}>{renderPane(letter)}</div>
    </div>
  );
}

function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  if (notice.kind === 'reading') {
    return <Spinner size="tiny" label={S.reading(notice.name)} />;
  }
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={S.dismiss}
          icon={<DismissRegular />}
          onClick={onDismiss}
        />
      }
    />
  );
  if (notice.kind === 'opened') {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{S.opened(notice.name, notice.paragraphs)}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{S.openFailed(notice.name)}</MessageBarTitle> {notice.reason} {S.keptDocument}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
