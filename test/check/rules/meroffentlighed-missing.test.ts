import { describe, expect, it } from 'vitest';
import {
  composedPlan,
  decisionOn,
  findingsOf,
  snapshot,
  tagged,
  untagged,
  withoutBlocks,
} from '../../support/check';

const letter = (grounds: string[], extra = {}) => tagged(composedPlan(decisionOn(grounds, extra)));

describe('meroffentlighed-missing', () => {
  it.each([
    ['§ 30, nr. 1 with its consideration', letter(['offl-30-1'])],
    ['the same typed by hand', untagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['§ 22 needs none', letter(['offl-22'])],
    ['§ 9, stk. 2, nr. 1 needs none', letter(['offl-9-2-1'])],
    ['§ 11 needs none', letter(['offl-11-1'])],
    [
      'a full grant needs none',
      withoutBlocks(letter(['offl-30-1'], { outcome: 'grant' }), 'meroffentlighed'),
    ],
    [
      'a consideration in a sentence of its own, no heading',
      snapshot(
        'Afgørelse',
        'Vi afslår din anmodning om aktindsigt, jf. offentlighedslovens § 30, nr. 1.',
        'Vi har også vurderet, om der er grundlag for meroffentlighed, men det er der ikke.',
      ),
    ],
    [
      '§ 14 cited in the reasoning',
      snapshot(
        'Afgørelse',
        'Vi afslår din anmodning om aktindsigt, jf. offentlighedslovens § 31. Vi har ikke fundet grundlag for at give dig mere, jf. offentlighedslovens § 14, stk. 1.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('meroffentlighed-missing', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 30, nr. 1',
      withoutBlocks(letter(['offl-30-1']), 'meroffentlighed'),
      'offentlighedslovens § 30, nr. 1',
      '§ 14, stk. 1',
    ],
    [
      '§ 21, stk. 1',
      withoutBlocks(letter(['offl-21-1']), 'meroffentlighed'),
      'offentlighedslovens § 21, stk. 1',
      '§ 14, stk. 2',
    ],
    [
      '§ 35',
      withoutBlocks(letter(['offl-35']), 'meroffentlighed'),
      'offentlighedslovens § 35',
      '§ 14, stk. 1',
    ],
    [
      'a party under forvaltningslovens § 15 b, nr. 5',
      withoutBlocks(letter(['fvl-15b-5']), 'meroffentlighed'),
      'forvaltningslovens § 15 b, nr. 5',
      'forvaltningslovens § 10, stk. 1',
    ],
    [
      '§ 24 in a letter typed by hand',
      snapshot(
        'Afgørelse',
        'Kommunen giver dig afslag på aktindsigt i notaterne, jf. offentlighedslovens § 24, stk. 1, nr. 1.',
      ),
      'offentlighedslovens § 24, stk. 1, nr. 1',
      '§ 14, stk. 1',
    ],
  ])('fails: %s', (_, doc, grounds, consideration) => {
    const findings = findingsOf('meroffentlighed-missing', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['missing', 'error']]);
    const [finding] = findings;
    expect(finding?.message).toContain(grounds);
    // The finding points at the citation of the ground.
    const text = doc.paragraphs[finding?.location.paragraph ?? -1]?.text ?? '';
    expect(text.slice(finding?.location.start, finding?.location.end)).toBe(finding?.location.text);
    expect(finding?.location.text).toContain('§');
    // The fix inserts the consideration the composer would have written, citing the right stk.
    expect(finding?.fix?.kind).toBe('insert');
    const inserted = finding?.fix?.kind === 'insert' ? finding.fix.blocks : [];
    expect(inserted.map((b) => b.id)).toEqual(['meroffentlighed']);
    const prose = inserted
      .flatMap((b) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')))
      .join('\n');
    expect(prose).toContain(consideration);
  });
});
