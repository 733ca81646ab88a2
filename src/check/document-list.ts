/**
 * The letter's document list (aktliste) as rows: from a Word table (one paragraph per cell), from rows
 * written with tabs, or from rows written with " | ". The header row names the columns; without one,
 * the decision is the cell that says Ja/Nej/Delvis and the ground the cell with a §.
 */
import type { LetterAnalysis } from './analyse';
import type { DocumentSnapshot } from './types';
import { DOCUMENT_LIST_COLUMNS, normaliseForMatch } from './vocabulary';

export type DocumentDecision = 'granted' | 'partial' | 'withheld';

export interface ListCell {
  text: string;
  paragraph: number;
  /** Offset of the cell's text in its paragraph. */
  start: number;
}

export interface ListRow {
  cells: ListCell[];
  decision?: DocumentDecision;
  /** The cell that gives the ground, when the list has one. */
  ground?: ListCell;
}

const DECISIONS: Record<string, DocumentDecision> = {
  ja: 'granted',
  'ja, fuld': 'granted',
  fuld: 'granted',
  udleveres: 'granted',
  delvis: 'partial',
  delvist: 'partial',
  'ja, delvis': 'partial',
  nej: 'withheld',
  undtaget: 'withheld',
  afslag: 'withheld',
};

function splitRow(text: string, paragraph: number): ListCell[] {
  const separator = text.includes('\t') ? '\t' : text.includes(' | ') ? ' | ' : undefined;
  if (!separator) return [{ text, paragraph, start: 0 }];
  const cells: ListCell[] = [];
  let start = 0;
  for (const part of text.split(separator)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), paragraph, start: start + lead });
    start += part.length + separator.length;
  }
  return cells;
}

/**
 * The rows of the document list, header excluded.
 * @example documentListRows(snapshot, analysis).filter((r) => r.decision === 'withheld').length // 2
 */
export function documentListRows(snapshot: DocumentSnapshot, analysis: LetterAnalysis): ListRow[] {
  const raw: ListCell[][] = [];
  let tableRow: string | undefined;
  snapshot.paragraphs.forEach((p, i) => {
    if (analysis.partOf[i] !== 'document_list' || !p.text.trim()) return;
    if (p.table) {
      const key = `${p.table.table}:${p.table.row}`;
      if (key !== tableRow) raw.push([]);
      tableRow = key;
      raw[raw.length - 1]?.push({
        text: p.text.trim(),
        paragraph: i,
        start: p.text.length - p.text.trimStart().length,
      });
      return;
    }
    tableRow = undefined;
    const cells = splitRow(p.text, i);
    if (cells.length > 1) raw.push(cells);
  });
  const headerIndex = raw.findIndex((cells) =>
    cells.some((c) => DOCUMENT_LIST_COLUMNS.decision.some((re) => re.test(normaliseForMatch(c.text)))),
  );
  const header = headerIndex >= 0 ? raw[headerIndex] : undefined;
  const column = (patterns: readonly RegExp[]) =>
    header?.findIndex((c) => patterns.some((re) => re.test(normaliseForMatch(c.text)))) ?? -1;
  const decisionColumn = column(DOCUMENT_LIST_COLUMNS.decision);
  const groundColumn = column(DOCUMENT_LIST_COLUMNS.ground);
  return raw
    .filter((_, i) => i !== headerIndex)
    .map((cells) => {
      const decisionCell =
        decisionColumn >= 0
          ? cells[decisionColumn]
          : cells.find((c) => DECISIONS[normaliseForMatch(c.text)] !== undefined);
      const ground = groundColumn >= 0 ? cells[groundColumn] : cells.find((c) => c.text.includes('§'));
      const row: ListRow = { cells };
      const decision = decisionCell
        ? DECISIONS[normaliseForMatch(decisionCell.text).replace(/\.$/, '')]
        : undefined;
      if (decision) row.decision = decision;
      if (ground) row.ground = ground;
      return row;
    });
}
