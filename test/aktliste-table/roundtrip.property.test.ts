/**
 * Read-back (issue 11, section 5): list rows -> `toCaseDocuments` -> composePlan -> the plan applied to the
 * preview's memory port and to the Word port over the fake Word model -> their snapshot -> the letter's table
 * read back as a list gives the same rows (akt nr., date, title, decision, grounds). And through a real .docx:
 * the composed letter written with the `docx` package, read with `readAktliste` (its .docx-table path).
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAktliste, readAktliste, type Aktliste } from '../../src/aktliste';
import { tablesOf } from '../../src/aktliste/docx-table';
import { CATALOGUE } from '../../src/grounds';
import type { RequestBasis } from '../../src/grounds/types';
import { formatRef } from '../../src/law/citations';
import type { InsertionPlan } from '../../src/letter/types';
import { applyAndRead, listOf, memoryPort, planFrom, wordPort } from './support';

const groundsFor = (basis: RequestBasis, statute: 'offl' | 'fvl' | 'offl1985') =>
  CATALOGUE.filter(
    (g) =>
      g.bases.includes(basis) &&
      g.kind !== 'refusal-to-process' &&
      g.refs[0]?.statute === statute &&
      // Miljøoplysningslovens § 2, stk. 4: 1985 § 10, nr. 5 is never a ground for environmental information.
      g.id !== 'offl1985-10-5',
  );

const BASES = [
  { basis: 'offl-7', grounds: groundsFor('offl-7', 'offl') },
  { basis: 'fvl-9', grounds: groundsFor('fvl-9', 'fvl') },
  // Under miljøoplysningsloven the table writes the 1985 act "offl. 1985 § 7, nr. 1"; the reader knows it.
  { basis: 'mol', grounds: groundsFor('mol', 'offl1985') },
] as const;

const title = fc
  .string({ minLength: 1, maxLength: 50, unit: fc.constantFrom(...'abcæøå ABCÆØÅ 0123-.,»«é'.split('')) })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const WORDS = { granted: 'Ja', partial: 'Delvis', withheld: 'Nej' } as const;

/** A list as a spreadsheet gives it: akt numbers, titles, dd.mm.yyyy dates, Ja/Delvis/Nej, full citations. */
function listArb(grounds: readonly { id: string; refs: { statute: string }[] }[]) {
  const ids = grounds.map((g) => g.id);
  const row = fc.record({
    title,
    date: fc.option(date, { nil: undefined }),
    decision: fc.constantFrom('granted', 'partial', 'withheld') as fc.Arbitrary<keyof typeof WORDS>,
    grounds: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
    suffix: fc.constantFrom('', 'a', 'b'),
  });
  return fc.array(row, { minLength: 1, maxLength: 10 }).map((drafts) =>
    drafts.map((d, i) => {
      const reason =
        d.decision === 'granted'
          ? ''
          : d.grounds.map((id) => formatRef(CATALOGUE.find((g) => g.id === id)?.refs[0] as never)).join('; ');
      const written = d.date ? d.date.split('-').reverse().join('.') : '';
      return [`${i + 1}${d.suffix}`, d.title, written, WORDS[d.decision], reason];
    }),
  );
}

/** What must survive the round trip, per row. */
const rowsOf = (list: Aktliste) =>
  list.rows.map((r) => ({
    aktId: r.aktId,
    date: r.date,
    title: r.title,
    decision: r.decision,
    grounds: r.grounds.map((g) => g.id).sort(),
  }));

/** The letter's table read back as a list, from a port's snapshot. */
const readBack = (snapshot: Parameters<typeof tablesOf>[0]) => buildAktliste(tablesOf(snapshot));

const LETTER_COLUMNS = {
  aktId: 'Akt nr.',
  date: 'Dato',
  title: 'Titel',
  decision: 'Aktindsigt',
  reason: 'Hjemmel',
};

describe.each(BASES)('list -> letter -> ports -> read back (basis $basis)', ({ basis, grounds }) => {
  it('gives the same rows through the memory port and through the fake Word', async () => {
    await fc.assert(
      fc.asyncProperty(listArb(grounds), async (cells) => {
        const list = listOf(cells, basis);
        expect(list.rows.flatMap((r) => r.problems)).toEqual([]);
        const plan = planFrom(list);
        for (const make of [memoryPort, wordPort]) {
          const target = make(['Kære Eva', 'Med venlig hilsen']);
          const back = readBack(await applyAndRead(target, plan));
          expect(back.columns).toEqual(LETTER_COLUMNS);
          // The basis is read from the Hjemmel column: a list of granted documents only names no act.
          if (list.rows.some((r) => r.grounds.length > 0)) expect(back.basis).toBe(basis);
          expect(rowsOf(back)).toEqual(rowsOf(list));
          expect(back.rows.flatMap((r) => r.problems)).toEqual([]);
          expect(back.outcome).toBe(list.outcome);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** The composed letter as a .docx: headings, paragraphs, and the aktliste as a real table with a header row. */
async function letterDocx(plan: InsertionPlan): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const block of plan.blocks) {
    let rows: TableRow[] = [];
    const flush = () => {
      if (rows.length === 0) return;
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
      rows = [];
    };
    for (const p of block.paragraphs) {
      if (p.cells) {
        rows.push(
          new TableRow({
            tableHeader: p.header === true,
            children: p.cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
          }),
        );
        continue;
      }
      flush();
      const runs = p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
      children.push(
        p.heading
          ? new Paragraph({ children: runs, heading: HeadingLevel[`HEADING_${p.heading}`] })
          : new Paragraph({ children: runs }),
      );
    }
    flush();
  }
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}

describe('through a real .docx', () => {
  it.each(BASES)(
    'readAktliste reads the composed letter’s table back to the same rows (basis $basis)',
    async ({ basis, grounds }) => {
      await fc.assert(
        fc.asyncProperty(listArb(grounds), async (cells) => {
          const list = listOf(cells, basis);
          const read = await readAktliste(await letterDocx(planFrom(list)), { fileName: 'afgoerelse.docx' });
          expect(read.format).toBe('docx');
          expect(read.columns).toEqual(LETTER_COLUMNS);
          expect(rowsOf(read)).toEqual(rowsOf(list));
          expect(read.rows.flatMap((r) => r.problems)).toEqual([]);
        }),
        { numRuns: 15 },
      );
    },
    120_000,
  );
});
