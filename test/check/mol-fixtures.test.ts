// The MOL letter fixtures (test/fixtures/letters/mol/): the whole check runs on each, and ALL its findings (every
// rule's, not only the mol-* ones) must be exactly the ones the fixture marks, paragraph by paragraph. The 2013
// rules that give way under miljøoplysningsloven, and outdated-act, must give none on them. A composed, fully
// filled MOL refusal for a kommune gets no error at all.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../src/check/analyse';
import { checkDocument } from '../../src/check/check';
import { letterRegime } from '../../src/check/regime';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile } from '../../src/letter/types';
import { COMPANION_VALUES, tagged } from '../support/check';
import { loadLetterFixtures } from '../support/letter-fixtures';
import { molDecision } from './rules/mol-support';

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
    const actual = report.findings.map((f) => `${f.ruleId}@${f.location.paragraph}`).sort();
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

describe('a composed MOL refusal for a kommune, every field filled', () => {
  // The example kommune with an environmental case area whose appeal body is known (as compose-mol.test.ts).
  const KOMMUNE: AuthorityProfile = {
    ...EXAMPLE_PROFILE,
    caseAreas: [
      ...EXAMPLE_PROFILE.caseAreas,
      {
        id: 'miljoe',
        name: 'Miljøgodkendelser og tilsyn',
        supervisionRoute: false,
        molAppealBody: 'Miljø- og Fødevareklagenævnet',
      },
    ],
  };
  // Grounds of the 1985 act whose text the law data holds (no "[Ordlyden af …]" mark is left).
  it.each(['offl1985-13-1-1', 'offl1985-13-1-2', 'offl1985-7-1'])('%s gets no error finding', (id) => {
    const decision = molDecision([id], {
      caseAreaId: 'miljoe',
      // The companion fields the composer asks for under MOL (other contents, extraction) are filled too.
      companionValues: {
        ...COMPANION_VALUES,
        oevrigt_indhold: 'Du får aktindsigt i resten af dokumenterne.',
        dokumenter_ekstrahering: 'notaterne af 3. marts 2025',
        ekstrahering_1985: 'Vi har vurderet, at der ikke er faktiske oplysninger at ekstrahere.',
      },
    });
    const plan = composePlan(decision, KOMMUNE);
    expect(plan.missing).toEqual([]);
    const doc = tagged(plan);
    expect(letterRegime(analyseLetter(doc)).regime).toBe('mol');
    const report = checkDocument(doc, { today: '2025-03-10' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    // Nor the warnings the 1985 citations used to give (cited-not-quoted, quoted-not-cited).
    expect(report.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId)).toEqual([]);
  });
});
