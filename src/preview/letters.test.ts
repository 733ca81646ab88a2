import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check/check';
import { EXAMPLE_PROFILE } from '../letter/profile';
import { blankLetter, parseLetterLines, readLetterFile, sampleLetter, snapshotParagraphs } from './letters';
import { MemoryDocument, snapshotOf } from './memory-port';

describe('parseLetterLines', () => {
  it('reads headings, quotations, table rows and body paragraphs', () => {
    const paragraphs = parseLetterLines([
      '# Svar',
      '## Afgørelse',
      '> § 7. Enhver kan forlange ...',
      '| Dokument | Grund',
      '| 1 | § 30, nr. 1',
      'Tekst',
      '| A | B',
    ]);
    expect(paragraphs.slice(0, 3)).toEqual([
      { text: 'Svar', style: 'Heading 1', headingLevel: 1 },
      { text: 'Afgørelse', style: 'Heading 2', headingLevel: 2 },
      { text: '§ 7. Enhver kan forlange ...', style: 'Quote', quote: true },
    ]);
    const cells = paragraphs.filter((p) => p.cell).map((p) => [p.text, p.cell]);
    expect(cells).toEqual([
      ['Dokument', { tableKey: -1, row: 0, cell: 0 }],
      ['Grund', { tableKey: -1, row: 0, cell: 1 }],
      ['1', { tableKey: -1, row: 1, cell: 0 }],
      ['§ 30, nr. 1', { tableKey: -1, row: 1, cell: 1 }],
      ['A', { tableKey: -2, row: 0, cell: 0 }],
      ['B', { tableKey: -2, row: 0, cell: 1 }],
    ]);
  });
});

describe('the sample letter', () => {
  it('is the seed decision with its real errors: § 7, stk. 2 misquoted, §§ 14 and 30 quoted twice', () => {
    const report = checkDocument(snapshotOf(new MemoryDocument(sampleLetter()).paragraphs), {
      today: '2025-02-10',
      profile: EXAMPLE_PROFILE,
    });
    expect(report.kind).toBe('decision');
    expect(report.outcome).toBe('partial');
    const rules = report.findings.map((f) => f.ruleId);
    expect(rules).toContain('quotation-differs');
    expect(rules.filter((r) => r === 'quoted-twice')).toHaveLength(2);
  });

  it('names no real person', () => {
    const text = sampleLetter()
      .map((p) => p.text)
      .join('\n');
    expect(text).not.toMatch(/Simone|Saltoft|Københavns Kommune/);
    expect(text).toContain('Sara Eksempel');
  });
});

describe('letters from files', () => {
  it('keeps styles, list labels, regions, tables and managed blocks of a read letter', () => {
    const paragraphs = snapshotParagraphs({
      paragraphs: [
        { text: 'Eksempel Kommune', region: 'header' },
        { text: 'Afgørelse', style: 'Heading 2', headingLevel: 2, blockId: 'decision' },
        { text: '§ 30. ...', style: 'Citat' },
        { text: 'a', listLabel: '1)' },
        { text: 'x', table: { table: 0, row: 1, cell: 2 } },
        { text: 'Brødtekst', region: 'body' },
      ],
    });
    expect(paragraphs).toEqual([
      { text: 'Eksempel Kommune', region: 'header' },
      {
        text: 'Afgørelse',
        style: 'Heading 2',
        headingLevel: 2,
        blockId: 'decision',
        blockTitle: 'decision',
        part: 'decision',
      },
      { text: '§ 30. ...', style: 'Citat', quote: true },
      { text: 'a', listLabel: '1)' },
      { text: 'x', cell: { tableKey: -1, row: 1, cell: 2 } },
      { text: 'Brødtekst' },
    ]);
    // And back: the snapshot the check sees is the one the reader gave.
    const doc = new MemoryDocument(paragraphs);
    expect(snapshotOf(doc.paragraphs).paragraphs[0]).toEqual({ text: 'Eksempel Kommune', region: 'header' });
    expect(snapshotOf(doc.paragraphs).paragraphs[3]).toEqual({ text: 'a', listLabel: '1)' });
  });

  it('reads a text file in the browser and refuses a file that is not a .docx with the Danish reason', async () => {
    const text = new File(['Afgørelse\nDu får aktindsigt.'], 'brev.txt', { type: 'text/plain' });
    expect((await readLetterFile(text)).map((p) => p.text)).toEqual(['Afgørelse', 'Du får aktindsigt.']);
    const bad = new File(['ikke en zip'], 'brev.docx');
    await expect(readLetterFile(bad)).rejects.toMatchObject({ name: 'ReadError', code: 'notZip' });
  });

  it('a blank letter is one empty paragraph to type in', () => {
    expect(blankLetter()).toEqual([{ text: '' }]);
  });
});
