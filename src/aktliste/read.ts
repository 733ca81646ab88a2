/**
 * Reading a document list from bytes (a file) or text (a paste): detect the format by content first, then
 * by the name; refuse what is not a list with a Danish reason; map the rows. Takes bytes, never a path, so
 * it runs in the browser as in Node, and it never writes anywhere. The spreadsheet readers load lazily.
 */
import { compoundEntryNames, looksLikeCompoundFile } from '../docx/cfb';
import { mb } from '../docx/errors';
import { readLetter, ReadError, READ_MESSAGES } from '../docx';
import { looksLikeZip } from '../docx/zip';
import { readCsv, readPaste } from './csv';
import { tablesOf } from './docx-table';
import { fromReadError, listError, ListReadError } from './errors';
import type { Grid } from './grid';
import { LIST_LIMITS, type ListLimits } from './limits';
import { buildAktliste, type Aktliste, type BuildOptions } from './rows';
import { readXlsx, zipKind } from './xlsx';

export type ListFormat = 'xlsx' | 'csv' | 'paste' | 'docx';

export interface ReadListOptions extends BuildOptions {
  /** The file's name: its extension decides only when the bytes do not. */
  fileName?: string;
}

export interface ReadList extends Aktliste {
  format: ListFormat;
}

/** Extensions a folder of lists is searched for. */
export const LIST_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt', '.xls'] as const;

const TEXT_EXTENSIONS = new Set(['', '.csv', '.tsv', '.tab', '.txt']);
const ZIP_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.docx', '.docm']);

function extensionOf(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** Bounds every grid, whatever its format, by the list limits (cells measured after reading). */
function checkGrids(grids: readonly Grid[], limits: ListLimits): void {
  for (const grid of grids) {
    if (grid.rows.length > limits.maxRows) throw listError('tooManyRows', grid.rows.length, limits.maxRows);
    grid.rows.forEach((row, i) => {
      if (row.length > limits.maxColumns) throw listError('tooManyColumns', row.length, limits.maxColumns);
      for (const cell of row) {
        if (typeof cell === 'string' && cell.length > limits.maxCellChars) {
          throw listError('cellTooLong', grid.rowNumbers?.[i] ?? i + 1, limits.maxCellChars);
        }
      }
    });
  }
}

function compoundError(bytes: Uint8Array): ListReadError {
  const names = compoundEntryNames(bytes);
  if (!names) return new ListReadError('damagedCompound', READ_MESSAGES.damagedCompound());
  if (names.includes('EncryptedPackage')) return listError('encryptedList');
  if (names.includes('Workbook') || names.includes('Book')) return listError('legacyXls');
  if (names.includes('WordDocument')) {
    return new ListReadError(
      'legacyDoc',
      'Filen er et ældre Word-dokument (.doc), som ikke kan læses. Åbn det i Word, og gem det som .docx.',
    );
  }
  return listError('otherCompoundList');
}

/**
 * The grids a file holds and its format.
 * @example (await readListGrids(bytes, { fileName: 'aktliste.xlsx' })).format // "xlsx"
 */
export async function readListGrids(
  bytes: Uint8Array,
  options: ReadListOptions = {},
): Promise<{ format: ListFormat; grids: Grid[] }> {
  const limits = options.limits ?? LIST_LIMITS;
  if (bytes.length === 0) throw listError('empty');
  if (bytes.length > limits.maxInputBytes) {
    throw listError('tooLarge', mb(bytes.length), mb(limits.maxInputBytes));
  }
  if (looksLikeCompoundFile(bytes)) throw compoundError(bytes);
  const extension = extensionOf(options.fileName);
  if (looksLikeZip(bytes)) {
    const { kind, entries } = zipKind(bytes, limits);
    if (kind === 'xlsx') {
      const grids = await readXlsx(bytes, limits, entries);
      checkGrids(grids, limits);
      return { format: 'xlsx', grids };
    }
    if (kind === 'docx') {
      // A letter (or a .docx renamed .xlsx): its aktliste table.
      let snapshot;
      try {
        snapshot = readLetter(bytes, { fileName: 'aktliste.docx', limits: limits.zip });
      } catch (error) {
        if (error instanceof ReadError) throw fromReadError(error, limits.zip.maxEntries);
        throw error;
      }
      const grids = tablesOf(snapshot);
      if (grids.length === 0) throw listError('noTable');
      checkGrids(grids, limits);
      return { format: 'docx', grids };
    }
    throw listError('notSpreadsheet');
  }
  if (ZIP_EXTENSIONS.has(extension)) throw listError('notZipList', extension);
  if (!TEXT_EXTENSIONS.has(extension)) throw listError('unknownListFormat', options.fileName ?? '');
  return { format: 'csv', grids: [await readCsv(bytes, limits)] };
}

/**
 * Reads a document list file and maps its rows.
 * @example (await readAktliste(bytes, { fileName: 'aktliste.xlsx' })).rows[0].decision // "granted"
 */
export async function readAktliste(bytes: Uint8Array, options: ReadListOptions = {}): Promise<ReadList> {
  const { format, grids } = await readListGrids(bytes, options);
  return { format, ...buildAktliste(grids, options) };
}

/**
 * Reads a table pasted from Excel and maps its rows.
 * @example (await readPastedAktliste('Akt\tTitel\tAktindsigt\n1\tAnsøgning\tJa')).rows.length // 1
 */
export async function readPastedAktliste(text: string, options: BuildOptions = {}): Promise<ReadList> {
  const grid = await readPaste(text, options.limits ?? LIST_LIMITS);
  return { format: 'paste', ...buildAktliste([grid], options) };
}
