/**
 * The preview's document view: the in-memory document as a page. Paragraphs keep their heading styles,
 * managed blocks are outlined with their tag and title (and can be deleted by hand, as in Word), the user types
 * in their own paragraphs, a revealed finding is marked and scrolled to, and the pane's comments stand in a
 * margin beside their paragraphs (below them on a narrow screen).
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { Fragment, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Severity } from '../check/types';
import { layoutOf, type Group, type Placed, type Unit } from './document-layout';
import { EditableParagraph } from './EditableParagraph';
import type { MemoryComment, MemoryDocument } from './memory-port';
import { PREVIEW_STRINGS as S, REGION_LABELS, SEVERITY_LABELS } from './strings';

const NARROW = '@media (max-width: 40rem)';

const useStyles = makeStyles({
  sheet: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '62rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    color: tokens.colorNeutralForeground1,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontSize: '1rem',
    lineHeight: 1.5,
    [NARROW]: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
  },
  // The comment margin is there only while there are comments.
  withMargin: {
    gridTemplateColumns: 'minmax(0, 1fr) 15rem',
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  content: { minWidth: 0 },
  // A managed block's outline: each row draws its part of the frame around the content column.
  framed: {
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground2,
  },
  frameTop: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    fontFamily: tokens.fontFamilyBase,
  },
  frameBottom: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    marginBottom: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
  },
  tag: { color: tokens.colorBrandForeground2, overflowWrap: 'anywhere' },
  region: {
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    marginTop: tokens.spacingVerticalS,
  },
  h2: { fontSize: '1.4rem', lineHeight: 1.3, margin: '1.25rem 0 0.75rem' },
  h3: { fontSize: '1.15rem', lineHeight: 1.3, margin: '1rem 0 0.5rem' },
  h4: { fontSize: '1rem', lineHeight: 1.3, margin: '0.75rem 0 0.5rem' },
  p: { margin: '0 0 0.6rem', minHeight: '1.5em' },
  quote: {
    margin: '0 0 0.6rem',
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: 'italic',
  },
  listLabel: { marginRight: tokens.spacingHorizontalS },
  listRow: { display: 'flex', alignItems: 'baseline' },
  table: {
    borderCollapse: 'collapse',
    maxWidth: '100%',
    margin: '0 0 0.75rem',
    fontSize: '0.95rem',
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'top',
  },
  headerCell: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  comments: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyBase,
    [NARROW]: { marginBottom: tokens.spacingVerticalS },
  },
  comment: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'flex-start',
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  empty: { fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/**
 * The page's heading element for each heading level the document uses: the page title is the one `h1`, so the
 * letter's headings start at `h2`, and levels the letter skips (a letter whose headings are all "Heading 2")
 * are closed up, so the page's outline has no gaps.
 */
function headingElements(levels: readonly (number | undefined)[]): Map<number, 'h2' | 'h3' | 'h4'> {
  const used = [...new Set(levels.filter((l): l is number => l !== undefined && l > 0))].sort(
    (a, b) => a - b,
  );
  const elements = ['h2', 'h3', 'h4'] as const;
  return new Map(used.map((level, rank) => [level, elements[Math.min(rank, 2)] as 'h2' | 'h3' | 'h4']));
}

export interface DocumentViewProps {
  doc: MemoryDocument;
}

/**
 * The document view over a `MemoryDocument`; it re-renders on every change of the document.
 * @example <DocumentView doc={new MemoryDocument([{ text: 'Kære Eva' }])} />
 */
export function DocumentView({ doc }: DocumentViewProps) {
  const styles = useStyles();
  const view = useSyncExternalStore(doc.subscribe, doc.getView);
  const elements = useRef(new Map<number, HTMLElement>());
  const [focusKey, setFocusKey] = useState<number | undefined>(undefined);

  const register = useCallback((key: number, element: HTMLElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  }, []);

  useEffect(() => {
    if (focusKey === undefined) return;
    const element = elements.current.get(focusKey);
    if (!element) return;
    element.focus();
    // The caret at the end of the paragraph, as after typing.
    const selection = window.getSelection();
    if (selection) {
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    }
    setFocusKey(undefined);
  }, [focusKey, view]);

  const editable = !view.protected;
  const handlers = {
    onEdit: (key: number, text: string) => doc.editText(key, text),
    onEnter: (key: number) => setFocusKey(doc.splitAfter(key)),
    onBackspaceEmpty: (key: number) => {
      const index = view.paragraphs.findIndex((p) => p.key === key);
      const previous = view.paragraphs[index - 1];
      // The last paragraph stays, so there is always somewhere to type.
      if (view.paragraphs.length <= 1) return;
      doc.remove([key]);
      if (previous && !previous.blockId) setFocusKey(previous.key);
    },
    onFocusParagraph: (key: number) => doc.setCursor(key),
    register,
  };

  const headings = headingElements(view.paragraphs.map((p) => p.headingLevel));
  const hasRegions = view.paragraphs.some((p) => p.region !== undefined);
  const rowClass = mergeClasses(styles.row, view.comments.length > 0 && styles.withMargin);
  const commentsFor = (keys: readonly number[]) => {
    const wanted = new Set(keys);
    return view.comments.filter((c) => wanted.has(c.paragraphKey));
  };

  const renderParagraph = (item: Placed, managed: boolean, className?: string) => {
    const { paragraph } = item;
    const heading = paragraph.headingLevel ? headings.get(paragraph.headingLevel) : undefined;
    const as = heading ?? 'p';
    const element = (
      <EditableParagraph
        key={paragraph.key}
        paragraph={paragraph}
        as={as}
        className={mergeClasses(
          heading ? styles[heading] : paragraph.quote ? styles.quote : styles.p,
          className,
        )}
        editable={editable && !managed}
        highlight={view.highlight?.key === paragraph.key ? view.highlight : undefined}
        {...handlers}
      />
    );
    if (!paragraph.listLabel) return element;
    return (
      <div className={styles.listRow} key={paragraph.key}>
        <span className={styles.listLabel} aria-hidden="true">
          {paragraph.listLabel}
        </span>
        {element}
      </div>
    );
  };

  const renderCell = (cell: Placed, managed: boolean) => (
    <EditableParagraph
      paragraph={cell.paragraph}
      as="div"
      editable={editable && !managed}
      highlight={view.highlight?.key === cell.paragraph.key ? view.highlight : undefined}
      {...handlers}
    />
  );

  const renderUnit = (unit: Unit, managed: boolean) => {
    if (unit.kind === 'paragraph') return renderParagraph(unit.item, managed);
    const rows = unit.rows.filter((row) => row.length > 0);
    // The header row (the column names) as column headers, so a screen reader announces each cell's column.
    const headerRows = rows.filter((row) => row.every((cell) => cell.paragraph.cell?.header === true));
    const bodyRows = rows.filter((row) => !headerRows.includes(row));
    return (
      <table className={styles.table}>
        {headerRows.length > 0 && (
          <thead>
            {headerRows.map((row) => (
              <tr key={row[0]?.paragraph.key}>
                {row.map((cell) => (
                  <th
                    key={cell.paragraph.key}
                    scope="col"
                    className={mergeClasses(styles.cell, styles.headerCell)}
                  >
                    {renderCell(cell, managed)}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody>
          {bodyRows.map((row) => (
            <tr key={row[0]?.paragraph.key}>
              {row.map((cell) => (
                <td key={cell.paragraph.key} className={styles.cell}>
                  {renderCell(cell, managed)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  const unitKeys = (unit: Unit) =>
    unit.kind === 'paragraph'
      ? [unit.item.paragraph.key]
      : unit.rows.flatMap((row) => row.map((cell) => cell.paragraph.key));
  const unitIndex = (unit: Unit) =>
    unit.kind === 'paragraph' ? unit.item.index : (unit.rows[0]?.[0]?.index ?? 0);

  const renderGroup = (group: Group, groupIndex: number) => {
    const managed = group.blockId !== undefined;
    const rows = group.units.map((unit, i) => (
      <div className={rowClass} key={unitKeys(unit)[0] ?? i}>
        <div
          className={mergeClasses(
            styles.content,
            managed && styles.framed,
            managed && i === group.units.length - 1 && styles.frameBottom,
          )}
        >
          {renderUnit(unit, managed)}
        </div>
        <Comments comments={commentsFor(unitKeys(unit))} paragraphNumber={unitIndex(unit) + 1} />
      </div>
    ));
    if (group.blockId) {
      const title = group.blockTitle ?? group.blockId;
      return (
        <div role="group" aria-label={S.blockLabel(title)} key={`block-${group.blockId}-${groupIndex}`}>
          <div className={rowClass}>
            <div className={mergeClasses(styles.content, styles.framed, styles.frameTop)}>
              <Caption1 className={styles.tag}>
                aktindsigt:{group.blockId} · {title}
              </Caption1>
              {editable && (
                <Tooltip content={S.deleteBlock(title)} relationship="label">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={() => doc.deleteBlock(group.blockId as string)}
                  />
                </Tooltip>
              )}
            </div>
          </div>
          {rows}
        </div>
      );
    }
    if (group.region) {
      return (
        <div role="group" aria-label={REGION_LABELS[group.region]} key={`region-${groupIndex}`}>
          <div className={rowClass}>
            <Caption1 className={styles.region}>{REGION_LABELS[group.region]}</Caption1>
          </div>
          {rows}
        </div>
      );
    }
    if (hasRegions) {
      // Beside a page header or footer, the body says where it begins.
      return (
        <div role="group" aria-label={S.bodyLabel} key={`body-${groupIndex}`}>
          <div className={rowClass}>
            <Caption1 className={styles.region}>{S.bodyLabel}</Caption1>
          </div>
          {rows}
        </div>
      );
    }
    return <Fragment key={`user-${groupIndex}`}>{rows}</Fragment>;
  };

  return (
    <div className={styles.sheet} lang="da">
      {view.paragraphs.length === 0 ? (
        <Body1 className={styles.empty}>{S.emptyDocument}</Body1>
      ) : (
        layoutOf(view.paragraphs).map(renderGroup)
      )}
    </div>
  );
}

function Comments({
  comments,
  paragraphNumber,
}: {
  comments: readonly MemoryComment[];
  paragraphNumber: number;
}) {
  const styles = useStyles();
  if (comments.length === 0) return <div />;
  return (
    <ul className={styles.comments} aria-label={S.commentsLabel(paragraphNumber)}>
      {comments.map((comment) => (
        <li key={comment.id} className={mergeClasses(styles.comment, styles[comment.severity])}>
          <Badge appearance="tint" color={BADGE_COLOR[comment.severity]} size="small">
            {SEVERITY_LABELS[comment.severity]}
          </Badge>
          <span>{comment.text}</span>
        </li>
      ))}
    </ul>
  );
}
