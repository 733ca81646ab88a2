// Offentlighedslovens § 42, stk. 3-4 (lov nr. 606 af 12. juni 2013): the 1985 offentlighedslov (lov nr. 572 af
// 19. december 1985) was repealed on 1 January 2014, except for cases under miljøoplysningsloven; a letter
// names the act in force on its date, in the consolidation in force (src/law/acts.ts).
import { ACTS } from '../../law/acts';
import { statuteNames } from '../../law/names';
import { findDanishDate } from '../analyse';
import { anyMatches } from '../any-match';
import { loweredTexts } from '../lowered';
import { ALL_KINDS, ALL_OUTCOMES, type Rule } from '../rule';
import type { Location } from '../types';
import {
  CONSOLIDATED_ACT_NAMES,
  CONSOLIDATION_REFERENCES,
  ENVIRONMENTAL_INFORMATION,
  MONTH_NAMES,
  OFFL_1985_REFERENCES,
} from '../vocabulary';

/** The day the 2013 act came into force and the 1985 act was repealed (§ 42, stk. 1 and 3). */
const REPEALED = '2014-01-01';
/** How far before a consolidation reference the act's name may stand ("Offentlighedsloven, jf. lovbekendtgørelse ..."). */
const ACT_NAME_REACH = 160;

interface Consolidation {
  statute: 'offl' | 'fvl';
  /** "lovbekendtgørelse nr. 145 af 24. februar 2020". */
  text: string;
  number: string;
  date: string;
  /** "offentlighedsloven, jf. lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024". */
  describe(on: string): string;
}

/** The consolidations we hold (src/law/acts.ts), with the amending acts in force on a date. */
const CURRENT: Consolidation[] = ACTS.flatMap((act) => {
  if (act.id !== 'offl' && act.id !== 'fvl') return [];
  const statute = act.id;
  const number = /\bnr\.\s*(\d+)/.exec(act.consolidation)?.[1];
  const date = findDanishDate(act.consolidation);
  if (!number || !date) return [];
  return [
    {
      statute,
      text: act.consolidation,
      number,
      date,
      describe(on: string) {
        const amending = act.amendments
          .filter((a) => (a.inForce ?? findDanishDate(a.act) ?? on) <= on)
          .map((a) => a.act);
        const amended = amending.length ? `, som ændret ved ${amending.join(' og ')}` : '';
        return `${statuteNames(statute).name}, jf. ${act.consolidation}${amended}`;
      },
    },
  ];
});

/** Quoted statute text in the legal basis: "§ 42. ...", "Stk. 3. ...", "1) ...". */
const QUOTATION_LINE = /^(?:§\s*\d|stk\.\s*\d+\.|\d+\)\s)/i;

/** Matches of the patterns in a text, with their spans; a match overlapping an earlier one is dropped. */
function spans(
  text: string,
  patterns: RegExp[],
): { start: number; end: number; groups: Record<string, string> }[] {
  // Most paragraphs match none: one test first spares them the copy of each pattern that matchAll makes.
  if (!anyMatches(patterns, text)) return [];
  const found = patterns
    .flatMap((re) =>
      [...text.matchAll(re)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        groups: { ...m.groups },
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((s, i) => !found.slice(0, i).some((t) => t.start < s.end && s.start < t.end));
}

/** Any act's name ("arkivloven", "lov om arkiver"): a consolidation after it is that act's, not ours. */
const ANY_ACT_NAME = /\p{L}+lov(?:en|ens)?\b|\blov\s+om\b/gu;

/** Our act named last before `index` in the text, within reach, unless another act is named after it. */
function actBefore(lower: string, index: number): 'offl' | 'fvl' | undefined {
  const before = lower.slice(0, index);
  let best: { statute: 'offl' | 'fvl'; end: number } | undefined;
  for (const { statute, pattern } of CONSOLIDATED_ACT_NAMES) {
    for (const m of before.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (index - end <= ACT_NAME_REACH && (!best || end > best.end)) best = { statute, end };
    }
  }
  const other = [...before.matchAll(ANY_ACT_NAME)].some((m) => m.index + m[0].length > (best?.end ?? 0));
  return other ? undefined : best?.statute;
}

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export const rule: Rule = {
  meta: {
    id: 'outdated-act',
    severity: 'warning',
    title: 'Henvisning til en ophævet lov eller en tidligere lovbekendtgørelse',
    enforces:
      'Offentlighedslovens § 42, stk. 3-4: 1985-loven er ophævet pr. 1. januar 2014, undtagen i sager om miljøoplysninger',
    doc: 'A letter dated from 1 January 2014 that cites the 1985 offentlighedslov (lov nr. 572/1985), or a consolidation of offentlighedsloven or forvaltningsloven older than the one in src/law/acts.ts, unless it concerns environmental information.',
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: {
      act1985:
        '»{text}« er offentlighedsloven fra 1985, som blev ophævet 1. januar 2014 og kun gælder i sager om miljøoplysninger. Henvis til den gældende lov: {current}. Paragrafnumrene er ikke de samme i de to love.',
      outdatedConsolidation:
        '»{text}« er ikke længere den gældende lovbekendtgørelse af {act}. Henvis til den gældende: {current}.',
    },
  },
  check({ snapshot, analysis, date, report }) {
    const lowered = loweredTexts(snapshot, analysis);
    // Miljøoplysningsloven § 6, stk. 2 still points to the 1985 act and to forvaltningsloven as of 2012.
    if (lowered.some((text) => anyMatches(ENVIRONMENTAL_INFORMATION, text))) return;
    const offl = CURRENT.find((c) => c.statute === 'offl');

    lowered.forEach((lower, paragraph) => {
      const text = snapshot.paragraphs[paragraph]?.text ?? '';
      if (analysis.partOf[paragraph] === 'legal_basis' && QUOTATION_LINE.test(text.trim())) return;
      const at = (start: number, end: number): Location => ({
        paragraph,
        start,
        end,
        text: text.slice(start, end),
      });

      if (date >= REPEALED && offl) {
        for (const { start, end } of spans(lower, OFFL_1985_REFERENCES)) {
          report('act1985', at(start, end), { text: text.slice(start, end), current: offl.describe(date) });
        }
      }

      for (const { start, end, groups } of spans(lower, CONSOLIDATION_REFERENCES)) {
        const { nr, day, month, year } = groups;
        const statute = actBefore(lower, start);
        const current = CURRENT.find((c) => c.statute === statute);
        if (!nr || !year || !current || nr === current.number || date < current.date) continue;
        const monthIndex = month ? MONTH_NAMES.indexOf(month) + 1 : 0;
        const cited =
          day && monthIndex > 0
            ? `${year}-${String(monthIndex).padStart(2, '0')}-${day.padStart(2, '0')}`
            : undefined;
        // Only an older consolidation is outdated; a newer one than ours is not ours to judge.
        const older = cited ? cited < current.date : Number(year) < Number(current.date.slice(0, 4));
        if (!older) continue;
        const written = text.slice(start, end);
        const replacement = /^[A-ZÆØÅ]/.test(written) ? capitalised(current.text) : current.text;
        report(
          'outdatedConsolidation',
          at(start, end),
          { text: written, act: statuteNames(current.statute).name, current: current.describe(date) },
          { fix: { kind: 'replace', replacement } },
        );
      }
    });
  },
};
