/**
 * Helpers for the list tests: a list from a few rows (through the same mapping as a file), and the letter
 * the add-in composes from that list, as Word holds it (tagged) and with its aktliste table.
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
