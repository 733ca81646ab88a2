// Offentlighedslovens § 7 and forvaltningslovens §§ 22-24: the letter's own aktliste tells the requester
// which documents are handed out and which are not. It must list the documents of the case's list with the
// same decisions: a withheld document missing from it, or shown as handed out, misleads the requester.
import { documentListRows, type ListRow as LetterRow } from '../../check/document-list';
import type { ListRule } from '../compare';
import { decidedRows, rowName } from '../compare';
import { normalise } from '../grid';
import type { ListRow } from '../rows';

const WORDS = { granted: 'Ja', partial: 'Delvis', withheld: 'Nej' } as const;

/** Keys a list row can be recognised by in the letter's table: its numbers, then its title. */
function keysOf(row: ListRow): string[] {
  const keys: string[] = [];
  for (const n of [row.aktId, row.docId]) if (n && normalise(n)) keys.push(`n:${normalise(n)}`);
  if (normalise(row.title)) keys.push(`t:${normalise(row.title)}`);
  return keys;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const rule: ListRule = {
  meta: {
    id: 'aktliste-table',
    severity: 'error',
    title: 'Brevets aktliste passer ikke til aktlisten',
    enforces: 'Forvaltningslovens §§ 22-24 (hvilke dokumenter der udleveres, og hvilke der undtages)',
    doc: "The letter's own aktliste table, if any, has the list's documents with the same decisions, and no others.",
    messages: {
      missing: '{row} står ikke i brevets aktliste.',
      decisionDiffers: '{row} er »{list}« i aktlisten, men »{letter}« i brevets aktliste.',
      extra: 'Brevets aktliste har dokumentet »{text}«, som ikke står i aktlisten.',
    },
  },
  check({ list, snapshot, analysis, report }) {
    const letterRows = documentListRows(snapshot, analysis);
    if (letterRows.length === 0) return;
    const byKey = new Map<string, ListRow>();
    for (const row of [...list.rows, ...list.outside]) {
      for (const key of keysOf(row)) if (!byKey.has(key)) byKey.set(key, row);
    }
    const matched = new Map<ListRow, LetterRow>();
    for (const letterRow of letterRows) {
      const cells = letterRow.cells.map((c) => normalise(c.text)).filter((c) => c !== '');
      const row =
        cells.map((c) => byKey.get(`n:${c}`)).find((r) => r && !matched.has(r)) ??
        cells.map((c) => byKey.get(`t:${c}`)).find((r) => r && !matched.has(r));
      const first = letterRow.cells[0];
      if (!row) {
        const text = letterRow.cells.map((c) => c.text).find((t) => t.length > 3) ?? first?.text ?? '';
        report('extra', { paragraph: first?.paragraph ?? 0, text }, { text });
        continue;
      }
      matched.set(row, letterRow);
      if (row.outside || !row.decision || !letterRow.decision || letterRow.decision === row.decision)
        continue;
      const cell = letterRow.cells.find((c) => normalise(c.text) === normalise(WORDS[letterRow.decision!]));
      const at = cell ?? first;
      report(
        'decisionDiffers',
        {
          paragraph: at?.paragraph ?? 0,
          start: at?.start,
          end: at ? at.start + at.text.length : undefined,
          text: at?.text,
        },
        { row: capitalised(rowName(row)), list: WORDS[row.decision], letter: WORDS[letterRow.decision] },
        { row },
      );
    }
    const tableStart = letterRows[0]?.cells[0]?.paragraph ?? 0;
    for (const row of decidedRows(list)) {
      if (matched.has(row)) continue;
      report('missing', { paragraph: tableStart }, { row: capitalised(rowName(row)) }, { row });
    }
  },
};
