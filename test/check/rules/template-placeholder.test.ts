import { describe, expect, it } from 'vitest';
import { composedPlan, decisionOn, edit, findingsOf, snapshot, tagged } from '../../support/check';

const letter = tagged(composedPlan(decisionOn(['offl-30-1'])));

describe('template-placeholder', () => {
  it.each([
    ['the composed letter', letter],
    ['a letter with brackets of its own', snapshot('Vi har modtaget din anmodning [se bilag 1].')],
    ['words with X in them', snapshot('Sagen om XL-byggeriet og firmaet XYZ ApS.')],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('template-placeholder', doc)).toEqual([]);
  });

  it.each([
    ['an unfilled field', 'Du har bedt om {dokumenter}.', ['{dokumenter}']],
    ['a reminder', 'Vi afslår. [Husk at indsætte paragraffen]', ['[Husk at indsætte paragraffen]']],
    ['an insertion mark', 'Modtaget den [Indsæt dato].', ['[Indsæt dato]']],
    ['XX for a name', 'Kære XX', ['XX']],
    ['three at once', 'Til {navn}, [udfyld adresse], sag XXX', ['{navn}', '[udfyld adresse]', 'XXX']],
  ])('fails: %s', (_, text, found) => {
    const doc = edit(
      letter,
      (t) => t.startsWith('Vi har undtaget'),
      () => text,
    );
    const findings = findingsOf('template-placeholder', doc);
    expect(findings.map((f) => f.location.text)).toEqual(found);
    for (const f of findings) {
      expect(f.severity).toBe('error');
      expect(text.slice(f.location.start, f.location.end)).toBe(f.location.text);
    }
  });
});

describe('template-placeholder: fields the composer left unfilled', () => {
  it('finds the composer’s mark for an unfilled field, not the letter’s own brackets', () => {
    const decision = decisionOn(['offl-30-1']);
    const unfilled = tagged(
      composedPlan({ ...decision, companionValues: { ...decision.companionValues, meroffentlighed: '' } }),
    );
    expect(findingsOf('template-placeholder', unfilled).map((f) => f.location.text)).toEqual([
      '[Vurdering af meroffentlighed]',
    ]);
  });
});
