// A letter must not go out with unfilled template fields.
import { ALL_KINDS, ALL_OUTCOMES, type Rule } from '../rule';

const PATTERNS = [
  /\{[^{}\n]{1,40}\}/g,
  /\[(?:husk|indsæt|udfyld|skriv|angiv)[^\]\n]{0,80}\]/gi,
  /\bX{2,}\b/g,
];

export const rule: Rule = {
  meta: {
    id: 'template-placeholder',
    severity: 'error',
    title: 'Skabelonfelt ikke udfyldt',
    enforces: 'Brevet skal være færdigt, før det sendes',
    doc: 'Unfilled template fields: {...}, [Husk at ...], [Indsæt ...], XX.',
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: { placeholder: 'Feltet »{text}« er ikke udfyldt.' },
  },
  check({ snapshot, report }) {
    snapshot.paragraphs.forEach((p, paragraph) => {
      for (const pattern of PATTERNS) {
        for (const m of p.text.matchAll(pattern)) {
          report(
            'placeholder',
            { paragraph, start: m.index, end: m.index + m[0].length, text: m[0] },
            { text: m[0] },
          );
        }
      }
    });
  },
};
