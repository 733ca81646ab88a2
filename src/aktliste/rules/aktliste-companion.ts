// Offentlighedslovens §§ 14, 28 and 34 (forvaltningslovens §§ 10 and 14 a for a party): grounds bring
// companions. Withholding under §§ 19-35 asks for the meroffentlighed consideration, internal documents
// for the extraction, and a document withheld wholly under §§ 30-33 for the § 34 reason why the rest is not
// handed out. The checker demands these for the grounds the letter cites; this rule demands them for the
// grounds the list uses, where the letter relies on none that already brings the same companion.
import type { LetterAnalysis } from '../../check/analyse';
import type { Companion } from '../../grounds/types';
import { formatRef } from '../../law/citations';
import type { LegalRef } from '../../law/types';
import type { ListRule } from '../compare';
import { reasoningParagraph, rowName } from '../compare';
import { listGrounds, reliedOn } from './list-grounds';

interface Demand {
  companion: Companion;
  part?: 'meroffentlighed' | 'extraction';
  cites: (ref: LegalRef) => boolean;
  messageId: string;
  /** True when a checker rule demands the companion for the grounds the letter cites. */
  checked: boolean;
}

const DEMANDS: Demand[] = [
  {
    companion: 'meroffentlighed',
    part: 'meroffentlighed',
    cites: (r) => (r.statute === 'offl' && r.section === '14') || (r.statute === 'fvl' && r.section === '10'),
    messageId: 'meroffentlighed',
    checked: true,
  },
  {
    companion: 'extraction',
    part: 'extraction',
    cites: (r) =>
      (r.statute === 'offl' && r.section === '28') || (r.statute === 'fvl' && r.section === '14 a'),
    messageId: 'extraction',
    checked: true,
  },
  {
    companion: 'partial-34',
    cites: (r) => r.statute === 'offl' && r.section === '34',
    messageId: 'partial34',
    checked: false,
  },
];

function present(analysis: LetterAnalysis, demand: Demand): boolean {
  if (demand.part && analysis.parts.some((p) => p.part === demand.part && p.present)) return true;
  return analysis.citations.some(
    (c) => !c.inLegalBasis && analysis.partOf[c.paragraph] !== 'complaint_guidance' && demand.cites(c.ref),
  );
}

export const rule: ListRule = {
  meta: {
    id: 'aktliste-companion',
    severity: 'error',
    title: 'En grund i aktlisten mangler det, loven kræver med den',
    enforces: 'Offentlighedslovens §§ 14, 28 og 34; forvaltningslovens §§ 10 og 14 a',
    doc: "The companions the list's grounds require (meroffentlighed, extraction; § 34 for a document withheld wholly under §§ 30-33) are in the letter.",
    messages: {
      meroffentlighed:
        'Aktlisten undtager {row} efter {ground}, men brevet indeholder ingen overvejelse om meroffentlighed.',
      extraction:
        'Aktlisten undtager {row} efter {ground}, men brevet siger ikke, om oplysninger er ekstraheret.',
      partial34:
        'Aktlisten undtager {row} helt efter {ground}, men brevet siger ikke, hvorfor resten af dokumentet ikke udleveres (offentlighedslovens § 34).',
    },
  },
  check({ list, analysis, report }) {
    const relied = reliedOn(analysis);
    for (const demand of DEMANDS) {
      if (present(analysis, demand)) continue;
      // The checker's own rules (meroffentlighed-missing, extraction-missing) already speak for the grounds
      // the letter cites; it has no rule for § 34.
      if (demand.checked && relied.some((r) => r.companions.has(demand.companion))) continue;
      for (const entry of listGrounds(list)) {
        if (!entry.candidates.every((g) => g.requires.includes(demand.companion))) continue;
        // § 34 concerns a document withheld wholly; a partly withheld one hands the rest out.
        const row =
          demand.companion === 'partial-34'
            ? entry.rows.find((r) => r.decision === 'withheld')
            : entry.rows[0];
        if (!row) continue;
        report(
          demand.messageId,
          { paragraph: reasoningParagraph(analysis) },
          { row: rowName(row), ground: formatRef(entry.ground.ref) },
          { row },
        );
        break;
      }
    }
  },
};
