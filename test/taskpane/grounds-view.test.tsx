// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { COMPANION_TEXTS } from '../../src/letter/companions';
import { STRINGS } from '../../src/taskpane/strings';
import { memoryPort, openTab, pick, renderPane } from './helpers';

const D = STRINGS.decision;
const G = STRINGS.grounds;
const PRIVATE = groundById('offl-30-1')!;
const RESOURCES = groundById('offl-9-2-1')!;

describe('Grunde', () => {
  test('ticking a ground shows its fields, and the companions it requires appear with why', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await pick(user, D.outcome, D.outcomes.refusal);
    await openTab(user, STRINGS.tabs.grounds);

    expect(screen.queryByRole('group', { name: G.fieldsOf(PRIVATE.label) })).toBeNull();
    expect(screen.queryByRole('group', { name: COMPANION_TEXTS.meroffentlighed!.title })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));

    const fields = screen.getByRole('group', { name: G.fieldsOf(PRIVATE.label) });
    for (const field of PRIVATE.fields) {
      const box = within(fields).getByRole('textbox', { name: field.label });
      expect(box.getAttribute('aria-required') === 'true' || box.hasAttribute('required')).toBe(
        field.required,
      );
    }

    const companion = screen.getByRole('group', { name: COMPANION_TEXTS.meroffentlighed!.title });
    expect(within(companion).getByText(G.companionWhy.meroffentlighed!)).toBeTruthy();
    expect(within(companion).getByText(G.requiredBy([PRIVATE.label]))).toBeTruthy();
    expect(within(companion).getByRole('textbox', { name: 'Vurdering af meroffentlighed' })).toBeTruthy();
    // A refusal of whole documents under § 30 must say which § 34 exception applies: a choice, not free text.
    const partial = screen.getByRole('group', { name: COMPANION_TEXTS['partial-34']!.title });
    expect(within(partial).getByRole('combobox', { name: /§ 34/ })).toBeTruthy();

    // Unticking hides fields and companions; ticking again brings back what was typed.
    const first = within(fields).getByRole('textbox', { name: PRIVATE.fields[0]!.label });
    await user.type(first, 'helbredsoplysninger');
    await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));
    expect(screen.queryByRole('group', { name: COMPANION_TEXTS.meroffentlighed!.title })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));
    const again = screen.getByRole('group', { name: G.fieldsOf(PRIVATE.label) });
    expect(within(again).getByRole('textbox', { name: PRIVATE.fields[0]!.label })).toHaveProperty(
      'value',
      'helbredsoplysninger',
    );
  });

  test('§ 9, stk. 2, nr. 1 brings the dialogue with the requester', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await pick(user, D.outcome, D.outcomes.refusal);
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(screen.getByRole('checkbox', { name: RESOURCES.label }));
    const dialogue = screen.getByRole('group', { name: COMPANION_TEXTS.dialogue!.title });
    expect(within(dialogue).getByText(G.companionWhy.dialogue!)).toBeTruthy();
    expect(within(dialogue).getByRole('textbox', { name: 'Dato for tilbuddet om dialog' })).toBeTruthy();
  });

  test('no companions on a full grant', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(screen.getByRole('checkbox', { name: PRIVATE.label }));
    expect(screen.getByText(G.grantNote)).toBeTruthy();
    expect(screen.queryByRole('group', { name: COMPANION_TEXTS.meroffentlighed!.title })).toBeNull();
  });

  test('the search finds "30, nr. 1" and "§ 33"', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await openTab(user, STRINGS.tabs.grounds);
    const search = screen.getByRole('searchbox', { name: G.search });
    await user.type(search, '30, nr. 1');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/fundet/));
    expect(labelOf(screen.getAllByRole('checkbox')[0]!)).toBe(PRIVATE.label);
    expect(screen.queryByRole('checkbox', { name: RESOURCES.label })).toBeNull();

    await user.clear(search);
    await user.type(search, '§ 33');
    const names = screen.getAllByRole('checkbox').map(labelOf);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('§ 33'))).toBe(true);

    await user.clear(search);
    await user.type(search, 'ingen grund hedder sådan');
    expect(screen.getByRole('status').textContent).toBe(G.noResults('ingen grund hedder sådan'));
  });

  test('only grounds for the chosen basis; a ticked ground that no longer fits stays visible and marked', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(screen.getByRole('checkbox', { name: RESOURCES.label }));
    await openTab(user, STRINGS.tabs.decision);
    await pick(user, D.basis, 'Offentlighedslovens § 8 (egenacces)');
    await openTab(user, STRINGS.tabs.grounds);
    // § 9, stk. 2 serves § 7 requests only: it is shown under "Passer ikke til grundlaget", still ticked.
    const unfit = screen.getByRole('region', { name: G.notForBasis });
    expect(within(unfit).getByRole('checkbox', { name: RESOURCES.label })).toHaveProperty('checked', true);
    // § 30 does not apply to own access (offentlighedslovens § 8): it is not offered.
    expect(screen.queryByRole('checkbox', { name: PRIVATE.label })).toBeNull();
  });

  test('under miljøoplysningsloven: a provision whose text is not held is marked, a ruled-out ground disabled', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await pick(user, D.basis, 'Miljøoplysningslovens § 2, stk. 1 (miljøoplysninger, alle kan søge)');
    await openTab(user, STRINGS.tabs.grounds);
    const missing = groundById('offl1985-12-1-1')!;
    const box = screen.getByRole('checkbox', { name: missing.label });
    const notes = document.getElementById(box.getAttribute('aria-describedby') ?? '')!;
    expect(within(notes).getByText(G.textMissing)).toBeTruthy();
    expect(notes.textContent).toContain(G.textMissingDetail);
    const blocked = groundById('offl1985-10-5')!;
    expect(screen.getByRole('checkbox', { name: blocked.label })).toHaveProperty('disabled', true);
  });

  test('each ground has its guidance one click away', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await openTab(user, STRINGS.tabs.grounds);
    const info = screen.getByRole('button', { name: `${PRIVATE.label} ${G.guidance}` });
    await user.click(info);
    expect(await screen.findByText(PRIVATE.guidance)).toBeTruthy();
  });
});

function labelOf(box: HTMLElement): string {
  const id = box.getAttribute('id');
  return (id ? document.querySelector(`label[for="${id}"]`)?.textContent : '') ?? '';
}
