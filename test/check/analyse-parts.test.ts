// Part detection cases the MOL fixtures showed (issue 12): the request written as the first paragraph under an
// "Afgørelse om aktindsigt" heading, and a refusal whose own sentence gives its reason.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../src/check/analyse';
import { snapshot } from '../support/check';

const present = (doc: ReturnType<typeof snapshot>, part: string) =>
  analyseLetter(doc).parts.find((p) => p.part === part);

describe('the request reference under an "Afgørelse om aktindsigt" heading', () => {
  it('is the request reference when it comes first and states no outcome', () => {
    const doc = snapshot(
      'Afgørelse om aktindsigt',
      'Du har den 10. februar 2025 anmodet om aktindsigt i alle dokumenter om kloaksepareringen.',
      'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7.',
    );
    const a = analyseLetter(doc);
    expect(a.partOf.slice(0, 3)).toEqual(['decision', 'request_reference', 'decision']);
    expect(present(doc, 'request_reference')).toMatchObject({ present: true, first: 1, by: 'content' });
  });

  it.each([
    [
      'a paragraph that states the outcome too',
      snapshot(
        'Afgørelse om aktindsigt',
        'Du har den 10. februar 2025 anmodet om aktindsigt. Vi giver dig afslag på aktindsigt.',
      ),
    ],
    [
      'a paragraph after the outcome',
      snapshot(
        'Afgørelse',
        'Vi giver dig afslag på aktindsigt.',
        'Du har den 10. februar 2025 anmodet om aktindsigt i alle dokumenter.',
        'Med venlig hilsen',
        'Anne',
        'Kommunen',
      ),
    ],
  ])('stays the decision: %s', (_, doc) => {
    const a = analyseLetter(doc);
    expect(a.partOf[1]).toBe('decision');
  });

  it('leaves a request reference the letter has under its own heading alone', () => {
    const doc = snapshot(
      'Din anmodning',
      'Du har den 10. februar 2025 anmodet om aktindsigt.',
      'Afgørelse',
      'Du har den 10. februar 2025 anmodet om aktindsigt i sagen om Skolevej.',
      'Vi giver dig afslag på aktindsigt.',
    );
    expect(analyseLetter(doc).partOf[3]).toBe('decision');
  });
});

describe('the reasoning given inside the refusal sentence', () => {
  it.each([
    'Vi giver dig afslag på aktindsigt i baggrundsnotatet, fordi notatet er under udarbejdelse.',
    'Vi giver dig afslag på aktindsigt i notatet, da dokumentet er et internt arbejdsdokument.',
    'Vi giver dig afslag på aktindsigt i notatet, idet oplysningerne angår private forhold.',
  ])('counts as the reasoning: %s', (decision) => {
    const doc = snapshot('Afgørelse', decision, 'Klagevejledning', 'Du kan klage til Ankestyrelsen.');
    const a = analyseLetter(doc);
    expect(present(doc, 'reasoning')).toMatchObject({ present: true, first: 1, last: 1, by: 'content' });
    // The paragraph is still the decision.
    expect(a.partOf[1]).toBe('decision');
    expect(a.outcome).toBe('refusal');
  });

  it.each([
    ['no reason clause', 'Vi giver dig afslag på aktindsigt i notatet.'],
    ['a grant', 'Vi giver dig aktindsigt i notatet, fordi det ikke er et internt dokument.'],
    ['"da" of time', 'Vi giver dig afslag på aktindsigt i notatet, da vi modtog det i går.'],
  ])('is no reasoning: %s', (_, decision) => {
    const doc = snapshot('Afgørelse', decision, 'Klagevejledning', 'Du kan klage til Ankestyrelsen.');
    expect(present(doc, 'reasoning')?.present).toBe(false);
  });
});
