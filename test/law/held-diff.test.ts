/**
 * The 1985 act's import check: a word diff of a new text against §§ 1, 10 and 17 as held.
 */
import { describe, expect, it } from 'vitest';
import { findSection, getStatute } from '../../src/law/catalogue';
import {
  diffHeldSections,
  formatHeldDiff,
  HELD_VERBATIM,
  parseRetsinformationText,
} from '../../src/law/import';

const held = getStatute('offl1985');

/** §§ 1, 10 and 17 as Retsinformation prints them, rebuilt from the held data. */
function retsinformationText(edit: (text: string) => string = (t) => t): string {
  return ['1', '10', '17']
    .map((id) =>
      (findSection(held, id)?.subsections ?? [])
        .map((stk, i) => `${i === 0 ? `§ ${id}.` : `Stk. ${stk.number}.`} ${stk.versions[0]?.text ?? ''}`)
        .join('\n'),
    )
    .map(edit)
    .join('\n');
}

describe('diffHeldSections', () => {
  it('names §§ 1, 10 and 17 for the 1985 act', () => {
    expect(HELD_VERBATIM.offl1985).toEqual(['1', '10', '17']);
  });

  it('finds no difference in the same text', () => {
    const raw = parseRetsinformationText(retsinformationText(), 'ordret, 1 kilde (test)');
    const diffs = diffHeldSections(held, raw, ['1', '10', '17']);
    expect(diffs.map((d) => d.differences.length)).toEqual([0, 0, 0]);
    expect(formatHeldDiff(diffs)).toBe('§ 1: no differences\n§ 10: no differences\n§ 17: no differences');
  });

  it('shows a changed word, e.g. the original 1985 numbering of § 10', () => {
    const raw = parseRetsinformationText(
      retsinformationText((t) =>
        t.replace('Brevveksling mellem ministerier', 'Brevvekslingen mellem ministerier'),
      ),
      'ordret, 1 kilde (test)',
    );
    const [, s10] = diffHeldSections(held, raw, ['1', '10', '17']);
    expect(s10?.differences).toEqual([
      { expected: 'Brevveksling', actual: 'Brevvekslingen', index: expect.any(Number) },
    ]);
    expect(formatHeldDiff([s10!])).toContain('- Brevveksling');
  });

  it('reports a held paragraph missing from the new text', () => {
    const raw = parseRetsinformationText('§ 1. Noget andet.', 'ordret, 1 kilde (test)');
    const diffs = diffHeldSections(held, raw, ['1', '10']);
    expect(diffs[1]?.present).toBe(false);
    expect(formatHeldDiff(diffs)).toContain('§ 10: missing from the new text');
  });
});
