// @vitest-environment jsdom
/**
 * DateField before its picker's chunk arrives: a click that asked for the calendar opens it when the chunk
 * arrives, with the focus in the calendar (the picker's module is held back until the test lets it through).
 */
import './setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { DateField, loadDatePicker } from '../../src/taskpane/components/DateField';

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open: () => open(), opened };
});

vi.mock('../../src/taskpane/components/DatePickerControl', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

describe('a calendar asked for before the picker arrives', () => {
  test('opens when it arrives, on the date of the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <FluentProvider theme={webLightTheme}>
        <DateField label="Brevets dato" value="2026-12-05" onChange={() => undefined} />
      </FluentProvider>,
    );
    const before = screen.getByRole('combobox', { name: 'Brevets dato' });
    await user.click(before);
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(async () => {
      gate.open();
      await loadDatePicker();
    });
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/december 2026/);
    const after = screen.getByRole('combobox', { name: 'Brevets dato' });
    expect(after).not.toBe(before);
    expect(after).toHaveProperty('value', '05.12.2026');
    expect(after.getAttribute('aria-expanded')).toBe('true');
    // As when the picker opens its calendar on a click: the focus is in the calendar.
    expect(dialog.contains(document.activeElement)).toBe(true);
  });
});
