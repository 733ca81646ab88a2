/**
 * Rebuilds the decision of the seed letter (Københavns Kommune, Socialforvaltningen, 2025): a partial grant
 * of a data extract under offentlighedslovens § 11 with § 30, nr. 1, a § 14 consideration and the § 38
 * route to Ankestyrelsen as supervisory authority. The composed letter has the seed's parts and quotes its
 * paragraphs, without the seed's errors: §§ 14 and 30 quoted twice and § 7, stk. 2 misquoted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareQuotation } from '../../src/law/compare';
import { composePlan } from '../../src/letter/compose';
import { paragraphsText } from '../../src/letter/fill';
import type { AuthorityProfile, Decision, InsertionPlan } from '../../src/letter/types';

const seed = readFileSync(join(import.meta.dirname, '../fixtures/seeds/000_d5b51ebb6e20dbe0.txt'), 'utf8');
const appendix = seed.slice(seed.indexOf(' Uddrag af relevante regler'));

const copenhagen: AuthorityProfile = {
  name: 'Københavns Kommune',
  unit: 'Socialforvaltningen',
  kind: 'municipality',
  address: ['Socialforvaltningen', 'Bernstorffsgade 17', '1592 København V'],
  signature: ['Venlig hilsen', 'Jurist'],
  extraNonWorkingDays: [],
  caseAreas: [{ id: 'sikkerhed', name: 'Sikkerhedskonsulentordningen', supervisionRoute: true }],
};

const decision: Decision = {
  kind: 'decision',
  basis: 'offl-7',
  outcome: 'partial',
  request: {
    receivedDate: '2025-01-29',
    subject:
      'sikkerhedskonsulentordningens oversigt indeholdende henvendelsesårsager og henvendelsernes hjemkommuner for 2024',
  },
  grounds: [
    {
      groundId: 'offl-11-1',
      values: {},
    },
    { groundId: 'offl-30-1', values: {} },
  ],
  companionValues: {
    meroffentlighed:
      'Vi har afvejet de hensyn, der ligger bag offentlighedslovens § 30, nr. 1, over for din interesse i at få oplysningerne, og finder ikke grundlag for at give aktindsigt i en oversigt, hvor henvendelsesårsager sættes sammen med kommunerne.',
    kommandoer:
      'forvaltningen ikke har en oversigt over kommuner uden for Region Hovedstaden og ikke kan trække data herom',
  },
  caseAreaId: 'sikkerhed',
  letterDate: '2025-02-20',
};

function quotedSections(plan: InsertionPlan): string[] {
  const legal = plan.blocks.find((b) => b.id === 'legal-basis');
  return (legal?.paragraphs ?? [])
    .filter((p) => p.quote)
    .map((p) => /^§ (\d+(?: [a-z])?)\. /.exec(p.runs[0]?.text ?? '')?.[1])
    .filter((s): s is string => s !== undefined);
}

describe('the seed letter, rebuilt', () => {
  const plan = composePlan(decision, copenhagen);

  it('has the seed letter’s parts', () => {
    const parts = new Set(plan.blocks.map((b) => b.part));
    for (const part of [
      'request_reference',
      'decision',
      'reasoning',
      'meroffentlighed',
      'legal_basis',
      'complaint_guidance',
      'date',
      'sender',
    ]) {
      expect(parts, part).toContain(part);
    }
    const decisionText = paragraphsText(plan.blocks.find((b) => b.id === 'decision')?.paragraphs ?? []);
    expect(decisionText).toContain('Vi imødekommer delvist din anmodning om aktindsigt.');
  });

  it('quotes the seed’s paragraphs, each once', () => {
    const quoted = quotedSections(plan);
    expect(quoted).toEqual(expect.arrayContaining(['7', '11', '14', '30', '38']));
    expect(new Set(quoted).size).toBe(quoted.length);
  });

  it('where the seed quoted §§ 14 and 30 twice', () => {
    expect(appendix.match(/§ 14\. Det skal/g)).toHaveLength(2);
    expect(appendix.match(/§ 30\. Retten/g)).toHaveLength(2);
  });

  it('quotes § 7 as the law has it, where the seed misquoted it', () => {
    const legal = plan.blocks.find((b) => b.id === 'legal-basis')?.paragraphs.filter((p) => p.quote) ?? [];
    const start = legal.findIndex((p) => p.runs[0]?.text.startsWith('§ 7. '));
    const end = legal.findIndex((p, i) => i > start && /^§ \d/.test(p.runs[0]?.text ?? ''));
    const ours = legal
      .slice(start, end)
      .map((p) => p.runs[0]?.text)
      .join('\n');
    const seedQuote = appendix.slice(appendix.indexOf('§ 7. Enhver'), appendix.indexOf('§ 11. Enhver'));
    const differences = compareQuotation(seedQuote, ours).differences.map((d) => [d.expected, d.actual]);
    expect(differences.slice(0, 2)).toEqual([
      ['med', ''],
      ['indførelser', 'indførsler'],
    ]);
  });

  it('routes the complaint to Ankestyrelsen as supervisory authority (§ 38), through the kommune', () => {
    const guidance = paragraphsText(plan.blocks.find((b) => b.id === 'complaint-guidance')?.paragraphs ?? []);
    expect(guidance).toContain('Ankestyrelsen');
    expect(guidance).toContain('offentlighedslovens § 38');
  });
});
