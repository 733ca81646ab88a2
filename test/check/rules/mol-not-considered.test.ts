import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/check/check';
import { findingsOf, snapshot } from '../../support/check';
import { loadLetterFixtures } from '../../support/letter-fixtures';

const refusal = (...text: string[]) =>
  snapshot(
    '10. marts 2025',
    'Du har den 3. marts 2025 anmodet om aktindsigt i sagen om Eksempel Galvanisering A/S.',
    'Afgørelse',
    ...text,
  );

describe('mol-not-considered', () => {
  it.each([
    [
      'everyday words only (vand, plan, jord)',
      refusal(
        'Vi giver dig afslag på aktindsigt i planen for vand og jord ved skolen, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
      ),
    ],
    [
      'the letter decides under MOL',
      refusal(
        'Vi giver dig afslag på aktindsigt i målingerne af spildevandet, jf. offentlighedslovens § 13, stk. 1, nr. 6, jf. miljøoplysningslovens § 2, stk. 1.',
      ),
    ],
    [
      'a grant of environmental information',
      refusal('Du får aktindsigt i miljøgodkendelsen og støjmålingerne.'),
    ],
    [
      'an environmental term only in the quoted law',
      {
        paragraphs: [
          ...refusal('Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 2.').paragraphs,
          { text: 'Lovgrundlag', headingLevel: 1 },
          { text: '§ 30. Retten til aktindsigt omfatter ikke oplysninger om emissioner.' },
        ],
      },
    ],
    [
      'the refusal in a section headed "Øvrige dokumenter"; the wastewater documents granted',
      refusal(
        'Du får aktindsigt i målingerne af spildevandet.',
        'Øvrige dokumenter',
        'Vi giver dig afslag på aktindsigt i personalesagen, jf. offentlighedslovens § 21, stk. 1.',
      ),
    ],
    [
      'the refusal of documents the letter says are not environmental information',
      refusal(
        'Du får aktindsigt i målingerne af spildevandet.',
        'Dokument 4-6 er ikke miljøoplysninger. Vi giver dig afslag på aktindsigt i dem, jf. offentlighedslovens § 30, nr. 2.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-not-considered', doc)).toEqual([]);
  });

  it.each([
    [
      'a refusal under "Øvrige dokumenter" whose section names the wastewater',
      refusal(
        'Du får aktindsigt i sagens breve.',
        'Øvrige dokumenter',
        'Vi giver dig afslag på aktindsigt i virksomhedens målinger af spildevandet, jf. offentlighedslovens § 30, nr. 2.',
      ),
      'spildevandet',
    ],
    [
      'a refusal under a heading that only names the ground',
      refusal(
        'Du får aktindsigt i støjmålingerne.',
        'Interne dokumenter',
        'Vi giver dig afslag på aktindsigt i notaterne, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
      ),
      'støjmålingerne',
    ],
    [
      'spildevand refused under § 30, nr. 2',
      refusal(
        'Vi giver dig afslag på aktindsigt i virksomhedens målinger af spildevandet, jf. offentlighedslovens § 30, nr. 2.',
      ),
      'spildevandet',
    ],
    [
      'a miljøgodkendelse refused under § 24 (ministerbetjening)',
      refusal(
        'Vi giver dig afslag på aktindsigt i udkastet til miljøgodkendelse, jf. offentlighedslovens § 24, stk. 1.',
      ),
      'miljøgodkendelse',
    ],
    [
      'støjmålinger refused under § 9, stk. 2, nr. 1',
      refusal(
        'Vi giver dig afslag på aktindsigt i alle støjmålinger fra 2010-2024, jf. offentlighedslovens § 9, stk. 2, nr. 1.',
      ),
      'støjmålinger',
    ],
  ])('fails: %s', (_, doc, term) => {
    const findings = findingsOf('mol-not-considered', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['notConsidered', 'error']]);
    expect(findings[0]?.location.text?.toLowerCase()).toBe(term);
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 2, stk\. 1, og § 3/);
  });

  it('the ordinary letter fixtures (corpus and held-out) give no MOL finding', () => {
    const dir = join(import.meta.dirname, '../../fixtures/letters');
    for (const fixture of [...loadLetterFixtures(dir), ...loadLetterFixtures(join(dir, 'heldout'))]) {
      const report = checkDocument(
        { paragraphs: fixture.paragraphs.map((p) => ({ text: p.text })) },
        { today: fixture.header.date ?? '2025-03-10' },
      );
      const mol = report.findings.filter((f) => f.ruleId.startsWith('mol-'));
      expect(mol, fixture.file).toEqual([]);
    }
  });
});
