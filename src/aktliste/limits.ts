/**
 * What the list reader accepts before it calls a file hostile. A case's document list is a few hundred rows
 * and a dozen columns; these bounds are far above any list and far below what would exhaust a 512 MB heap.
 * The zip bounds are the .docx reader's (src/docx/limits.ts).
 */
import { DEFAULT_LIMITS as DOCX_LIMITS, type ReadLimits } from '../docx';

export interface ListLimits {
  /** The zip checks shared with the .docx reader (entries, declared sizes, ratios, part size). */
  zip: ReadLimits;
  /** Size of the file itself. */
  maxInputBytes: number;
  /** Rows of one sheet (or CSV), header and title rows included. */
  maxRows: number;
  maxColumns: number;
  /** Rows times columns of the area a sheet's cells span (a lone cell at XFD1048576 spans the whole sheet). */
  maxCells: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** Rows searched for the header. */
  headerSearchRows: number;
}

const MB = 1024 * 1024;

export const LIST_LIMITS: ListLimits = {
  zip: { ...DOCX_LIMITS, maxEntries: 2000, maxPartBytes: 64 * MB },
  maxInputBytes: 50 * MB,
  maxRows: 50_000,
  maxColumns: 500,
  maxCells: 2_000_000,
  maxCellChars: 100_000,
  headerSearchRows: 20,
};
