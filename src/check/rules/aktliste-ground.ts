// Forvaltningslovens §§ 22-24: a refusal is reasoned. Each document the list (aktliste) withholds, wholly or
// in part, names its ground, and the reasoning explains that ground; a ground only in the list is unreasoned.
import { formatRef, formatSectionOnly, parseCitations } from '../../law/citations';
import type { LegalRef } from '../../law/types';
import { documentListRows } from '../document-list';
import { actOf } from '../quotations';
import type { Rule } from '../rule';

const NOT_REASONING = new Set(['legal_basis', 'document_list', 'complaint_guidance']);

/** A citation in the reasoning covers a ground in the list when it names the same rule or the rule it is part of. */
function covers(reasoning: LegalRef, listed: LegalRef): boolean {
  if (reasoning.section !== listed.section) return false;
  if (
    reasoning.subsection !== undefined &&
    listed.subsection !== undefined &&
    reasoning.subsection !== listed.subsection
  )
    return false;
  return reasoning.item === undefined || listed.item === undefined || reasoning.item === listed.item;
}

export const rule: Rule = {
  meta: {
    id: 'aktliste-ground',
    severity: 'error',
    title: 'Aktlisten og begrundelsen passer ikke sammen',
    enforces: 'Forvaltningslovens §§ 22-24 (begrundelse for hvert undtaget dokument)',
    doc: 'Each document the aktliste withholds (Nej/Delvis) names a ground, and the reasoning cites that ground.',
    kinds: ['decision'],
    outcomes: ['partial', 'refusal'],
    messages: {
      noGround: 'Dokumentet er undtaget ({decision}) i aktlisten, men der står ikke hvorfor.',
      notCovered: 'Aktlisten undtager dokumentet efter {ground}, men begrundelsen nævner ikke {ground}.',
    },
  },
  check({ snapshot, analysis, report }) {
    const reasoning = analysis.citations.filter(
      (c) => !c.inLegalBasis && !NOT_REASONING.has(analysis.partOf[c.paragraph] ?? ''),
    );
    for (const row of documentListRows(snapshot, analysis)) {
      if (row.decision !== 'withheld' && row.decision !== 'partial') continue;
      const decision = row.decision === 'withheld' ? 'Nej' : 'Delvis';
      const cell = row.ground;
      const listed = cell ? parseCitations(cell.text) : [];
      if (!cell || listed.length === 0) {
        const at = cell ?? row.cells[0];
        report('noGround', { paragraph: at?.paragraph ?? 0, text: at?.text }, { decision });
        continue;
      }
      for (const c of listed) {
        // "§ 30, nr. 2" in a list means the act the letter cites.
        const sameAct = (r: (typeof reasoning)[number]) =>
          c.statuteAssumed || r.ref.statute === c.ref.statute;
        if (reasoning.some((r) => sameAct(r) && covers(r.ref, c.ref))) continue;
        const act = c.statuteAssumed && reasoning[0] ? actOf(reasoning[0], analysis) : c.ref.statute;
        const ground =
          act === 'offl1985'
            ? `${formatSectionOnly(c.ref)} i offentlighedsloven fra 1985`
            : formatRef({ ...c.ref, statute: act });
        report(
          'notCovered',
          { paragraph: cell.paragraph, start: cell.start + c.start, end: cell.start + c.end, text: c.text },
          { ground },
        );
      }
    }
  },
};
