/**
 * Compares a quoted stk. with a wording the law data holds only in part (the 1985 offentlighedslov's §§ 4, 7,
 * 12 and 13, seen in a secondary source): each part we hold is compared word for word, a part cut off
 * ("[...]") up to where it is cut, and a part we do not hold ("[TEKST IKKE FUNDET]", a missing stk.) is not
 * judged, whatever the letter quotes there. Items the letter leaves out are not judged either: a quotation
 * of the opening words and the nr. relied on is how such a text is quoted (an extract).
 */
import { compareQuotation, normaliseQuotation, type QuotationComparison } from '../law/compare';
import type { SubsectionVersion } from '../law/types';

/** True when a wording is held only in part: its opening words, an item or the rest of the stk. not held whole. */
export function isPartial(version: SubsectionVersion): boolean {
  return (
    version.introPartial !== undefined ||
    version.restMissing === true ||
    version.items.some((item) => item.partial !== undefined)
  );
}

/** A quoted stk. split into its opening words and its items ("1) ...", on their own lines or inline). */
export function quotedUnits(quoted: string): { intro: string; items: Map<number, string> } {
  const items = new Map<number, string>();
  const marks = [...quoted.matchAll(/(?:^|\s)(\d{1,2})\)\s/g)];
  const intro = quoted.slice(0, marks[0]?.index ?? quoted.length);
  marks.forEach((m, k) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[k + 1]?.index ?? quoted.length;
    const n = Number(m[1]);
    // The first occurrence of a number is the item; a later "1)" inside an item's text is text.
    if (!items.has(n)) items.set(n, quoted.slice(start, end));
  });
  return { intro, items };
}

const CUT = /\s*\[\.\.\.\]\s*$/;

/**
 * Compares a quoted text with a held text cut off at "[...]": the words we hold must open the quotation; what
 * the letter quotes beyond the cut is not judged. A word cut in the middle ("fremgangsm[...]") must open the
 * letter's word at that place.
 */
function compareCut(quoted: string, held: string): QuotationComparison {
  const cutInWord = /\p{L}\[\.\.\.\]\s*$/u.test(held);
  const expected = normaliseQuotation(held.replace(CUT, '')).split(' ').filter(Boolean);
  const stem = cutInWord ? expected.pop() : undefined;
  const result = compareQuotation(quoted, expected.join(' '));
  const differences = result.differences.filter((d) => !(d.expected === '' && d.index === expected.length));
  if (stem !== undefined) {
    const tail = result.differences.find((d) => d.expected === '' && d.index === expected.length);
    const next = tail?.actual.split(' ')[0] ?? '';
    if (!next.startsWith(stem))
      differences.push({ expected: `${stem}…`, actual: next, index: expected.length });
  }
  return { matches: differences.length === 0, differences };
}

/** Compares one part: whole, cut off, or not held (undefined: not judged). */
function compareUnit(quoted: string, held: string, partial: 'truncated' | 'missing' | undefined) {
  if (partial === 'missing' || held.trim() === '') return undefined;
  return partial === 'truncated' || CUT.test(held)
    ? compareCut(quoted, held)
    : compareQuotation(quoted, held);
}

/**
 * Compares a quoted stk. with a wording held in part, part by part (opening words, then each nr. quoted).
 * @example comparePartial('Retten ... hensyn til\n5) det offentliges ...', version).matches // true when each part we hold is quoted word for word
 */
export function comparePartial(quoted: string, version: SubsectionVersion): QuotationComparison {
  const { intro, items } = quotedUnits(quoted);
  const results: QuotationComparison[] = [];
  // The opening words are judged when the letter quotes them (an extract may start at its nr.).
  if (intro.trim() !== '') {
    const r = compareUnit(intro, version.intro, version.introPartial);
    if (r) results.push(r);
  }
  for (const [n, text] of items) {
    const held = version.items.find((item) => item.number === n);
    if (!held) continue;
    const r = compareUnit(text, held.text, held.partial);
    if (r) results.push(r);
  }
  const differences = results.flatMap((r) => r.differences);
  return { matches: differences.length === 0, differences };
}
