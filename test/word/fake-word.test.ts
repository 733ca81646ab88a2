// The fake must behave as Word does where the adapter depends on it, or the adapter's tests prove nothing.
import { describe, expect, it } from 'vitest';
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
