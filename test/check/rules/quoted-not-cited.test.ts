import { describe, expect, it } from 'vitest';
import { composedPlan, decisionOn, edit, findingsOf, tagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));

describe('quoted-not-cited', () => {
  it.each([
    ['the composed letter', letter],
    // § 37 is quoted for the complaint guidance: relied on by that part even where it is not cited.
    [
      'the complaint rules quoted for the complaint guidance',
      edit(
        letter,
        (t) => t.startsWith('Du kan klage over afgørelsen'),
        (t) => t.replace(', jf. offentlighedslovens § 37, stk. 1', ''),
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('quoted-not-cited', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 14 quoted, its citation removed',
      edit(
        letter,
        (t) => t.includes('jf. offentlighedslovens § 14, stk. 1.'),
        (t) => t.replace(', jf. offentlighedslovens § 14, stk. 1', ''),
      ),
      '14',
    ],
    [
      '§ 34 quoted, its citation removed',
      edit(
        letter,
        (t) => t.includes('jf. offentlighedslovens § 34, nr. 3.'),
        (t) => t.replace(', jf. offentlighedslovens § 34, nr. 3', ''),
      ),
      '34',
    ],
  ])('fails: %s', (_, doc, section) => {
    const findings = findingsOf('quoted-not-cited', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['quotedNotCited', 'warning']]);
    expect(doc.paragraphs[findings[0]?.location.paragraph ?? -1]?.text).toMatch(
      new RegExp(`^§ ${section}\\.`),
    );
  });
});
