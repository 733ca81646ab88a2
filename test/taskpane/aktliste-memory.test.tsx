/** The browser store's aktliste memory: column corrections and the user's own wordings, kept in storage. */
import { describe, expect, it } from 'vitest';
import { createBrowserProfileStore, type ListMemory } from '../../src/taskpane/profile-store';
import {
  hasListMemory,
  LIST_MEMORY_BACKUP_KEY,
  LIST_MEMORY_KEY,
  LIST_MEMORY_MESSAGES,
  normaliseListMemory,
} from '../../src/taskpane/aktliste/memory';
import { mapReason } from '../../src/aktliste/reasons';

/** A Storage over a Map (the store never needs more). */
function memoryStorage(initial: Record<string, string> = {}, full = false): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (full) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
  };
}

const MEMORY: ListMemory = {
  columns: { 'akt|titel|udfald': { decision: 2, reason: null } },
  reasons: [{ phrase: 'Helbred', regime: 'offl', groundIds: ['offl-30-1'] }],
};

describe('list memory in the browser store', () => {
  it('saves and loads it back', async () => {
    const storage = memoryStorage();
    const store = createBrowserProfileStore({ storage });
    expect(hasListMemory(store)).toBe(true);
    expect(await store.loadListMemory()).toEqual({ memory: { columns: {}, reasons: [] } });
    await store.saveListMemory(MEMORY);
    expect(JSON.parse(storage.getItem(LIST_MEMORY_KEY) ?? '')).toEqual(MEMORY);
    expect(await createBrowserProfileStore({ storage }).loadListMemory()).toEqual({ memory: MEMORY });
  });

  it('keeps a damaged memory as a backup and says so', async () => {
    const storage = memoryStorage({ [LIST_MEMORY_KEY]: '{not json' });
    const loaded = await createBrowserProfileStore({ storage }).loadListMemory();
    expect(loaded).toEqual({ memory: { columns: {}, reasons: [] }, warning: LIST_MEMORY_MESSAGES.corrupt });
    expect(storage.getItem(LIST_MEMORY_BACKUP_KEY)).toBe('{not json');
  });

  it('a full storage gives a Danish error', async () => {
    const store = createBrowserProfileStore({ storage: memoryStorage({}, true) });
    await expect(store.saveListMemory(MEMORY)).rejects.toThrow(LIST_MEMORY_MESSAGES.saveFailed);
  });

  it.each([
    ['not an object', 7, { columns: {}, reasons: [] }],
    [
      'bad column indexes dropped',
      { columns: { s: { decision: 2, reason: -1, title: 'x', aktId: null } } },
      { columns: { s: { decision: 2, aktId: null } }, reasons: [] },
    ],
    [
      'bad reasons dropped',
      { reasons: [{ phrase: 'a', regime: 'offl', groundIds: ['x', 3] }, { phrase: 1 }, 'z'] },
      { columns: {}, reasons: [{ phrase: 'a', regime: 'offl', groundIds: ['x'] }] },
    ],
  ])('normalises %s', (_, raw, expected) => {
    expect(normaliseListMemory(raw)).toEqual(expected);
  });

  it('a test store without memory is recognised as such', () => {
    expect(hasListMemory({ load: async () => ({}), save: async () => undefined })).toBe(false);
  });
});

describe('a user wording with several grounds, and only under its own regime', () => {
  const userVocabulary = [
    {
      phrases: ['Helbred og økonomi'],
      targets: { offl: { grounds: ['offl-30-1', 'offl-30-2'] } },
      why: 'user',
    },
    { phrases: ['Straffesag'], targets: { fvl: { ground: 'fvl-11-1' } }, why: 'user' },
  ];
  it('gives every ground it names', () => {
    const mapping = mapReason('Helbred og økonomi', { basis: 'offl-7', userVocabulary });
    expect(mapping.grounds.map((g) => [g.id, g.source])).toEqual([
      ['offl-30-1', 'user'],
      ['offl-30-2', 'user'],
    ]);
  });
  it('does not hide the shipped wording under another regime', () => {
    expect(mapReason('Straffesag', { basis: 'offl-7', userVocabulary }).grounds[0]?.id).toBe('offl-19');
  });
});
