// Offentlighedslovens § 36, stk. 2 (a party's request: forvaltningslovens § 16, stk. 2): a request is decided
// within 7 working days after receipt, or the requester is told why not and when to expect an answer. Past 40
// working days the Ombudsman accepts the delay only in quite special cases (FOB 2021-1).
import { danishDate } from '../../law/dates';
import { findDanishDate } from '../analyse';
import { anyMatches } from '../any-match';
import { ALL_OUTCOMES, type Rule, type RuleContext } from '../rule';
import type { Location } from '../types';
import {
  DELAY_NOTICE_MENTIONS,
  ENVIRONMENTAL_INFORMATION,
  MONTH_NAMES,
  normaliseForMatch,
} from '../vocabulary';
import { addWorkingDays, countWorkingDays } from '../working-days';

/** The statutory deadline (OFL § 36, stk. 2; FVL § 16, stk. 2 since 1 January 2014). */
const DEADLINE = 7;
/** Beyond this, only quite special cases justify the delay (the bill's remarks to § 36; FOB 2021-1). */
const OUTER_LIMIT = 40;
/** The day the 2013 offentlighedslov and the present FVL § 16, stk. 2 came into force. */
const IN_FORCE = '2014-01-01';
/** Longer than this between receipt and letter is taken for a misread date, not a delay. */
const MAX_SPAN_DAYS = 5 * 366;

const SPACE = '[\\s\\u00a0\\u202f]';
const DATE_IN_TEXT = new RegExp(
  `(\\d{1,2})\\.${SPACE}*(${MONTH_NAMES.join('|')})${SPACE}+(\\d{4})|\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b`,
  'gi',
);

/** The span of the first date in `text` that is `iso`, written "3. marts 2025" or "03.03.2025". */
function dateSpan(text: string, iso: string): { start: number; end: number } | undefined {
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    if (findDanishDate(m[0]) === iso) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Where the finding points: the date of receipt as the letter states it, else the letter's date line. */
function locate({ snapshot, analysis }: RuleContext, received: string): Location {
  const dateIndex = analysis.partOf.indexOf('date');
  const statedIn = snapshot.paragraphs.findIndex(
    (p, i) => i !== dateIndex && analysis.partOf[i] !== 'legal_basis' && findDanishDate(p.text) === received,
  );
  const paragraph = statedIn >= 0 ? statedIn : Math.max(dateIndex, 0);
  const text = snapshot.paragraphs[paragraph]?.text ?? '';
  const span = statedIn >= 0 ? dateSpan(text, received) : undefined;
  return span ? { paragraph, ...span, text: text.slice(span.start, span.end) } : { paragraph, text };
}

/** A party's request under forvaltningsloven: FVL § 9 cited as the basis, OFL § 7 and § 8 not. */
function isPartyRequest({ analysis }: RuleContext): boolean {
  const body = analysis.citations.filter((c) => !c.inLegalBasis);
  const fvl9 = body.some((c) => c.ref.statute === 'fvl' && c.ref.section === '9');
  const offl = body.some(
    (c) => c.ref.statute === 'offl' && !c.statuteAssumed && (c.ref.section === '7' || c.ref.section === '8'),
  );
  return fvl9 && !offl;
}

/** Whether the letter says the requester was told of the delay (outside the legal basis and complaint guidance). */
function mentionsNotice({ snapshot, analysis }: RuleContext): boolean {
  const outside = (i: number) =>
    analysis.partOf[i] !== 'legal_basis' && analysis.partOf[i] !== 'complaint_guidance';
  const negated = new Set<number>();
  const mentioned = snapshot.paragraphs.some((p, i) => {
    if (!outside(i)) return false;
    const norm = normaliseForMatch(p.text);
    if (DELAY_NOTICE_MENTIONS.negations.some((re) => re.test(norm))) {
      negated.add(i);
      return false;
    }
    return (
      DELAY_NOTICE_MENTIONS.names.some((re) => re.test(norm)) ||
      (DELAY_NOTICE_MENTIONS.told.some((re) => re.test(norm)) &&
        DELAY_NOTICE_MENTIONS.delay.some((re) => re.test(norm)))
    );
  });
  return (
    mentioned ||
    analysis.citations.some(
      ({ ref, paragraph }) =>
        outside(paragraph) &&
        !negated.has(paragraph) &&
        ((ref.statute === 'offl' && ref.section === '36' && (ref.subsection ?? 2) === 2) ||
          (ref.statute === 'fvl' && ref.section === '16' && ref.subsection === 2)),
    )
  );
}

export const rule: Rule = {
  meta: {
    id: 'processing-time',
    severity: 'warning',
    title: 'Svarfristen på 7 arbejdsdage er overskredet',
    enforces:
      'Offentlighedslovens § 36, stk. 2, og forvaltningslovens § 16, stk. 2: afgørelse inden 7 arbejdsdage, ellers underretning om grunden og om, hvornår svaret kan ventes',
    doc: 'Letter date more than 7 working days (Danish holidays, state and profile closing days) after the stated receipt, with no mention of a § 36 notice; past 40 working days always.',
    kinds: ['decision'],
    outcomes: ALL_OUTCOMES,
    messages: {
      noNotice:
        'Brevet er dateret {letterDate}, {days} arbejdsdage efter modtagelsen af anmodningen den {receivedDate}. Fristen på 7 arbejdsdage udløb den {deadline}, og brevet nævner ikke, at ansøgeren er underrettet om grunden til fristoverskridelsen og om, hvornår svaret kunne ventes, jf. {provision}.',
      beyondForty:
        'Brevet er dateret {letterDate}, {days} arbejdsdage efter modtagelsen af anmodningen den {receivedDate}. Ifølge Folketingets Ombudsmand (FOB 2021-1) kan en behandlingstid på over 40 arbejdsdage kun accepteres i helt særlige tilfælde.',
    },
  },
  check(context) {
    const { analysis, profile, report } = context;
    const received = analysis.receivedDate;
    const dated = analysis.letterDate;
    // Only the letter's own date: an undated draft is judged when it gets its date. Requests received before
    // the 2013 act came into force, and spans of years (a misread date), are left alone.
    if (!received || !dated || received < IN_FORCE) return;
    if (Date.parse(dated) - Date.parse(received) > MAX_SPAN_DAYS * 86_400_000) return;
    // Environmental information runs on MOL § 4's own deadlines (and the 1985 act's § 16).
    if (
      analysis.normalised.some(
        (norm, i) => analysis.partOf[i] !== 'legal_basis' && anyMatches(ENVIRONMENTAL_INFORMATION, norm),
      )
    )
      return;
    const closed = profile?.extraNonWorkingDays ?? [];
    const days = countWorkingDays(received, dated, closed);
    if (days <= DEADLINE) return;
    const location = locate(context, received);
    const data = {
      letterDate: danishDate(dated),
      receivedDate: danishDate(received),
      days: String(days),
      deadline: danishDate(addWorkingDays(received, DEADLINE, closed)),
      provision: isPartyRequest(context)
        ? 'forvaltningslovens § 16, stk. 2'
        : 'offentlighedslovens § 36, stk. 2',
    };
    if (!mentionsNotice(context)) report('noNotice', location, data);
    if (days > OUTER_LIMIT) report('beyondForty', location, data);
  },
};
