// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_PROFILE, PROFILE_MESSAGES } from '../../src/letter/profile';
import type { AuthorityProfile } from '../../src/letter/types';
import {
  createBrowserProfileStore,
  isExampleProfile,
  OVERRIDES_BACKUP_KEY,
  OVERRIDES_KEY,
  profileInfo,
  ProfileLoadError,
} from '../../src/taskpane/profile-store';
import { PROFILE_STORE_MESSAGES } from '../../src/taskpane/strings-check';

const ADMIN: AuthorityProfile = {
  name: 'Nordby Kommune',
  unit: 'Teknik og Miljø',
  kind: 'municipality',
  address: ['Torvet 1', '9990 Nordby'],
  signature: ['Med venlig hilsen', 'Teknik og Miljø'],
  extraNonWorkingDays: [],
  caseAreas: [
    { id: 'byggesager', name: 'Byggesager', appealBody: 'Byggeklageenheden', supervisionRoute: false },
  ],
};

const respond = (status: number, body = '') =>
  vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(status === 404 ? 'Not found' : body, { status }),
  );

let storage: Storage;
beforeEach(() => {
  localStorage.clear();
  storage = localStorage;
});

describe('createBrowserProfileStore', () => {
  it('fetches profile.json beside the add-in (relative, same origin) and validates it', async () => {
    const fetchFn = respond(200, JSON.stringify(ADMIN));
    const store = createBrowserProfileStore({ fetchFn, storage });
    const details = await store.loadDetails();
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn.mock.calls[0]?.[0]).toBe('profile.json');
    expect(details.source).toBe('admin');
    expect(details.profile).toEqual(ADMIN);
    expect(details.admin).toEqual(ADMIN);
    expect(details.warnings).toEqual([]);
  });

  it("merges the user's overrides into the administrator's profile, arrays replaced whole", async () => {
    storage.setItem(OVERRIDES_KEY, JSON.stringify({ signature: ['Venlig hilsen', 'Eva Eksempel'] }));
    const store = createBrowserProfileStore({ fetchFn: respond(200, JSON.stringify(ADMIN)), storage });
    const profile = await store.load();
    expect(profile.signature).toEqual(['Venlig hilsen', 'Eva Eksempel']);
    expect(profile.name).toBe('Nordby Kommune');
    expect(profile.caseAreas).toEqual(ADMIN.caseAreas);
    expect(profileInfo(profile)?.source).toBe('admin');
  });

  it('save writes only the overrides, and reset removes them', async () => {
    const store = createBrowserProfileStore({ fetchFn: respond(200, JSON.stringify(ADMIN)), storage });
    await store.save({ name: 'Nordby Kommune, Byggeri', unit: undefined });
    expect(JSON.parse(storage.getItem(OVERRIDES_KEY) ?? '')).toEqual({ name: 'Nordby Kommune, Byggeri' });
    expect((await store.load()).name).toBe('Nordby Kommune, Byggeri');
    await store.reset();
    expect(storage.getItem(OVERRIDES_KEY)).toBeNull();
    expect(await store.load()).toEqual(ADMIN);
  });

  it('404: no administrator profile, no overrides -> the example profile, marked as such', async () => {
    const store = createBrowserProfileStore({ fetchFn: respond(404), storage });
    const profile = await store.load();
    expect(profile).toEqual(EXAMPLE_PROFILE);
    expect(profile).not.toBe(EXAMPLE_PROFILE);
    expect(isExampleProfile(profile)).toBe(true);
    expect(isExampleProfile({ ...profile })).toBe(false);
  });

  it('a host that answers with its start page (HTML) for profile.json has no administrator profile', async () => {
    const fetchFn = vi.fn(
      async () =>
        new Response('<!doctype html><title>Start</title>', {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    const profile = await createBrowserProfileStore({ fetchFn, storage }).load();
    expect(isExampleProfile(profile)).toBe(true);
  });

  it("404 with a whole profile saved by the user -> the user's own profile", async () => {
    storage.setItem(OVERRIDES_KEY, JSON.stringify(ADMIN));
    const store = createBrowserProfileStore({ fetchFn: respond(404), storage });
    const details = await store.loadDetails();
    expect(details.source).toBe('user');
    expect(details.profile).toEqual(ADMIN);
    expect(details.admin).toBeUndefined();
    expect(isExampleProfile(details.profile)).toBe(false);
  });

  it('404 with partial overrides -> the example profile with them, still marked as the example', async () => {
    storage.setItem(OVERRIDES_KEY, JSON.stringify({ name: 'Sydby Kommune' }));
    const store = createBrowserProfileStore({ fetchFn: respond(404), storage });
    const details = await store.loadDetails();
    expect(details.source).toBe('example');
    expect(details.profile.name).toBe('Sydby Kommune');
    expect(details.profile.caseAreas).toEqual(EXAMPLE_PROFILE.caseAreas);
  });

  it('an invalid administrator file is an error with the Danish validation messages', async () => {
    const store = createBrowserProfileStore({
      fetchFn: respond(200, JSON.stringify({ ...ADMIN, name: '', kind: 'kommune' })),
      storage,
    });
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileLoadError);
    const message = (error as ProfileLoadError).message;
    expect(message).toContain(PROFILE_MESSAGES.nameMissing);
    expect(message).toContain(PROFILE_MESSAGES.kindInvalid);
    expect((error as ProfileLoadError).errors).toHaveLength(2);
  });

  it('an administrator file that is not JSON, or a server error, is a Danish error', async () => {
    const broken = createBrowserProfileStore({ fetchFn: respond(200, '{ "name": '), storage });
    await expect(broken.load()).rejects.toThrow(PROFILE_STORE_MESSAGES.adminNotJson);
    const failing = createBrowserProfileStore({ fetchFn: respond(500), storage });
    await expect(failing.load()).rejects.toThrow(PROFILE_STORE_MESSAGES.adminHttp(500));
    const offline = createBrowserProfileStore({
      fetchFn: vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
      storage,
    });
    await expect(offline.load()).rejects.toThrow(PROFILE_STORE_MESSAGES.adminUnreachable);
  });

  it('reads an administrator file with a byte-order mark', async () => {
    const store = createBrowserProfileStore({
      fetchFn: respond(200, `\uFEFF${JSON.stringify(ADMIN)}`),
      storage,
    });
    expect(await store.load()).toEqual(ADMIN);
  });

  it('corrupt overrides are not used, are kept under the backup key, and give a Danish warning', async () => {
    storage.setItem(OVERRIDES_KEY, '{"name": "Halv');
    const store = createBrowserProfileStore({ fetchFn: respond(200, JSON.stringify(ADMIN)), storage });
    const details = await store.loadDetails();
    expect(details.profile).toEqual(ADMIN);
    expect(details.warnings).toEqual([PROFILE_STORE_MESSAGES.overridesCorrupt]);
    expect(storage.getItem(OVERRIDES_BACKUP_KEY)).toBe('{"name": "Halv');
    // Nothing is deleted until the user saves.
    expect(storage.getItem(OVERRIDES_KEY)).toBe('{"name": "Halv');
    expect(profileInfo(details.profile)?.warnings).toEqual([PROFILE_STORE_MESSAGES.overridesCorrupt]);
  });

  it('overrides that are JSON but not an object are treated as corrupt', async () => {
    storage.setItem(OVERRIDES_KEY, '["a"]');
    const store = createBrowserProfileStore({ fetchFn: respond(200, JSON.stringify(ADMIN)), storage });
    const details = await store.loadDetails();
    expect(details.warnings).toEqual([PROFILE_STORE_MESSAGES.overridesCorrupt]);
    expect(storage.getItem(OVERRIDES_BACKUP_KEY)).toBe('["a"]');
  });

  it('overrides that make the profile invalid are not used, with the reason', async () => {
    storage.setItem(
      OVERRIDES_KEY,
      JSON.stringify({
        kind: 'state',
        caseAreas: [{ id: 'personale', name: 'Personale', supervisionRoute: true }],
      }),
    );
    const store = createBrowserProfileStore({ fetchFn: respond(200, JSON.stringify(ADMIN)), storage });
    const details = await store.loadDetails();
    expect(details.profile).toEqual(ADMIN);
    expect(details.warnings).toHaveLength(1);
    expect(details.warnings[0]).toContain(PROFILE_MESSAGES.supervisionForState('Personale'));
  });

  it('a storage that refuses to write gives a Danish error', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    const store = createBrowserProfileStore({ fetchFn: respond(404), storage: full });
    await expect(store.save({ name: 'X' })).rejects.toThrow(PROFILE_STORE_MESSAGES.saveFailed);
  });
});
