import { describe, expect, it } from 'vitest';
import { findingsOf, snapshot } from '../../support/check';

const letter = (date: string, ...more: string[]) =>
  snapshot(
    date,
    'Du har den 3. marts 2025 anmodet om aktindsigt i miljøoplysninger om støjmålingerne ved Eksempelvej.',
    'Afgørelse',
    'Du får aktindsigt i alle dokumenterne, jf. miljøoplysningslovens § 2, stk. 1.',
    ...more,
  );

describe('mol-processing-time', () => {
  it.each([
    ['within 1 month', letter('3. april 2025')],
    [
      'within 2 months with the reason given',
      letter(
        '2. maj 2025',
        'På grund af sagens omfang og komplekse karakter har vi ikke kunnet træffe afgørelse inden for 1 måned.',
      ),
    ],
    [
      'not an MOL letter',
      snapshot(
        '2. maj 2025',
        'Du har den 3. marts 2025 anmodet om aktindsigt.',
        'Afgørelse',
        'Du får aktindsigt.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-processing-time', doc)).toEqual([]);
  });

  it.each([
    ['more than 1 month, no reason', letter('4. april 2025'), 'overOneMonth'],
    [
      'more than 2 months, reason or not',
      letter('4. maj 2025', 'Sagens omfang og komplekse karakter har krævet mere tid.'),
      'overTwoMonths',
    ],
  ])('fails: %s', (_, doc, messageId) => {
    const findings = findingsOf('mol-processing-time', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([[messageId, 'warning']]);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 4, stk\. 3/);
  });
});
