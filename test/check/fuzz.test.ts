// The checker never throws, whatever it is given, and every place it reports lies inside the document:
// random snapshots (text of any kind, fixture lines shuffled together, tables, tags, regions) and the
// extremes (empty, 10,000 empty paragraphs, a huge paragraph, control characters, emoji, RTL text).
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/check';
import type { CheckReport, DocumentSnapshot, SnapshotParagraph } from '../../src/check/types';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import { loadLetterFixtures } from '../support/letter-fixtures';

const lines = loadLetterFixtures(join(import.meta.dirname, '../fixtures/letters')).flatMap((f) =>
  f.paragraphs.map((p) => p.text),
);

function expectInside(snapshot: DocumentSnapshot, report: CheckReport): void {
  const n = snapshot.paragraphs.length;
  for (const f of report.findings) {
    const { paragraph, start, end } = f.location;
    expect(Number.isInteger(paragraph), f.ruleId).toBe(true);
    expect(paragraph >= 0 && paragraph < n, `${f.ruleId} paragraph ${paragraph} of ${n}`).toBe(true);
    const length = snapshot.paragraphs[paragraph]?.text.length ?? 0;
    if (start !== undefined || end !== undefined) {
      expect(start !== undefined && end !== undefined, f.ruleId).toBe(true);
      expect(
        0 <= (start ?? -1) && (start ?? 0) <= (end ?? -1) && (end ?? 0) <= length,
        `${f.ruleId} span`,
      ).toBe(true);
    }
    // A finding that quotes its text and has a span quotes exactly what the span holds.
    if (start !== undefined && f.location.text !== undefined) {
      expect(snapshot.paragraphs[paragraph]?.text.slice(start, end), f.ruleId).toBe(f.location.text);
    }
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const p of report.parts) {
    if (!p.present) continue;
    expect(0 <= (p.first ?? -1) && (p.first ?? 0) <= (p.last ?? -1) && (p.last ?? n) < n, p.part).toBe(true);
  }
  if (report.outcomeEvidence) {
    const { paragraph, start, end, text } = report.outcomeEvidence;
    expect(snapshot.paragraphs[paragraph]?.text.slice(start, end)).toBe(text);
  }
  for (const c of report.citations) {
    expect(c.paragraph >= 0 && c.paragraph < n).toBe(true);
    expect(
      0 <= c.start && c.start <= c.end && c.end <= (snapshot.paragraphs[c.paragraph]?.text.length ?? 0),
    ).toBe(true);
  }
}

const check = (snapshot: DocumentSnapshot) => {
  const report = checkDocument(snapshot, { today: '2025-06-01', profile: EXAMPLE_PROFILE });
  expectInside(snapshot, report);
  return report;
};

const weird = fc.constantFrom(
  '',
  ' ',
  '\u0000\u0001\u0007\u001b[31m',
  '\u00ad\u00a0\u202f\u200b\ufeff',
  '😀👩‍⚖️🇩🇰',
  'مرحبا بالعالم \u202e§ 30, nr. 1\u202c',
  '§ 7. Stk. 2. 1) 2) §§ 19-35 jf. §',
  '010190-1234 +45 12 34 56 78 a@b.dk',
  '{felt} [Husk at] XX',
  '\ud800 lone surrogate',
  'Afgørelse',
  'Klagevejledning',
  'Uddrag af offentlighedsloven',
);
const paragraphText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...lines) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: weird },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
);
const paragraph: fc.Arbitrary<SnapshotParagraph> = fc.record(
  {
    text: paragraphText,
    headingLevel: fc.integer({ min: 0, max: 9 }),
    blockId: fc.constantFrom('decision', 'reasoning:offl-30-1', 'legal-basis', 'complaint-guidance', 'x'),
    region: fc.constantFrom('body', 'header', 'footer', 'footnote'),
    table: fc.record({ table: fc.nat(3), row: fc.nat(20), cell: fc.nat(6) }),
    listLabel: fc.constantFrom('1)', 'a.', '•'),
  },
  { requiredKeys: ['text'] },
);

// Generous time limits: these runs are about correctness, and a slow CI machine must not fail them.
describe('the checker on anything', { timeout: 120_000 }, () => {
  it('random snapshots: never throws, every location inside the document', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 60 }), (paragraphs) => {
        check({ paragraphs });
      }),
      { numRuns: 300 },
    );
  });

  it('whole fixture letters with lines dropped and shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: 1, maxLength: 80 }), (texts) => {
        check({ paragraphs: texts.map((text) => ({ text })) });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['an empty document', { paragraphs: [] }],
    ['one empty paragraph', { paragraphs: [{ text: '' }] }],
    ['10,000 empty paragraphs', { paragraphs: Array.from({ length: 10_000 }, () => ({ text: '' })) }],
    [
      'a 2 MB paragraph of law talk',
      { paragraphs: [{ text: 'jf. offentlighedslovens § 30, nr. 1. '.repeat(55_000) }] },
    ],
    ['a 1 MB paragraph without a full stop', { paragraphs: [{ text: 'a'.repeat(1_000_000) }] }],
    ['control characters only', { paragraphs: [{ text: '\u0000\u0001\u0002\u0003\u0004' }] }],
    // Found by this test: the parser read "offentlighedsloven" + "§ 39" across the paragraph break.
    [
      'an act ending one paragraph, its § opening the next',
      {
        paragraphs: [
          { text: 'Afgørelse efter offentlighedsloven' },
          { text: '§ 39. Hvis en myndighed ikke har' },
        ],
      },
    ],
  ])('%s', (_, snapshot: DocumentSnapshot) => {
    const report = check(snapshot);
    if (snapshot.paragraphs.every((p) => !p.text.trim())) expect(report.findings).toEqual([]);
  });
});
