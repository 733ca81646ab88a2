/** Shared set-up for the pane's component tests: the real in-memory port, a profile store, and the App. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile } from '../../src/letter/types';
import type { ProfileStore } from '../../src/port';
import { MemoryDocument, MemoryPort, type ParagraphInit } from '../../src/preview/memory-port';
import { App, type AppProps } from '../../src/taskpane/App';
import { STRINGS } from '../../src/taskpane/strings';

/** A profile store that always gives the example profile (or fails, with `fail`). */
export function profileStore(profile: AuthorityProfile = EXAMPLE_PROFILE, fail?: unknown): ProfileStore {
  return {
    load: async () => {
      if (fail) throw fail;
      return structuredClone(profile);
    },
    save: async () => undefined,
  };
}

/** A short user letter: the pane must never change these paragraphs. */
export const USER_PARAGRAPHS: ParagraphInit[] = [{ text: 'Kære ansøger' }, { text: 'Med venlig hilsen' }];

export function memoryPort(paragraphs: readonly ParagraphInit[] = USER_PARAGRAPHS): MemoryPort {
  return new MemoryPort(new MemoryDocument(paragraphs));
}

/** Renders the pane and waits for it to finish loading. */
export async function renderPane(props: Partial<AppProps> & Pick<AppProps, 'port'>) {
  const user = userEvent.setup({ delay: null });
  const utils = render(<App profileStore={profileStore()} {...props} />);
  // The tabs show at once; the panel holds a spinner until the letter's choices and the profile are in.
  await screen.findByRole('tablist', { name: STRINGS.app.tabList });
  await waitFor(() => expect(screen.queryByRole('progressbar', { name: STRINGS.app.loading })).toBeNull());
  return { user, ...utils };
}

/** Opens a tab and waits for its view, which may load lazily. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  await user.click(screen.getByRole('tab', { name }));
  expect(screen.getByRole('tab', { name })).toHaveProperty('ariaSelected', 'true');
  // The first import of a lazy view's modules is slow under vitest's transform: a limit against hangs only.
  await waitFor(
    () => expect(screen.queryByRole('progressbar', { name: STRINGS.app.loadingView })).toBeNull(),
    {
      timeout: 30_000,
    },
  );
}

/** Picks a radio button inside a labelled radio group. */
export async function pick(user: ReturnType<typeof userEvent.setup>, group: string, option: string) {
  await user.click(
    within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }),
  );
}

/** Fills a text field as a user pasting into it would: one change, not one per key (keeps the tests quick). */
export async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
