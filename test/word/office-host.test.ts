// Contract tests with Microsoft's office-addin-mock where it serves: the real host's wiring to Office's globals
// (Word.run, requirement sets, document settings). It cannot stand in for Word itself: it does not load
// collections (`items/...`), which is why the adapter's behaviour is tested on test/word/fake-word.ts.
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { officeHost, SETTING_KEYS, WordDocumentPort } from '../../src/word';

const globals = globalThis as Record<string, unknown>;

function installOffice(supported: string[]) {
  const store = new Map<string, unknown>();
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'WordApi' && supported.includes(version),
      },
      document: {
        settings: {
          get: (name: string) => store.get(name) ?? null,
          set: (name: string, value: unknown) => void store.set(name, value),
          saveAsync: (callback: (result: { status: string }) => void) => callback({ status: 'succeeded' }),
        },
      },
    },
  });
  const runs: unknown[] = [];
  const context = new OfficeMockObject({ document: { body: { paragraphs: { items: [] } } } });
  const word = new OfficeMockObject({
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      runs.push(batch);
      return batch(context);
    },
  });
  globals.Office = office;
  globals.Word = word;
  return { store, runs, context };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Word;
});

describe('officeHost (office-addin-mock)', () => {
  it('runs batches through Word.run and asks Office for requirement sets', async () => {
    const { runs } = installOffice(['1.3']);
    const host = officeHost();
    expect(await host.run(async () => 'svar')).toBe('svar');
    expect(runs).toHaveLength(1);
    expect(host.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(host.isSetSupported('WordApi', '1.4')).toBe(false);
  });

  it('keeps the letter state in the document settings', async () => {
    const { store } = installOffice(['1.3', '1.4']);
    const port = new WordDocumentPort(officeHost());
    const state = {
      version: 1 as const,
      decision: {
        kind: 'decision' as const,
        basis: 'offl-7' as const,
        outcome: 'refusal' as const,
        request: { subject: 'sagen om Skolevej' },
        grounds: [{ groundId: 'offl-30-1', values: {} }],
        letterDate: '2025-03-10',
      },
    };
    await port.saveLetterState(state);
    expect(JSON.parse(store.get(SETTING_KEYS.letterState) as string)).toEqual(state);
    expect(await port.loadLetterState()).toEqual(state);
  });

  it('cannot load a collection, which is why the adapter is tested on the fake Word model', async () => {
    const { context } = installOffice(['1.3']);
    const paragraphs = (context as unknown as { document: { body: { paragraphs: OfficeMockObject } } })
      .document.body.paragraphs;
    expect(() => paragraphs.load('items/text')).toThrow();
  });
});
