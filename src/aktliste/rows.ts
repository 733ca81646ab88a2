/**
 * From grids to the list: pick the grid (sheet) with a recognisable header, map its columns, and read each
 * row into a document with its decision, reason, grounds and problems. Rows outside the request (an
 * "Omfattet" column saying Nej, or a reason saying so) are listed apart and never counted. Pure.
 */
import type { RequestBasis } from '../grounds/types';
import { formatRef } from '../law/citations';
import type { CaseDocument, DocumentDecision } from '../letter/types';
import {
  applyOverrides,
  columnCandidates,
  findHeader,
  headerSignature,
  WEAK_SCORE,
  type ColumnCandidate,
  type ColumnOverrides,
  type Field,
  type HeaderFound,
} from './columns';
import { isOutsideAnswer, parseDecision } from './decisions';
import { readDate } from './dates';
import { listError } from './errors';
import { cellText, type CellValue, type Grid } from './grid';
import { LIST_LIMITS, type ListLimits } from './limits';
import { mapReason, regimeOf, type ReasonMapping, type ReasonProblemCode, type RowGround } from './reasons';
import type { VocabularyEntry, VocabularyRegime } from './vocabulary';

export type RowProblemCode =
  ReasonProblemCode | 'decisionMissing' | 'decisionUnknown' | 'noReason' | 'dateUnreadable' | 'titleMissing';

/** Danish messages for a row's problems, by code. */
export const ROW_MESSAGES: Record<RowProblemCode, (detail: string) => string> = {
  decisionMissing: () => 'Rækken har ingen afgørelse (Ja, Delvis eller Nej).',
  decisionUnknown: (d) => `Afgørelsen »${d}« kendes ikke; skriv Ja, Delvis eller Nej.`,
  noReason: () => 'Dokumentet er ikke udleveret fuldt ud, men rækken angiver ingen begrundelse.',
  dateUnreadable: (d) => `Datoen »${d}« kan ikke læses.`,
  titleMissing: () => 'Rækken har ingen dokumenttitel.',
  nonexistentReference: (d) => `${d} findes ikke.`,
  notAGround: (d) => `${d} er ikke en undtagelsesgrund; angiv den grund, dokumentet undtages efter.`,
  groundNotForBasis: (d) => `${d} kan ikke anvendes efter anmodningens hjemmel.`,
  catchAll: (d) => `»${d}« angiver ikke en bestemt grund; vælg grunden i afgørelsen.`,
  unmapped: (d) => `Begrundelsen »${d}« kan ikke knyttes til en undtagelsesgrund; vælg grunden.`,
  molStatistics: (d) =>
    `»${d}« er ikke en undtagelsesgrund for miljøoplysninger: efter miljøoplysningslovens § 2, stk. 4 gælder 1985-offentlighedslovens § 10, nr. 5 ikke for dem. Vælg en anden grund, eller udlever dokumentet.`,
  molMinisterial: (d) =>
    `»${d}« er ikke en undtagelsesgrund efter miljøoplysningsloven: 1985-offentlighedsloven har ingen regel om ministerbetjening. Vælg grunden.`,
};

export interface RowProblem {
  code: RowProblemCode;
  /** Danish. */
  message: string;
}

export interface ListRow {
  /** The row's number as the user sees it (the spreadsheet's row number, or the line). */
  row: number;
  aktId?: string;
  docId?: string;
  title: string;
  /** ISO, when the date could be read. */
  date?: string;
  /** The date as written. */
  dateText: string;
  sender?: string;
  recipient?: string;
  decision?: DocumentDecision;
  decisionText: string;
  /** The reason as written. */
  reason: string;
  grounds: RowGround[];
  problems: RowProblem[];
  /** Why the row is outside the request, when it is: the "Omfattet" column or the reason. */
  outside?: 'column' | 'reason';
}

export type ListOutcome = 'grant' | 'partial' | 'refusal';

/** The header row as the pane shows it, so the user can check and correct the mapping. */
export interface ListHeader {
  /** Every header cell as written, in the sheet's order. */
  cells: string[];
  /** The header's signature (`headerSignature`): the user's corrections are remembered by it. */
  signature: string;
  /** The column index per field used. */
  columnIndex: Partial<Record<Field, number>>;
  /** Every column that may name each field, best first. */
  candidates: Record<Field, ColumnCandidate[]>;
  /** Fields mapped only by a word inside a longer header (the pane asks the user to confirm them). */
  weak: Field[];
  /** 0-based columns hidden in the sheet; a hidden column is used only when no visible one names the field. */
  hiddenColumns: number[];
  /** Fields whose column the user set (`columns` or the remembered `columnMemory`). */
  corrected: Field[];
}

export interface Aktliste {
  /** The grid the rows come from ("Sagsoversigt", "CSV", "Tabel 1"). */
  sheet: string;
  /** Every grid the file had, in order. */
  sheets: string[];
  /** The header text per field found. */
  columns: Partial<Record<Field, string>>;
  /** The header's row number. */
  headerRow: number;
  /** The header's cells, signature, candidates and what was corrected or is weak. */
  header: ListHeader;
  regime: VocabularyRegime;
  basis: RequestBasis;
  /** The rows in the decision. */
  rows: ListRow[];
  /** Rows outside the request, listed apart. */
  outside: ListRow[];
  /** The outcome the rows propose; undefined when no row has a decision. */
  outcome?: ListOutcome;
  /** Reasons (segments) no citation or wording explains, each once. */
  unmapped: string[];
}

export interface BuildOptions {
  /** The request's legal basis; inferred from the reasons when absent (see `inferBasis`). */
  basis?: RequestBasis;
  userVocabulary?: readonly VocabularyEntry[];
  limits?: ListLimits;
  /** The user's corrections of the column mapping for this list (win over `columnMemory`). */
  columns?: ColumnOverrides;
  /** Corrections remembered per header signature; the chosen header's entry applies. */
  columnMemory?: Readonly<Record<string, ColumnOverrides>>;
}

function problem(code: RowProblemCode, detail = ''): RowProblem {
  return { code, message: ROW_MESSAGES[code](detail) };
}

function readRow(
  cells: readonly CellValue[],
  rowNumber: number,
  header: HeaderFound,
  options: Required<Pick<BuildOptions, 'basis'>> & BuildOptions,
  unmapped: string[],
  mapped: Map<string, ReasonMapping>,
): ListRow {
  const at = (field: Field): CellValue | undefined => {
    const column = header.columns[field];
    return column === undefined ? undefined : cells[column];
  };
  const text = (field: Field) => cellText(at(field));
  const { date, text: dateText } = readDate(at('date'));
  const row: ListRow = {
    row: rowNumber,
    title: text('title'),
    dateText,
    decisionText: text('decision'),
    reason: text('reason'),
    grounds: [],
    problems: [],
  };
  if (text('aktId')) row.aktId = text('aktId');
  if (text('docId')) row.docId = text('docId');
  if (date) row.date = date;
  else if (dateText) row.problems.push(problem('dateUnreadable', dateText));
  if (text('sender')) row.sender = text('sender');
  if (text('recipient')) row.recipient = text('recipient');
  const decision = parseDecision(row.decisionText);
  if (decision) row.decision = decision;
  if (header.columns.inRequest !== undefined && isOutsideAnswer(text('inRequest'))) {
    row.outside = 'column';
    return row;
  }
  // Lists repeat a handful of reasons over hundreds of rows: each is mapped once per list.
  let mapping = row.reason ? mapped.get(row.reason) : undefined;
  if (row.reason && !mapping) {
    mapping = mapReason(row.reason, options);
    mapped.set(row.reason, mapping);
  }
  if (mapping?.outside) {
    row.outside = 'reason';
    return row;
  }
  if (!row.title) row.problems.push(problem('titleMissing'));
  if (!decision) {
    row.problems.push(
      row.decisionText ? problem('decisionUnknown', row.decisionText) : problem('decisionMissing'),
    );
  }
  if (decision === 'granted' || !mapping) {
    if (decision === 'partial' || decision === 'withheld') row.problems.push(problem('noReason'));
    return row;
  }
  row.grounds = [...mapping.grounds];
  for (const p of mapping.problems) row.problems.push(problem(p.code, p.detail));
  for (const segment of mapping.unmapped) if (!unmapped.includes(segment)) unmapped.push(segment);
  return row;
}

/**
 * The outcome the rows propose: all handed out, imødekommes; none, afslås; otherwise delvist. Rows outside
 * the request and rows without a decision do not count.
 * @example proposeOutcome([{ decision: 'granted' }, { decision: 'withheld' }]) // "partial"
 */
export function proposeOutcome(
  rows: readonly Pick<ListRow, 'decision' | 'outside'>[],
): ListOutcome | undefined {
  const decided = rows.filter((r) => !r.outside && r.decision !== undefined);
  if (decided.length === 0) return undefined;
  if (decided.every((r) => r.decision === 'granted')) return 'grant';
  if (decided.every((r) => r.decision === 'withheld')) return 'refusal';
  return 'partial';
}

/**
 * The grounds to tick: the union of the rows' catalogue grounds (in first-use order), and the provisions
 * the jurist must still resolve to a ground (a bare "§ 24, stk. 1").
 * @example unionOfGrounds(list.rows).groundIds // ["offl-23-1-1", "offl-30-1"]
 */
export function unionOfGrounds(rows: readonly ListRow[]): { groundIds: string[]; unresolved: string[] } {
  const groundIds: string[] = [];
  const unresolved: string[] = [];
  for (const row of rows) {
    if (row.outside || row.decision === 'granted') continue;
    for (const g of row.grounds) {
      if (g.id) {
        if (!groundIds.includes(g.id)) groundIds.push(g.id);
      } else if (!unresolved.includes(formatRef(g.ref))) unresolved.push(formatRef(g.ref));
    }
  }
  return { groundIds, unresolved };
}

/**
 * The rows as the `Decision`'s document list. A row without a decision is left out (it is flagged in the
 * list); the number is the act number, else the document id, else the row's number.
 * @example toCaseDocuments(list.rows)[0] // { number: "1", title: "Ansøgning", decision: "granted", groundIds: [] }
 */
export function toCaseDocuments(rows: readonly ListRow[]): CaseDocument[] {
  const out: CaseDocument[] = [];
  for (const row of rows) {
    if (row.outside || !row.decision) continue;
    const doc: CaseDocument = {
      number: row.aktId ?? row.docId ?? String(row.row),
      title: row.title,
      decision: row.decision,
      groundIds: row.decision === 'granted' ? [] : row.grounds.flatMap((g) => (g.id ? [g.id] : [])),
    };
    if (row.date) doc.date = row.date;
    out.push(doc);
  }
  return out;
}

/** Reasons that name miljøoplysningsloven or the 1985 offentlighedslov (as the letter's table writes it). */
const MOL_MARK =
  /\bmiljøoplysning|\b1985-offentlighedslov|\b(?:offl\.?|offentlighedslov\w*)\s+(?:(?:af|fra)\s+)?1985\b/;

/**
 * The request's basis when the caller does not know it: miljøoplysningsloven when a reason names it or the
 * 1985 offentlighedslov; forvaltningsloven (a party, § 9) when the reasons name forvaltningsloven and never
 * offentlighedsloven; otherwise offentlighedslovens § 7.
 */
function inferBasis(grid: Grid, header: HeaderFound): RequestBasis {
  const column = header.columns.reason;
  if (column === undefined) return 'offl-7';
  let fvl = false;
  let offl = false;
  for (let i = header.index + 1; i < grid.rows.length; i++) {
    const text = cellText(grid.rows[i]?.[column]).toLocaleLowerCase('da');
    if (MOL_MARK.test(text)) return 'mol';
    if (/\b(offl|offentlighedslov)/.test(text)) offl = true;
    else if (/\b(fvl|forvaltningslov)/.test(text)) fvl = true;
  }
  return !offl && fvl ? 'fvl-9' : 'offl-7';
}

/**
 * The header a `noDecisionColumn` error carries, so the pane can offer the columns to choose from.
 * @example headerOfError(error)?.cells // ["Akt", "Titel", "Udfald"]
 */
export function headerOfError(error: unknown): ListHeader | undefined {
  const header = (error as { code?: unknown; header?: unknown } | null)?.header;
  return header && typeof header === 'object' ? (header as ListHeader) : undefined;
}

function isEmpty(cells: readonly CellValue[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

/**
 * The list from the grids a file holds: the grid with the best header wins.
 * @example buildAktliste([{ name: 'Ark1', rows: [['Akt', 'Titel', 'Aktindsigt'], [1, 'Ansøgning', 'Ja']] }]).rows[0].decision // "granted"
 */
export function buildAktliste(grids: readonly Grid[], options: BuildOptions = {}): Aktliste {
  const limits = options.limits ?? LIST_LIMITS;
  let chosen: { grid: Grid; header: HeaderFound } | undefined;
  for (const grid of grids) {
    const header = findHeader(grid.rows, limits.headerSearchRows, new Set(grid.hiddenColumns ?? []));
    if (!header) continue;
    const rank = (h: HeaderFound) => (h.columns.decision !== undefined ? 1000 : 0) + h.score;
    if (!chosen || rank(header) > rank(chosen.header)) chosen = { grid, header };
  }
  if (!chosen) throw listError('noHeader', limits.headerSearchRows);
  const { grid } = chosen;
  const headerCells = grid.rows[chosen.header.index] ?? [];
  const signature = headerSignature(headerCells);
  const overrides: ColumnOverrides = { ...options.columnMemory?.[signature], ...options.columns };
  const header: HeaderFound = {
    ...applyOverrides(chosen.header, headerCells, overrides),
    index: chosen.header.index,
  };
  const candidates = columnCandidates(headerCells);
  const corrected = (Object.keys(overrides) as Field[]).filter((f) => overrides[f] !== undefined);
  const listHeader: ListHeader = {
    cells: headerCells.map((c) => cellText(c)),
    signature,
    columnIndex: header.columns,
    candidates,
    weak: (Object.keys(header.columns) as Field[]).filter(
      (f) =>
        !corrected.includes(f) &&
        (candidates[f].find((c) => c.column === header.columns[f])?.score ?? 0) < WEAK_SCORE,
    ),
    hiddenColumns: [...(grid.hiddenColumns ?? [])],
    corrected,
  };
  if (header.columns.decision === undefined) {
    throw Object.assign(listError('noDecisionColumn', grid.name), { header: listHeader, sheet: grid.name });
  }
  const basis = options.basis ?? inferBasis(grid, header);
  const numberOf = (i: number) => grid.rowNumbers?.[i] ?? i + 1;
  const rows: ListRow[] = [];
  const outside: ListRow[] = [];
  const unmapped: string[] = [];
  const mapped = new Map<string, ReasonMapping>();
  for (let i = header.index + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (isEmpty(cells)) continue;
    const row = readRow(cells, numberOf(i), header, { ...options, basis }, unmapped, mapped);
    (row.outside ? outside : rows).push(row);
  }
  const list: Aktliste = {
    sheet: grid.name,
    sheets: grids.map((g) => g.name),
    columns: header.headers,
    headerRow: numberOf(header.index),
    header: listHeader,
    regime: regimeOf(basis),
    basis,
    rows,
    outside,
    unmapped,
  };
  const outcome = proposeOutcome(rows);
  if (outcome) list.outcome = outcome;
  return list;
}
