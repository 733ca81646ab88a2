/**
 * The settings view's state: loads the profile through the store, keeps the form's draft exactly as typed,
 * validates on save, saves the overrides only, exports the profile, and resets to the administrator's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileStore } from '../../letter/profile';
import type { AuthorityProfile } from '../../letter/types';
import { isBrowserProfileStore, loadProfileDetails, type ProfileDetails } from '../profile-store';
import { SETTINGS_STRINGS as S } from '../strings-check';
import {
  draftOf,
  emptyCaseArea,
  overridesOf,
  validateDraft,
  type CaseAreaDraft,
  type FieldErrors,
  type ProfileDraft,
} from './draft';
import { downloadProfile } from './export';

/**
 * Drafts the user typed and has not saved, by store: the pane unmounts a view when another tab is chosen, and
 * what was typed must still be there when the user comes back.
 */
const unsaved = new WeakMap<ProfileStore, ProfileDraft>();

const EMPTY_DRAFT = (): ProfileDraft => ({
  name: '',
  unit: '',
  kind: '',
  address: '',
  signature: '',
  extraNonWorkingDays: '',
  caseAreas: [],
  mol: { howToComplain: '' },
});

export interface SettingsNotice {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  lines: string[];
}

export interface ProfileSettings {
  loading: boolean;
  details?: ProfileDetails;
  draft?: ProfileDraft;
  errors: FieldErrors;
  notice?: SettingsNotice;
  /** Warnings from loading (unreadable overrides): shown until the user saves. */
  warnings: string[];
  busy: boolean;
  setField<K extends Exclude<keyof ProfileDraft, 'caseAreas'>>(field: K, value: ProfileDraft[K]): void;
  setCaseArea<K extends Exclude<keyof CaseAreaDraft, 'key'>>(
    row: string,
    field: K,
    value: CaseAreaDraft[K],
  ): void;
  addCaseArea(): string;
  removeCaseArea(row: string): void;
  save(): Promise<void>;
  exportProfile(): void;
  reset(): Promise<void>;
  dismissNotice(): void;
}

/**
 * Runs the settings form against a profile store.
 * @example const settings = useProfileSettings(store, profile, onProfileChange); await settings.save();
 */
export function useProfileSettings(
  store: ProfileStore,
  profile: AuthorityProfile | undefined,
  onProfileChange: (profile: AuthorityProfile) => void,
): ProfileSettings {
  const [details, setDetails] = useState<ProfileDetails>();
  const [draft, setDraft] = useState<ProfileDraft | undefined>(
    () => unsaved.get(store) ?? (profile ? draftOf(profile) : undefined),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<SettingsNotice | undefined>(() =>
    unsaved.has(store) ? { intent: 'info', lines: [S.unsavedKept] } : undefined,
  );
  const [warnings, setWarnings] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  // Once the user has typed, a late load never replaces the draft: nothing typed is lost.
  const touched = useRef(unsaved.has(store));
  const mounted = useRef(true);
  const changed = useRef(onProfileChange);
  changed.current = onProfileChange;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = useCallback(
    async (replaceDraft: boolean) => {
      setLoading(true);
      try {
        const loaded = await loadProfileDetails(store);
        if (!mounted.current) return undefined;
        setDetails(loaded);
        setWarnings(loaded.warnings);
        if (replaceDraft || !touched.current) {
          setDraft(draftOf(loaded.profile));
          setErrors({});
        }
        return loaded;
      } catch (error) {
        if (!mounted.current) return undefined;
        const message = error instanceof Error && error.message ? error.message : S.loadFailed;
        setNotice({ intent: 'error', title: S.loadFailed, lines: [message] });
        // Without the store's profile the form still opens on what the pane has, or an empty profile.
        setDraft((d) => d ?? (profile ? draftOf(profile) : EMPTY_DRAFT()));
        return undefined;
      } finally {
        if (mounted.current) setLoading(false);
      }
      // `profile` seeds the form only when the store fails; a new one must not reload the store.
    },
    [store],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const edit = useCallback(
    (update: (d: ProfileDraft) => ProfileDraft) => {
      touched.current = true;
      setDraft((d) => {
        if (!d) return d;
        const next = update(d);
        unsaved.set(store, next);
        return next;
      });
    },
    [store],
  );

  const setField: ProfileSettings['setField'] = useCallback(
    (field, value) => edit((d) => ({ ...d, [field]: value })),
    [edit],
  );

  const setCaseArea: ProfileSettings['setCaseArea'] = useCallback(
    (row, field, value) =>
      edit((d) => ({
        ...d,
        caseAreas: d.caseAreas.map((a) => (a.key === row ? { ...a, [field]: value } : a)),
      })),
    [edit],
  );

  const addCaseArea = useCallback(() => {
    const row = emptyCaseArea();
    edit((d) => ({ ...d, caseAreas: [...d.caseAreas, row] }));
    return row.key;
  }, [edit]);

  const removeCaseArea = useCallback(
    (row: string) => edit((d) => ({ ...d, caseAreas: d.caseAreas.filter((a) => a.key !== row) })),
    [edit],
  );

  /** Validates the draft; shows its errors by their fields and returns the profile when valid. */
  const validated = useCallback(
    (invalidMessage: string): AuthorityProfile | undefined => {
      if (!draft) return undefined;
      const result = validateDraft(draft, details?.admin);
      if (result.ok) {
        setErrors({});
        return result.profile;
      }
      setErrors(result.errors);
      setNotice({ intent: 'error', title: S.invalidTitle, lines: [invalidMessage, ...result.general] });
      return undefined;
    },
    [draft, details],
  );

  const save = useCallback(async () => {
    const valid = validated(S.invalidBody);
    if (!valid) return;
    const overrides = overridesOf(details?.admin, valid);
    setBusy(true);
    try {
      await store.save(overrides);
      if (!mounted.current) return;
      touched.current = false;
      unsaved.delete(store);
      setWarnings([]);
      // Without an administrator profile, what is saved now is the user's own whole profile.
      setDetails((d) =>
        d ? { ...d, profile: valid, overrides, warnings: [], source: d.admin ? 'admin' : 'user' } : d,
      );
      setNotice({
        intent: 'success',
        lines: [details?.admin && Object.keys(overrides).length === 0 ? S.savedNothing : S.saved],
      });
      changed.current(valid);
    } catch (error) {
      if (!mounted.current) return;
      const message = error instanceof Error && error.message ? error.message : S.saveFailed;
      setNotice({ intent: 'error', title: S.saveFailed, lines: [message] });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [details, store, validated]);

  const exportProfile = useCallback(() => {
    const valid = validated(S.invalidExport);
    if (!valid) return;
    downloadProfile(valid);
    setNotice({ intent: 'success', lines: [S.exported] });
  }, [validated]);

  const reset = useCallback(async () => {
    setBusy(true);
    try {
      if (isBrowserProfileStore(store)) await store.reset();
      else await store.save({});
      unsaved.delete(store);
      const loaded = await load(true);
      if (!mounted.current) return;
      touched.current = false;
      if (loaded) {
        setNotice({ intent: 'success', lines: [S.resetDone] });
        changed.current(loaded.profile);
      }
    } catch (error) {
      if (!mounted.current) return;
      const message = error instanceof Error && error.message ? error.message : S.saveFailed;
      setNotice({ intent: 'error', title: S.saveFailed, lines: [message] });
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [load, store]);

  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return {
    loading,
    details,
    draft,
    errors,
    notice,
    warnings,
    busy,
    setField,
    setCaseArea,
    addCaseArea,
    removeCaseArea,
    save,
    exportProfile,
    reset,
    dismissNotice,
  };
}
