import { describe, expect, it } from 'vitest';
import { composedPlan, decisionOn, edit, findingsOf, tagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));
const addToReasoning = (sentence: string) =>
  edit(
    letter,
    (t) => t.startsWith('Vi har undtaget'),
    (t) => `${t} ${sentence}`,
  );

describe('cited-not-quoted', () => {
  it.each([
    ['the composed letter', letter],
    ['a second citation of a quoted paragraph', addToReasoning('Se også offentlighedslovens § 30, nr. 2.')],
    ['a citation of the complaint rules', addToReasoning('Om klage, se offentlighedslovens § 37.')],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('cited-not-quoted', doc)).toEqual([]);
  });

  it.each([
    ['§ 31 cited, not quoted', addToReasoning('Se også offentlighedslovens § 31.'), '§ 31'],
    ['forvaltningslovens § 19 cited, not quoted', addToReasoning('Se forvaltningslovens § 19.'), '§ 19'],
  ])('fails: %s', (_, doc, section) => {
    const findings = findingsOf('cited-not-quoted', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['citedNotQuoted', 'warning']]);
    expect(findings[0]?.location.text).toContain(section);
  });
});
