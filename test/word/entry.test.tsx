// @vitest-environment jsdom
// The pane's entry point: inside Word the Word port, outside Office (no office.js, or no host) the preview's
// in-memory port; the ribbon's check button opens the check view and runs the check.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryPort } from '../../src/preview/memory-port';
import { choosePort, mount, viewFromSearch } from '../../src/taskpane/index';
import { STRINGS } from '../../src/taskpane/strings';
import { WordDocumentPort } from '../../src/word';

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.Office;
  document.body.innerHTML = '';
});

describe('the task pane entry point', () => {
  it('maps the ribbon URL to the check view, run at once', () => {
    expect(viewFromSearch('?view=kontrol')).toEqual({ initialView: 'check', autoCheck: true });
    expect(viewFromSearch('')).toEqual({ initialView: 'decision', autoCheck: false });
  });

  it('falls back to the in-memory port outside Office', async () => {
    expect(await choosePort(undefined)).toBeInstanceOf(MemoryPort);
    expect(await choosePort({ onReady: async () => ({ host: null }) })).toBeInstanceOf(MemoryPort);
  });

  it('uses the Word port inside Word', async () => {
    globals.Office = {
      context: { requirements: { isSetSupported: () => true }, document: { settings: {} } },
    };
    const office = { onReady: async () => ({ host: 'Word' }), HostType: { Word: 'Word' } };
    expect(await choosePort(office)).toBeInstanceOf(WordDocumentPort);
  });

  it('renders the pane on the fallback port, on the check view when the ribbon asked for it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    let mounted: Awaited<ReturnType<typeof mount>> | undefined;
    await act(async () => {
      mounted = await mount(container, undefined, '?view=kontrol');
    });
    expect(mounted?.port).toBeInstanceOf(MemoryPort);
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: STRINGS.tabs.check }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    // Unmounted before the test environment goes: the pane's own work (the check the ribbon asked for, lazy
    // chunks) must not run into a torn-down window.
    act(() => mounted?.unmount());
  });
});
