// The MOL letter fixtures (test/fixtures/letters/mol/): the whole check runs on each, and its findings of the
// MOL rules must be exactly the ones the fixture marks, paragraph by paragraph. The 2013 rules that give way
// under miljøoplysningsloven, and outdated-act, must give none on them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../src/check/analyse';
import { checkDocument } from '../../src/check/check';
import { letterRegime } from '../../src/check/regime';
import { loadLetterFixtures } from '../support/letter-fixtures';

const FIXTURES = loadLetterFixtures(join(import.meta.dirname, '../fixtures/letters/mol'));
const GIVE_WAY = [
  'meroffentlighed-missing',
  'extraction-missing',
  'processing-time',
  'complaint-route',
  'outdated-act',
];

describe('MOL letter fixtures', () => {
  it('there are at least 12, with kommuner, state agencies and utilities', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
    const authorities = new Set(FIXTURES.map((f) => f.header.authority));
    expect(authorities).toEqual(new Set(['municipality', 'state', 'other']));
  });

  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    const snapshot = { paragraphs: fixture.paragraphs.map((p) => ({ text: p.text })) };
    const report = checkDocument(snapshot, { today: fixture.header.date ?? '2025-12-31' });
    const actual = report.findings
      .filter((f) => f.ruleId.startsWith('mol-'))
      .map((f) => `${f.ruleId}@${f.location.paragraph}`)
      .sort();
    const expected = fixture.paragraphs
      .flatMap((p, i) => p.findings.map((id) => `${id}@${i}`))
      .concat(fixture.header.findings)
      .sort();
    expect(actual).toEqual(expected);
    expect(report.kind).toBe(fixture.header.kind);
    expect(report.outcome).toBe(fixture.header.outcome);
    const regime = letterRegime(analyseLetter(snapshot)).regime;
    expect(regime).toBe(fixture.header.basis === 'mol' ? 'mol' : 'offl');
    if (regime === 'mol') {
      expect(report.findings.filter((f) => GIVE_WAY.includes(f.ruleId))).toEqual([]);
    }
  });
});
