/**
 * The document list as the CLI prints it: `--json` (docs/cli-report.schema.json, "aktliste") and the human
 * text, in Danish. The JSON is built field by field, so the schema stays a contract.
 */
import type { Field } from '../aktliste/columns';
import type { ReadList } from '../aktliste/read';
import type { ListRow } from '../aktliste/rows';
import { formatRef } from '../law/citations';
import type { Colour } from './colour';
import { csvField } from './format-csv';
import { excerpt } from './format-text';
import { OUTCOME_LABELS } from './labels';

export type ListResult =
  { file: string; list: ReadList } | { file: string; error: { code: string; message: string } };

const DECISION_JSON = { granted: 'grant', partial: 'partial', withheld: 'withheld' } as const;
const DECISION_WORD = { granted: 'Ja', partial: 'Delvis', withheld: 'Nej' } as const;

export const FIELD_LABELS: Record<Field, string> = {
  aktId: 'akt nr.',
  docId: 'dokument-id',
  title: 'titel',
  date: 'dato',
  sender: 'afsender',
  recipient: 'modtager',
  decision: 'aktindsigt',
  reason: 'begrundelse',
  inRequest: 'omfattet af anmodningen',
};

const REGIME_LABELS: Record<ReadList['regime'], string> = {
  offl: 'offentlighedsloven',
  fvl: 'forvaltningsloven',
  mol: 'miljøoplysningsloven (offentlighedsloven fra 1985)',
  molParty: 'miljøoplysningsloven (forvaltningsloven, LBK 988/2012)',
};

function rowJson(row: ListRow): Record<string, unknown> {
  return {
    row: row.row,
    aktId: row.aktId ?? null,
    docId: row.docId ?? null,
    title: row.title,
    date: row.date ?? null,
    dateText: row.dateText,
    decision: row.decision ? DECISION_JSON[row.decision] : null,
    reason: row.reason,
    grounds: row.grounds.map((g) => {
      const ground: Record<string, unknown> = {
        id: g.id ?? null,
        statute: g.ref.statute,
        section: g.ref.section,
      };
      if (g.ref.subsection !== undefined) ground.subsection = g.ref.subsection;
      if (g.ref.item !== undefined) ground.item = g.ref.item;
      return ground;
    }),
    problems: row.problems.map((p) => ({ code: p.code, message: p.message })),
  };
}

/**
 * The JSON of a list (or of the reason it could not be read).
 * @example listJson({ file: 'a.xlsx', list }).rows[0].decision // "grant"
 */
export function listJson(result: ListResult): Record<string, unknown> {
  if ('error' in result) return { file: result.file, error: result.error };
  const { list } = result;
  return {
    file: result.file,
    format: list.format,
    sheet: list.sheet,
    sheets: list.sheets,
    headerRow: list.headerRow,
    columns: { ...list.columns },
    rows: list.rows.map(rowJson),
    outside: list.outside.map(rowJson),
    // Statute keys as in the glossary: a party under miljøoplysningsloven is the `mol` regime too.
    regime: list.regime === 'molParty' ? 'mol' : list.regime,
    outcome: list.outcome ?? null,
    unmapped: list.unmapped,
  };
}

function groundsText(row: ListRow): string {
  return row.grounds.map((g) => formatRef(g.ref)).join(', ');
}

function rowLine(row: ListRow): string {
  const decision = row.decision
    ? DECISION_WORD[row.decision]
    : row.decisionText
      ? `»${row.decisionText}«`
      : '-';
  const akt = row.aktId ? `akt ${row.aktId}` : row.docId ? `dok. ${row.docId}` : '';
  const date = row.date ?? row.dateText;
  const grounds = groundsText(row);
  return `    række ${String(row.row).padEnd(4)} ${akt.padEnd(9)} ${decision.padEnd(7)} ${excerpt(row.title || '(ingen titel)', 50)}${date ? ` (${date})` : ''}${grounds ? ` - ${grounds}` : ''}`;
}

/**
 * The list as text: where it was read from, the columns, every row with its decision and grounds, the
 * problems, the rows outside the request and the reasons not tied to a ground.
 * @example formatListText({ file: 'a.xlsx', list }, colour) // "a.xlsx\n  Ark: Sagsoversigt ..."
 */
export function formatListText(result: ListResult, colour: Colour): string {
  if ('error' in result) {
    return `${colour.bold(result.file)}\n  ${colour.red('Aktlisten kan ikke læses:')} ${result.error.message}\n`;
  }
  const { list } = result;
  const lines = [colour.bold(result.file)];
  const others =
    list.sheets.length > 1 ? ` (valgt blandt ${list.sheets.map((s) => `»${s}«`).join(', ')})` : '';
  lines.push(`  Ark: »${list.sheet}«${others}; overskrifter i række ${list.headerRow}`);
  const columns = (Object.keys(list.columns) as Field[]).map(
    (f) => `${FIELD_LABELS[f]} = »${list.columns[f]}«`,
  );
  lines.push(`  Kolonner: ${columns.join(', ')}`);
  const regime = REGIME_LABELS[list.regime];
  const outcome = list.outcome ? OUTCOME_LABELS[list.outcome] : 'ingen (ingen række har en afgørelse)';
  lines.push(`  Lov: ${regime}; afgørelse efter listen: ${outcome}`);
  lines.push(`  Dokumenter (${list.rows.length}):`);
  for (const row of list.rows) {
    lines.push(rowLine(row));
    for (const p of row.problems) lines.push(`      ${colour.yellow('problem:')} ${p.message}`);
  }
  if (list.outside.length > 0) {
    lines.push(`  Uden for anmodningen (${list.outside.length}; tæller ikke med):`);
    for (const row of list.outside) lines.push(rowLine(row));
  }
  if (list.unmapped.length > 0) {
    lines.push(
      `  Begrundelser uden undtagelsesgrund: ${list.unmapped.map((u) => `»${excerpt(u, 60)}«`).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A list in a few lines, above the letters compared with it: where it was read from, how many documents,
 * the outcome it gives, and the rows with problems.
 * @example formatListSummary({ file: 'a.xlsx', list }, colour) // "Aktliste a.xlsx: »Sagsoversigt«, 12 dokumenter, ..."
 */
export function formatListSummary(result: ListResult, colour: Colour): string {
  if ('error' in result) return formatListText(result, colour);
  const { list } = result;
  const outcome = list.outcome ? OUTCOME_LABELS[list.outcome] : 'ingen afgørelse';
  const lines = [
    `${colour.bold(`Aktliste ${result.file}`)}: ark »${list.sheet}«, ${list.rows.length} dokumenter (${list.outside.length} uden for anmodningen); ${outcome}`,
  ];
  for (const row of list.rows) {
    for (const p of row.problems) lines.push(`  ${colour.yellow('problem:')} række ${row.row}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `--format csv` for a list without letters: one line per document, for Excel (BOM, `;`, CRLF).
 * @example listCsv({ file: 'a.xlsx', list }).split('\r\n')[0] // "\uFEFFRække;Akt;Dok.;Titel;Dato;Aktindsigt;Hjemmel;Problemer"
 */
export function listCsv(result: ListResult): string {
  const line = (cells: string[]) => `${cells.map(csvField).join(';')}\r\n`;
  let out = `\uFEFF${line(['Række', 'Akt', 'Dok.', 'Titel', 'Dato', 'Aktindsigt', 'Hjemmel', 'Problemer'])}`;
  if ('error' in result)
    return out + line(['', '', '', result.file, '', 'læsefejl', '', result.error.message]);
  for (const row of result.list.rows) {
    out += line([
      String(row.row),
      row.aktId ?? '',
      row.docId ?? '',
      row.title,
      row.date ?? row.dateText,
      row.decision ? DECISION_WORD[row.decision] : row.decisionText,
      groundsText(row),
      row.problems.map((p) => p.message).join(' '),
    ]);
  }
  return out;
}
