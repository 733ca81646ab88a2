/**
 * Compares a quotation in a letter with the statute text, word by word, after undoing what layout does to
 * text (line breaks, PDF hyphenation, non-breaking spaces, soft hyphens). Every word the jurist changed,
 * dropped or added is reported; layout never is.
 */
import { diffArrays } from 'diff';

export interface QuotationDifference {
  /** The statute's words at this place ('' when the letter added words). */
  expected: string;
  /** The letter's words at this place ('' when the letter dropped words). */
  actual: string;
  /** Word index in the normalised statute text where the difference starts. */
  index: number;
}

export interface QuotationComparison {
  matches: boolean;
  differences: QuotationDifference[];
}

/**
 * Undoes layout: joins words hyphenated across a line break ("ind-\ngået" -> "indgået"), drops soft
 * hyphens, turns every kind of space and line break into one space, and the Retsinformation artefact
 * "el.lign. ," into "el.lign.,".
 * @example normaliseQuotation('ind-\ngået  til\u00a0myndig\u00adheden') // "indgået til myndigheden"
 */
export function normaliseQuotation(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '$1')
    .replace(/[\s\u00a0\u202f\u2007]+/g, ' ')
    .replace(/el\.lign\. ,/g, 'el.lign.,')
    .trim();
}

/**
 * Compares a quoted text with the statute's text.
 * @example compareQuotation('Enhver kan forlange', 'Enhver kan  for-\nlange').matches // true
 */
export function compareQuotation(quoted: string, statuteText: string): QuotationComparison {
  const expected = normaliseQuotation(statuteText).split(' ').filter(Boolean);
  const actual = normaliseQuotation(quoted).split(' ').filter(Boolean);
  const differences: QuotationDifference[] = [];
  let index = 0;
  let pending: QuotationDifference | undefined;
  for (const change of diffArrays(expected, actual)) {
    const words = change.value.join(' ');
    if (!change.added && !change.removed) {
      if (pending) differences.push(pending);
      pending = undefined;
      index += change.value.length;
      continue;
    }
    pending ??= { expected: '', actual: '', index };
    if (change.removed) {
      pending.expected = pending.expected ? `${pending.expected} ${words}` : words;
      index += change.value.length;
    } else {
      pending.actual = pending.actual ? `${pending.actual} ${words}` : words;
    }
  }
  if (pending) differences.push(pending);
  return { matches: differences.length === 0, differences };
}
