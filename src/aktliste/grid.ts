/**
 * What every list format is read into before the mapping: named grids of cell values (a sheet, a CSV, a
 * pasted table, a Word table). Cells keep their type where the format has one (Excel dates and numbers).
 */
export type CellValue = string | number | boolean | Date | null;

export interface Grid {
  /** The sheet's name, "CSV", "Indsat tabel" or "Tabel 2". */
  name: string;
  /** Rows in order; `rowNumbers[i]` is row i's number as the user sees it (1-based). */
  rows: CellValue[][];
  rowNumbers?: number[];
  /** 0-based columns hidden in the sheet (an .xlsx `<col hidden="1">`); absent when none are. */
  hiddenColumns?: number[];
}

/**
 * Normalises a header or a phrase for matching: lower case, letters and digits only, single spaces.
 * @example normalise('Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)') // "gives der aktindsigt i dokumentet ja nej delvis"
 */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A cell as text: dates as ISO, numbers as written by Excel (no thousands separators), booleans Danish. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  return value.replace(/\u00a0/g, ' ').trim();
}
