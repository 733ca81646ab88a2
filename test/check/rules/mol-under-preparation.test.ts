import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot } from '../../support/check';
import { molLetter } from './mol-support';

const REFUSAL = 'Vi giver dig afslag på aktindsigt i handleplanen, fordi den er under udarbejdelse.';

describe('mol-under-preparation', () => {
  it.each([
    [
      'authority and date named',
      molLetter(
        REFUSAL,
        'Handleplanen udarbejdes af Miljøstyrelsen og forventes at foreligge i endelig form i juni 2025.',
      ),
    ],
    [
      'in the same paragraph, with a week',
      molLetter(
        'Vi giver dig afslag, fordi rapporten er under udarbejdelse. Kommunen udarbejder rapporten, som forventes færdig i uge 26.',
      ),
    ],
    [
      'not an MOL letter',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt i notatet, som er under udarbejdelse.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-under-preparation', doc)).toEqual([]);
  });

  it.each([
    ['neither', molLetter(REFUSAL), ['noAuthority', 'noDate']],
    ['no date', molLetter(REFUSAL, 'Handleplanen udarbejdes af Miljøstyrelsen.'), ['noDate']],
    [
      'no authority',
      molLetter(REFUSAL, 'Den forventes at foreligge i endelig form den 1. juni 2025.'),
      ['noAuthority'],
    ],
  ])('fails: %s', (_, doc, expected) => {
    const findings = findingsOf('mol-under-preparation', doc);
    expect(findings.map((f) => f.messageId)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0]?.location.text).toBe('under udarbejdelse');
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 4, stk\. 4, 2\. pkt\./);
  });
});
