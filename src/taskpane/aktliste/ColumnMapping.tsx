/**
 * How the list's columns were read: one line per field, and, when a needed column is missing or a match is
 * weak (or the user asks), a choice of column per field. A choice is remembered for the header's signature.
 */
import {
  Badge,
  Button,
  Caption1,
  Field as FluentField,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { FIELDS, type Field, type ListHeader } from '../../aktliste';
import { AKTLISTE_STRINGS as S } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Fields the list cannot be used without, and fields shown whether found or not. */
const NEEDED: readonly Field[] = ['decision', 'reason'];
const SHOWN: readonly Field[] = ['aktId', 'title', 'date', 'decision', 'reason', 'inRequest'];

export interface ColumnMappingProps {
  header: ListHeader;
  busy: boolean;
  onChange: (field: Field, column: number | null) => void;
}

/** True when the pane should open the column choices by itself. */
export function mappingNeedsUser(header: ListHeader): boolean {
  return header.weak.length > 0 || NEEDED.some((f) => header.columnIndex[f] === undefined);
}

/**
 * @example <ColumnMapping header={list.header} busy={false} onChange={(f, c) => void setColumn(f, c)} />
 */
export function ColumnMapping({ header, busy, onChange }: ColumnMappingProps): JSX.Element {
  const styles = useStyles();
  const needs = mappingNeedsUser(header);
  const [open, setOpen] = useState(needs);
  const hidden = new Set(header.hiddenColumns);
  const shown = FIELDS.filter((f) => SHOWN.includes(f) || header.columnIndex[f] !== undefined);
  const headerText = (column: number) => header.cells[column] ?? '';
  return (
    <div className={styles.root}>
      <Caption1>{needs ? S.mappingNeeded : S.mappingIntro}</Caption1>
      {header.hiddenColumns.length > 0 ? (
        <Caption1>{S.hiddenNote(header.hiddenColumns.map(headerText))}</Caption1>
      ) : null}
      {open ? (
        shown.map((field) => {
          const column = header.columnIndex[field];
          return (
            <FluentField key={field} label={S.fields[field]}>
              <Select
                value={column === undefined ? '' : String(column)}
                disabled={busy}
                onChange={(_, data) => onChange(field, data.value === '' ? null : Number(data.value))}
              >
                <option value="">{S.noColumn}</option>
                {header.cells.map((cell, index) => (
                  <option key={index} value={String(index)}>
                    {`${S.columnOption(index, cell)}${hidden.has(index) ? ` ${S.hiddenColumn}` : ''}`}
                  </option>
                ))}
              </Select>
            </FluentField>
          );
        })
      ) : (
        <ul className={styles.list} aria-label={S.mappingHeading}>
          {shown.map((field) => {
            const column = header.columnIndex[field];
            return (
              <li key={field} className={styles.item}>
                <span>
                  {`${S.fields[field]}: ${column === undefined ? S.noColumn : `»${headerText(column)}«`}`}
                </span>
                {header.weak.includes(field) ? <Badge appearance="outline">{S.weak}</Badge> : null}
                {header.corrected.includes(field) ? <Badge appearance="tint">{S.corrected}</Badge> : null}
                {column !== undefined && hidden.has(column) ? (
                  <Badge appearance="outline" color="warning">
                    {S.hiddenColumn}
                  </Badge>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <Button size="small" onClick={() => setOpen(!open)}>
          {open ? S.doneCorrecting : S.correctColumns}
        </Button>
      </div>
    </div>
  );
}
