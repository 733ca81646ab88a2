/**
 * Reads a document snapshot as a letter: its parts (by our tags, then headings, then content), what kind
 * of letter it is, the outcome it states, its dates and its citations. The rules work on this analysis.
 */
import type { Outcome } from '../grounds/types';
import { parseCitations } from '../law/citations';
import { anyMatches } from './any-match';
import type { PartId } from '../letter/types';
import type { CitationFound, DocumentSnapshot, LetterKindFound, Location, PartFound } from './types';
import {
  COMPLAINT_SENTENCES,
  DATE_LINE,
  EXTRACTION_SENTENCES,
  GREETINGS,
  HYPOTHETICALS,
  MEROFFENTLIGHED_SENTENCES,
  MONTH_NAMES,
  NEGATIONS,
  NON_DECISION_KINDS,
  normaliseForMatch,
  OUTCOME_PATTERNS,
  PART_HEADINGS,
  REASON_CLAUSES,
  REQUEST_SENTENCES,
} from './vocabulary';

export const PART_ORDER: PartId[] = [
  'date',
  'request_reference',
  'decision',
  'reasoning',
  'meroffentlighed',
  'extraction',
  'weighing',
  'document_list',
  'legal_basis',
  'complaint_guidance',
  'sender',
];

/** Our block ids (composition) -> the part they belong to. */
function partOfBlock(blockId: string): PartId | undefined {
  if (blockId === 'date') return 'date';
  if (blockId === 'request-reference') return 'request_reference';
  if (blockId === 'decision' || blockId === 'delay' || blockId === 'identification-request')
    return 'decision';
  if (blockId === 'meroffentlighed') return 'meroffentlighed';
  if (blockId.startsWith('extraction')) return 'extraction';
  if (blockId === 'document-list') return 'document_list';
  if (blockId === 'legal-basis') return 'legal_basis';
  if (blockId === 'complaint-guidance') return 'complaint_guidance';
  if (blockId === 'sender') return 'sender';
  if (blockId === 'weighing') return 'weighing';
  return 'reasoning';
}

export interface LetterAnalysis {
  /** The part of each paragraph, if any. */
  partOf: (PartId | undefined)[];
  /** Each paragraph's text as the vocabulary matches it (`normaliseForMatch`), computed once for all rules. */
  normalised: string[];
  parts: PartFound[];
  kind: LetterKindFound;
  outcome: Outcome | 'unknown';
  outcomeEvidence?: Location;
  letterDate?: string;
  receivedDate?: string;
  /**
   * True when the letter is dated before 1 January 2014: its offentlighedslov is the 1985 act (lov nr. 572
   * af 19. december 1985), whose numbering differs; rules built on today's act leave its citations alone.
   */
  offl1985: boolean;
  citations: CitationFound[];
}

/** The first line of a quoted paragraph: "§ 10. Retten til ...", "§ 37, stk. 2. Klagen ...". */
const STATUTE_LINE = /^§ \d+(?: ?[a-z])?(?:,? stk\. ?\d+)?\. \p{Lu}/u;
const QUOTE_LINE = /^(§ \d+(?: ?[a-z])?(?:,? stk\. ?\d+)?\.|stk\. \d+\.|\d+\) )/;

/** The part a heading opens, from the paragraph's normalised text. */
function headingPart(normalised: string, styled: boolean): PartId | undefined {
  if (!styled && (normalised.length > 200 || /[.!?]$/.test(normalised))) return undefined;
  const norm = normalised.replace(/[:.]$/, '').trim();
  // "Ministeriets begrundelse", "Kommunens vurdering": the same headings with their author in front.
  const unowned = norm.replace(/^(\p{L}+s|vores|vor) /u, '');
  for (const part of Object.keys(PART_HEADINGS) as (keyof typeof PART_HEADINGS)[]) {
    // The same as testing each pattern on both texts.
    if (anyMatches(PART_HEADINGS[part], norm) || anyMatches(PART_HEADINGS[part], unowned)) return part;
  }
  return undefined;
}

/**
 * A Danish date in a text, as ISO: "10. marts 2025", "10.03.2025".
 * @example findDanishDate('København, den 10. marts 2025') // "2025-03-10"
 */
export function findDanishDate(text: string): string | undefined {
  const norm = normaliseForMatch(text);
  const named = new RegExp(`(\\d{1,2})\\. ?(${MONTH_NAMES.join('|')}) (\\d{4})`).exec(norm);
  const numeric = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/.exec(norm);
  const candidates: { index: number; y: number; m: number; d: number }[] = [];
  if (named)
    candidates.push({
      index: named.index,
      d: Number(named[1]),
      m: MONTH_NAMES.indexOf(named[2] ?? '') + 1,
      y: Number(named[3]),
    });
  if (numeric)
    candidates.push({
      index: numeric.index,
      d: Number(numeric[1]),
      m: Number(numeric[2]),
      y: Number(numeric[3]),
    });
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) {
    const date = new Date(Date.UTC(c.y, c.m - 1, c.d));
    if (date.getUTCFullYear() === c.y && date.getUTCMonth() === c.m - 1 && date.getUTCDate() === c.d) {
      return date.toISOString().slice(0, 10);
    }
  }
  return undefined;
}

/**
 * The sentences of a paragraph. A full stop ends a sentence only before a capital letter (or the end), so
 * "jf. offentlighedslovens § 30, nr. 1" and "bl.a." stay inside their sentence.
 */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const boundary = /\s*$|\s+[A-ZÆØÅ"»„“(]/y;
  let start = 0;
  for (const m of text.matchAll(/[.!?]+/g)) {
    const end = m.index + m[0].length;
    boundary.lastIndex = end;
    if (!boundary.test(text)) continue;
    if (text.slice(start, end).trim()) out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ text: text.slice(start), start });
  return out;
}

/** The outcome a sentence states, ignoring negated, hypothetical and quoted statements. */
export function outcomeOfSentence(sentence: string): Outcome | undefined {
  const norm = normaliseForMatch(sentence);
  if (/^[„“"»]/.test(norm.trim())) return undefined;
  if (anyMatches(NEGATIONS, norm)) return undefined;
  if (anyMatches(HYPOTHETICALS, norm)) return undefined;
  return OUTCOME_PATTERNS.find((p) => p.pattern.test(norm))?.outcome;
}

/**
 * The outcome several statements make together: a grant and a refusal (or dismissal) of parts of a
 * request is a partial grant.
 * @example combineOutcomes(['grant', 'refusal']) // "partial"
 */
export function combineOutcomes(found: readonly Outcome[]): Outcome | undefined {
  if (found.length === 0) return undefined;
  const set = new Set(found);
  if (set.has('partial')) return 'partial';
  if (set.has('grant') && (set.has('refusal') || set.has('dismissal'))) return 'partial';
  return found[0];
}

/**
 * Analyses a snapshot.
 * @example analyseLetter({ paragraphs: [{ text: 'Afgørelse' }, { text: 'Vi afslår din anmodning.' }] }).outcome // "refusal"
 */
export function analyseLetter(snapshot: DocumentSnapshot): LetterAnalysis {
  const paragraphs = snapshot.paragraphs;
  const normalised = paragraphs.map((p) => normaliseForMatch(p.text));
  const headings = paragraphs.map((p, i) => headingPart(normalised[i] ?? '', (p.headingLevel ?? 0) > 0));
  const partOf: (PartId | undefined)[] = paragraphs.map(() => undefined);
  const by = new Map<PartId, PartFound['by']>();
  const headingFound = new Set<PartId>();

  // 1. Our tags.
  paragraphs.forEach((p, i) => {
    if (p.blockId) {
      const part = partOfBlock(p.blockId);
      partOf[i] = part;
      if (part && !by.has(part)) by.set(part, 'tag');
    }
  });

  // 2. Headings open a part that runs to the next heading; a greeting opens the sender; quotation lines
  // after it belong to the legal basis.
  let current: PartId | undefined;
  paragraphs.forEach((p, i) => {
    if (p.blockId) {
      current = undefined;
      return;
    }
    const norm = normalised[i] ?? '';
    const heading = headings[i];
    if (heading) {
      current = heading;
      headingFound.add(heading);
      if (!by.has(heading)) by.set(heading, 'heading');
      partOf[i] = heading;
      return;
    }
    if ((p.headingLevel ?? 0) > 0) {
      current = undefined;
      return;
    }
    if (anyMatches(GREETINGS, norm)) {
      current = 'sender';
      if (!by.has('sender')) by.set('sender', 'content');
    } else if (current && current !== 'legal_basis' && STATUTE_LINE.test(p.text.trim())) {
      // "§ 10. Retten til aktindsigt omfatter ikke:" under another part's heading: the quotations begin.
      current = 'legal_basis';
      if (!by.has('legal_basis')) by.set('legal_basis', 'content');
    } else if (current === 'sender' && QUOTE_LINE.test(norm)) {
      current = 'legal_basis';
      if (!by.has('legal_basis')) by.set('legal_basis', 'content');
    } else if (current === 'sender' && norm.length > 120) {
      current = undefined;
    }
    if (DATE_LINE.test(norm) && !current) {
      partOf[i] = 'date';
      if (!by.has('date')) by.set('date', 'content');
      return;
    }
    partOf[i] = current;
  });

  // A title "Afgørelse om aktindsigt" above the letter, with the real "Afgørelse" heading further down: the
  // run under the title states no outcome, so it is not the decision part.
  const decisionHeadings = paragraphs.flatMap((p, i) =>
    !p.blockId && partOf[i] === 'decision' && headings[i] === 'decision' ? [i] : [],
  );
  for (const [n, i] of decisionHeadings.entries()) {
    const next = decisionHeadings[n + 1];
    if (next === undefined) break;
    const run = paragraphs.slice(i + 1, next);
    const states = run.some((p) => sentences(p.text).some((st) => outcomeOfSentence(st.text)));
    if (states || run.some((_, k) => partOf[i + 1 + k] !== 'decision')) continue;
    for (let j = i; j < next; j++) partOf[j] = undefined;
  }

  // A "Lovgrundlag" heading over prose that explains the rules, with no quotation under it, heads reasoning.
  for (let i = 0; i < paragraphs.length; i++) {
    const title = paragraphs[i]?.text ?? '';
    if (partOf[i] !== 'legal_basis' || paragraphs[i]?.blockId || !headingPart(normalised[i] ?? '', true))
      continue;
    // "§ 36, stk. 2, lyder:" introduces a quotation that is not written with its "§ 36." label.
    if (/\b(lyder|ordlyd|sålydende)\b/i.test(title)) continue;
    let end = i + 1;
    while (end < paragraphs.length && partOf[end] === 'legal_basis' && !paragraphs[end]?.blockId) end++;
    const body = normalised.slice(i + 1, end);
    if (body.length > 0 && !body.some((text) => QUOTE_LINE.test(text))) {
      for (let j = i; j < end; j++) partOf[j] = 'reasoning';
      headingFound.add('reasoning');
      by.set('reasoning', 'heading');
      if (!partOf.includes('legal_basis')) {
        headingFound.delete('legal_basis');
        by.delete('legal_basis');
      }
    }
    i = end - 1;
  }

  // The request written as the first paragraph under an "Afgørelse om aktindsigt" heading, before the outcome
  // is stated: it is the request reference, not the decision (a letter with no heading of its own for it).
  if (!headingFound.has('request_reference') && !by.has('request_reference')) {
    for (let i = 0; i < paragraphs.length; i++) {
      if (partOf[i] !== 'decision' || headings[i] !== 'decision' || paragraphs[i]?.blockId) continue;
      const next = i + 1;
      const norm = normalised[next] ?? '';
      const states = sentences(paragraphs[next]?.text ?? '').some((st) => outcomeOfSentence(st.text));
      if (partOf[next] !== 'decision' || headings[next] || states || next > paragraphs.length / 2) break;
      if (!anyMatches(REQUEST_SENTENCES, norm)) break;
      partOf[next] = 'request_reference';
      by.set('request_reference', 'content');
      break;
    }
  }

  // 3. Content, for paragraphs no tag or heading placed.
  const contentRules: [PartId, RegExp[]][] = [
    ['complaint_guidance', COMPLAINT_SENTENCES],
    ['meroffentlighed', MEROFFENTLIGHED_SENTENCES],
    ['extraction', EXTRACTION_SENTENCES],
    ['request_reference', REQUEST_SENTENCES],
  ];
  paragraphs.forEach((p, i) => {
    if (partOf[i]) return;
    const norm = normalised[i] ?? '';
    if (QUOTE_LINE.test(norm) && (partOf[i - 1] === 'legal_basis' || /^§ \d/.test(norm))) {
      partOf[i] = 'legal_basis';
      if (!by.has('legal_basis')) by.set('legal_basis', 'content');
      return;
    }
    for (const [part, patterns] of contentRules) {
      if (headingFound.has(part)) continue;
      if (part === 'request_reference' && i > paragraphs.length / 2) continue;
      if (anyMatches(patterns, norm)) {
        partOf[i] = part;
        if (!by.has(part)) by.set(part, 'content');
        return;
      }
    }
  });

  // The outcome: every statement in the decision part, else the first paragraph of the body that makes
  // one; never the legal basis or the complaint guidance.
  const statements: { outcome: Outcome; location: Location }[] = [];
  const statementsOf = (i: number) => {
    const found: { outcome: Outcome; location: Location }[] = [];
    for (const sentence of sentences(paragraphs[i]?.text ?? '')) {
      const outcome = outcomeOfSentence(sentence.text);
      if (!outcome) continue;
      // The span is the sentence without the white space around it, so it slices to exactly `text`.
      const start = sentence.start + sentence.text.length - sentence.text.trimStart().length;
      const end = sentence.start + sentence.text.trimEnd().length;
      found.push({ outcome, location: { paragraph: i, start, end, text: sentence.text.trim() } });
    }
    return found;
  };
  paragraphs.forEach((_, i) => {
    if (partOf[i] === 'decision') statements.push(...statementsOf(i));
  });
  if (statements.length === 0) {
    for (const i of paragraphs.keys()) {
      if (partOf[i] === 'legal_basis' || partOf[i] === 'complaint_guidance') continue;
      const found = statementsOf(i);
      if (found.length > 0) {
        statements.push(...found);
        break;
      }
    }
  }
  let outcome: Outcome | 'unknown' = combineOutcomes(statements.map((st) => st.outcome)) ?? 'unknown';
  let outcomeEvidence: Location | undefined = (
    statements.find((st) => st.outcome === outcome) ?? statements[0]
  )?.location;
  if (outcomeEvidence && !partOf[outcomeEvidence.paragraph]) {
    partOf[outcomeEvidence.paragraph] = 'decision';
    if (!by.has('decision')) by.set('decision', 'content');
  }

  // A meroffentlighed consideration or an extraction written into the decision or reasoning, without a
  // heading of its own, is still that part.
  for (const [part, patterns] of [
    ['meroffentlighed', MEROFFENTLIGHED_SENTENCES],
    ['extraction', EXTRACTION_SENTENCES],
  ] as const) {
    if (headingFound.has(part) || by.get(part) === 'tag') continue;
    paragraphs.forEach((p, i) => {
      const current = partOf[i];
      if (p.blockId || (current !== 'decision' && current !== 'reasoning')) return;
      if (i === outcomeEvidence?.paragraph || headings[i]) return;
      const norm = normalised[i] ?? '';
      if (!anyMatches(patterns, norm)) return;
      partOf[i] = part;
      if (!by.has(part)) by.set(part, 'content');
    });
  }

  // Reasoning without a heading: body paragraphs citing law between the decision and the complaint guidance.
  const citations: CitationFound[] = [];
  let offset = 0;
  const joined = paragraphs.map((p) => p.text).join('\n');
  const starts = paragraphs.map((p) => {
    const start = offset;
    offset += p.text.length + 1;
    return start;
  });
  // Citations come sorted by offset, so one forward walk maps them to paragraphs (linear, not n x m).
  let paragraph = 0;
  for (const c of parseCitations(joined)) {
    while (paragraph + 1 < starts.length && (starts[paragraph + 1] ?? 0) <= c.start) paragraph++;
    // A citation whose act ends one paragraph and whose "§" opens the next ("offentlighedsloven" / "§ 39.")
    // belongs to the paragraph of its last character, cut at that paragraph's start.
    let at = paragraph;
    while (at + 1 < starts.length && (starts[at + 1] ?? 0) < c.end) at++;
    const start = starts[at] ?? 0;
    const from = Math.max(c.start - start, 0);
    const to = Math.min(c.end - start, paragraphs[at]?.text.length ?? 0);
    const text = at === paragraph ? c.text : (paragraphs[at]?.text.slice(from, to) ?? '');
    citations.push({
      ...c,
      text,
      start: from,
      end: to,
      paragraph: at,
      inLegalBasis: partOf[at] === 'legal_basis',
    });
  }
  if (!by.has('reasoning')) {
    for (const c of citations) {
      if (!partOf[c.paragraph] && !c.inLegalBasis) {
        partOf[c.paragraph] = 'reasoning';
        by.set('reasoning', 'content');
      }
    }
  }
  // Still none, and something is refused: the prose of the body between the request (or the decision) and
  // the complaint guidance explains it.
  if (!by.has('reasoning') && outcome !== 'grant' && outcome !== 'unknown') {
    const from = partOf.findIndex((p) => p === 'request_reference' || p === 'decision');
    const stops = new Set<PartId | undefined>(['complaint_guidance', 'sender', 'legal_basis']);
    for (let i = Math.max(from, 0); i < paragraphs.length && !stops.has(partOf[i]); i++) {
      if (partOf[i] || (paragraphs[i]?.text.trim().length ?? 0) < 60) continue;
      partOf[i] = 'reasoning';
      by.set('reasoning', 'content');
    }
  }

  // Still none: a refusal whose own sentence gives its reason ("..., fordi notatet er under udarbejdelse") is
  // reasoned inside the decision part; the reasoning is that sentence's paragraph (it stays the decision's).
  let reasonedIn: number | undefined;
  if (!by.has('reasoning') && outcome !== 'grant' && outcome !== 'unknown') {
    reasonedIn = statements.find(
      (st) => st.outcome !== 'grant' && anyMatches(REASON_CLAUSES, normaliseForMatch(st.location.text ?? '')),
    )?.location.paragraph;
    if (reasonedIn !== undefined) by.set('reasoning', 'content');
  }

  // The kind of letter.
  const body = normalised.filter((_, i) => partOf[i] !== 'legal_basis');
  let kind: LetterKindFound = 'other';
  const nonDecision = NON_DECISION_KINDS.find((k) => body.some((text) => k.pattern.test(text)));
  const decisionMarked = paragraphs.some((p) => p.blockId === 'decision') || headingFound.has('decision');
  if (decisionMarked || (outcome !== 'unknown' && !nonDecision)) kind = 'decision';
  else if (nonDecision) kind = nonDecision.kind;
  else if (outcome !== 'unknown') kind = 'decision';
  // A letter that is not a decision states no outcome, whatever its sentences about the law say.
  if (kind !== 'decision') {
    outcome = 'unknown';
    outcomeEvidence = undefined;
  }

  const dateIndex = partOf.indexOf('date');
  const letterDate = dateIndex >= 0 ? findDanishDate(paragraphs[dateIndex]?.text ?? '') : undefined;
  let receivedDate: string | undefined;
  for (const [i, p] of paragraphs.entries()) {
    if (partOf[i] === 'legal_basis' || i === dateIndex) continue;
    const norm = normalised[i] ?? '';
    if (/\b(anmod|modtag|henvendelse|bedt om|beder om)/.test(norm)) {
      receivedDate = findDanishDate(p.text);
      if (receivedDate) break;
    }
  }

  // Each part's first and last paragraph, in one pass.
  const span = new Map<PartId, { first: number; last: number }>();
  partOf.forEach((part, i) => {
    if (part === undefined) return;
    const seen = span.get(part);
    if (seen) seen.last = i;
    else span.set(part, { first: i, last: i });
  });
  if (reasonedIn !== undefined && !span.has('reasoning'))
    span.set('reasoning', { first: reasonedIn, last: reasonedIn });
  const parts: PartFound[] = PART_ORDER.map((part) => {
    const range = span.get(part);
    if (!range) return { part, present: false };
    const found: PartFound = { part, present: true, first: range.first, last: range.last };
    const how = by.get(part);
    if (how) found.by = how;
    return found;
  });

  const offl1985 = letterDate !== undefined && letterDate < '2014-01-01';
  const analysis: LetterAnalysis = { partOf, normalised, parts, kind, outcome, offl1985, citations };
  if (outcomeEvidence) analysis.outcomeEvidence = outcomeEvidence;
  if (letterDate) analysis.letterDate = letterDate;
  if (receivedDate) analysis.receivedDate = receivedDate;
  return analysis;
}
