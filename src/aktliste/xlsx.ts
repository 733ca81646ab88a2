/**
 * .xlsx lists, read with read-excel-file (loaded lazily: it never weighs on the pane's first load). The zip
 * is judged first by the .docx reader's central-directory checks (entry count, declared sizes, ratios,
 * names), every XML part is refused if it declares a DOCTYPE or entity, and each sheet's extent is measured
 * from its cell references before read-excel-file, which sets no limits of its own and fills a sheet
 * densely, ever sees it. Cached formula values are what it reads; vertically merged cells are filled down
 * from their top cell (a reason merged over three documents belongs to each).
 */
import { ReadError } from '../docx';
import { inflateEntries, listEntries, type ZipEntry } from '../docx/zip';
import { attrOf, childrenOf, decodeXmlBytes, hasDoctype, nameOf, parseXml, type XmlNode } from '../docx/xml';
import { readError } from '../docx/errors';
import { fromReadError, listError } from './errors';
import type { CellValue, Grid } from './grid';
import type { ListLimits } from './limits';

/** What a zip holds, as far as the list reader cares. */
export type ZipKind = 'xlsx' | 'docx' | 'other';

/**
 * The zip's entries, validated by the .docx reader's limits, and what kind of package it is.
 * @example zipKind(bytes, LIST_LIMITS).kind // "xlsx"
 */
export function zipKind(bytes: Uint8Array, limits: ListLimits): { kind: ZipKind; entries: ZipEntry[] } {
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes, limits.zip);
  } catch (error) {
    if (error instanceof ReadError) throw fromReadError(error, limits.zip.maxEntries);
    throw error;
  }
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', entries };
  if (names.has('word/document.xml')) return { kind: 'docx', entries };
  return { kind: 'other', entries };
}

interface Merge {
  column: number;
  first: number;
  last: number;
}

const COLUMN = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

interface SheetShape {
  merges: Merge[];
  /** 0-based hidden columns (within the sheet's extent). */
  hidden: number[];
}

/** Measures a sheet from its XML text: extent by cell references, number of rows and cells, merges. */
function measureSheet(xml: string, limits: ListLimits): SheetShape {
  let maxRow = 0;
  let maxColumn = 0;
  let cells = 0;
  const cellRef = /<(?:[\w.-]+:)?c\b[^>]*?\br="([A-Z]{1,4})(\d{1,9})"/g;
  for (let m = cellRef.exec(xml); m; m = cellRef.exec(xml)) {
    cells++;
    maxColumn = Math.max(maxColumn, COLUMN(m[1] ?? 'A'));
    maxRow = Math.max(maxRow, Number(m[2]));
  }
  // Cells and rows without references are placed one after another.
  const rowCount = xml.match(/<(?:[\w.-]+:)?row\b/g)?.length ?? 0;
  const cellCount = xml.match(/<(?:[\w.-]+:)?c\b/g)?.length ?? 0;
  maxRow = Math.max(maxRow, rowCount);
  if (maxRow > limits.maxRows) throw listError('tooManyRows', maxRow, limits.maxRows);
  if (maxColumn > limits.maxColumns) throw listError('tooManyColumns', maxColumn, limits.maxColumns);
  if (Math.max(cells, cellCount) > limits.maxCells || maxRow * Math.max(maxColumn, 1) > limits.maxCells) {
    throw listError('tooManyCells', limits.maxCells);
  }
  const merges: Merge[] = [];
  const merge = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,4})(\d{1,9}):([A-Z]{1,4})(\d{1,9})"/g;
  for (let m = merge.exec(xml); m; m = merge.exec(xml)) {
    const first = Number(m[2]);
    const last = Math.min(Number(m[4]), maxRow);
    if (last > first) merges.push({ column: COLUMN(m[1] ?? 'A'), first, last });
  }
  // Hidden columns: <col min="3" max="4" hidden="1"/> (1-based, inclusive), bounded by the sheet's extent.
  const hidden = new Set<number>();
  const col = /<(?:[\w.-]+:)?col\b([^>]*)>/g;
  for (let m = col.exec(xml); m; m = col.exec(xml)) {
    const attrs = m[1] ?? '';
    if (!/\bhidden="(?:1|true)"/.test(attrs)) continue;
    const min = Number(/\bmin="(\d{1,5})"/.exec(attrs)?.[1] ?? 0);
    const max = Math.min(Number(/\bmax="(\d{1,5})"/.exec(attrs)?.[1] ?? 0), maxColumn);
    for (let c = Math.max(min, 1); c <= max; c++) hidden.add(c - 1);
  }
  return { merges, hidden: [...hidden].sort((a, b) => a - b) };
}

/** Sheet names to their part names, from the workbook and its relationships. */
function sheetParts(parts: Map<string, Uint8Array>, limits: ListLimits): Map<string, string> {
  const find = (name: string) => [...parts.entries()].find(([n]) => n.toLowerCase() === name)?.[1];
  const workbook = find('xl/workbook.xml');
  const rels = find('xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  const walk = (nodes: XmlNode[], visit: (node: XmlNode, local: string) => void, depth = 0) => {
    if (depth > 8) return;
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === undefined) continue;
      visit(node, name.split(':').pop() ?? name);
      walk(childrenOf(node, name), visit, depth + 1);
    }
  };
  walk(parseXml(rels, 'xl/_rels/workbook.xml.rels', limits.zip), (node, local) => {
    const id = attrOf(node, 'Id');
    const target = attrOf(node, 'Target');
    if (local === 'Relationship' && id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  });
  walk(parseXml(workbook, 'xl/workbook.xml', limits.zip), (node, local) => {
    if (local !== 'sheet') return;
    const name = attrOf(node, 'name');
    const id = attrOf(node, 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(name, target.toLowerCase());
  });
  return out;
}

/**
 * Reads an .xlsx list into one grid per sheet.
 * @example (await readXlsx(bytes, LIST_LIMITS)).map((g) => g.name) // ["Sagsoversigt", "VeryHidden"]
 */
export async function readXlsx(bytes: Uint8Array, limits: ListLimits, entries?: ZipEntry[]): Promise<Grid[]> {
  const listed = entries ?? zipKind(bytes, limits).entries;
  const xmlNames = new Set(listed.map((e) => e.name).filter((n) => /\.(xml|rels)$/i.test(n)));
  let parts: Map<string, Uint8Array>;
  try {
    parts = inflateEntries(bytes, listed, xmlNames, limits.zip);
  } catch (error) {
    if (error instanceof ReadError) throw fromReadError(error, limits.zip.maxEntries);
    throw error;
  }
  const shapeByPart = new Map<string, SheetShape>();
  for (const [name, data] of parts) {
    const xml = decodeXmlBytes(data);
    if (hasDoctype(xml)) throw fromReadError(readError('doctype', name), limits.zip.maxEntries);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name))
      shapeByPart.set(name.toLowerCase(), measureSheet(xml, limits));
  }
  let pathsByName: Map<string, string>;
  try {
    pathsByName = sheetParts(parts, limits);
  } catch (error) {
    if (error instanceof ReadError) throw fromReadError(error, limits.zip.maxEntries);
    throw error;
  }
  parts.clear();

  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as unknown as typeof sheets;
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw listError('damagedSpreadsheet', detail);
  }
  if (sheets.length === 0) throw listError('noSheets');
  return sheets.map(({ sheet, data }) => {
    const rows = data.map((row) => row.map((cell): CellValue => normaliseCell(cell)));
    const path = pathsByName.get(sheet);
    const shape = path ? shapeByPart.get(path) : undefined;
    for (const merge of shape?.merges ?? []) {
      const top = rows[merge.first - 1]?.[merge.column - 1];
      if (top === null || top === undefined) continue;
      for (let r = merge.first; r < merge.last; r++) {
        const row = rows[r];
        if (row && (row[merge.column - 1] === null || row[merge.column - 1] === undefined)) {
          row[merge.column - 1] = top;
        }
      }
    }
    const grid: Grid = { name: sheet, rows };
    if (shape?.hidden.length) grid.hiddenColumns = shape.hidden;
    return grid;
  });
}

function normaliseCell(cell: unknown): CellValue {
  if (cell === null || cell === undefined) return null;
  if (
    cell instanceof Date ||
    typeof cell === 'string' ||
    typeof cell === 'number' ||
    typeof cell === 'boolean'
  )
    return cell;
  return String(cell);
}
