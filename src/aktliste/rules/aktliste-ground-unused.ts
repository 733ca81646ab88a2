// Forvaltningslovens § 24, stk. 1: the reasoning names the rules the decision rests on, and no others. A
// ground the letter reasons that no document in the list is withheld under is likely left over (a warning).
import { formatRef } from '../../law/citations';
import type { ListRule } from '../compare';
import { listGrounds, reliedOn } from './list-grounds';

export const rule: ListRule = {
  meta: {
    id: 'aktliste-ground-unused',
    severity: 'warning',
    title: 'Brevet begrunder en grund, som ingen række i aktlisten bruger',
    enforces: 'Forvaltningslovens § 24, stk. 1 (begrundelsen angiver de retsregler, afgørelsen hviler på)',
    doc: 'Every ground the letter relies on is used by some list row that withholds a document (warning).',
    messages: {
      unused:
        'Brevet begrunder et afslag med {ground}, men ingen række i aktlisten undtager et dokument efter den bestemmelse.',
    },
  },
  check({ list, analysis, report }) {
    if (list.rows.length === 0) return;
    const used = new Set(listGrounds(list).flatMap((entry) => entry.candidates));
    const seen = new Set<string>();
    for (const relied of reliedOn(analysis)) {
      if (relied.grounds.some((g) => used.has(g))) continue;
      const key = relied.grounds.map((g) => g.id).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const c = relied.citation;
      report(
        'unused',
        { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
        { ground: formatRef(c.ref) },
      );
    }
  },
};
