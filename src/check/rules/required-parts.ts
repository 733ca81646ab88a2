// Forvaltningsloven §§ 22-25 and offentlighedsloven §§ 37-38: a decision states the outcome, is reasoned
// when it refuses, and carries complaint guidance; DESIGN.md's letter anatomy says which parts each
// outcome requires.
import type { PartId } from '../../letter/types';
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
    doc: 'Each part the outcome requires is present (DESIGN.md, letter anatomy).',
    kinds: ['decision'],
    outcomes: ALL_OUTCOMES,
    messages: {
      missing: 'Brevet mangler {part}.',
      missingLegalBasis: 'Brevet henviser til lovbestemmelser, men citerer dem ikke (lovgrundlag).',
    },
  },
  check({ analysis, report }) {
    const present = new Set(analysis.parts.filter((p) => p.present).map((p) => p.part));
    const required = [...ALWAYS];
    if (analysis.outcome !== 'grant') required.push(...WHEN_REFUSED);
    for (const part of required) {
      if (!present.has(part)) report('missing', { paragraph: 0 }, { part: NAMES[part] });
    }
    const cited = analysis.citations.some((c) => !c.inLegalBasis);
    if (cited && !present.has('legal_basis')) report('missingLegalBasis', { paragraph: 0 });
  },
};
