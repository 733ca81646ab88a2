/**
 * The list imported in this pane: its source (a file's bytes or a pasted table) and what reading it gave. Kept
 * outside React state so Afgørelse (which imports it) and Kontrol (which checks against it) share it while
 * the pane is open; it is not saved (the documents it produced are, with the decision). A tiny external
 * store for `useSyncExternalStore`.
 */
import { useSyncExternalStore } from 'react';
import type { ListHeader, ReadList } from '../../aktliste';

/** Where the list came from: a file's bytes, or a table pasted from Excel. */
export type ListSource = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'paste'; text: string };

export interface ImportedList {
  source: ListSource;
  /** The file's name, or "Indsat tabel". */
  name: string;
  list?: ReadList;
  /** The Danish reason the list could not be read. */
  error?: string;
  /** The header found when the decision column was not: the user picks it. */
  header?: ListHeader;
  /** The sheet of that header. */
  sheet?: string;
}

let current: ImportedList | undefined;
const listeners = new Set<() => void>();

/** The list imported in this pane, if any. */
export function importedList(): ImportedList | undefined {
  return current;
}

/**
 * Replaces the imported list (undefined forgets it) and tells every view that shows it.
 * @example setImportedList({ source, name: 'aktliste.xlsx', list })
 */
export function setImportedList(next: ImportedList | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The imported list, re-rendering when it changes. */
export function useImportedList(): ImportedList | undefined {
  return useSyncExternalStore(subscribe, importedList, importedList);
}
