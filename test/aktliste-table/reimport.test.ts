/**
 * Re-importing a list: a new plan with changed rows, applied in `sync` mode, updates the letter's aktliste
 * table in place, in the preview's memory port and in the Word port over the fake Word model; the user's own
 * paragraphs are untouched and the other blocks stay where they were. In Word the table keeps its built-in
 * style and repeated header row, and every apply is one sync.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIST_HEADER } from '../../src/letter/document-list';
import { TABLE_STYLE } from '../../src/word/word-port';
import { applyAndRead, listOf, memoryPort, planFrom, wordPort, type PortUnderTest } from './support';

const USER = ['Kære Eva', 'Tak for din henvendelse.', 'Med venlig hilsen'];

const FIRST = listOf([
  ['1', 'Ansøgning', '05.01.2025', 'Ja', ''],
  ['2', 'Lægeerklæring', '20.01.2025', 'Nej', 'offl. § 30, nr. 1'],
  ['3', 'Notat om naboen', '22.01.2025', 'Delvis', 'offentlighedslovens § 30, nr. 1'],
]);

// The list again after the jurist's second look: a row gone, a decision changed, a row added.
const SECOND = listOf([
  ['1', 'Ansøgning', '05.01.2025', 'Ja', ''],
  ['3', 'Notat om naboen', '22.01.2025', 'Nej', 'offl. § 30, nr. 1'],
  ['4', 'Mail fra naboen', '01.02.2025', 'Delvis', 'offl. § 30, nr. 1'],
]);

describe.each([
  ['preview memory port', memoryPort],
  ['Word port (fake Word)', wordPort],
] as const)('re-importing the list (%s)', (_name, make: (user: readonly string[]) => PortUnderTest) => {
  it('updates the table in place; the user’s paragraphs and the other blocks are untouched', async () => {
    const target = make(USER);
    const user = target.userParagraphs();
    const first = planFrom(FIRST);
    await applyAndRead(target, first);
    const order = target.blockOrder();
    expect(order).toContain('document-list');
    expect(target.listTables()).toEqual([
      [
        [...DOCUMENT_LIST_HEADER],
        ['1', '5. januar 2025', 'Ansøgning', 'Ja', ''],
        ['2', '20. januar 2025', 'Lægeerklæring', 'Nej', 'offl. § 30, nr. 1'],
        ['3', '22. januar 2025', 'Notat om naboen', 'Delvis', 'offl. § 30, nr. 1'],
      ],
    ]);

    const syncsBefore = target.syncs?.();
    const second = planFrom(SECOND);
    const base = await target.port.read();
    const result = await target.port.apply(second, base, { mode: 'sync' });
    if (syncsBefore !== undefined) expect((target.syncs?.() ?? 0) - syncsBefore).toBe(2); // the read, then one apply
    expect(result.problems).toEqual([]);
    expect(result.updated).toContain('document-list');
    expect(result.inserted).not.toContain('document-list');
    expect(target.listTables()).toEqual([
      [
        [...DOCUMENT_LIST_HEADER],
        ['1', '5. januar 2025', 'Ansøgning', 'Ja', ''],
        ['3', '22. januar 2025', 'Notat om naboen', 'Nej', 'offl. § 30, nr. 1'],
        ['4', '1. februar 2025', 'Mail fra naboen', 'Delvis', 'offl. § 30, nr. 1'],
      ],
    ]);
    // Same blocks in the same order (the reasoning's {dokumenter} changed with the rows; no block moved).
    expect(target.blockOrder()).toEqual(order);
    expect(target.userParagraphs()).toEqual(user);
    const text = (await target.port.read()).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('akt 3 og 4');
    expect(text).not.toContain('Lægeerklæring');
  });

  it('an unchanged list changes nothing', async () => {
    const target = make(USER);
    await applyAndRead(target, planFrom(FIRST));
    const base = await target.port.read();
    const result = await target.port.apply(planFrom(FIRST), base, { mode: 'sync' });
    expect(result.updated).toEqual([]);
    expect(result.unchanged).toContain('document-list');
  });
});

describe('the table in Word', () => {
  it('gets the built-in table style and one repeated header row, in the same single sync, also after an update', async () => {
    const target = wordPort(USER);
    const word = target.word!;
    const base = await target.port.read();
    const before = word.syncs;
    await target.port.apply(planFrom(FIRST), base);
    expect(word.syncs - before).toBe(1);
    const [table] = word.tablesOf('aktindsigt:document-list');
    expect(table).toMatchObject({ style: TABLE_STYLE, headerRowCount: 1 });
    expect(table?.rows[0]).toEqual([...DOCUMENT_LIST_HEADER]);

    await target.port.apply(planFrom(SECOND), await target.port.read());
    const tables = word.tablesOf('aktindsigt:document-list');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ style: TABLE_STYLE, headerRowCount: 1 });
    expect(tables[0]?.id).not.toBe(table?.id);
  });

  it('the OOXML Word gives back holds the style and the header row mark', async () => {
    const target = wordPort(USER);
    await applyAndRead(target, planFrom(FIRST));
    const xml = target.word!.ooxml();
    expect(xml).toContain(`<w:tblStyle w:val="${TABLE_STYLE}"/>`);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });
});
