// @vitest-environment jsdom
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import { PORT_MESSAGES, PortError, type LetterState } from '../../src/port';
import { App } from '../../src/taskpane/App';
import { STRINGS } from '../../src/taskpane/strings';
import { fill, memoryPort, openTab, pick, profileStore, renderPane } from './helpers';

const D = STRINGS.decision;
const PRIVATE = groundById('offl-30-1')!;

describe('the pane', () => {
  test('the tabs at once, a spinner in the panel while the letter and profile load, then the view', async () => {
    const port = memoryPort();
    let release: (state: LetterState | undefined) => void = () => undefined;
    vi.spyOn(port, 'loadLetterState').mockReturnValue(new Promise((resolve) => (release = resolve)));
    render(<App port={port} profileStore={profileStore()} />);
    const tabs = screen.getByRole('tablist', { name: STRINGS.app.tabList });
    expect(within(tabs).getAllByRole('tab')).toHaveLength(5);
    for (const name of ['Afgørelse', 'Grunde', 'Indsæt', 'Kontrol', 'Indstillinger']) {
      expect(within(tabs).getByRole('tab', { name })).toBeTruthy();
    }
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('progressbar', { name: STRINGS.app.loading })).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: D.outcome })).toBeNull();
    release(undefined);
    expect(await within(panel).findByRole('radiogroup', { name: D.outcome })).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: STRINGS.app.loading })).toBeNull();
  });

  test('the port may arrive after the first render: the tabs wait for nothing, the view for the port', async () => {
    const port = memoryPort();
    let arrive: (value: typeof port) => void = () => undefined;
    render(<App port={new Promise((resolve) => (arrive = resolve))} profileStore={profileStore()} />);
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    expect(screen.getByRole('progressbar', { name: STRINGS.app.loading })).toBeTruthy();
    arrive(port);
    expect(await screen.findByRole('radiogroup', { name: D.outcome })).toBeTruthy();
  });

  test('a port that never arrives: a Danish message in the pane, never a spinner for ever', async () => {
    render(<App port={Promise.reject(new TypeError('chunk failed'))} profileStore={profileStore()} />);
    expect(await screen.findByText(PORT_MESSAGES.unknown)).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: STRINGS.app.loading })).toBeNull();
  });

  test('the choices are saved in the letter after an insert and restored when it is opened again', async () => {
    const port = memoryPort();
    const first = await renderPane({ port });
    const { user } = first;
    await pick(user, D.outcome, D.outcomes.partial);
    await fill(user, screen.getByRole('textbox', { name: D.subject }), 'sagen om Skolevej');
    await fill(user, screen.getByRole('textbox', { name: D.caseNumber }), '25/01234');
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));
    await openTab(user, STRINGS.tabs.insert);
    const button = screen.getByRole('button', { name: STRINGS.insert.button });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).not.toBe('true'));
    await user.click(button);
    await screen.findByText(/afsnit indsat/);

    await waitFor(() => expect(port.doc.getLetterState()).toBeDefined());
    const saved = JSON.parse(port.doc.getLetterState()!) as LetterState;
    expect(saved.version).toBe(1);
    expect(saved.decision).toMatchObject({
      outcome: 'partial',
      caseNumber: '25/01234',
      request: { subject: 'sagen om Skolevej' },
      grounds: [{ groundId: 'offl-30-1', values: {} }],
    });
    expect(saved.applied).toEqual(composePlan(saved.decision, EXAMPLE_PROFILE));
    first.unmount();

    // The letter is opened again: a new pane on the same document.
    const again = await renderPane({ port });
    expect(screen.getByRole('radio', { name: D.outcomes.partial })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: D.subject })).toHaveProperty('value', 'sagen om Skolevej');
    expect(screen.getByRole('textbox', { name: D.caseNumber })).toHaveProperty('value', '25/01234');
    await openTab(again.user, STRINGS.tabs.grounds);
    expect(screen.getByRole('checkbox', { name: PRIVATE.label })).toHaveProperty('checked', true);
    await openTab(again.user, STRINGS.tabs.insert);
    expect(await screen.findByText(STRINGS.insert.nothingToDo)).toBeTruthy();
  });

  test.each([
    ['a PortError', new PortError('unsupported'), PORT_MESSAGES.unsupported],
    ['anything else', new TypeError('x is undefined'), PORT_MESSAGES.unknown],
  ])('a port that throws %s on start: a Danish message, never a blank pane', async (_, error, message) => {
    const port = memoryPort();
    vi.spyOn(port, 'loadLetterState').mockRejectedValue(error);
    await renderPane({ port });
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: D.outcome })).toBeTruthy();
  });

  test("a profile that cannot be loaded: the store's own Danish reasons are listed", async () => {
    const failure = Object.assign(new Error('invalid profile.json'), {
      errors: ['Navn: Myndighedens navn mangler.'],
    });
    await renderPane({ port: memoryPort(), profileStore: profileStore(EXAMPLE_PROFILE, failure) });
    expect(screen.getByText(STRINGS.app.profileLoadFailed)).toBeTruthy();
    expect(screen.getByText('Navn: Myndighedens navn mangler.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: D.caseArea })).toHaveProperty('disabled', true);
  });

  // Arrow keys between tabs are Fluent's (tabster), which needs a real layout: the browser tests cover them.
  test('keyboard only: Tab reaches the selected tab, Enter opens a tab', async () => {
    // Tab is pressed as soon as the tab list is there, as before the panel's view loads. (Pressed later, in
    // jsdom, tabster's focus guard at the page's start keeps the focus on the body; Chromium is covered by the
    // browser tests.)
    const user = userEvent.setup({ delay: null });
    render(<App port={memoryPort()} profileStore={profileStore()} />);
    await screen.findByRole('tablist', { name: STRINGS.app.tabList });
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: STRINGS.tabs.decision }));
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: STRINGS.app.loading })).toBeNull());
    screen.getByRole('tab', { name: STRINGS.tabs.grounds }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: STRINGS.tabs.grounds })).toHaveProperty('ariaSelected', 'true');
    expect(screen.getByRole('searchbox', { name: STRINGS.grounds.search })).toBeTruthy();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: STRINGS.tabs.grounds }).id,
    );
  });

  test('dates are typed dd.mm.yyyy, read the Danish way, and a wrong one is said in Danish', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    /** Types into a date field with its calendar closed, then leaves the field, as a keyboard user would. */
    const typeDate = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.keyboard('{Escape}');
      await user.clear(field);
      await user.type(field, text, { skipClick: true });
      await user.tab();
    };
    const received = screen.getByRole('combobox', { name: D.received });
    await typeDate(received, '3.3.2025');
    await waitFor(() => expect(received).toHaveProperty('value', '03.03.2025'));

    const letter = screen.getByRole('combobox', { name: D.letterDate });
    await typeDate(letter, '1. marts 2025');
    await waitFor(() => expect(letter).toHaveProperty('value', '01.03.2025'));
    expect(await screen.findByText(D.receivedAfterLetter)).toBeTruthy();

    await typeDate(received, '31.02.2025');
    expect(await screen.findByText(STRINGS.date.invalid)).toBeTruthy();
  });

  test('a delay notice asks for its own fields under Afgørelse, and has no outcome', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await pick(user, D.kind, D.kinds['delay-notice']);
    const section = await screen.findByRole(
      'region',
      { name: D.kindFields['delay-notice'] },
      { timeout: 30_000 },
    );
    expect(within(section).getByRole('textbox', { name: 'Grunden til forsinkelsen' })).toBeTruthy();
    expect(within(section).getByRole('textbox', { name: 'Forventet dato for afgørelsen' })).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: D.outcome })).toBeNull();
  });

  test('the check and settings views load when their tabs are opened', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    for (const tab of [STRINGS.tabs.check, STRINGS.tabs.settings]) {
      await openTab(user, tab);
      // The first import of a lazy view's module tree is slow under vitest's transform; the limit is generous.
      await waitFor(
        () => expect(screen.queryByRole('progressbar', { name: STRINGS.app.loadingView })).toBeNull(),
        { timeout: 30_000 },
      );
      expect(screen.getByRole('tabpanel').textContent?.trim()).not.toBe('');
    }
  });
});
