// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { BASIS_LABELS, MOL_CATEGORIES } from '../../src/grounds/bases';
import { findSection, getStatute, versionOn } from '../../src/law/catalogue';
import { MOL_STRINGS } from '../../src/taskpane/mol/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { deadlineFields } from '../../src/taskpane/mol/MolDeadline';
import { emptyDecision } from '../../src/taskpane/state/pane-state';
import { memoryPort, pick, renderPane } from './helpers';

const D = STRINGS.decision;
const M = MOL_STRINGS.decision;

function basisRadio(id: keyof typeof BASIS_LABELS): HTMLInputElement {
  return within(screen.getByRole('radiogroup', { name: D.basis })).getByRole('radio', {
    name: BASIS_LABELS[id],
  }) as HTMLInputElement;
}

describe('Afgørelse: miljøoplysninger', () => {
  test('the switch moves the basis to MOL (a party to mol-party) and back, and shows the § 3 test', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    const toggle = await screen.findByRole('switch', { name: M.toggle });
    expect(screen.getByText(M.toggleHint)).toBeTruthy();
    expect(screen.queryByRole('list', { name: M.categoriesHeading })).toBeNull();

    await pick(user, D.basis, BASIS_LABELS['fvl-9']);
    await user.click(toggle);
    expect(basisRadio('mol-party').checked).toBe(true);
    expect(screen.getByText(M.party)).toBeTruthy();
    const list = screen.getByRole('list', { name: M.categoriesHeading });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(MOL_CATEGORIES.map((c) => c.label));

    await user.click(toggle);
    expect(basisRadio('fvl-9').checked).toBe(true);
    expect(screen.queryByRole('list', { name: M.categoriesHeading })).toBeNull();

    await pick(user, D.basis, BASIS_LABELS['offl-8']);
    await user.click(toggle);
    expect(basisRadio('mol').checked).toBe(true);
    await user.click(toggle);
    expect(basisRadio('offl-8').checked).toBe(true);

    // Picking MOL's basis directly turns the switch on.
    await pick(user, D.basis, BASIS_LABELS.mol);
    expect((screen.getByRole('switch', { name: M.toggle }) as HTMLInputElement).checked).toBe(true);
  });

  test('§ 3 is quoted from the law data, character for character, only when asked for', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await user.click(await screen.findByRole('switch', { name: M.toggle }));
    expect(screen.queryByTestId('mol-law-text')).toBeNull();
    const show = screen.getByRole('button', { name: M.showLaw });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    const quote = await screen.findByTestId('mol-law-text', undefined, { timeout: 30_000 });
    const section = findSection(getStatute('mol'), '3')!;
    const texts = section.subsections.flatMap((stk) => {
      const version = versionOn(stk.versions, new Date().toISOString().slice(0, 10));
      return version ? [version.text] : [];
    });
    const expected = texts
      .map((text, i) => `${i === 0 ? '§ 3.' : `Stk. ${section.subsections[i]!.number}.`} ${text}`)
      .join('\n')
      .split('\n');
    const lines = Array.from(quote.querySelectorAll('p')).map((p) => p.textContent);
    expect(lines).toEqual(expected);
    expect(lines.length).toBeGreaterThan(6);
    await user.click(screen.getByRole('button', { name: M.hideLaw }));
    await waitFor(() => expect(screen.queryByTestId('mol-law-text')).toBeNull());
  });

  test('a decision later than 1 month after receipt asks why (§ 4, stk. 3), keeping what was typed', async () => {
    const REASON = 'Hvorfor fristen på 1 måned ikke kunne overholdes';
    const late = memoryPort();
    vi.spyOn(late, 'loadLetterState').mockResolvedValue({
      version: 1,
      decision: {
        ...emptyDecision('2025-05-10'),
        basis: 'mol',
        outcome: 'refusal',
        request: { subject: 'tilsynet', receivedDate: '2025-03-03' },
        companionValues: { laengere_frist: 'sagen omfatter 400 dokumenter' },
      },
    });
    await renderPane({ port: late });
    const field = await screen.findByRole('textbox', { name: REASON }, { timeout: 30_000 });
    expect(field).toHaveProperty('value', 'sagen omfatter 400 dokumenter');
  });

  test('the reason is asked for only beyond 1 month, and only under MOL', () => {
    const decision = (basis: 'mol' | 'offl-7', receivedDate: string) => ({
      ...emptyDecision('2025-05-10'),
      basis,
      outcome: 'refusal' as const,
      request: { subject: 'tilsynet', receivedDate },
    });
    const names = (d: ReturnType<typeof decision>) => deadlineFields(d).map((f) => f.name);
    expect(names(decision('mol', '2025-03-03'))).toEqual(['laengere_frist']);
    expect(names(decision('mol', '2025-04-10'))).toEqual([]);
    expect(names(decision('mol', '2025-04-09'))).toEqual(['laengere_frist']);
    expect(names(decision('offl-7', '2025-03-03'))).not.toContain('laengere_frist');
  });
});
