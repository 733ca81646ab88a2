// @vitest-environment jsdom
import { renderInPane } from './setup-check';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_MESSAGES } from '../../src/letter/profile';
import type { AuthorityProfile } from '../../src/letter/types';
import { createBrowserProfileStore, OVERRIDES_KEY } from '../../src/taskpane/profile-store';
import { PROFILE_STORE_MESSAGES, SETTINGS_STRINGS as S } from '../../src/taskpane/strings-check';
import { SettingsView } from '../../src/taskpane/views/SettingsView';

const ADMIN: AuthorityProfile = {
  name: 'Nordby Kommune',
  unit: 'Teknik og Miljø',
  kind: 'municipality',
  address: ['Torvet 1', '9990 Nordby'],
  signature: ['Med venlig hilsen', 'Teknik og Miljø'],
  extraNonWorkingDays: ['2025-05-30'],
  caseAreas: [
    { id: 'byggesager', name: 'Byggesager', appealBody: 'Byggeklageenheden', supervisionRoute: false },
  ],
};

function adminStore(admin: AuthorityProfile | null = ADMIN) {
  const fetchFn = vi.fn(async () =>
    admin ? new Response(JSON.stringify(admin), { status: 200 }) : new Response('', { status: 404 }),
  );
  return createBrowserProfileStore({ fetchFn, storage: localStorage });
}

/** The text of the elements that describe a form control (Fluent's Field links its message there). */
function descriptionOf(element: HTMLElement): string {
  const ids = `${element.getAttribute('aria-describedby') ?? ''} ${element.getAttribute('aria-errormessage') ?? ''}`;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function renderSettings(store = adminStore(), onProfileChange = vi.fn()) {
  renderInPane(<SettingsView store={store} onProfileChange={onProfileChange} />);
  await screen.findByDisplayValue('Nordby Kommune');
  return { store, onProfileChange };
}

const authorityName = () => screen.getAllByRole('textbox', { name: /^Navn/ })[0] as HTMLInputElement;
const save = () => userEvent.click(screen.getByRole('button', { name: S.save }));

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

// Fluent's first render in jsdom is slow on a busy machine; the limit only guards against a hang.
describe('SettingsView', { timeout: 30_000 }, () => {
  it("shows the administrator's profile in the form", async () => {
    await renderSettings();
    expect(screen.getByRole('heading', { name: S.heading })).toBeTruthy();
    expect(authorityName().value).toBe('Nordby Kommune');
    expect((screen.getByRole('textbox', { name: /^Adresse/ }) as HTMLTextAreaElement).value).toBe(
      'Torvet 1\n9990 Nordby',
    );
    expect((screen.getByRole('combobox', { name: /^Myndighedstype/ }) as HTMLSelectElement).value).toBe(
      'municipality',
    );
    const area = screen.getByRole('group', { name: 'Sagsområde 1: Byggesager' });
    expect((within(area).getByRole('textbox', { name: /^Klageinstans$/ }) as HTMLInputElement).value).toBe(
      'Byggeklageenheden',
    );
    expect((within(area).getByRole('switch', { name: S.supervisionRoute }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it("an empty name shows the profile's message by the name field, saves nothing, and keeps the rest", async () => {
    const saveSpy = vi.fn(async () => {});
    const store = adminStore();
    store.save = saveSpy;
    await renderSettings(store);
    await userEvent.clear(authorityName());
    const days = screen.getByRole('textbox', { name: /^Lukkedage/ }) as HTMLTextAreaElement;
    await userEvent.clear(days);
    await userEvent.type(days, '2025-05-30{Enter}2025-13-01');
    await save();
    expect(descriptionOf(authorityName())).toContain(PROFILE_MESSAGES.nameMissing);
    expect(descriptionOf(days)).toContain(`${S.line(2)}: ${PROFILE_MESSAGES.invalidDate('2025-13-01')}`);
    expect(days.value).toBe('2025-05-30\n2025-13-01');
    expect(screen.getByText(S.invalidTitle)).toBeTruthy();
    expect(saveSpy).not.toHaveBeenCalled();
  });

  it('§ 38 route and an appeal body together: the message stands by the switch', async () => {
    await renderSettings();
    const area = screen.getByRole('group', { name: 'Sagsområde 1: Byggesager' });
    const route = within(area).getByRole('switch', { name: S.supervisionRoute });
    await userEvent.click(route);
    await save();
    const message = PROFILE_MESSAGES.bothRoutes('Byggesager');
    expect(within(area).getByText(message)).toBeTruthy();
    expect((route as HTMLInputElement).checked).toBe(true);
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('"Gem" stores only what differs from the administrator\'s profile and passes the new profile on', async () => {
    const { onProfileChange } = await renderSettings();
    const signature = screen.getByRole('textbox', { name: /^Underskrift/ });
    await userEvent.clear(signature);
    await userEvent.type(signature, 'Venlig hilsen{Enter}Eva Eksempel');
    await save();
    await screen.findByText(S.saved);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '')).toEqual({
      signature: ['Venlig hilsen', 'Eva Eksempel'],
    });
    expect(onProfileChange).toHaveBeenCalledWith({ ...ADMIN, signature: ['Venlig hilsen', 'Eva Eksempel'] });
  });

  it('adds and removes case areas', async () => {
    const { onProfileChange } = await renderSettings();
    await userEvent.click(screen.getByRole('button', { name: S.addCaseArea }));
    const fresh = screen.getByRole('group', { name: 'Sagsområde 2' });
    // Keyboard users land in the new row.
    expect(document.activeElement).toBe(within(fresh).getByRole('textbox', { name: /^Id/ }));
    await userEvent.type(within(fresh).getByRole('textbox', { name: /^Id/ }), 'personale');
    await userEvent.type(within(fresh).getByRole('textbox', { name: /^Navn/ }), 'Personalesager');
    await userEvent.click(within(fresh).getByRole('switch', { name: S.supervisionRoute }));
    await save();
    await screen.findByText(S.saved);
    const saved = JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '') as Partial<AuthorityProfile>;
    expect(Object.keys(saved)).toEqual(['caseAreas']);
    expect(saved.caseAreas?.[1]).toEqual({ id: 'personale', name: 'Personalesager', supervisionRoute: true });
    await userEvent.click(screen.getByRole('button', { name: S.removeCaseArea(1) }));
    await save();
    await waitFor(() =>
      expect(onProfileChange).toHaveBeenLastCalledWith(
        expect.objectContaining({
          caseAreas: [{ id: 'personale', name: 'Personalesager', supervisionRoute: true }],
        }),
      ),
    );
  });

  it('a duplicate case area id is shown by the id field of the row that repeats it', async () => {
    await renderSettings();
    await userEvent.click(screen.getByRole('button', { name: S.addCaseArea }));
    const fresh = screen.getByRole('group', { name: 'Sagsområde 2' });
    const id = within(fresh).getByRole('textbox', { name: /^Id/ });
    await userEvent.type(id, 'byggesager');
    await userEvent.type(within(fresh).getByRole('textbox', { name: /^Navn/ }), 'Byggesager 2');
    await save();
    expect(descriptionOf(id)).toContain(PROFILE_MESSAGES.caseAreaIdDuplicate('byggesager'));
  });

  it('"Eksportér profile.json" downloads the merged profile as JSON, from memory', async () => {
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:profile';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('profile.json');
      expect(this.href).toBe('blob:profile');
    });
    await renderSettings();
    await userEvent.clear(authorityName());
    await userEvent.type(authorityName(), 'Nordby Kommune, Byggeri');
    await userEvent.click(screen.getByRole('button', { name: S.export }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(1);
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual({
      ...ADMIN,
      name: 'Nordby Kommune, Byggeri',
    });
    expect(screen.getByText(S.exported)).toBeTruthy();
  });

  it('"Nulstil til administratorens profil" asks, then removes the overrides', async () => {
    localStorage.setItem(OVERRIDES_KEY, JSON.stringify({ name: 'Egen Kommune' }));
    const onProfileChange = vi.fn();
    renderInPane(<SettingsView store={adminStore()} onProfileChange={onProfileChange} />);
    await screen.findByDisplayValue('Egen Kommune');
    await userEvent.click(screen.getByRole('button', { name: S.reset }));
    // In jsdom, Fluent's modal focus trap marks the open surface itself aria-hidden (not so in a browser), so
    // role queries over the whole page do not see it: find the dialog by its role attribute.
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="alertdialog"]');
      if (!found) throw new Error('no dialog');
      return found;
    });
    expect(within(dialog).getByText(S.resetConfirmTitle)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: S.resetConfirm, hidden: true }));
    await screen.findByText(S.resetDone);
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
    expect(authorityName().value).toBe('Nordby Kommune');
    expect(onProfileChange).toHaveBeenCalledWith(ADMIN);
  });

  it('says when the profile is the example, and when stored changes could not be read', async () => {
    localStorage.setItem(OVERRIDES_KEY, '{oops');
    renderInPane(<SettingsView store={adminStore(null)} onProfileChange={vi.fn()} />);
    expect(await screen.findByText(S.sourceExample)).toBeTruthy();
    expect(screen.getByText(PROFILE_STORE_MESSAGES.overridesCorrupt)).toBeTruthy();
    expect(authorityName().value).toBe('Eksempel Kommune');
  });

  it('with no administrator profile, "Gem" stores the whole profile as the user\'s own', async () => {
    renderInPane(<SettingsView store={adminStore(null)} onProfileChange={vi.fn()} />);
    await screen.findByText(S.sourceExample);
    await userEvent.clear(authorityName());
    await userEvent.type(authorityName(), 'Sydby Kommune');
    await save();
    await screen.findByText(S.saved);
    const saved = JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '') as AuthorityProfile;
    expect(saved.name).toBe('Sydby Kommune');
    expect(saved.caseAreas.length).toBeGreaterThan(0);
    expect(saved.address.length).toBeGreaterThan(0);
    expect(screen.queryByText(S.sourceExample)).toBeNull();
    expect(screen.getByText(S.sourceUser)).toBeTruthy();
  });

  it('what was typed and not saved is still there when the view opens again (another tab and back)', async () => {
    const store = adminStore();
    const first = renderInPane(<SettingsView store={store} onProfileChange={vi.fn()} />);
    await screen.findByDisplayValue('Nordby Kommune');
    await userEvent.clear(authorityName());
    await userEvent.type(authorityName(), 'Nordby Kommune, Vej og Park');
    first.unmount();
    renderInPane(<SettingsView store={store} onProfileChange={vi.fn()} />);
    expect(await screen.findByText(S.unsavedKept)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(S.loading)).toBeNull());
    expect(authorityName().value).toBe('Nordby Kommune, Vej og Park');
    await save();
    await screen.findByText(S.saved);
    expect(JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '')).toEqual({
      name: 'Nordby Kommune, Vej og Park',
    });
  });

  it("an unusable administrator file is shown in Danish, and the form opens on the pane's profile", async () => {
    const store = createBrowserProfileStore({
      fetchFn: vi.fn(async () => new Response('{"name": ""}', { status: 200 })),
      storage: localStorage,
    });
    renderInPane(<SettingsView store={store} profile={ADMIN} onProfileChange={vi.fn()} />);
    expect(await screen.findByText(/Administratorens profil \(profile\.json\) er ikke gyldig/)).toBeTruthy();
    expect(authorityName().value).toBe('Nordby Kommune');
  });
});
