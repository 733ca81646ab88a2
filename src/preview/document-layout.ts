/**
 * How the document view lays out the in-memory paragraphs: runs of paragraphs of one managed block (or one
 * page region) become a group, and consecutive cells of one table become a table. Pure, so it is tested
 * apart from React.
 */
import type { MemoryParagraph } from './memory-port';

/** A paragraph with its index in the document (the index a finding's location uses). */
export interface Placed {
  paragraph: MemoryParagraph;
  index: number;
}

export type Unit =
  | { kind: 'paragraph'; item: Placed }
  /** `rows[r][c]`: the cells of one table, in reading order. */
  | { kind: 'table'; tableKey: number; rows: Placed[][] };

export interface Group {
  /** The managed block's id, for a block; absent for the user's own text. */
  blockId?: string;
  blockTitle?: string;
  region?: MemoryParagraph['region'];
  units: Unit[];
}

const groupKey = (p: MemoryParagraph) => (p.blockId ? `block:${p.blockId}` : `region:${p.region ?? 'body'}`);

/**
 * Groups and tables of a document, in document order.
 * @example layoutOf([{ key: 1, text: 'A' }, { key: 2, text: 'B', blockId: 'decision' }]).length // 2
 */
export function layoutOf(paragraphs: readonly MemoryParagraph[]): Group[] {
  const groups: Group[] = [];
  let group: Group | undefined;
  let currentKey = '';
  paragraphs.forEach((paragraph, index) => {
    const key = groupKey(paragraph);
    if (!group || key !== currentKey) {
      group = { units: [] };
      if (paragraph.blockId) {
        group.blockId = paragraph.blockId;
        group.blockTitle = paragraph.blockTitle ?? paragraph.blockId;
      }
      if (paragraph.region) group.region = paragraph.region;
      groups.push(group);
      currentKey = key;
    }
    const placed = { paragraph, index };
    const cell = paragraph.cell;
    const last = group.units[group.units.length - 1];
    if (!cell) {
      group.units.push({ kind: 'paragraph', item: placed });
    } else if (last?.kind === 'table' && last.tableKey === cell.tableKey) {
      const rows = last.rows;
      while (rows.length <= cell.row) rows.push([]);
      rows[cell.row]?.push(placed);
    } else {
      const rows: Placed[][] = [];
      while (rows.length <= cell.row) rows.push([]);
      rows[cell.row]?.push(placed);
      group.units.push({ kind: 'table', tableKey: cell.tableKey, rows });
    }
  });
  return groups;
}
