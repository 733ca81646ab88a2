/**
 * Turns a fixture letter (test/support/letter-fixtures.ts) into a realistic .docx with the `docx` package:
 * the letterhead (the unmarked lines before the first part) in the page header, part headings in Word's
 * built-in "Heading 2", the aktliste as a table, a tracked change (an insertion counted, a deletion not),
 * a footer with the page number field, and, on request, our `aktindsigt:` content controls around each
 * marked part, added by post-processing document.xml (the `docx` package cannot write tagged controls).
 * Used by the tests, `npm run corpus` and the bench.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { unzipSync, zipSync } from 'fflate';
import { normaliseForMatch, PART_HEADINGS } from '../../src/check/vocabulary';
import type { PartId } from '../../src/letter/types';
import type { FixtureParagraph, LetterFixture } from './letter-fixtures';

export interface DocxLetterOptions {
  /** Wrap each marked part in a content control tagged `aktindsigt:<block id>`, as the add-in does. */
  contentControls?: boolean;
}

/** The block id the add-in gives each part (the reverse of the checker's block -> part mapping). */
export const BLOCK_OF_PART: Record<PartId, string> = {
  date: 'date',
  request_reference: 'request-reference',
  decision: 'decision',
  reasoning: 'reasoning',
  meroffentlighed: 'meroffentlighed',
  extraction: 'extraction',
  weighing: 'weighing',
  document_list: 'document-list',
  legal_basis: 'legal-basis',
  complaint_guidance: 'complaint-guidance',
  sender: 'sender',
};

/** The text the checker reads from a fixture: its paragraphs, one per line. */
export function fixtureText(fixture: LetterFixture): string {
  return `${fixture.paragraphs.map((p) => p.text).join('\n')}\n`;
}

/** A short line that opens a part and reads as one of the checker's part headings. */
function isHeading(fixture: LetterFixture, index: number): boolean {
  const p = fixture.paragraphs[index];
  if (!p?.part || fixture.parts[p.part]?.first !== index) return false;
  const norm = normaliseForMatch(p.text).replace(/[:.]$/, '').trim();
  if (norm.length > 80 || /[.!?]$/.test(p.text.trim())) return false;
  return Object.values(PART_HEADINGS).some((patterns) => patterns.some((re) => re.test(norm)));
}

const isTableRow = (p: FixtureParagraph | undefined) => p !== undefined && p.text.split(' | ').length >= 3;

/** The paragraph that carries the tracked change: the longest body paragraph outside the legal basis. */
function trackedParagraph(fixture: LetterFixture, from: number): number {
  let best = -1;
  fixture.paragraphs.forEach((p, i) => {
    if (i < from || p.part === 'legal_basis' || isTableRow(p) || !p.text.includes(' ')) return;
    if (best < 0 || p.text.length > (fixture.paragraphs[best]?.text.length ?? 0)) best = i;
  });
  return best;
}

interface BodyItem {
  element: Paragraph | Table;
  part?: PartId;
}

/**
 * The .docx of a fixture letter.
 * @example await fixtureToDocx(loadLetterFixtures('test/fixtures/letters')[0]) // Uint8Array of a .docx
 */
export async function fixtureToDocx(
  fixture: LetterFixture,
  options: DocxLetterOptions = {},
): Promise<Uint8Array> {
  const paragraphs = fixture.paragraphs;
  const firstMarked = paragraphs.findIndex((p) => p.part !== undefined);
  // The letterhead: the unmarked lines before the first part, when they are few.
  const headerCount = firstMarked > 0 && firstMarked <= 6 ? firstMarked : 0;
  const tracked = trackedParagraph(fixture, headerCount);
  const body: BodyItem[] = [];
  for (let i = headerCount; i < paragraphs.length; i++) {
    const p = paragraphs[i] as FixtureParagraph;
    if (isTableRow(p) && isTableRow(paragraphs[i + 1])) {
      const rows: TableRow[] = [];
      while (isTableRow(paragraphs[i])) {
        const cells = (paragraphs[i] as FixtureParagraph).text.split(' | ');
        rows.push(
          new TableRow({
            tableHeader: rows.length === 0,
            children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
          }),
        );
        i++;
      }
      i--;
      body.push({
        element: new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        part: p.part,
      });
      continue;
    }
    let element: Paragraph;
    if (isHeading(fixture, i)) element = new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_2 });
    else if (i === tracked) {
      // The last word inserted with tracking, and a tracked deletion before it that must not be read.
      const cut = p.text.lastIndexOf(' ') + 1;
      const change = { author: 'Sagsbehandler', date: '2025-03-01T09:00:00Z' };
      element = new Paragraph({
        children: [
          new TextRun(p.text.slice(0, cut)),
          new DeletedTextRun({ text: 'foreløbigt ', id: 1, ...change }),
          new InsertedTextRun({ text: p.text.slice(cut), id: 2, ...change }),
        ],
      });
    } else element = new Paragraph(p.text);
    body.push(p.part ? { element, part: p.part } : { element });
  }
  const header = new Header({
    children: paragraphs
      .slice(0, headerCount)
      .map((p, i) =>
        i === 0
          ? new Paragraph({ children: [new TextRun({ text: p.text, bold: true })] })
          : new Paragraph(p.text),
      ),
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Side ', PageNumber.CURRENT] })],
      }),
    ],
  });
  const document = new Document({
    creator: 'aktindsigt corpus',
    title: fixture.header.title,
    sections: [
      {
        ...(headerCount > 0 ? { headers: { default: header } } : {}),
        footers: { default: footer },
        children: body.map((item) => item.element),
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return options.contentControls ? withContentControls(bytes, body) : bytes;
}

const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  suppressEmptyNode: true,
} as const;

type Node = Record<string, unknown>;

/** Wraps each run of body elements of one part in `<w:sdt>` tagged with the part's block id. */
function withContentControls(docx: Uint8Array, body: readonly BodyItem[]): Uint8Array {
  const files = unzipSync(docx);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  const tree = new XMLParser(XML_OPTIONS).parse(xml) as Node[];
  const documentNode = tree.find((n) => 'w:document' in n) as Node;
  const bodyNode = (documentNode['w:document'] as Node[]).find((n) => 'w:body' in n) as Node;
  const children = bodyNode['w:body'] as Node[];
  const wrapped: Node[] = [];
  let i = 0;
  while (i < children.length) {
    const part = i < body.length ? body[i]?.part : undefined;
    if (!part) {
      wrapped.push(children[i] as Node);
      i++;
      continue;
    }
    const content: Node[] = [];
    while (i < body.length && body[i]?.part === part) content.push(children[i++] as Node);
    const tag = `aktindsigt:${BLOCK_OF_PART[part]}`;
    wrapped.push({
      'w:sdt': [
        {
          'w:sdtPr': [
            { 'w:alias': [], ':@': { '@_w:val': BLOCK_OF_PART[part] } },
            { 'w:tag': [], ':@': { '@_w:val': tag } },
            { 'w:richText': [] },
          ],
        },
        { 'w:sdtContent': content },
      ],
    });
  }
  bodyNode['w:body'] = wrapped;
  const out = new XMLBuilder(XML_OPTIONS).build(tree) as string;
  files['word/document.xml'] = new TextEncoder().encode(out);
  return zipSync(files);
}
