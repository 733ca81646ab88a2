/**
 * The statute quotations in a letter's legal-basis part: which paragraph of which act each quotes, and
 * its text split per stk., so a rule can compare each stk. with the law.
 */
import type { StatuteId } from '../law/types';
import type { LetterAnalysis } from './analyse';
import type { DocumentSnapshot } from './types';
import { normaliseForMatch } from './vocabulary';

export interface Quotation {
  statute: StatuteId;
  sectionId: string;
  /** Paragraph indexes (inclusive). */
  first: number;
  last: number;
  /** The quoted text per stk. number, stk. 1 with its "§ N." label removed. */
  subsections: Map<number, string>;
}

const CACHE = new WeakMap<LetterAnalysis, Quotation[]>();

const SECTION_START = /^§ (\d+(?: ?[a-z])?)\.\s+/;
const STK_START = /^Stk\. ?(\d+)\.\s*/;

function statuteOfHeading(norm: string): StatuteId | undefined {
  if (/offentlighedslov/.test(norm) || /lov om offentlighed i forvaltningen/.test(norm)) return 'offl';
  if (/forvaltningslov/.test(norm)) return 'fvl';
  if (/databeskyttelseslov/.test(norm)) return 'dbl';
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
  let statute: StatuteId = 'offl';
  let current: Quotation | undefined;
  let stk = 1;
  snapshot.paragraphs.forEach((p, i) => {
    if (analysis.partOf[i] !== 'legal_basis') {
      current = undefined;
      return;
    }
    const text = p.text.trim();
    const section = SECTION_START.exec(text);
    if (section) {
      const id = (section[1] ?? '').replace(/(\d)([a-z])$/, '$1 $2');
      current = {
        statute,
        sectionId: id,
        first: i,
        last: i,
        subsections: new Map([[1, text.slice(section[0].length)]]),
      };
      stk = 1;
      quotations.push(current);
      // A flattened quotation ("§ 7. ... Stk. 2. ...") holds several stk. in one paragraph.
      splitInline(current);
      return;
    }
    const heading = statuteOfHeading(normaliseForMatch(text));
    if (heading && !STK_START.test(text) && text.length < 250 && !/\.$/.test(text)) {
      statute = heading;
      current = undefined;
      return;
    }
    if (!current) return;
    current.last = i;
    const stkMatch = STK_START.exec(text);
    if (stkMatch) {
      stk = Number(stkMatch[1]);
      current.subsections.set(stk, text.slice(stkMatch[0].length));
      splitInline(current);
    } else {
      current.subsections.set(stk, `${current.subsections.get(stk) ?? ''}\n${text}`);
    }
  });
  return quotations;
}

/** Splits "… Stk. 2. …" written in one paragraph into its stk. */
function splitInline(q: Quotation): void {
  for (const [n, text] of [...q.subsections]) {
    const parts = text.split(/\s(?=Stk\. ?\d+\.\s)/);
    if (parts.length === 1) continue;
    q.subsections.set(n, parts[0] ?? '');
    for (const part of parts.slice(1)) {
      const m = STK_START.exec(part);
      if (m) q.subsections.set(Number(m[1]), part.slice(m[0].length));
    }
  }
}

/** The sections cited in the body (first citation of each) and the quotations, keyed "offl 30". */
export function citedAndQuoted(
  snapshot: DocumentSnapshot,
  analysis: LetterAnalysis,
): { cited: Map<string, LetterAnalysis['citations'][number]>; quotations: Quotation[] } {
  const cited = new Map<string, LetterAnalysis['citations'][number]>();
  for (const c of analysis.citations) {
    if (c.inLegalBasis) continue;
    const key = `${c.ref.statute} ${c.ref.section}`;
    if (!cited.has(key)) cited.set(key, c);
  }
  return { cited, quotations: findQuotations(snapshot, analysis) };
}
