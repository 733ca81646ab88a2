/** The list's rows in a compact table: akt nr., titel, aktindsigt, grounds, the row's problems. */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import type { ListRow } from '../../aktliste';
import { formatShortRef } from '../../law/citations';
import { AKTLISTE_STRINGS as S } from './strings';

const useStyles = makeStyles({
  // Word's pane is narrow: the table scrolls sideways rather than squeezing the titles to nothing.
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '28rem' },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

export interface ListRowsProps {
  rows: readonly ListRow[];
  /** The table's accessible name. */
  label: string;
}

/** The grounds of a row as short citations ("offl. § 30, nr. 1"). */
function groundsOf(row: ListRow): string {
  return row.grounds.map((g) => formatShortRef(g.ref)).join('; ');
}

/**
 * @example <ListRows rows={list.rows} label={S.rowsTable} />
 */
export function ListRows({ rows, label }: ListRowsProps): JSX.Element {
  const styles = useStyles();
  return (
    // Scrolls sideways in a narrow pane: focusable, so the keyboard can scroll it too.
    <div className={styles.wrap} role="region" aria-label={label} tabIndex={0}>
      <Table size="extra-small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{S.columns.akt}</TableHeaderCell>
            <TableHeaderCell>{S.columns.title}</TableHeaderCell>
            <TableHeaderCell>{S.columns.decision}</TableHeaderCell>
            <TableHeaderCell>{S.columns.grounds}</TableHeaderCell>
            <TableHeaderCell>{S.columns.problems}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.row}>
              <TableCell>{row.aktId ?? row.docId ?? String(row.row)}</TableCell>
              <TableCell>{row.title}</TableCell>
              <TableCell>
                {row.decision ? S.decisions[row.decision] : row.decisionText || S.noDecision}
              </TableCell>
              <TableCell>{row.decision === 'granted' ? '' : groundsOf(row)}</TableCell>
              <TableCell>
                {row.problems.length > 0 ? (
                  <ul className={styles.list}>
                    {row.problems.map((p, i) => (
                      <li key={i} className={styles.problem}>
                        {p.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
