// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision } from '../../src/letter/types';
import { PORT_MESSAGES } from '../../src/port';
import { todayIso } from '../../src/taskpane/state/dates';
import { STRINGS } from '../../src/taskpane/strings';
import { fill, memoryPort, openTab, pick, renderPane, USER_PARAGRAPHS } from './helpers';

const D = STRINGS.decision;
const I = STRINGS.insert;
const PRIVATE = groundById('offl-30-1')!;
const RESOURCES = groundById('offl-9-2-1')!;

type User = Awaited<ReturnType<typeof renderPane>>['user'];

/** A partial refusal under § 30, nr. 1 with its first field filled, as a jurist would set it in the pane. */
async function partialRefusal(user: User): Promise<void> {
  await pick(user, D.outcome, D.outcomes.partial);
  await fill(user, screen.getByRole('textbox', { name: D.subject }), 'sagen om Skolevej');
  await user.selectOptions(screen.getByRole('combobox', { name: D.caseArea }), 'Byggesager');
  await openTab(user, STRINGS.tabs.grounds);
  await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));
  const fields = screen.getByRole('group', { name: STRINGS.grounds.fieldsOf(PRIVATE.label) });
  await fill(
    user,
    within(fields).getByRole('textbox', { name: 'Oplysningerne' }),
    'oplysningerne om naboens helbred',
  );
}

/** The decision `partialRefusal` sets, written out independently of the pane. */
const expectedDecision = (): Decision => ({
  kind: 'decision',
  basis: 'offl-7',
  outcome: 'partial',
  request: { subject: 'sagen om Skolevej' },
  grounds: [{ groundId: 'offl-30-1', values: { oplysninger: 'oplysningerne om naboens helbred' } }],
  companionValues: {},
  caseAreaId: 'byggesager',
  letterDate: todayIso(),
});

async function insertButton(): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: I.button });
  await waitFor(() => expect(button.getAttribute('aria-disabled')).not.toBe('true'));
  return button;
}

describe('Indsæt', () => {
  test('before inserting: the blocks to insert by title, and the required fields left blank', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await partialRefusal(user);
    await openTab(user, STRINGS.tabs.insert);
    await insertButton();
    const plan = composePlan(expectedDecision(), EXAMPLE_PROFILE);

    const toAdd = screen.getByRole('list', { name: I.willAdd });
    expect(
      within(toAdd)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(plan.blocks.map((b) => b.title));
    expect(within(toAdd).getByText('Begrundelse: Private forhold')).toBeTruthy();

    const missing = screen.getByRole('list', { name: I.missingHeading(plan.missing.length) });
    const items = within(missing)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // "Oplysningerne" is filled; "Dokumenterne" is not, nor the received date.
    expect(items).toContain(I.missingItem('Begrundelse: Private forhold', 'Dokumenterne'));
    expect(items).not.toContain(I.missingItem('Begrundelse: Private forhold', 'Oplysningerne'));
    expect(items).toContain(I.missingItem('Anmodningen', 'Dato for anmodningen'));

    // Each missing field opens the view where it is filled in.
    await user.click(
      within(missing).getByRole('button', { name: I.missingItem('Anmodningen', 'Dato for anmodningen') }),
    );
    expect(screen.getByRole('tab', { name: STRINGS.tabs.decision })).toHaveProperty('ariaSelected', 'true');
  });

  test('insert reads the document, then applies the plan composePlan gives for the decision', async () => {
    const port = memoryPort();
    const read = vi.spyOn(port, 'read');
    const apply = vi.spyOn(port, 'apply');
    const { user } = await renderPane({ port });
    await partialRefusal(user);
    await openTab(user, STRINGS.tabs.insert);
    await user.click(await insertButton());

    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const [plan, base, options] = apply.mock.calls[0]!;
    const expected = composePlan(expectedDecision(), EXAMPLE_PROFILE);
    expect(plan.blocks.map((b) => b.id)).toEqual(expected.blocks.map((b) => b.id));
    expect(plan).toEqual(expected);
    expect(options).toBeUndefined();
    // The snapshot apply gets is the one read just before it.
    const lastRead = read.mock.results[read.mock.calls.length - 1]!.value as Promise<unknown>;
    expect(base).toEqual(await lastRead);
    expect(read.mock.invocationCallOrder.at(-1)!).toBeLessThan(apply.mock.invocationCallOrder[0]!);

    // The user's own paragraphs are still there, in order.
    const texts = port.doc.paragraphs.filter((p) => !p.blockId).map((p) => p.text);
    expect(texts).toEqual(USER_PARAGRAPHS.map((p) => p.text));
  });

  test('the result says what was done, counting; a second insert updates and removes', async () => {
    const port = memoryPort();
    const { user } = await renderPane({ port });
    await partialRefusal(user);
    await user.click(screen.getByRole('checkbox', { name: RESOURCES.label }));
    await openTab(user, STRINGS.tabs.insert);
    await user.click(await insertButton());

    const both = composePlan(
      {
        ...expectedDecision(),
        grounds: [...expectedDecision().grounds, { groundId: 'offl-9-2-1', values: {} }],
      },
      EXAMPLE_PROFILE,
    );
    expect(await screen.findByText(I.result(both.blocks.length, 0, 0))).toBeTruthy();
    expect(port.doc.paragraphs.filter((p) => p.blockId === 'reasoning:offl-9-2-1').length).toBeGreaterThan(0);

    // Untick § 9, stk. 2, nr. 1: its reasoning and the dialogue go; the decision and legal basis change.
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(screen.getByRole('checkbox', { name: RESOURCES.label }));
    await openTab(user, STRINGS.tabs.insert);
    const toRemove = await screen.findByRole('list', { name: I.willRemove });
    expect(within(toRemove).getByText(`Begrundelse: ${'Uforholdsmæssigt ressourceforbrug'}`)).toBeTruthy();
    await user.click(await insertButton());

    const one = composePlan(expectedDecision(), EXAMPLE_PROFILE);
    const removed = both.blocks.filter((b) => !one.blocks.some((o) => o.id === b.id)).length;
    const updated = one.blocks.filter((b) => {
      const before = both.blocks.find((o) => o.id === b.id);
      return before && JSON.stringify(before) !== JSON.stringify(b);
    }).length;
    expect(removed).toBeGreaterThan(0);
    expect(await screen.findByText(I.result(0, updated, removed))).toBeTruthy();
    expect(port.doc.paragraphs.some((p) => p.blockId === 'reasoning:offl-9-2-1')).toBe(false);
  });

  test('a protected document: the Danish message, nothing saved', async () => {
    const port = memoryPort();
    port.doc.setProtected(true);
    const save = vi.spyOn(port, 'saveLetterState');
    const { user } = await renderPane({ port });
    await partialRefusal(user);
    await openTab(user, STRINGS.tabs.insert);
    await user.click(await insertButton());
    expect(await screen.findByText(PORT_MESSAGES.protected)).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    // The pane is still there: the message can be dismissed and the insert tried again.
    await user.click(screen.getByRole('button', { name: STRINGS.app.dismiss }));
    expect(screen.queryByText(PORT_MESSAGES.protected)).toBeNull();
    expect(screen.getByRole('button', { name: I.button })).toBeTruthy();
  });

  test('a block the user deleted since the read comes back as a Danish problem', async () => {
    const port = memoryPort();
    const { user } = await renderPane({ port });
    await partialRefusal(user);
    await openTab(user, STRINGS.tabs.insert);
    await user.click(await insertButton());
    await screen.findByText(/afsnit indsat/);
    // The user deletes the complaint guidance by hand after the pane read the document for the next insert.
    const read = port.read.bind(port);
    vi.spyOn(port, 'read').mockImplementationOnce(async () => {
      const snapshot = await read();
      port.doc.deleteBlock('complaint-guidance');
      return snapshot;
    });
    await user.click(await insertButton());
    expect(await screen.findByText(PORT_MESSAGES.blockDeleted('Klagevejledning'))).toBeTruthy();
    expect(screen.getByText(I.problemsHeading(1))).toBeTruthy();
  });

  test('without a profile the letter cannot be composed, and the pane says so', async () => {
    const failing = { load: async () => Promise.reject(new Error('offline')), save: async () => undefined };
    const { user } = await renderPane({ port: memoryPort(), profileStore: failing });
    expect(screen.getByText(STRINGS.app.profileLoadFailed)).toBeTruthy();
    await openTab(user, STRINGS.tabs.insert);
    expect(screen.getByText(I.noProfile)).toBeTruthy();
    expect(screen.queryByRole('button', { name: I.button })).toBeNull();
  });
});
