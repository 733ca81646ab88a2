/**
 * The user's aktliste memory in the browser storage: column corrections by header signature and the user's own
 * reason wordings, under a versioned key; a damaged entry is backed up and reported, never dropped. Used by the
 * browser profile store's `loadListMemory` / `saveListMemory`, loaded only when the aktliste parts ask.
 */

/** The user's answer for a reason wording: the grounds it means under a regime, none meaning "not a ground". */
export interface RememberedReason {
  /** The wording as written in the list. */
  phrase: string;
  /** The vocabulary column it was answered under (`offl`, `fvl`, `mol`, `molParty`). */
  regime: string;
  /** Catalogue ground ids; empty: "Ikke en undtagelsesgrund" (the document is outside the request). */
  groundIds: string[];
}

/** What the pane remembers between lists: column corrections by header signature, the user's own wordings. */
export interface ListMemory {
  /** Column index per field (null: the list has no such column), by the header's signature. */
  columns: Record<string, Record<string, number | null>>;
  reasons: RememberedReason[];
}

/**
 * A store that also remembers the user's aktliste choices (the browser store does, in its storage; the code
 * that reads and writes it, this module, loads only when the aktliste parts ask for it).
 */
export interface ListMemoryStore {
  /** The memory, with a Danish warning when a stored one could not be read (it is backed up, not dropped). */
  loadListMemory(): Promise<{ memory: ListMemory; warning?: string }>;
  saveListMemory(memory: ListMemory): Promise<void>;
}

/** Where the user's aktliste memory lives in the browser storage (column corrections, own reason wordings). */
export const LIST_MEMORY_KEY = 'aktindsigt:aktliste-memory:v1';
/** Where an unreadable aktliste memory is kept, so it is never thrown away. */
export const LIST_MEMORY_BACKUP_KEY = 'aktindsigt:aktliste-memory:v1:backup';

/** Danish messages of the aktliste memory. */
export const LIST_MEMORY_MESSAGES = {
  unavailable: 'Browserens lager kan ikke bruges, så dine valg til aktlisten huskes ikke til næste gang.',
  corrupt:
    'Dine gemte valg til aktlister kunne ikke læses og bruges ikke. En kopi er gemt i browseren, så intet er tabt.',
  saveFailed: 'Dine valg til aktlisten kunne ikke gemmes i browseren (lageret er måske fuldt).',
} as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const emptyListMemory = (): ListMemory => ({ columns: {}, reasons: [] });

/**
 * A stored memory made whole: unknown or malformed parts are left out, the rest kept.
 * @example normaliseListMemory({ columns: { 'akt|titel': { decision: 2 } } }).reasons // []
 */
export function normaliseListMemory(value: unknown): ListMemory {
  const memory = emptyListMemory();
  if (!isPlainObject(value)) return memory;
  if (isPlainObject(value.columns)) {
    for (const [signature, fields] of Object.entries(value.columns)) {
      if (!isPlainObject(fields)) continue;
      const kept = Object.entries(fields).filter(
        ([, c]) => c === null || (typeof c === 'number' && Number.isInteger(c) && c >= 0),
      );
      memory.columns[signature] = Object.fromEntries(kept) as Record<string, number | null>;
    }
  }
  if (Array.isArray(value.reasons)) {
    for (const r of value.reasons as unknown[]) {
      if (!isPlainObject(r) || typeof r.phrase !== 'string' || typeof r.regime !== 'string') continue;
      if (!Array.isArray(r.groundIds)) continue;
      const groundIds = r.groundIds.filter((g): g is string => typeof g === 'string');
      memory.reasons.push({ phrase: r.phrase, regime: r.regime, groundIds });
    }
  }
  return memory;
}

/**
 * The memory in `store`, with a Danish warning when it cannot be used (no storage, a damaged entry).
 * @example (await loadListMemory(localStorage)).memory.reasons // []
 */
export async function loadListMemory(
  store: Storage | undefined,
): Promise<{ memory: ListMemory; warning?: string }> {
  let raw: string | null;
  try {
    if (!store) return { memory: emptyListMemory(), warning: LIST_MEMORY_MESSAGES.unavailable };
    raw = store.getItem(LIST_MEMORY_KEY);
  } catch {
    return { memory: emptyListMemory(), warning: LIST_MEMORY_MESSAGES.unavailable };
  }
  if (raw === null || raw.trim() === '') return { memory: emptyListMemory() };
  try {
    return { memory: normaliseListMemory(JSON.parse(raw)) };
  } catch {
    try {
      store.setItem(LIST_MEMORY_BACKUP_KEY, raw);
    } catch {
      // The raw text stays under LIST_MEMORY_KEY until the next save; the warning says it is not used.
    }
    return { memory: emptyListMemory(), warning: LIST_MEMORY_MESSAGES.corrupt };
  }
}

/**
 * Saves the memory in `store`; a Danish error when it cannot.
 * @example await saveListMemory(localStorage, { columns: {}, reasons: [] })
 */
export async function saveListMemory(store: Storage | undefined, memory: ListMemory): Promise<void> {
  if (!store) throw new Error(LIST_MEMORY_MESSAGES.unavailable);
  try {
    store.setItem(LIST_MEMORY_KEY, JSON.stringify(normaliseListMemory(memory)));
  } catch {
    throw new Error(LIST_MEMORY_MESSAGES.saveFailed);
  }
}

/** True for a store that remembers aktliste choices. */
export function hasListMemory(store: unknown): store is ListMemoryStore {
  const candidate = store as { loadListMemory?: unknown; saveListMemory?: unknown } | null;
  return typeof candidate?.loadListMemory === 'function' && typeof candidate.saveListMemory === 'function';
}
