/**
 * The statute quotations in a letter's legal-basis part: which paragraph of which act each quotes, and
 * its text split per stk., so a rule can compare each stk. with the law.
 */
import { QUOTE_TEXTS } from '../law/quote';
import type { StatuteId } from '../law/types';
import type { LetterAnalysis } from './analyse';
import { letterRegime } from './regime';
import type { DocumentSnapshot } from './types';

/**
 * The act a quotation or citation is of. `offl1985` is the 1985 offentlighedslov (lov nr. 572 af 19. december
 * 1985), which decisions before 2014 and on environmental information quote; its text is not in the law data yet.
 */
export type QuotedAct = StatuteId | 'offl1985';

export interface Quotation {
  statute: QuotedAct;
  sectionId: string;
  /** Paragraph indexes (inclusive). */
  first: number;
  last: number;
  /** The quoted text per stk. number, stk. 1 with its "§ N." label removed. */
  subsections: Map<number, string>;
  /**
   * Where each stk. is: its first paragraph and the offset of its text (after the label). `whole` when the
   * stk. is exactly the rest of that one paragraph, so a fix may replace the span.
   */
  places: Map<number, { paragraph: number; start: number; whole: boolean }>;
  /**
   * Set when the composer's note after the quotation says the jurist supplied its text for this letter
   * (`QUOTE_TEXTS.suppliedNote`): the paragraph of that note, the provision and the source it names.
   */
  supplied?: { paragraph: number; ref: string; source?: string };
}

/** A regular expression for one of the composer's notes, its `\u0001`/`\u0002` slots captured. */
function noteMatcher(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('\u0001', '(.+?)').replace('\u0002', '(.+?)')}$`);
}

/** The composer's note on a text the jurist supplied, with and without its source. */
const SUPPLIED_NOTES = [
  noteMatcher(QUOTE_TEXTS.suppliedNote('\u0001', '\u0002')),
  noteMatcher(QUOTE_TEXTS.suppliedNote('\u0001')),
];
/** The composer's other notes in the legal basis: an extract's parts not held, a text missing. */
const OTHER_NOTES = [
  noteMatcher(QUOTE_TEXTS.extractNote('\u0001')),
  noteMatcher(QUOTE_TEXTS.missingPlaceholder('\u0001', '\u0002')),
];

/**
 * The composer's note on a supplied text, read from a paragraph: the provision and the source it names.
 * @example suppliedNote('(Ordlyden af 1985-offentlighedslovens § 2 er indsat af sagsbehandleren.)') // { ref: '1985-offentlighedslovens § 2' }
 */
export function suppliedNote(text: string): { ref: string; source?: string } | undefined {
  for (const re of SUPPLIED_NOTES) {
    const m = re.exec(text.trim());
    if (m) return m[2] ? { ref: m[1] ?? '', source: m[2] } : { ref: m[1] ?? '' };
  }
  return undefined;
}

const CACHE = new WeakMap<LetterAnalysis, Quotation[]>();

/** "§ 7. ...", or a single stk. quoted on its own: "§ 37, stk. 2. ...". */
const SECTION_START = /^§ (\d+(?: ?[a-z])?)(?:,? stk\. ?(\d+))?\.\s+/;
/** "Offentlighedslovens § 36, stk. 2, lyder:" (normalised): groups act, section, stk. */
const INTRO =
  /^(\p{L}+lovens) § (\d+(?: [a-z])?)(?:, stk\. (\d+))?,? (?:lyder|har følgende ordlyd|er sålydende)(?: sådan| således| som følger)?:?$/u;
const STK_START = /^Stk\. ?(\d+)\.\s*/;

function statuteOfHeading(norm: string, offl1985: boolean): QuotedAct | undefined {
  if (/offentlighedslov/.test(norm) || /lov om offentlighed i forvaltningen/.test(norm))
    return offl1985 || /\b1985\b|\bnr\. 572\b/.test(norm) ? 'offl1985' : 'offl';
  if (/forvaltningslov/.test(norm)) return 'fvl';
  if (/databeskyttelseslov/.test(norm)) return 'dbl';
  // After the others: their headings may add "jf. miljøoplysningslovens § 6, stk. 2".
  if (/miljøoplysningslov/.test(norm)) return 'mol';
  return undefined;
}

/**
 * The quotations in the legal basis, in order.
 * @example findQuotations(snapshot, analysis).map((q) => q.sectionId) // ["7", "11", "14"]
 */
export function findQuotations(snapshot: DocumentSnapshot, analysis: LetterAnalysis): Quotation[] {
  // Several rules ask for the quotations of the same analysis: find them once.
  const cached = CACHE.get(analysis);
  if (cached) return cached;
  const quotations: Quotation[] = [];
  CACHE.set(analysis, quotations);
  // Under miljøoplysningsloven "offentlighedsloven" is the 1985 act unless the heading marks the 2013 act.
  const regime = letterRegime(analysis);
  const as1985 = analysis.offl1985 || regime.regime === 'mol';
  const headingAct = (i: number) =>
    statuteOfHeading(
      analysis.normalised[i] ?? '',
      as1985 && !(regime.regime === 'mol' && OFFL_2013_HEADING.test(analysis.normalised[i] ?? '')),
    );
  let statute: QuotedAct = as1985 ? 'offl1985' : 'offl';
  let current: Quotation | undefined;
  let stk = 1;
  let pendingIntro: Quotation | undefined;
  snapshot.paragraphs.forEach((p, i) => {
    if (analysis.partOf[i] !== 'legal_basis') {
      current = undefined;
      pendingIntro = undefined;
      return;
    }
    const text = p.text.trim();
    // The composer's note after a quotation ends it; a note on a supplied text marks the quotation before it.
    const note = suppliedNote(text);
    if (note || OTHER_NOTES.some((re) => re.test(text))) {
      const last = quotations.at(-1);
      if (note && last && current === last) last.supplied = { paragraph: i, ...note };
      current = undefined;
      pendingIntro = undefined;
      return;
    }
    const section = SECTION_START.exec(text);
    // An introduced quotation that goes on with the paragraph's own "§ 9." is that paragraph's quotation.
    if (section) pendingIntro = undefined;
    if (section) {
      const id = (section[1] ?? '').replace(/(\d)([a-z])$/, '$1 $2');
      stk = section[2] ? Number(section[2]) : 1;
      current = {
        statute,
        sectionId: id,
        first: i,
        last: i,
        subsections: new Map([[stk, text.slice(section[0].length)]]),
        places: new Map([[stk, { paragraph: i, start: lead(p.text) + section[0].length, whole: true }]]),
      };
      quotations.push(current);
      // A flattened quotation ("§ 7. ... Stk. 2. ...") holds several stk. in one paragraph.
      splitInline(current);
      return;
    }
    // "Offentlighedslovens § 36, stk. 2, lyder:" introduces the text on the next lines.
    const intro = INTRO.exec(analysis.normalised[i] ?? '');
    if (intro) {
      const act = statuteOfHeading(intro[1] ?? '', as1985) ?? statute;
      stk = intro[3] ? Number(intro[3]) : 1;
      current = {
        statute: act,
        sectionId: intro[2] ?? '',
        first: i,
        last: i,
        subsections: new Map(),
        places: new Map(),
      };
      pendingIntro = current;
      return;
    }
    const heading = headingAct(i);
    if (heading && !STK_START.test(text) && text.length < 250 && !/\.$/.test(text)) {
      statute = heading;
      current = undefined;
      return;
    }
    if (!current) return;
    if (current === pendingIntro) {
      quotations.push(current);
      pendingIntro = undefined;
    }
    current.last = i;
    const stkMatch = STK_START.exec(text);
    if (stkMatch) {
      stk = Number(stkMatch[1]);
      current.subsections.set(stk, text.slice(stkMatch[0].length));
      current.places.set(stk, { paragraph: i, start: lead(p.text) + stkMatch[0].length, whole: true });
      splitInline(current);
    } else if (!current.subsections.has(stk)) {
      // The first line after "… lyder:".
      current.subsections.set(stk, text);
      current.places.set(stk, { paragraph: i, start: lead(p.text), whole: true });
    } else {
      current.subsections.set(stk, `${current.subsections.get(stk) ?? ''}\n${text}`);
      const place = current.places.get(stk);
      if (place) place.whole = false;
    }
  });
  return quotations;
}

/** The length of a text's leading white space. */
const lead = (text: string) => text.length - text.trimStart().length;

/** Splits "… Stk. 2. …" written in one paragraph into its stk. */
function splitInline(q: Quotation): void {
  for (const [n, text] of [...q.subsections]) {
    const parts = text.split(/\s(?=Stk\. ?\d+\.\s)/);
    if (parts.length === 1) continue;
    q.subsections.set(n, parts[0] ?? '');
    const place = q.places.get(n);
    if (place) place.whole = false;
    for (const part of parts.slice(1)) {
      const m = STK_START.exec(part);
      if (!m) continue;
      q.subsections.set(Number(m[1]), part.slice(m[0].length));
      if (place) q.places.set(Number(m[1]), { ...place, whole: false });
    }
  }
}

/**
 * True for a citation read out of a range ("§§ 23-35"): it names a group of rules, not each one as relied on.
 * @example isRange({ text: 'end hvad der følger af §§ 23-35' }) // true
 */
export function isRange(citation: { text: string }): boolean {
  // No dash, no range (the replacement below only removes text).
  if (!citation.text.includes('-') && !citation.text.includes('–')) return false;
  return /\d\s*(?:[a-z]\s*)?[-–]\s*\d/.test(citation.text.replace(/stk\.\s*\d+\s*[-–]\s*\d+/g, ''));
}

/**
 * The act a citation in the body means: offentlighedsloven in a letter from before 2014 is the 1985 act, and so
 * is it in a letter under miljøoplysningsloven unless its paragraph marks the 2013 act (regime.ts).
 * @example actOf(citation, analysis) // "offl1985" for "offentlighedslovens § 12" in an MOL letter
 */
export function actOf(
  citation: { ref: { statute: StatuteId }; paragraph?: number },
  analysis: LetterAnalysis,
): QuotedAct {
  if (citation.ref.statute !== 'offl') return citation.ref.statute;
  if (analysis.offl1985) return 'offl1985';
  const regime = letterRegime(analysis);
  if (regime.regime !== 'mol') return 'offl';
  return citation.paragraph !== undefined && regime.marks2013.has(citation.paragraph) ? 'offl' : 'offl1985';
}

/** A heading of the 2013 offentlighedslov (its consolidations since 2013). */
const OFFL_2013_HEADING =
  /\b2013\b|\b2020\b|nr\. 606\b|nr\. 145\b|lovbekendtgørelse nr\. \d+ af \d+\. \p{L}+ 20(?:1[4-9]|[2-9]\d)\b/u;

/** The sections cited in the body (first citation of each) and the quotations, keyed "offl 30". */
export function citedAndQuoted(
  snapshot: DocumentSnapshot,
  analysis: LetterAnalysis,
): { cited: ReadonlyMap<string, LetterAnalysis['citations'][number]>; quotations: Quotation[] } {
  let cited = CITED.get(analysis);
  if (!cited) {
    cited = new Map<string, LetterAnalysis['citations'][number]>();
    for (const c of analysis.citations) {
      if (c.inLegalBasis || isRange(c)) continue;
      const key = `${actOf(c, analysis)} ${c.ref.section}`;
      if (!cited.has(key)) cited.set(key, c);
    }
    CITED.set(analysis, cited);
  }
  return { cited, quotations: findQuotations(snapshot, analysis) };
}

/** Two rules ask for the cited sections of the same analysis: read them once. */
const CITED = new WeakMap<LetterAnalysis, Map<string, LetterAnalysis['citations'][number]>>();
