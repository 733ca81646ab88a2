import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../src/check/types';
import { composedPlan, decisionOn, findingsOf, tagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));
const quotationOf = (start: string, lines: number) => {
  const first = letter.paragraphs.findIndex((p) => p.text.startsWith(start));
  return letter.paragraphs.slice(first, first + lines);
};
const withTail = (...extra: DocumentSnapshot['paragraphs']): DocumentSnapshot => ({
  paragraphs: [...letter.paragraphs, ...extra],
});

describe('quoted-twice', () => {
  it.each([
    ['each paragraph quoted once', letter],
    ['§ 30 quoted once, § 34 after it', withTail()],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('quoted-twice', doc)).toEqual([]);
  });

  it.each([
    ['§ 30 again at the end', withTail(...quotationOf('§ 30.', 3)), '30'],
    ['§ 14 again at the end', withTail(...quotationOf('§ 14.', 2)), '14'],
  ])('fails: %s', (_, doc, section) => {
    const findings = findingsOf('quoted-twice', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['twice', 'warning']]);
    expect(findings[0]?.message).toContain(`§ ${section}`);
    // The finding points at the second quotation.
    expect(findings[0]?.location.paragraph).toBe(letter.paragraphs.length);
  });
});
