/**
 * The letters the preview's menu loads into the in-memory document: a blank letter, the sample letter, and a
 * letter the user opens or drops (.docx, .txt, .md), read in the browser with `src/docx` and never sent
 * anywhere. Each gives the paragraphs `MemoryDocument.load` takes.
 */
import type { DocumentSnapshot } from '../check/types';
import { partOfBlockId } from '../port';
import type { ParagraphInit } from './memory-port';
import { SAMPLE_LETTER_LINES } from './sample-letter';

/** A new, empty letter: one empty paragraph to type in. */
export function blankLetter(): ParagraphInit[] {
  return [{ text: '' }];
}

/**
 * Paragraphs from lines in the sample letter's format ("# ", "## ", "> ", "| a | b").
 * @example parseLetterLines(['## Afgørelse', 'Du får aktindsigt.'])[0] // { text: 'Afgørelse', style: 'Heading 2', headingLevel: 2 }
 */
export function parseLetterLines(lines: readonly string[]): ParagraphInit[] {
  const out: ParagraphInit[] = [];
  // Tables of loaded letters take negative keys so they never meet the keys of inserted blocks' tables.
  let tableKey = 0;
  let row = -1;
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('| ')) {
      if (!inTable) {
        tableKey -= 1;
        row = -1;
        inTable = true;
      }
      row += 1;
      line
        .slice(2)
        .split(' | ')
        .forEach((text, cell) => out.push({ text: text.trim(), cell: { tableKey, row, cell } }));
      continue;
    }
    inTable = false;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      out.push({ text: heading[2] ?? '', style: `Heading ${level}`, headingLevel: level });
    } else if (line.startsWith('> ')) {
      out.push({ text: line.slice(2), style: 'Quote', quote: true });
    } else {
      out.push({ text: line });
    }
  }
  return out;
}

/** The sample decision (the seed letter, with its errors). */
export function sampleLetter(): ParagraphInit[] {
  return parseLetterLines(SAMPLE_LETTER_LINES);
}

const QUOTE_STYLE = /quote|citat/i;

/**
 * The paragraphs of a read letter: styles, headings, list labels, tables, regions and our managed blocks kept,
 * so the check sees in the preview what it sees in Word.
 * @example snapshotParagraphs({ paragraphs: [{ text: 'Afgørelse', style: 'Heading 2', headingLevel: 2 }] })
 */
export function snapshotParagraphs(snapshot: DocumentSnapshot): ParagraphInit[] {
  return snapshot.paragraphs.map((p) => {
    const init: ParagraphInit = { text: p.text };
    if (p.style) init.style = p.style;
    if (p.headingLevel) init.headingLevel = p.headingLevel;
    if (p.style && QUOTE_STYLE.test(p.style)) init.quote = true;
    if (p.listLabel) init.listLabel = p.listLabel;
    if (p.region && p.region !== 'body') init.region = p.region;
    if (p.table) init.cell = { tableKey: -1 - p.table.table, row: p.table.row, cell: p.table.cell };
    if (p.blockId) {
      init.blockId = p.blockId;
      init.blockTitle = p.blockId;
      init.part = partOfBlockId(p.blockId);
    }
    return init;
  });
}

/**
 * Reads a file the user picked or dropped. The reader is loaded on first use, so the preview's first page
 * does not carry it. Throws the reader's `ReadError` (Danish `message`) for a file it refuses.
 */
export async function readLetterFile(file: File): Promise<ParagraphInit[]> {
  const [{ readLetter }, buffer] = await Promise.all([import('../docx'), file.arrayBuffer()]);
  return snapshotParagraphs(readLetter(new Uint8Array(buffer), { fileName: file.name }));
}
