// Forvaltningslovens § 22 and offentlighedslovens § 7: the decision the letter states is the decision on the
// documents. A letter that grants in full while its list withholds a document (or refuses while the list
// hands documents out) states the wrong outcome.
import type { ListRule } from '../compare';
import { decidedRows, rowName } from '../compare';

const OUTCOMES: Record<string, string> = {
  grant: 'fuld aktindsigt',
  partial: 'delvis aktindsigt',
  refusal: 'afslag',
};

export const rule: ListRule = {
  meta: {
    id: 'aktliste-outcome',
    severity: 'error',
    title: 'Afgørelsen passer ikke til aktlisten',
    enforces: 'Forvaltningslovens § 22 (afgørelsen skal svare til behandlingen af dokumenterne)',
    doc: "The letter's stated outcome fits the list: all handed out is a grant, none a refusal, otherwise partial.",
    messages: {
      mismatch: 'Brevet giver {letter}, men aktlisten giver {list} ({counts}); se fx {row}.',
    },
  },
  check({ list, analysis, report }) {
    if (!list.outcome || !(analysis.outcome in OUTCOMES) || analysis.outcome === list.outcome) return;
    const rows = decidedRows(list);
    const count = (d: string) => rows.filter((r) => r.decision === d).length;
    const counts = [
      `${count('granted')} udleveres`,
      `${count('partial')} delvist`,
      `${count('withheld')} undtages`,
    ].join(', ');
    // The row that contradicts the letter: a withheld one for a grant, a handed-out one for a refusal.
    const witness =
      analysis.outcome === 'grant'
        ? rows.find((r) => r.decision !== 'granted')
        : analysis.outcome === 'refusal'
          ? rows.find((r) => r.decision !== 'withheld')
          : rows[0];
    if (!witness) return;
    report(
      'mismatch',
      analysis.outcomeEvidence ?? { paragraph: 0 },
      {
        letter: OUTCOMES[analysis.outcome] ?? analysis.outcome,
        list: OUTCOMES[list.outcome] ?? list.outcome,
        counts,
        row: rowName(witness),
      },
      { row: witness },
    );
  },
};
