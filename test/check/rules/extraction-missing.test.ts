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

const letter = (grounds: string[]) => tagged(composedPlan(decisionOn(grounds)));
const refusing = (reference: string, ...more: string[]) =>
  snapshot('Afgørelse', `Vi giver dig afslag på aktindsigt i de interne notater, jf. ${reference}.`, ...more);

describe('extraction-missing', () => {
  it.each([
    ['§ 23, stk. 1, nr. 1 with extraction', letter(['offl-23-1-1'])],
    ['the same typed by hand', untagged(composedPlan(decisionOn(['offl-23-1-1'])))],
    ['§ 27, nr. 5 needs none', letter(['offl-27-5'])],
    ['§ 24, stk. 2 is not an internal-document ground', refusing('offentlighedslovens § 24, stk. 2')],
    ['§ 27 without nr. (it may be nr. 5)', refusing('offentlighedslovens § 27')],
    ['§ 30, nr. 1 needs none', letter(['offl-30-1'])],
    [
      'extraction said in a sentence without heading',
      refusing(
        'offentlighedslovens § 23, stk. 1, nr. 1',
        'Vi har gennemgået notaterne for oplysninger om sagens faktiske grundlag, men de indeholder ingen.',
      ),
    ],
    [
      '§ 28 cited',
      refusing('offentlighedslovens § 25', 'Der er ikke noget at udlevere efter offentlighedslovens § 28.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('extraction-missing', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 23, stk. 1, nr. 1',
      withoutBlocks(letter(['offl-23-1-1']), 'extraction'),
      'offentlighedslovens § 28, stk. 1',
    ],
    ['§ 27, nr. 2', withoutBlocks(letter(['offl-27-2']), 'extraction'), 'offentlighedslovens § 28, stk. 1'],
    [
      '§ 27, nr. 4 typed by hand',
      refusing('offentlighedslovens § 27, nr. 4'),
      'offentlighedslovens § 28, stk. 1',
    ],
    ['§ 25 typed by hand', refusing('offentlighedslovens § 25'), 'offentlighedslovens § 28, stk. 1'],
    [
      'a party, forvaltningslovens § 12',
      withoutBlocks(letter(['fvl-12']), 'extraction'),
      'forvaltningslovens § 14 a, stk. 1',
    ],
  ])('fails: %s', (_, doc, duty) => {
    const findings = findingsOf('extraction-missing', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['missing', 'error']]);
    const [finding] = findings;
    const text = doc.paragraphs[finding?.location.paragraph ?? -1]?.text ?? '';
    expect(text.slice(finding?.location.start, finding?.location.end)).toBe(finding?.location.text);
    const inserted = finding?.fix?.kind === 'insert' ? finding.fix.blocks : [];
    expect(inserted.map((b) => b.id)).toEqual(['extraction']);
    const prose = inserted
      .flatMap((b) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')))
      .join('\n');
    expect(prose).toContain(duty);
  });
});
