// A letter must not go out with unfilled template fields.
import { GROUNDS } from '../../grounds/catalogue';
import { MOL_GROUNDS } from '../../grounds/catalogue-mol';
import { COMPANION_TEXTS } from '../../letter/companions';
import { EMISSIONS_LABEL, WEIGHING_FIELDS } from '../../letter/compose-mol';
import { ALL_KINDS, ALL_OUTCOMES, type Rule } from '../rule';

/**
 * The label of the MOL complaint guidance's appeal-body field (letter/complaint.ts, `klageinstans_mol`),
 * which the letter layer does not export.
 */
export const MOL_APPEAL_BODY_LABEL = 'Klageinstansen efter miljøoplysningslovens § 4, stk. 6';

/**
 * The marks the composer leaves for a field the jurist did not fill: "[Vurdering af meroffentlighed]", the
 * field's label in brackets (letter/fill.ts), from the grounds catalogues (today's and MOL's), the companion
 * texts, the MOL weighing, the emissions question and the MOL appeal body.
 */
export const FIELD_MARKS: ReadonlySet<string> = new Set(
  [
    ...GROUNDS.flatMap((g) => g.fields),
    ...MOL_GROUNDS.flatMap((g) => g.fields),
    ...Object.values(COMPANION_TEXTS).flatMap((c) => c?.fields ?? []),
    ...WEIGHING_FIELDS,
    { label: EMISSIONS_LABEL },
    { label: MOL_APPEAL_BODY_LABEL },
  ].map((f) => `[${f.label}]`),
);

/** Each pattern with a string it cannot match without, so most paragraphs are passed over at once. */
const PATTERNS: [RegExp, string][] = [
  [/\{[^{}\n]{1,40}\}/g, '{'],
  [/\[(?:husk|indsæt|udfyld|skriv|angiv)[^\]\n]{0,80}\]/gi, '['],
  [/\bX{2,}\b/g, 'XX'],
  // The MOL composer's mark for a law text the data does not hold: "[Ordlyden af … er ikke med i lovdata: …]".
  [/\[Ordlyden af [^\]\n]{1,300}\]/g, '[Ordlyden af '],
];
const BRACKETS = /\[[^\]\n]{1,80}\]/g;

export const rule: Rule = {
  meta: {
    id: 'template-placeholder',
    severity: 'error',
    title: 'Skabelonfelt ikke udfyldt',
    enforces: 'Brevet skal være færdigt, før det sendes',
    doc: "Unfilled template fields: {...}, [Husk at ...], [Indsæt ...], XX, [Ordlyden af ...], and the composer's marks for unfilled fields ([label]), MOL's included.",
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: { placeholder: 'Feltet »{text}« er ikke udfyldt.' },
  },
  check({ snapshot, report }) {
    snapshot.paragraphs.forEach((p, paragraph) => {
      for (const [pattern, needle] of PATTERNS) {
        if (!p.text.includes(needle)) continue;
        for (const m of p.text.matchAll(pattern)) {
          report(
            'placeholder',
            { paragraph, start: m.index, end: m.index + m[0].length, text: m[0] },
            { text: m[0] },
          );
        }
      }
      // Brackets of the letter's own ("[se bilag 1]") are text; only the composer's field marks are fields.
      if (!p.text.includes('[')) return;
      for (const m of p.text.matchAll(BRACKETS)) {
        if (!FIELD_MARKS.has(m[0])) continue;
        report(
          'placeholder',
          { paragraph, start: m.index, end: m.index + m[0].length, text: m[0] },
          { text: m[0] },
        );
      }
    });
  },
};
