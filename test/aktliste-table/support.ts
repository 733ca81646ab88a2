/**
 * Helpers for the aktliste table tests: a list as a file would give it (a grid through the list reader), the
 * decision the pane proposes from it, the composed letter, and the letter applied through either port (the
 * preview's memory port, the Word port over the fake Word model) and read back as a snapshot.
 */
import {
  buildAktliste,
  proposeOutcome,
  toCaseDocuments,
  unionOfGrounds,
  type Aktliste,
} from '../../src/aktliste';
import type { CellValue } from '../../src/aktliste';
import type { DocumentSnapshot } from '../../src/check/types';
import type { RequestBasis } from '../../src/grounds/types';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision, InsertionPlan } from '../../src/letter/types';
import type { DocumentPort } from '../../src/port';
import { MemoryDocument, MemoryPort, type ParagraphInit } from '../../src/preview/memory-port';
import { WordDocumentPort } from '../../src/word';
import { decisionOn } from '../support/check';
import { FakeWord } from '../word/fake-word';

/** A spreadsheet's header, as AktBOB-like lists write it (not the letter's own). */
export const LIST_HEADER = ['Akt ID', 'Dokumenttitel', 'Dokumentdato', 'Aktindsigt', 'Begrundelse'];

/** The list a file with these rows gives: [akt, title, date (dd.mm.yyyy or ""), decision, reason]. */
export function listOf(rows: readonly (readonly CellValue[])[], basis?: RequestBasis): Aktliste {
  return buildAktliste(
    [{ name: 'Ark1', rows: [LIST_HEADER, ...rows.map((r) => [...r])] }],
    basis ? { basis } : {},
  );
}

/**
 * The decision the pane proposes from a list: its outcome, the union of its grounds (every field filled but
 * `{dokumenter}`, which the list fills), its documents.
 */
export function decisionFrom(list: Aktliste): Decision {
  const { groundIds } = unionOfGrounds(list.rows);
  const decision = decisionOn(groundIds, {
    basis: list.basis,
    outcome: proposeOutcome(list.rows) ?? 'grant',
    documents: toCaseDocuments(list.rows),
  });
  return {
    ...decision,
    grounds: decision.grounds.map((g) => ({ ...g, values: { ...g.values, dokumenter: '' } })),
  };
}

export const planFrom = (list: Aktliste): InsertionPlan => composePlan(decisionFrom(list), EXAMPLE_PROFILE);

/** One of the two ports over a letter that starts with the user's own paragraphs. */
export interface PortUnderTest {
  name: string;
  port: DocumentPort;
  /** The user's paragraphs (not in a managed block), each as identity and text, in document order. */
  userParagraphs(): { key: number; text: string }[];
  /** The managed blocks in document order, each once. */
  blockOrder(): string[];
  /** The rows of the tables inside the document-list block. */
  listTables(): string[][][];
  /** For the fake Word: every apply's sync count. */
  syncs?(): number;
  word?: FakeWord;
}

export function memoryPort(user: readonly string[]): PortUnderTest {
  const doc = new MemoryDocument(user.map((text): ParagraphInit => ({ text })));
  return {
    name: 'preview memory port',
    port: new MemoryPort(doc),
    userParagraphs: () => doc.paragraphs.filter((p) => !p.blockId).map((p) => ({ key: p.key, text: p.text })),
    blockOrder: () => [...new Set(doc.paragraphs.flatMap((p) => (p.blockId ? [p.blockId] : [])))],
    listTables: () => {
      const tables = new Map<number, string[][]>();
      for (const p of doc.paragraphs) {
        if (p.blockId !== 'document-list' || !p.cell) continue;
        const rows = tables.get(p.cell.tableKey) ?? [];
        tables.set(p.cell.tableKey, rows);
        (rows[p.cell.row] ??= [])[p.cell.cell] = p.text;
      }
      return [...tables.values()];
    },
  };
}

export function wordPort(user: readonly string[]): PortUnderTest {
  const word = new FakeWord(user.length > 0 ? [...user] : ['']);
  return {
    name: 'Word port (fake Word)',
    port: new WordDocumentPort(word.host()),
    word,
    syncs: () => word.syncs,
    userParagraphs: () =>
      word.paragraphs.filter((p) => p.control === undefined).map((p) => ({ key: p.key, text: word.text(p) })),
    blockOrder: () => [
      ...new Set(
        word.paragraphs.flatMap((p) => {
          const tag = p.control === undefined ? undefined : word.controls.get(p.control)?.tag;
          return tag ? [tag.replace(/^aktindsigt:/, '')] : [];
        }),
      ),
    ],
    listTables: () => word.tablesOf('aktindsigt:document-list').map((t) => t.rows),
  };
}

/** Applies a plan in `sync` mode on a fresh read, and returns the snapshot read after it. */
export async function applyAndRead(target: PortUnderTest, plan: InsertionPlan): Promise<DocumentSnapshot> {
  const base = await target.port.read();
  const result = await target.port.apply(plan, base, { mode: 'sync' });
  if (result.problems.length > 0) throw new Error(JSON.stringify(result.problems));
  return target.port.read();
}
