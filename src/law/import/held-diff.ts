/**
 * Before a new text of an act replaces the one we hold, the maintainer sees, word for word, how the new text
 * differs from the paragraphs we hold verbatim (for the 1985 offentlighedslov: §§ 1, 10 and 17), and must
 * confirm. A difference there means either the new text is another version (e.g. the original 1985 text,
 * before the 1991 renumbering of § 10) or our held text was wrong: a person decides which.
 */
import { compareQuotation, type QuotationDifference } from '../compare';
import { subsectionText } from './build';
import type { RawAct } from './raw-act';
import type { Statute } from '../types';

export interface HeldSectionDiff {
  section: string;
  /** False when the new text lacks the paragraph altogether. */
  present: boolean;
  differences: QuotationDifference[];
}

/** A paragraph's text as one string, "Stk. N." labels included, from held data. */
function heldText(statute: Statute, id: string): string | undefined {
  const section = statute.sections.find((s) => s.id === id);
  if (!section || section.subsections.length === 0) return undefined;
  return section.subsections
    .map((stk, i) => {
      const v = stk.versions[stk.versions.length - 1];
      return `${i === 0 ? '' : `Stk. ${stk.number}. `}${v?.text ?? ''}`;
    })
    .join('\n');
}

/** The same, from an imported raw act. */
function rawText(raw: RawAct, id: string): string | undefined {
  const section = raw.sections.find((s) => s.id === id);
  if (!section) return undefined;
  return section.subsections
    .map(
      (stk, i) => `${i === 0 ? '' : `Stk. ${stk.number}. `}${subsectionText(stk.intro, stk.items, stk.tail)}`,
    )
    .join('\n');
}

/**
 * The word differences between the paragraphs held verbatim and the same paragraphs of a new text.
 * @example diffHeldSections(getStatute('offl1985'), raw, ['1', '10', '17']).every((d) => d.differences.length === 0)
 */
export function diffHeldSections(held: Statute, imported: RawAct, sectionIds: string[]): HeldSectionDiff[] {
  return sectionIds.map((id) => {
    const before = heldText(held, id) ?? '';
    const after = rawText(imported, id);
    if (after === undefined) {
      return { section: id, present: false, differences: [{ expected: before, actual: '', index: 0 }] };
    }
    return { section: id, present: true, differences: compareQuotation(after, before).differences };
  });
}

/**
 * The diff for the terminal, in English for the maintainer: "§ 10: - old words / + new words" per change.
 * @example formatHeldDiff([{ section: '10', present: true, differences: [] }]) // "§ 10: no differences"
 */
export function formatHeldDiff(diffs: HeldSectionDiff[]): string {
  return diffs
    .map((d) => {
      if (!d.present) return `§ ${d.section}: missing from the new text`;
      if (d.differences.length === 0) return `§ ${d.section}: no differences`;
      const lines = d.differences.map(
        (x) =>
          `  at word ${x.index}: - ${x.expected || '(nothing)'}\n               + ${x.actual || '(nothing)'}`,
      );
      return [`§ ${d.section}: ${d.differences.length} difference(s)`, ...lines].join('\n');
    })
    .join('\n');
}

/** The paragraphs of each act that an import must show as a word diff before it may replace the text. */
export const HELD_VERBATIM: Partial<Record<Statute['id'], string[]>> = {
  offl1985: ['1', '10', '17'],
};
