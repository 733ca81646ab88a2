import { describe, expect, it } from 'vitest';
import { composedPlan, decisionOn, edit, findingsOf, snapshot, tagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));
const citing = (reference: string) =>
  snapshot('10. marts 2025', 'Afgørelse', `Vi afslår din anmodning om aktindsigt, jf. ${reference}.`);

describe('nonexistent-reference', () => {
  it.each([
    ['the composed letter', letter],
    ['§ 30, nr. 2', citing('offentlighedslovens § 30, nr. 2')],
    ['§ 44 (the act’s last)', citing('offentlighedslovens § 44')],
    ['forvaltningslovens § 9 a, stk. 2', citing('forvaltningslovens § 9 a, stk. 2')],
    ['a forvaltningslov paragraph whose text we do not hold', citing('forvaltningslovens § 31')],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('nonexistent-reference', doc)).toEqual([]);
  });

  it.each([
    ['§ 30, nr. 3', citing('offentlighedslovens § 30, nr. 3'), 'notFound'],
    ['§ 7, stk. 4', citing('offentlighedslovens § 7, stk. 4'), 'notFound'],
    ['§ 45 (beyond the last)', citing('offentlighedslovens § 45'), 'notFound'],
  ])('fails: %s', (_, doc, messageId) => {
    const findings = findingsOf('nonexistent-reference', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.paragraph])).toEqual([
      [messageId, 'error', 2],
    ]);
    expect(findings[0]?.location.text).toMatch(/^offentlighedslovens § \d+/);
  });

  it('points at the exact citation in a longer paragraph', () => {
    const doc = edit(
      letter,
      (t) => t.includes('jf. offentlighedslovens § 30, nr. 1.'),
      (t) => t.replace('§ 30, nr. 1.', '§ 30, nr. 3.'),
    );
    const [finding] = findingsOf('nonexistent-reference', doc);
    const text = doc.paragraphs[finding?.location.paragraph ?? -1]?.text ?? '';
    expect(text.slice(finding?.location.start, finding?.location.end)).toBe(finding?.location.text);
  });
});
