// Forvaltningslovens §§ 22-24: a refusal is reasoned, with the rules it rests on. Every ground the list
// withholds a document under must be reasoned in the letter.
import { formatRef } from '../../law/citations';
import type { ListRule } from '../compare';
import { reasoningParagraph, rowName } from '../compare';
import { letterCovers, listGrounds, reliedOn } from './list-grounds';

export const rule: ListRule = {
  meta: {
    id: 'aktliste-ground-reasoned',
    severity: 'error',
    title: 'En grund i aktlisten er ikke begrundet i brevet',
    enforces: 'Forvaltningslovens §§ 22-24 (begrundelse med de retsregler, afgørelsen hviler på)',
    doc: 'Every ground a list row withholds a document under is relied on (cited) in the letter outside the quoted law.',
    messages: {
      notReasoned:
        'Aktlisten undtager {row}{more} efter {ground}, men brevets begrundelse henviser ikke til {ground}.',
    },
  },
  check({ list, analysis, report }) {
    const relied = reliedOn(analysis);
    for (const entry of listGrounds(list)) {
      if (letterCovers(entry, relied, analysis)) continue;
      const [first] = entry.rows;
      if (!first) continue;
      const others = entry.rows.length - 1;
      report(
        'notReasoned',
        { paragraph: reasoningParagraph(analysis) },
        {
          row: rowName(first),
          more: others > 0 ? ` og ${others} ${others === 1 ? 'anden række' : 'andre rækker'}` : '',
          ground: formatRef(entry.ground.ref),
        },
        { row: first },
      );
    }
  },
};
