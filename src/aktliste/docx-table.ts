/**
 * The aktliste table of an existing Word letter, read with the .docx reader: every table of the letter
 * becomes a grid (one row per table row, a cell's paragraphs joined by line breaks), and the mapping
 * picks the one with a recognisable header.
 */
import type { DocumentSnapshot } from '../check/types';
import type { Grid } from './grid';

/** Which letter paragraph each cell came from, for findings that point into the letter. */
export interface TableGrid extends Grid {
  /** `paragraphs[row][cell]`: the index of the cell's first paragraph in the snapshot. */
  paragraphs: number[][];
}

/**
 * The tables of a letter as grids, in document order.
 * @example tablesOf(readLetter(bytes)).map((g) => g.name) // ["Tabel 1"]
 */
export function tablesOf(snapshot: DocumentSnapshot): TableGrid[] {
  const byTable = new Map<number, TableGrid>();
  snapshot.paragraphs.forEach((p, index) => {
    if (!p.table) return;
    const { table, row, cell } = p.table;
    let grid = byTable.get(table);
    if (!grid) {
      grid = { name: `Tabel ${byTable.size + 1}`, rows: [], rowNumbers: [], paragraphs: [] };
      byTable.set(table, grid);
    }
    const cells = (grid.rows[row] ??= []);
    const at = (grid.paragraphs[row] ??= []);
    const previous = cells[cell];
    cells[cell] = typeof previous === 'string' && previous !== '' ? `${previous}\n${p.text}` : p.text;
    at[cell] ??= index;
  });
  return [...byTable.values()].map((grid) => {
    // Rows the reader met (merged rows may leave holes); row numbers are the table's own, one-based.
    const rows = grid.rows.map((cells) => Array.from(cells ?? [], (c) => c ?? null));
    return { ...grid, rows, rowNumbers: rows.map((_, i) => i + 1) };
  });
}
