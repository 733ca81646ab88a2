import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAktliste, toCaseDocuments } from '../../src/aktliste/rows';
import { GROUNDS } from '../../src/grounds/catalogue';
import type { CaseDocument } from '../../src/letter/types';
import { composedPlan, decisionOn } from '../support/check';

const OFFL7 = GROUNDS.filter((g) => g.bases.includes('offl-7') && g.kind !== 'refusal-to-process').map(
  (g) => g.id,
);

const title = fc
  .string({ minLength: 1, maxLength: 60, unit: fc.constantFrom(...'abcæøå ABCÆØÅ 0123-.,()§»«é'.split('')) })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const documentArb = fc.record({
  title,
  date: fc.option(iso, { nil: undefined }),
  decision: fc.constantFrom('granted', 'partial', 'withheld') as fc.Arbitrary<CaseDocument['decision']>,
  grounds: fc.uniqueArray(fc.constantFrom(...OFFL7), { minLength: 1, maxLength: 3 }),
  letter: fc.constantFrom('', 'a', 'b'),
});

/** The rows as the composer writes the aktliste table: one BlockParagraph with cells per row. */
function tableCells(documents: CaseDocument[]): string[][] {
  const groundIds = [...new Set(documents.flatMap((d) => d.groundIds))];
  const plan = composedPlan(decisionOn(groundIds, { outcome: 'partial', documents }));
  const block = plan.blocks.find((b) => b.id === 'document-list');
  if (!block) throw new Error('no document list block');
  return block.paragraphs.flatMap((p) => (p.cells ? [p.cells] : []));
}

const normalised = (docs: CaseDocument[]) => docs.map((d) => ({ ...d, groundIds: [...d.groundIds].sort() }));

describe("list -> the letter's aktliste table -> read back", () => {
  it('gives the same documents (number, title, date, decision, grounds)', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { minLength: 1, maxLength: 12 }), (drafts) => {
        const documents: CaseDocument[] = drafts.map((d, i) => {
          const doc: CaseDocument = {
            number: `${i + 1}${d.letter}`,
            title: d.title,
            decision: d.decision,
            groundIds: d.decision === 'granted' ? [] : d.grounds,
          };
          if (d.date) doc.date = d.date;
          return doc;
        });
        const rows = tableCells(documents);
        const list = buildAktliste([{ name: 'Tabel 1', rows }], { basis: 'offl-7' });
        expect(list.columns).toEqual({
          aktId: 'Akt nr.',
          date: 'Dato',
          title: 'Titel',
          decision: 'Aktindsigt',
          reason: 'Hjemmel',
        });
        expect(normalised(toCaseDocuments(list.rows))).toEqual(normalised(documents));
        expect(list.rows.flatMap((r) => r.problems.filter((p) => p.code !== 'groundNotForBasis'))).toEqual(
          [],
        );
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
