/**
 * Helpers for the list tests: a list from a few rows (through the same mapping as a file), and the letter
 * the add-in composes from that list, as Word holds it (tagged) and with its aktliste table; for the CLI's
 * tests, one small list both as a file and as read, and a letter written as Markdown.
 */
import type { DocumentSnapshot } from '../../src/check/types';
import { buildAktliste, type BuildOptions } from '../../src/aktliste/rows';
import { proposeOutcome, toCaseDocuments, unionOfGrounds, type Aktliste } from '../../src/aktliste/rows';
import type { Decision } from '../../src/letter/types';
import { composedPlan, decisionOn, tagged } from '../support/check';

export const HEADER = ['Akt ID', 'Dokumenttitel', 'Dokumentdato', 'Aktindsigt', 'Begrundelse'];

/** A list from rows of [akt, title, decision, reason] (dated 1 March 2025). */
export function listOf(rows: [string, string, string, string][], options: BuildOptions = {}): Aktliste {
  return buildAktliste(
    [
      {
        name: 'Ark1',
        rows: [
          HEADER,
          ...rows.map(([akt, title, decision, reason]) => [akt, title, '01.03.2025', decision, reason]),
        ],
      },
    ],
    options,
  );
}

/** The decision the pane would propose from a list: its outcome, the union of its grounds, its documents. */
export function decisionFrom(list: Aktliste, extra: Partial<Decision> = {}): Decision {
  const { groundIds } = unionOfGrounds(list.rows);
  const outcome = proposeOutcome(list.rows) ?? 'grant';
  return decisionOn(groundIds, {
    outcome,
    documents: toCaseDocuments(list.rows),
    basis: list.basis,
    ...extra,
  });
}

/** The letter composed from the list, as Word holds it. */
export function letterFrom(list: Aktliste, extra: Partial<Decision> = {}): DocumentSnapshot {
  return tagged(composedPlan(decisionFrom(list, extra)));
}

/** A small list as a Danish Excel saves it (";", CRLF): a grant, an internal document, a partial grant. */
export const LIST_CSV = [
  'Akt ID;Dokumenttitel;Dokumentdato;Aktindsigt;Begrundelse',
  '1;Ansøgning;01.03.2025;Ja;',
  '2;Notat;01.03.2025;Nej;Internt dokument',
  '3;Mail fra nabo;01.03.2025;Delvis;offl. § 30, nr. 1',
].join('\r\n');

/** `LIST_CSV` as read. */
export const LIST = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
]);

/** A snapshot as Markdown, table rows with " | " as the letter reader and the checker read them. */
export function markdown(letter: DocumentSnapshot): string {
  return letter.paragraphs
    .map((p) => (p.headingLevel ? `${'#'.repeat(p.headingLevel)} ${p.text}` : p.text.replace(/\t/g, ' | ')))
    .join('\n\n');
}
