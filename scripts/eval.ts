/**
 * Scores the checker on the letter corpus (`npm run eval`): part detection precision/recall/F1 per part
 * (a part counts as found when the checker marks it present, per letter), outcome and kind accuracy, and
 * findings per rule (a rule counts as found on a letter when it reports at least once and the fixture
 * expects it). Prints one table for the development corpus and one for the held-out letters.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../src/check/check';
import type { DocumentSnapshot } from '../src/check/types';
import { loadLetterFixtures, PART_IDS, type LetterFixture } from '../test/support/letter-fixtures';

const root = join(fileURLToPath(import.meta.url), '..', '..');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const score = (c: Counts) => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};
const pct = (n: number) => `${(n * 100).toFixed(0)}%`;

function snapshotOf(fixture: LetterFixture): DocumentSnapshot {
  return { paragraphs: fixture.paragraphs.map((p) => ({ text: p.text })) };
}

function evaluate(name: string, fixtures: LetterFixture[]): void {
  const parts = new Map<string, Counts>(PART_IDS.map((p) => [p, counts()]));
  const rules = new Map<string, Counts>();
  let outcomeRight = 0;
  let kindRight = 0;
  const misses: string[] = [];
  for (const fixture of fixtures) {
    const report = checkDocument(snapshotOf(fixture), fixture.header.date ? {} : { today: '2025-06-01' });
    if (report.outcome === fixture.header.outcome) outcomeRight++;
    else misses.push(`${fixture.file}: outcome ${report.outcome}, expected ${fixture.header.outcome}`);
    if (report.kind === fixture.header.kind) kindRight++;
    for (const part of PART_IDS) {
      const expected = fixture.parts[part] !== undefined;
      const found = report.parts.some((p) => p.part === part && p.present);
      const c = parts.get(part) as Counts;
      if (expected && found) c.tp++;
      else if (found) c.fp++;
      else if (expected) c.fn++;
    }
    const expectedRules = new Set([
      ...fixture.header.findings,
      ...fixture.paragraphs.flatMap((p) => p.findings),
    ]);
    const foundRules = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
    for (const id of new Set([...expectedRules, ...foundRules])) {
      const c = rules.get(id) ?? counts();
      rules.set(id, c);
      if (expectedRules.has(id) && foundRules.has(id)) c.tp++;
      else if (foundRules.has(id)) c.fp++;
      else c.fn++;
    }
  }
  console.log(`\n${name}: ${fixtures.length} letters`);
  console.log(
    `outcome accuracy ${pct(outcomeRight / Math.max(fixtures.length, 1))}, kind accuracy ${pct(kindRight / Math.max(fixtures.length, 1))}`,
  );
  console.table(
    [...parts].map(([part, c]) => ({
      part,
      ...c,
      ...Object.fromEntries(Object.entries(score(c)).map(([k, v]) => [k, pct(v)])),
    })),
  );
  console.table(
    [...rules]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, c]) => ({
        rule,
        ...c,
        ...Object.fromEntries(Object.entries(score(c)).map(([k, v]) => [k, pct(v)])),
      })),
  );
  for (const miss of misses) console.log(`  ${miss}`);
}

evaluate('Development corpus', loadLetterFixtures(join(root, 'test/fixtures/letters')));
evaluate(
  'Held-out letters (never tuned on)',
  loadLetterFixtures(join(root, 'test/fixtures/letters/heldout')),
);
