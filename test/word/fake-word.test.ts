// The fake must behave as Word does where the adapter depends on it, or the adapter's tests prove nothing.
import { describe, expect, it } from 'vitest';
import { readFlatOpc } from '../../src/docx/read';
import { FakeWord } from './fake-word';

async function inRun(word: FakeWord, batch: (context: Word.RequestContext) => Promise<void>) {
  await word.host().run(batch);
}

describe('the fake Word object model', () => {
  it('throws PropertyNotLoaded for a property or collection read before load and sync', async () => {
    const word = new FakeWord(['Kære Eva']);
    await inRun(word, async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(['Kære Eva']);
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      await context.sync();
      expect(controls.items).toEqual([]);
    });
  });

  it('queues commands until sync, and counts syncs', async () => {
    const word = new FakeWord(['Kære Eva']);
    await inRun(word, async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('Ny', 'After');
      expect(word.lines()).toEqual(['Kære Eva']);
      await context.sync();
      expect(word.lines()).toEqual(['Kære Eva', 'Ny']);
    });
    expect(word.syncs).toBe(1);
  });

  it('stops a batch at the first failing command, keeping the ones before it', async () => {
    const word = new FakeWord(['Kære Eva']);
    const error = await inRun(word, async (context) => {
      const body = context.document.body;
      body.paragraphs.getFirst().insertParagraph('Før', 'After');
      body.contentControls.getByTag('aktindsigt:findes-ikke').getFirst().load('id');
      body.paragraphs.getFirst().insertParagraph('Efter', 'After');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
    expect(word.lines()).toEqual(['Kære Eva', 'Før']);
  });

  it('refuses changes to a protected document and inside a locked control', async () => {
    const word = new FakeWord(['Kære Eva', { text: 'Låst', tag: 'aktindsigt:decision', locked: true }]);
    const locked = await inRun(word, async (context) => {
      context.document.body.contentControls.getFirst().insertText('x', 'Replace');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(locked).toMatchObject({ code: 'GeneralException' });
    word.protected = true;
    const denied = await inRun(word, async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('x', 'After');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ code: 'AccessDenied' });
    expect(word.lines()).toEqual(['Kære Eva', '[decision] Låst']);
  });
});

describe('tables in the fake Word', () => {
  const inControl = () => new FakeWord(['Kære Eva', { text: 'Aktliste', tag: 'aktindsigt:document-list' }]);

  it('inserts a table at the end of a content control, its style and header rows set in the same batch', async () => {
    const word = inControl();
    await inRun(word, async (context) => {
      const control = context.document.body.contentControls.getFirst();
      const table = control.insertTable(2, 2, 'End', [
        ['Akt nr.', 'Titel'],
        ['1', 'Ansøgning'],
      ]);
      table.styleBuiltIn = 'GridTable1Light';
      table.headerRowCount = 1;
      expect(() => table.headerRowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      table.load('styleBuiltIn,headerRowCount,rowCount');
      expect(word.tablesOf('aktindsigt:document-list')).toEqual([]);
      await context.sync();
      expect([table.styleBuiltIn, table.headerRowCount, table.rowCount]).toEqual(['GridTable1Light', 1, 2]);
    });
    expect(word.syncs).toBe(1);
    expect(word.lines()).toEqual([
      'Kære Eva',
      '[document-list] Aktliste',
      '[document-list] Akt nr.',
      '[document-list] Titel',
      '[document-list] 1',
      '[document-list] Ansøgning',
    ]);
    expect(word.tablesOf('aktindsigt:document-list')).toEqual([
      {
        id: expect.any(Number),
        style: 'GridTable1Light',
        headerRowCount: 1,
        rows: [
          ['Akt nr.', 'Titel'],
          ['1', 'Ansøgning'],
        ],
      },
    ]);
  });

  it('refuses values that do not fill the table, more header rows than rows, and changes in a locked control', async () => {
    const word = inControl();
    const wrongValues = await inRun(word, async (context) => {
      context.document.body.contentControls.getFirst().insertTable(2, 2, 'End', [['a', 'b']]);
      await context.sync();
    }).catch((e: unknown) => e);
    expect(wrongValues).toMatchObject({ code: 'InvalidArgument' });
    const tooMany = await inRun(word, async (context) => {
      const table = context.document.body.contentControls.getFirst().insertTable(1, 1, 'End', [['a']]);
      table.headerRowCount = 2;
      await context.sync();
    }).catch((e: unknown) => e);
    expect(tooMany).toMatchObject({ code: 'InvalidArgument' });
    expect(word.tablesOf('aktindsigt:document-list')[0]?.headerRowCount).toBe(0);
    word.lockControl('aktindsigt:document-list');
    const locked = await inRun(word, async (context) => {
      context.document.body.contentControls.getFirst().insertTable(1, 1, 'End', [['a']]);
      await context.sync();
    }).catch((e: unknown) => e);
    expect(locked).toMatchObject({ code: 'GeneralException' });
  });

  it('writes the style and the repeated header row into the OOXML, which src/docx reads as a table', async () => {
    const word = inControl();
    await inRun(word, async (context) => {
      const table = context.document.body.contentControls
        .getFirst()
        .insertTable(2, 1, 'End', [['Titel'], ['Notat']]);
      table.styleBuiltIn = 'GridTable1Light';
      table.headerRowCount = 1;
    });
    const xml = word.ooxml();
    expect(xml).toContain(
      '<w:tbl><w:tblPr><w:tblStyle w:val="GridTable1Light"/></w:tblPr><w:tr><w:trPr><w:tblHeader/></w:trPr>',
    );
    const snapshot = readFlatOpc(xml);
    expect(snapshot.paragraphs.map((p) => [p.text, p.blockId, p.table?.row])).toEqual([
      ['Kære Eva', undefined, undefined],
      ['Aktliste', 'document-list', undefined],
      ['Titel', 'document-list', 0],
      ['Notat', 'document-list', 1],
    ]);
  });
});
