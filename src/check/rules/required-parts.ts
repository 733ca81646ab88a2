// Forvaltningslovens §§ 22-25 and offentlighedslovens §§ 37-38: a decision states the outcome, is reasoned
// when it refuses, and carries complaint guidance; DESIGN.md's letter anatomy says which parts each
// outcome requires.
import type { PartId } from '../../letter/types';
import { PART_ORDER } from '../analyse';
import { caseAreaOf, complaintGuidanceFix, isParty } from '../complaint-fix';
import { letterRegime } from '../regime';
import { WEIGHING_MENTIONS } from '../vocabulary-mol';
import { ALL_OUTCOMES, type Rule } from '../rule';

const ALWAYS: PartId[] = ['request_reference', 'decision', 'date', 'sender'];
const WHEN_REFUSED: PartId[] = ['reasoning', 'complaint_guidance'];

const NAMES: Record<PartId, string> = {
  request_reference: 'henvisningen til anmodningen',
  decision: 'afgørelsen',
  reasoning: 'begrundelsen',
  meroffentlighed: 'overvejelsen om meroffentlighed',
  extraction: 'ekstraheringen',
  weighing: 'afvejningen',
  document_list: 'aktlisten',
  legal_basis: 'lovgrundlaget',
  complaint_guidance: 'klagevejledningen',
  date: 'datoen',
  sender: 'afsenderen',
};

export const rule: Rule = {
  meta: {
    id: 'required-parts',
    severity: 'error',
    title: 'Brevets dele',
    enforces: 'Forvaltningslovens §§ 22-25, offentlighedslovens §§ 37-38',
    doc: 'Each part the outcome requires is present (DESIGN.md, letter anatomy); a missing date is a warning, since letterheads often carry it. Under MOL the weighing counts as the reasoning, and the complaint guidance is left to mol-complaint-route.',
    kinds: ['decision'],
    outcomes: ALL_OUTCOMES,
    messages: {
      missing: 'Brevet mangler {part}.',
      missingDate:
        'Brevet har ingen dato i teksten. Tjek, at brevet er dateret (fx i brevhovedet), før det sendes.',
      missingLegalBasis: 'Brevet henviser til lovbestemmelser, men citerer dem ikke (lovgrundlag).',
    },
  },
  check({ snapshot, analysis, date, profile, report }) {
    const present = new Set(analysis.parts.filter((p) => p.present).map((p) => p.part));
    const last = Math.max(snapshot.paragraphs.length - 1, 0);
    // Where the part belongs: before the next part of the anatomy the letter has, else at its end.
    const anchor = (part: PartId): number => {
      const after = PART_ORDER.slice(PART_ORDER.indexOf(part) + 1);
      const next = analysis.parts.find((p) => after.includes(p.part) && p.present && p.first !== undefined);
      return next?.first ?? last;
    };
    const required = [...ALWAYS];
    if (analysis.outcome !== 'grant') required.push(...WHEN_REFUSED);
    const mol = letterRegime(analysis).regime === 'mol';
    const weighing =
      mol &&
      (present.has('weighing') ||
        analysis.normalised.some(
          (t, i) => analysis.partOf[i] !== 'legal_basis' && WEIGHING_MENTIONS.some((re) => re.test(t)),
        ));
    for (const part of required) {
      if (present.has(part)) continue;
      // Under miljøoplysningsloven the concrete weighing (§ 2, stk. 3) gives the refusal's reasons, and the
      // complaint guidance (§ 4, stk. 4; none after an appeal body's final decision) is mol-complaint-route's.
      if (part === 'reasoning' && weighing) continue;
      if (mol && part === 'complaint_guidance') continue;
      if (part === 'date') {
        report('missingDate', { paragraph: anchor(part) }, {}, { severity: 'warning' });
        continue;
      }
      // A missing complaint guidance can be inserted as the add-in writes it, when the profile tells the route.
      const area =
        part === 'complaint_guidance' && profile ? caseAreaOf(profile, snapshot, analysis) : undefined;
      const fix = area
        ? complaintGuidanceFix(profile, area, isParty(analysis, new Set()), analysis, date)
        : undefined;
      report('missing', { paragraph: anchor(part) }, { part: NAMES[part] }, fix ? { fix } : {});
    }
    const cited = analysis.citations.some((c) => !c.inLegalBasis);
    if (cited && !present.has('legal_basis'))
      report('missingLegalBasis', { paragraph: anchor('legal_basis') });
  },
};
