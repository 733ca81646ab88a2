/**
 * The Aktliste section's state: the imported list (shared with Kontrol), the user's memory from the store,
 * reading a file or a paste, re-reading when the basis or the memory changes, and remembering corrections.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Field } from '../../aktliste';
import { groundById } from '../../grounds';
import type { RequestBasis } from '../../grounds/types';
import type { AuthorityProfile } from '../../letter/types';
import type { ListMemory } from '../profile-store';
import { hasListMemory } from './memory';
import { useImportedList, setImportedList, type ImportedList, type ListSource } from './imported';
import { readSource, userVocabulary, withColumn, withReason } from './logic';
import { AKTLISTE_STRINGS as S } from './strings';

const EMPTY: ListMemory = { columns: {}, reasons: [] };

export interface AktlisteController {
  imported: ImportedList | undefined;
  busy: boolean;
  /** A Danish warning about the memory (could not be read or saved). */
  memoryWarning?: string;
  read(source: ListSource): Promise<void>;
  setColumn(field: Field, column: number | null): Promise<void>;
  answer(reason: string, groundIds: readonly string[]): Promise<void>;
}

/**
 * @example const aktliste = useAktliste(decision.basis, profile, store);
 */
export function useAktliste(
  basis: RequestBasis,
  profile: AuthorityProfile | undefined,
  store: unknown,
): AktlisteController {
  const imported = useImportedList();
  const [busy, setBusy] = useState(false);
  const [memory, setMemory] = useState<ListMemory>(EMPTY);
  const [memoryWarning, setMemoryWarning] = useState<string>();
  const latest = useRef({ basis, profile, memory });
  latest.current = { basis, profile, memory };

  useEffect(() => {
    if (!hasListMemory(store)) return;
    let live = true;
    void store.loadListMemory().then(({ memory: loaded, warning }) => {
      if (!live) return;
      setMemory(loaded);
      setMemoryWarning(warning);
    });
    return () => {
      live = false;
    };
  }, [store]);

  const read = useCallback(async (source: ListSource, with_?: ListMemory) => {
    const { basis: b, profile: p, memory: m } = latest.current;
    const mem = with_ ?? m;
    setBusy(true);
    try {
      const result = await readSource(source, {
        basis: b,
        columnMemory: mem.columns,
        userVocabulary: userVocabulary(mem, p?.aktliste?.vocabulary, (id) => groundById(id)?.bases ?? []),
      });
      setImportedList(result);
    } finally {
      setBusy(false);
    }
  }, []);

  // The basis decides how reasons are read: a list already imported is read again under the new one.
  const readBasis = useRef(basis);
  useEffect(() => {
    if (readBasis.current === basis) return;
    readBasis.current = basis;
    const source = imported?.source;
    if (source) void read(source);
  }, [basis, imported, read]);

  const remember = useCallback(
    async (next: ListMemory) => {
      setMemory(next);
      latest.current.memory = next;
      if (hasListMemory(store)) {
        try {
          await store.saveListMemory(next);
          setMemoryWarning(undefined);
        } catch (error) {
          setMemoryWarning(`${S.memoryFailed}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (imported?.source) await read(imported.source, next);
    },
    [imported, read, store],
  );

  const setColumn = useCallback(
    async (field: Field, column: number | null) => {
      const signature = imported?.list?.header.signature ?? imported?.header?.signature;
      if (signature === undefined) return;
      await remember(withColumn(latest.current.memory, signature, field, column));
    },
    [imported, remember],
  );

  const answer = useCallback(
    (reason: string, groundIds: readonly string[]) =>
      remember(withReason(latest.current.memory, reason, latest.current.basis, groundIds)),
    [remember],
  );

  return { imported, busy, memoryWarning, read, setColumn, answer };
}
