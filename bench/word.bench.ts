/**
 * The Word adapter on the fake Word object model (test/word/fake-word.ts): round trips per action, which must
 * not grow with the letter or the plan, and the two ways to read a letter in one sync, compared on a
 * 5,000-paragraph letter: `body.getOoxml()` parsed by src/docx (the adapter's choice), against loading every
 * paragraph's text, style, list/table flags and parent content control in one batch. The fake computes what
 * Word would send, so the figures that carry over to Word are the bytes sent and our own client-side cost
 * (parsing, mapping); the host's time to produce either answer is Word's and is not measured here.
 */
import type { Bench } from 'tinybench';
import { checkDocument } from '../src/check/check';
import type { DocumentSnapshot, Finding, SnapshotParagraph } from '../src/check/types';
import { readFlatOpc } from '../src/docx';
import type { Block, InsertionPlan } from '../src/letter/types';
import { WordDocumentPort } from '../src/word';
import { FakeWord, type FakeParagraphInit } from '../test/word/fake-word';

export const title = 'Word adapter (fake Word object model)';

const OOXML_READ = 'read 5,000 paragraphs: getOoxml + src/docx parse';
const PARAGRAPH_READ = 'read 5,000 paragraphs: paragraph properties in one batch';
const PARSE_ONLY = 'src/docx parse of the 5,000-paragraph OOXML alone';
const MAP_ONLY = 'mapping the 5,000 paragraph property records alone';

/** A letter of `count` paragraphs: headings, prose, managed blocks and a table, as a composed letter has. */
function letter(count: number): FakeParagraphInit[] {
  return Array.from({ length: count }, (_, i): FakeParagraphInit => {
    if (i % 100 === 0) return { text: `Afsnit ${i / 100 + 1}`, style: 'Heading2' };
    if (i % 100 < 10) {
      return {
        text: `Efter offentlighedslovens § 30, nr. 1, omfatter retten til aktindsigt ikke oplysninger om private forhold (${i}).`,
        tag: `aktindsigt:reasoning:g${Math.floor(i / 100)}`,
      };
    }
    if (i % 100 < 16)
      return { text: `Dok ${i}`, table: { row: Math.floor((i % 100) / 2), cell: i % 2, id: i } };
    return {
      text: `Vi har behandlet din anmodning af 3. marts 2025 om aktindsigt i sagen om Skolevej (${i}).`,
    };
  });
}

const blocks = (count: number): Block[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `reasoning:bench-${i}`,
    part: 'reasoning' as const,
    title: `Begrundelse ${i}`,
    paragraphs: [
      { runs: [{ text: `Begrundelse ${i}` }], heading: 2 as const },
      { runs: [{ text: 'Det følger af offentlighedslovens § 30, nr. 1, at ...' }] },
    ],
  }));
const plan = (list: Block[]): InsertionPlan => ({ blocks: list, missing: [], warnings: [] });
const findings = (count: number): Finding[] =>
  Array.from({ length: count }, (_, i) => ({
    ruleId: 'bench',
    messageId: 'bench',
    severity: 'warning' as const,
    message: 'Bemærkning',
    location: { paragraph: 1 + ((i * 7) % 1000) },
  }));

interface ParagraphProperties {
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  tableNestingLevel: number;
  parentContentControlOrNullObject: { isNullObject: boolean; tag: string };
  parentTableCellOrNullObject: { isNullObject: boolean; rowIndex: number; cellIndex: number };
}

/** The alternative read's client side: Word's answer mapped to a snapshot. */
function snapshotFromProperties(answer: readonly ParagraphProperties[]): DocumentSnapshot {
  return {
    paragraphs: answer.map((p) => {
      const out: SnapshotParagraph = { text: p.text, style: p.style };
      const level = /^Heading(\d)$/.exec(p.styleBuiltIn)?.[1];
      if (level) out.headingLevel = Number(level);
      const control = p.parentContentControlOrNullObject;
      if (!control.isNullObject && control.tag.startsWith('aktindsigt:')) {
        out.blockId = control.tag.slice('aktindsigt:'.length);
      }
      const cell = p.parentTableCellOrNullObject;
      if (!cell.isNullObject) out.table = { table: 0, row: cell.rowIndex, cell: cell.cellIndex };
      return out;
    }),
  };
}

/** The alternative read: every paragraph's properties and parent control and cell in one batch. */
async function loadParagraphProperties(word: FakeWord): Promise<ParagraphProperties[]> {
  return word.host().run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(
      'items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel,' +
        'items/parentContentControlOrNullObject/tag,items/parentTableCellOrNullObject/rowIndex,' +
        'items/parentTableCellOrNullObject/cellIndex',
    );
    await context.sync();
    return paragraphs.items.map((p) => ({
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      isListItem: p.isListItem,
      tableNestingLevel: p.tableNestingLevel,
      parentContentControlOrNullObject: p.parentContentControlOrNullObject,
      parentTableCellOrNullObject: p.parentTableCellOrNullObject,
    }));
  });
}

const large = new FakeWord(letter(5000));
const largePort = new WordDocumentPort(large.host());
const largeXml = large.ooxml();
const largeAnswer = await loadParagraphProperties(large);

export function register(bench: Bench): void {
  bench
    .add(OOXML_READ, async () => {
      await largePort.read();
    })
    .add(PARAGRAPH_READ, async () => {
      snapshotFromProperties(await loadParagraphProperties(large));
    })
    .add(PARSE_ONLY, () => {
      readFlatOpc(largeXml);
    })
    .add(MAP_ONLY, () => {
      snapshotFromProperties(largeAnswer);
    });
}

async function syncs(word: FakeWord, action: () => Promise<unknown>): Promise<number> {
  const before = word.syncs;
  await action();
  return word.syncs - before;
}

/** Round trips of each pane action on a small and a large letter, with a small and a large plan. */
async function syncTable(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const [paragraphs, blockCount, findingCount] of [
    [10, 1, 1],
    [5000, 30, 50],
  ] as const) {
    const word = new FakeWord(letter(paragraphs));
    const port = new WordDocumentPort(word.host());
    const row: Record<string, string | number> = {
      letter: `${paragraphs} paragraphs, ${blockCount} blocks, ${findingCount} findings`,
    };
    let snapshot: DocumentSnapshot | undefined;
    row.read = await syncs(word, async () => (snapshot = await port.read()));
    row.apply = await syncs(word, () => port.apply(plan(blocks(blockCount)), snapshot as DocumentSnapshot));
    const updated = plan(blocks(blockCount).map((b) => ({ ...b, title: `${b.title} (ændret)` })));
    const base = await port.read();
    row['apply (update all)'] = await syncs(word, () => port.apply(updated, base));
    row.check = await syncs(word, async () => checkDocument(await port.read()));
    row.reveal = await syncs(word, () => port.reveal({ paragraph: 1 }));
    row.annotate = await syncs(word, () => port.annotate(findings(Math.min(findingCount, paragraphs - 1))));
    row.clear = await syncs(word, () => port.clearAnnotations());
    rows.push(row);
  }
  return rows;
}

export async function report(meanMs: (taskName: string) => number): Promise<void> {
  console.log('\nWord round trips (context.sync) per action, fake Word model:');
  console.table(await syncTable());
  console.log('Read strategies on the 5,000-paragraph letter (one sync each):');
  const ms = (task: string) => Number(meanMs(task).toFixed(2));
  console.table([
    {
      strategy: 'body.getOoxml() + src/docx (chosen)',
      'bytes from Word': largeXml.length,
      'ms, our code': ms(PARSE_ONLY),
      'ms, with the fake host': ms(OOXML_READ),
    },
    {
      strategy: 'paragraph properties + parent control/cell',
      'bytes from Word': JSON.stringify(largeAnswer).length,
      'ms, our code': ms(MAP_ONLY),
      'ms, with the fake host': ms(PARAGRAPH_READ),
    },
  ]);
}
