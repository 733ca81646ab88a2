/**
 * Finding a place in Word without offsets: WordApi 1.3 has no "characters 14-18 of paragraph 3", only
 * paragraphs and text search. A location (paragraph, span, text) is turned into the paragraph that still holds
 * its text and a search probe that occurs exactly once in that paragraph, so `paragraph.search(probe)` finds
 * the span itself and not an earlier occurrence of the same words. Pure: the port runs the probes.
 */
import type { Location } from '../check/types';

/** Word refuses search strings longer than this (SearchStringInvalidOrTooLong). */
export const SEARCH_MAX = 255;

/** Where a location is now: a paragraph index in `body.paragraphs` and, when known, a character span. */
export interface Located {
  index: number;
  start?: number;
  end?: number;
}

/**
 * The paragraph a location points at, following its text when the paragraphs moved since the check (as the
 * preview does). `index` is the location's paragraph mapped onto `body.paragraphs` (undefined when the
 * snapshot paragraph is not in the body, e.g. a footnote).
 * @example locateIn(['Kære Eva', 'jf. § 30'], { paragraph: 0, text: '§ 30' }, 0) // { index: 1, start: 4, end: 8 }
 */
export function locateIn(
  texts: readonly string[],
  location: Location,
  index: number | undefined,
): Located | undefined {
  const wanted = location.text;
  const at = index === undefined ? undefined : texts[index];
  if (index !== undefined && at !== undefined && (!wanted || at.includes(wanted))) {
    // The checker's span is trusted only while it still covers the finding's text.
    const spanOk =
      location.start !== undefined &&
      location.end !== undefined &&
      (!wanted || at.slice(location.start, location.end) === wanted);
    if (spanOk) return { index, start: location.start, end: location.end };
    if (wanted) {
      const start = at.indexOf(wanted);
      return { index, start, end: start + wanted.length };
    }
    return { index };
  }
  if (wanted) {
    const moved = texts.findIndex((text) => text.includes(wanted));
    if (moved >= 0) {
      const start = (texts[moved] as string).indexOf(wanted);
      return { index: moved, start, end: start + wanted.length };
    }
  }
  return index !== undefined && at !== undefined ? { index } : undefined;
}

/**
 * A string as Word's search wants it (`^` starts Word's special codes); undefined when it holds a character
 * search cannot express.
 * @example escapeSearch('a^b\tc') // "a^^b^tc"
 */
export function escapeSearch(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    if (ch === '^') out += '^^';
    else if (ch === '\t') out += '^t';
    else if (ch === '\n' || ch === '\v') out += '^l';
    else if (ch === '\u00a0') out += '^s';
    else if (ch === '\u00ad') out += '^-';
    else if (ch === '\u2011') out += '^~';
    else if (ch < ' ') return undefined;
    else out += ch;
  }
  return out;
}

function occurrences(text: string, probe: string): number {
  let count = 0;
  for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + 1)) {
    count += 1;
    if (count > 1) break;
  }
  return count;
}

/** One search in a paragraph: `probe` occurs once there; the span is the first `inner` inside the hit. */
export interface Probe {
  /** Escaped for Word's search. */
  probe: string;
  /** When the probe is longer than the span: the span's own text, searched inside the hit (first hit). */
  inner?: string;
}

/**
 * How to find the span [start, end) of a paragraph's text by search:
 * - `single`: one probe that starts with the span and occurs once in the paragraph;
 * - `pair`: for spans longer than Word's search limit, a unique probe starting at `start` and one ending at
 *   `end`, the range between them being the span.
 * Undefined when no unique probe exists (the caller falls back to the whole paragraph).
 * @example spanProbes('§ 3 og § 3a', 7, 10) // { kind: 'single', head: { probe: '§ 3a', inner: '§ 3' } }
 */
export function spanProbes(
  text: string,
  start: number,
  end: number,
): { kind: 'single'; head: Probe } | { kind: 'pair'; head: Probe; tail: Probe } | undefined {
  if (start < 0 || end > text.length || start >= end) return undefined;
  const span = text.slice(start, end);
  const rightUnique = (minLength: number): Probe | undefined => {
    for (let length = minLength; start + length <= text.length; length++) {
      const raw = text.slice(start, start + length);
      const probe = escapeSearch(raw);
      if (probe === undefined || probe.length > SEARCH_MAX) return undefined;
      if (occurrences(text, raw) === 1) {
        return length > span.length ? { probe, inner: escapeSearch(span) } : { probe };
      }
    }
    return undefined;
  };
  if ((escapeSearch(span)?.length ?? Infinity) <= SEARCH_MAX) {
    const head = rightUnique(span.length);
    return head ? { kind: 'single', head } : undefined;
  }
  // A long span (a whole quotation): a unique probe at each end.
  const head = rightUnique(1);
  let tail: Probe | undefined;
  for (let length = 1; length <= end; length++) {
    const raw = text.slice(end - length, end);
    const probe = escapeSearch(raw);
    if (probe === undefined || probe.length > SEARCH_MAX) break;
    if (occurrences(text, raw) === 1) {
      tail = { probe };
      break;
    }
  }
  if (!head || !tail || head.inner !== undefined) return undefined;
  return { kind: 'pair', head, tail };
}
