/**
 * Finding the header row and the columns of a list. Headers are matched by synonyms kept as data, case and
 * punctuation insensitive; every column is scored against every field and the best pairs win, so
 * "Omfattet af aktindsigt?" beside "Gives der aktindsigt i dokumentet?" goes to the right field.
 */
import { cellText, normalise, type CellValue } from './grid';

export const FIELDS = [
  'aktId',
  'docId',
  'title',
  'date',
  'sender',
  'recipient',
  'decision',
  'reason',
  'inRequest',
] as const;
export type Field = (typeof FIELDS)[number];

/** Header wordings per field (normalised on use). Longer, more specific wordings score higher. */
export const COLUMN_SYNONYMS: Record<Field, readonly string[]> = {
  aktId: ['Akt ID', 'Akt-ID', 'Akt nr.', 'Aktnr', 'Aktnummer', 'Akt', 'Nr.', 'Løbenr.', 'Løbenummer'],
  docId: ['Dok ID', 'Dok-ID', 'Dokument-ID', 'Dok. nr.', 'Dokumentnummer', 'Dokument nr.', 'DokID'],
  title: ['Dokumenttitel', 'Titel', 'Dokumentnavn', 'Beskrivelse', 'Emne', 'Dokument', 'Dokumentbeskrivelse'],
  date: ['Dato', 'Dokumentdato', 'Brevdato', 'Dato for dokumentet'],
  sender: ['Afsender', 'Fra'],
  recipient: ['Modtager', 'Til'],
  decision: [
    'Gives der aktindsigt i dokumentet?',
    'Gives der aktindsigt',
    'Aktindsigt',
    'Aktindsigt (Ja/Nej/Delvis)',
    'Udlevering',
    'Udleveres',
    'Afgørelse',
  ],
  reason: [
    'Begrundelse',
    'Begrundelse hvis nej eller delvis',
    'Hjemmel',
    'Undtagelsesbestemmelse',
    'Undtagelsesgrund',
    'Bemærkning',
    'Bemærkninger',
  ],
  inRequest: [
    'Omfattet af ansøgningen?',
    'Omfattet af anmodningen?',
    'Omfattet af aktindsigt?',
    'Omfattet af aktindsigtsanmodningen',
    'Omfattet',
  ],
};

const NORMALISED: [Field, string][] = FIELDS.flatMap((field) =>
  COLUMN_SYNONYMS[field].map((s): [Field, string] => [field, normalise(s)]),
);

/**
 * How well a header names a field: the header itself (100), a header that starts with the wording (50), or
 * one that has it as whole words (10; wordings over three letters), plus the wording's length so the most specific wording wins; 0 when
 * none fits.
 * @example headerScore('Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)', 'decision') > headerScore('Omfattet af aktindsigt?', 'decision') // true
 */
export function headerScore(header: string, field: Field): number {
  const h = normalise(header);
  if (!h) return 0;
  let best = 0;
  for (const [f, s] of NORMALISED) {
    if (f !== field) continue;
    let score = 0;
    if (h === s) score = 100 + s.length;
    else if (h.startsWith(`${s} `)) score = 50 + s.length;
    // "Til" and "Nr." inside a longer header ("Bilag til Dok ID") are not the column's name.
    else if (s.length > 3 && ` ${h} `.includes(` ${s} `)) score = 10 + s.length;
    best = Math.max(best, score);
  }
  return best;
}

const NONE: ReadonlySet<number> = new Set();

/** A header cell that may name a field, and how well. */
export interface ColumnCandidate {
  column: number;
  /** The header as written. */
  header: string;
  score: number;
}

function scoredPairs(row: readonly CellValue[]): { field: Field; column: number; score: number }[] {
  const pairs: { field: Field; column: number; score: number }[] = [];
  row.forEach((cell, column) => {
    if (typeof cell !== 'string') return;
    const text = cellText(cell);
    if (text.length > 200) return;
    for (const field of FIELDS) {
      const score = headerScore(text, field);
      if (score > 0) pairs.push({ field, column, score });
    }
  });
  return pairs;
}

/**
 * Every header cell that may name each field, best first: what the pane offers when the user corrects the
 * mapping.
 * @example columnCandidates(['Omfattet af aktindsigt?', 'Gives der aktindsigt?']).decision[0].column // 1
 */
export function columnCandidates(row: readonly CellValue[]): Record<Field, ColumnCandidate[]> {
  const out = Object.fromEntries(FIELDS.map((f) => [f, [] as ColumnCandidate[]])) as Record<
    Field,
    ColumnCandidate[]
  >;
  for (const pair of scoredPairs(row)) {
    out[pair.field].push({ column: pair.column, header: cellText(row[pair.column]), score: pair.score });
  }
  for (const field of FIELDS) out[field].sort((a, b) => b.score - a.score || a.column - b.column);
  return out;
}

/** A match below this score is only a word inside a longer header: the pane asks the user to confirm it. */
export const WEAK_SCORE = 50;

/**
 * The header row's signature: its cells normalised, in order, so the same list layout is recognised again
 * (the user's column corrections are remembered by it). Trailing empty cells do not count.
 * @example headerSignature(['Akt ID', 'Titel', null, 'Aktindsigt']) // "akt id|titel||aktindsigt"
 */
export function headerSignature(row: readonly CellValue[]): string {
  const cells = row.map((cell) => normalise(cellText(cell)));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('|');
}

/** The user's corrections of a mapping: a column index per field, or null for "the list has no such column". */
export type ColumnOverrides = Partial<Record<Field, number | null>>;

/**
 * A mapping with the user's corrections applied: each corrected field takes its column (from any field that
 * had it), or is dropped for null. Columns outside the row are ignored.
 * @example applyOverrides(mapColumns(['Akt', 'Bemærkning', 'Udfald']), ['Akt', 'Bemærkning', 'Udfald'], { decision: 2 }).columns.decision // 2
 */
export function applyOverrides(
  map: ColumnMap,
  row: readonly CellValue[],
  overrides: ColumnOverrides,
): ColumnMap {
  const columns: Partial<Record<Field, number>> = { ...map.columns };
  for (const field of FIELDS) {
    if (!(field in overrides)) continue;
    const column = overrides[field];
    if (column === undefined) continue;
    delete columns[field];
    if (column === null || !Number.isInteger(column) || column < 0 || column >= row.length) continue;
    for (const other of FIELDS) if (columns[other] === column) delete columns[other];
    columns[field] = column;
  }
  const order = (Object.keys(columns) as Field[]).sort((a, b) => (columns[a] ?? 0) - (columns[b] ?? 0));
  return {
    columns: Object.fromEntries(order.map((f) => [f, columns[f]])),
    headers: Object.fromEntries(order.map((f) => [f, cellText(row[columns[f] ?? 0])])),
    score: map.score,
  };
}

export interface ColumnMap {
  /** Column index per field found. */
  columns: Partial<Record<Field, number>>;
  /** The header text per field found, as written. */
  headers: Partial<Record<Field, string>>;
  /** Sum of the chosen pairs' scores. */
  score: number;
}

/**
 * The columns of a header row: every (column, field) pair scored, the best pairs taken first, each column
 * and each field used once; a column hidden in the sheet (`hidden`) only when no visible one names the field.
 * @example mapColumns(['Akt ID', 'Dokumenttitel', 'Aktindsigt']).columns // { aktId: 0, title: 1, decision: 2 }
 */
export function mapColumns(row: readonly CellValue[], hidden: ReadonlySet<number> = NONE): ColumnMap {
  const pairs = scoredPairs(row);
  // A column hidden in the sheet is used only when no visible column names the field.
  pairs.sort(
    (a, b) =>
      Number(hidden.has(a.column)) - Number(hidden.has(b.column)) || b.score - a.score || a.column - b.column,
  );
  const map: ColumnMap = { columns: {}, headers: {}, score: 0 };
  const used = new Set<number>();
  for (const pair of pairs) {
    if (map.columns[pair.field] !== undefined || used.has(pair.column)) continue;
    map.columns[pair.field] = pair.column;
    map.headers[pair.field] = cellText(row[pair.column]);
    map.score += pair.score;
    used.add(pair.column);
  }
  // Reported in the sheet's order, as the user reads it.
  const order = (Object.keys(map.columns) as Field[]).sort(
    (a, b) => (map.columns[a] ?? 0) - (map.columns[b] ?? 0),
  );
  map.columns = Object.fromEntries(order.map((f) => [f, map.columns[f]]));
  map.headers = Object.fromEntries(order.map((f) => [f, map.headers[f]]));
  return map;
}

export interface HeaderFound extends ColumnMap {
  /** Index of the header row in the grid. */
  index: number;
}

/**
 * The header row among the first `searchRows` rows: the row that names the most fields (at least two, one
 * of them a document's title, act number or decision), ties to the higher score.
 * @example findHeader([['Aktliste for sag 12'], ['Akt', 'Titel', 'Aktindsigt']], 20)?.index // 1
 */
export function findHeader(
  rows: readonly CellValue[][],
  searchRows: number,
  hidden: ReadonlySet<number> = NONE,
): HeaderFound | undefined {
  let best: HeaderFound | undefined;
  const count = (m: ColumnMap) => Object.keys(m.columns).length;
  for (let index = 0; index < Math.min(rows.length, searchRows); index++) {
    const map = mapColumns(rows[index] ?? [], hidden);
    const c = map.columns;
    if (count(map) < 2) continue;
    if (c.title === undefined && c.aktId === undefined && c.docId === undefined && c.decision === undefined)
      continue;
    if (!best || count(map) > count(best) || (count(map) === count(best) && map.score > best.score)) {
      best = { ...map, index };
    }
  }
  return best;
}
