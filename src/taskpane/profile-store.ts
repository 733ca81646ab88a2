/**
 * The authority profile in the browser (DESIGN.md, "Word integration"): the administrator's `profile.json`,
 * deployed beside the add-in's static files, merged with the user's own overrides kept in the browser storage
 * of the add-in's origin. There is no server: the file is fetched from the add-in's own origin, nothing else.
 */
import type { ProfileStore } from '../letter/profile';
import { EXAMPLE_PROFILE, mergeProfile } from '../letter/profile-example';
import type { AuthorityProfile } from '../letter/types';
import type { ListMemoryStore } from './aktliste/memory';
import { PROFILE_STORE_MESSAGES as MSG } from './strings-check';

export type { ListMemory, ListMemoryStore, RememberedReason } from './aktliste/memory';

/**
 * The profile's validation (zod) loads only when there is something to validate (an administrator's file or
 * the user's overrides), not with the pane: with neither, the pane shows the example profile without it, and
 * zod is a large part of the JavaScript the pane would otherwise load before its first render.
 */
const profileModule = () => import('../letter/profile');
type ProfileModule = Awaited<ReturnType<typeof profileModule>>;

/** Where the user's overrides live in the browser storage; versioned so a later format can migrate. */
export const OVERRIDES_KEY = 'aktindsigt:profile-overrides:v1';
/** Where unreadable overrides are kept, so a damaged entry is never thrown away. */
export const OVERRIDES_BACKUP_KEY = 'aktindsigt:profile-overrides:v1:backup';
/** The administrator's file, relative to the page: beside the add-in's static files, same origin. */
export const PROFILE_URL = 'profile.json';

/**
 * Where the loaded profile came from: the administrator's file (with the user's overrides, if any), the
 * user's own profile (no administrator file), or the example profile (neither: the pane asks the user to fill
 * in Indstillinger).
 */
export type ProfileSource = 'admin' | 'user' | 'example';

/** Everything `load` found, for the settings view: what the user's overrides are relative to, and warnings. */
export interface ProfileDetails {
  /** The profile to use: valid, merged. */
  profile: AuthorityProfile;
  /** The administrator's profile, validated; absent when no `profile.json` is deployed. */
  admin?: AuthorityProfile;
  /** The user's overrides as stored (also when they could not be used; see `warnings`). */
  overrides: Partial<AuthorityProfile>;
  source: ProfileSource;
  /** Danish warnings for the user: overrides that could not be read or used. */
  warnings: string[];
}

/** A `ProfileStore` that also tells the settings view what it loaded, and clears the user's overrides. */
export interface BrowserProfileStore extends ProfileStore, ListMemoryStore {
  loadDetails(): Promise<ProfileDetails>;
  /** Deletes the user's overrides: the administrator's profile applies again. */
  reset(): Promise<void>;
}

/** An administrator's `profile.json` that cannot be used; `errors` are the Danish validation messages. */
export class ProfileLoadError extends Error {
  override name = 'ProfileLoadError';
  constructor(
    message: string,
    readonly errors: readonly string[] = [],
  ) {
    super(message);
  }
}

const loaded = new WeakMap<AuthorityProfile, { source: ProfileSource; warnings: readonly string[] }>();

/**
 * Where a profile returned by a browser store's `load` came from, and its warnings; undefined for any other.
 * @example profileInfo(await store.load())?.source === 'example' // show "Eksempelprofil: udfyld Indstillinger"
 */
export function profileInfo(
  profile: AuthorityProfile | undefined,
): { source: ProfileSource; warnings: readonly string[] } | undefined {
  return profile ? loaded.get(profile) : undefined;
}

/**
 * True for the example profile a browser store gives when neither the administrator nor the user has one.
 * @example isExampleProfile(await createBrowserProfileStore().load()) // true with no profile.json and no overrides
 */
export function isExampleProfile(profile: AuthorityProfile | undefined): boolean {
  return profileInfo(profile)?.source === 'example';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The given fields only: `undefined` means "not overridden". */
function definedFields(overrides: Partial<AuthorityProfile>): Partial<AuthorityProfile> {
  return Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  ) as Partial<AuthorityProfile>;
}

/**
 * The browser's `ProfileStore`: `load` fetches `profile.json` beside the add-in (a 404 means none is deployed),
 * validates it, and merges the user's overrides from `localStorage`; `save` writes the overrides only.
 * `storage` and `fetchFn` are for tests and hosts without them.
 * @example
 * const store = createBrowserProfileStore();
 * const profile = await store.load();
 * await store.save({ signature: ['Venlig hilsen', 'Eva Eksempel'] });
 */
export function createBrowserProfileStore(
  options: { profileUrl?: string; storage?: Storage; fetchFn?: typeof fetch } = {},
): BrowserProfileStore {
  const url = options.profileUrl ?? PROFILE_URL;

  const storage = (): Storage | undefined => {
    if (options.storage) return options.storage;
    try {
      // Reading localStorage itself throws where the browser blocks storage (sandboxed frames, some settings).
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };

  async function fetchAdmin(): Promise<AuthorityProfile | undefined> {
    const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await fetchFn(url, { cache: 'no-cache' });
    } catch {
      throw new ProfileLoadError(MSG.adminUnreachable);
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw new ProfileLoadError(MSG.adminHttp(response.status));
    // A host that answers every unknown path with its start page (a single-page-app fallback) has no file.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
    let data: unknown;
    try {
      data = JSON.parse((await response.text()).replace(/^\uFEFF/, ''));
    } catch {
      throw new ProfileLoadError(MSG.adminNotJson);
    }
    const { parseProfile } = await profileModule();
    const parsed = parseProfile(data);
    if (!parsed.ok) throw new ProfileLoadError(MSG.adminInvalid(parsed.errors), parsed.errors);
    return parsed.profile;
  }

  /** The stored overrides; unreadable ones are backed up and reported, never dropped. */
  function readOverrides(warnings: string[]): Partial<AuthorityProfile> {
    const store = storage();
    let raw: string | null = null;
    try {
      raw = store ? store.getItem(OVERRIDES_KEY) : null;
    } catch {
      warnings.push(MSG.storageUnavailable);
      return {};
    }
    if (raw === null || raw.trim() === '') return {};
    try {
      const value: unknown = JSON.parse(raw);
      if (isPlainObject(value)) return value as Partial<AuthorityProfile>;
    } catch {
      // Falls through to the backup below.
    }
    try {
      store?.setItem(OVERRIDES_BACKUP_KEY, raw);
    } catch {
      // The raw text stays under OVERRIDES_KEY until the user saves; the warning says it is not used.
    }
    warnings.push(MSG.overridesCorrupt);
    return {};
  }

  async function loadDetails(): Promise<ProfileDetails> {
    const admin = await fetchAdmin();
    const warnings: string[] = [];
    const overrides = readOverrides(warnings);
    const given = Object.keys(definedFields(overrides)).length > 0;
    // Only overrides need the validation here (an administrator's file was validated as it was read).
    const parseProfile: ProfileModule['parseProfile'] | undefined = given
      ? (await profileModule()).parseProfile
      : undefined;
    let details: ProfileDetails;
    if (admin) {
      const merged = parseProfile
        ? parseProfile(mergeProfile(admin, overrides))
        : { ok: true as const, profile: admin };
      if (!merged.ok) warnings.push(MSG.overridesInvalid(merged.errors));
      details = { profile: merged.ok ? merged.profile : admin, admin, overrides, source: 'admin', warnings };
    } else {
      // No administrator file: the user's own profile, or the example filled in with what the user has.
      const own = parseProfile ? parseProfile(overrides) : undefined;
      if (own?.ok) {
        details = { profile: own.profile, overrides, source: 'user', warnings };
      } else {
        const merged = parseProfile ? parseProfile(mergeProfile(EXAMPLE_PROFILE, overrides)) : undefined;
        if (merged && !merged.ok) warnings.push(MSG.overridesInvalid(merged.errors));
        const profile = merged?.ok ? merged.profile : mergeProfile(EXAMPLE_PROFILE, {});
        details = { profile, overrides, source: 'example', warnings };
      }
    }
    loaded.set(details.profile, { source: details.source, warnings: details.warnings });
    return details;
  }

  async function save(overrides: Partial<AuthorityProfile>): Promise<void> {
    const store = storage();
    if (!store) throw new Error(MSG.storageUnavailable);
    const given = definedFields(overrides);
    try {
      if (Object.keys(given).length === 0) store.removeItem(OVERRIDES_KEY);
      else store.setItem(OVERRIDES_KEY, JSON.stringify(given));
    } catch {
      throw new Error(MSG.saveFailed);
    }
  }

  // Kept out of the pane's first bundle: only the aktliste parts, themselves lazy, call these.
  const listMemory = () => import('./aktliste/memory');

  return {
    loadDetails,
    load: async () => (await loadDetails()).profile,
    save,
    reset: () => save({}),
    loadListMemory: async () => (await listMemory()).loadListMemory(storage()),
    saveListMemory: async (memory) => (await listMemory()).saveListMemory(storage(), memory),
  };
}

/**
 * A store's details: a browser store gives them itself; any other `ProfileStore` is read as "no administrator
 * profile known", so everything the user saves is kept whole.
 */
export async function loadProfileDetails(store: ProfileStore): Promise<ProfileDetails> {
  if (isBrowserProfileStore(store)) return store.loadDetails();
  const profile = await store.load();
  const info = profileInfo(profile);
  return { profile, overrides: {}, source: info?.source ?? 'user', warnings: [...(info?.warnings ?? [])] };
}

/** A store made by `createBrowserProfileStore` (or one with the same extras). */
export function isBrowserProfileStore(store: ProfileStore): store is BrowserProfileStore {
  const candidate = store as Partial<BrowserProfileStore>;
  return typeof candidate.loadDetails === 'function' && typeof candidate.reset === 'function';
}
