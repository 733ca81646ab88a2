import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/check';
import type { CheckReport, DocumentSnapshot } from '../../src/check/types';
import { readLetter } from '../../src/docx';
import { BLOCK_OF_PART, fixtureText, fixtureToDocx } from '../support/letter-docx';
import { loadLetterFixtures } from '../support/letter-fixtures';

const dir = join(import.meta.dirname, '..', 'fixtures', 'letters');
const FIXTURES = [...loadLetterFixtures(dir), ...loadLetterFixtures(join(dir, 'heldout'))];
const TODAY = { today: '2025-06-01' };

/** What must not depend on the file format: kind, outcome, parts present, findings by rule and message. */
function essence(report: CheckReport) {
  return {
    kind: report.kind,
    outcome: report.outcome,
    parts: report.parts.filter((p) => p.present).map((p) => p.part),
    findings: report.findings
      .map((f) => `${f.severity} ${f.ruleId}:${f.messageId} ${f.location.text ?? ''}`)
      .sort(),
  };
}

const body = (doc: DocumentSnapshot) => doc.paragraphs.filter((p) => p.region === 'body');

describe('the letter corpus as .docx and as text', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s: same parts and findings', async (_, fixture) => {
    const docx = readLetter(await fixtureToDocx(fixture), { fileName: 'brev.docx' });
    const text = readLetter(new TextEncoder().encode(fixtureText(fixture)), { fileName: 'brev.txt' });
    expect(docx.trackedChanges).toBe(true);
    // The same text, paragraph by paragraph, except where a table row became one paragraph per cell.
    const docxTexts = docx.paragraphs.map((p) => p.text).filter((t) => t !== '' && !t.startsWith('Side'));
    const flat = text.paragraphs.flatMap((p) =>
      p.text.split(' | ').length >= 3 ? p.text.split(' | ') : [p.text],
    );
    expect(docxTexts).toEqual(flat);
    expect(essence(checkDocument(docx, TODAY))).toEqual(essence(checkDocument(text, TODAY)));
  });

  it('puts the letterhead in the header, the aktliste in a table and part headings in Heading 2', async () => {
    const fixture = FIXTURES.find((f) => f.file.startsWith('05-')) ?? FIXTURES[0];
    if (!fixture) throw new Error('no fixture');
    const doc = readLetter(await fixtureToDocx(fixture), { fileName: 'brev.docx' });
    expect(doc.paragraphs.filter((p) => p.region === 'header').map((p) => p.text)).toEqual([
      'Eksempel Kommune',
      'Børne- og Ungeforvaltningen',
      'Skolevej 2, 9999 Eksempelby',
    ]);
    expect(doc.paragraphs.find((p) => p.text === 'Afgørelse')).toMatchObject({
      style: 'Heading 2',
      headingLevel: 2,
    });
    expect(doc.paragraphs.find((p) => p.text === 'Ja' && p.table)).toMatchObject({
      table: { table: 0, row: 1 },
    });
  });
});

describe('letters written with the add-in (our content controls)', () => {
  it.each(FIXTURES.slice(0, 8).map((f) => [f.file, f] as const))(
    '%s: every marked part comes back by tag',
    async (_, fixture) => {
      const doc = readLetter(await fixtureToDocx(fixture, { contentControls: true }), {
        fileName: 'brev.docx',
      });
      const paragraphs = body(doc);
      const offset = fixture.paragraphs.findIndex((p) => p.text === paragraphs[0]?.text);
      expect(offset).toBeGreaterThanOrEqual(0);
      // Each body paragraph of a marked part carries the part's block id; unmarked ones carry none.
      let i = 0;
      for (const p of fixture.paragraphs.slice(offset)) {
        const cells = p.text.split(' | ').length >= 3 ? p.text.split(' | ').length : 1;
        for (let c = 0; c < cells; c++) {
          expect([paragraphs[i]?.blockId, p.text]).toEqual([
            p.part ? BLOCK_OF_PART[p.part] : undefined,
            p.text,
          ]);
          i++;
        }
      }
      const report = checkDocument(doc, TODAY);
      for (const part of Object.keys(fixture.parts)) {
        expect(report.parts.find((p) => p.part === part)).toMatchObject({ present: true, by: 'tag' });
      }
    },
  );
});
