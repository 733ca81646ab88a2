// @vitest-environment jsdom
/**
 * DateField loads the date picker (and its calendar) lazily. Here the picker's module is held back until the
 * test lets it through, so the field is first seen as it is before the chunk arrives: it must already read
 * Danish dates, carry the picker's label, role and attributes, and give way to the real picker without losing
 * what the user typed or stealing the focus. The tests run in order: the module is let through once.
 */
import './setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { DateField, loadDatePicker } from '../../src/taskpane/components/DateField';
import { STRINGS } from '../../src/taskpane/strings';

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open: () => open(), opened, passed: false };
});

vi.mock('../../src/taskpane/components/DatePickerControl', async (importOriginal) => {
  await gate.opened;
  gate.passed = true;
  return importOriginal();
});

const LABEL = 'Dato for anmodningen';
const HINT = 'Den dag, anmodningen kom ind';

function renderField(initial?: string) {
  const changes: (string | undefined)[] = [];
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <FluentProvider theme={webLightTheme}>
        <DateField
          label={LABEL}
          hint={HINT}
          value={value}
          onChange={(iso) => {
            changes.push(iso);
            setValue(iso);
          }}
        />
        <button type="button">Næste</button>
      </FluentProvider>
    );
  }
  const user = userEvent.setup({ delay: null });
  const utils = render(<Harness />);
  return { user, changes, ...utils };
}

const field = () => screen.getByRole('combobox', { name: LABEL });

/** The attributes a user or a screen reader meets on the field's input. */
function a11y(input: HTMLElement) {
  const icon = input.parentElement?.querySelector('[role="button"]');
  return {
    tag: input.tagName,
    role: input.getAttribute('role'),
    expanded: input.getAttribute('aria-expanded'),
    haspopup: input.getAttribute('aria-haspopup'),
    placeholder: input.getAttribute('placeholder'),
    readOnly: (input as HTMLInputElement).readOnly,
    describedBy: input.getAttribute('aria-describedby') === null ? null : 'set',
    description: input.getAttribute('aria-describedby')
      ? document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent
      : null,
    icon: icon
      ? {
          expanded: icon.getAttribute('aria-expanded'),
          labelledByInput: icon.getAttribute('aria-labelledby') === input.id,
          svg: icon.querySelector('svg') !== null,
        }
      : null,
  };
}

let fallbackA11y: ReturnType<typeof a11y> | undefined;

describe('before the picker arrives', () => {
  test('the field is usable at once: labelled combobox, Danish placeholder, calendar icon', () => {
    renderField();
    expect(gate.passed).toBe(false);
    const input = field();
    fallbackA11y = a11y(input);
    expect(fallbackA11y).toEqual({
      tag: 'INPUT',
      role: 'combobox',
      expanded: 'false',
      haspopup: 'dialog',
      placeholder: STRINGS.date.placeholder,
      readOnly: false,
      describedBy: 'set',
      description: HINT,
      icon: { expanded: 'false', labelledByInput: true, svg: true },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('typing "5.12.2026" and leaving the field gives 2026-12-05, shown as 05.12.2026', async () => {
    const { user, changes } = renderField();
    await user.type(field(), '5.12.2026');
    expect(changes).toEqual([]);
    await user.tab();
    expect(changes).toEqual(['2026-12-05']);
    expect(field()).toHaveProperty('value', '05.12.2026');
  });

  test('Enter reads the date too; other Danish ways of writing it are read', async () => {
    const { user, changes } = renderField();
    await user.type(field(), '3. marts 2025{Enter}');
    expect(changes).toEqual(['2025-03-03']);
    expect(field()).toHaveProperty('value', '03.03.2025');
    expect(gate.passed).toBe(false);
  });

  test('a text that is no date: the Danish message, and the last good date shown again, as the picker does', async () => {
    const { user, changes } = renderField('2025-03-03');
    expect(field()).toHaveProperty('value', '03.03.2025');
    await user.clear(field());
    await user.type(field(), '31.02.2025');
    await user.tab();
    expect(await screen.findByText(STRINGS.date.invalid)).toBeTruthy();
    expect(field()).toHaveProperty('value', '03.03.2025');
    expect(changes.at(-1)).toBe('2025-03-03');
    // A good date clears the message.
    await user.clear(field());
    await user.type(field(), '4.3.2025');
    await user.tab();
    expect(screen.queryByText(STRINGS.date.invalid)).toBeNull();
    expect(changes.at(-1)).toBe('2025-03-04');
  });

  test('emptying the field clears the date', async () => {
    const { user, changes } = renderField('2025-03-03');
    await user.clear(field());
    await user.tab();
    expect(changes.at(-1)).toBeUndefined();
    expect(field()).toHaveProperty('value', '');
  });
});

describe('when the picker arrives', () => {
  test('a field being typed in stays as it is (focus and text kept), and becomes the picker when left', async () => {
    const { user, changes } = renderField();
    const before = field();
    await user.type(before, '5.12.20');
    await act(async () => {
      gate.open();
      await loadDatePicker();
    });
    expect(gate.passed).toBe(true);
    expect(field()).toBe(before);
    expect(document.activeElement).toBe(before);
    await user.type(before, '26', { skipClick: true });
    await user.tab();
    expect(changes).toEqual(['2026-12-05']);
    const after = field();
    expect(after).not.toBe(before);
    expect(after).toHaveProperty('value', '05.12.2026');
    // The real picker: its calendar opens, in Danish.
    await user.click(after);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/december 2026/);
  });

  test('the picker has the same label, role and attributes the field had before it', () => {
    renderField();
    expect(fallbackA11y).toBeDefined();
    expect(a11y(field())).toEqual(fallbackA11y);
  });

  test('typing "5.12.2026" in the picker gives the same date as before it arrived', async () => {
    const { user, changes } = renderField();
    await user.click(field());
    await user.keyboard('{Escape}');
    await user.type(field(), '5.12.2026', { skipClick: true });
    await user.tab();
    await waitFor(() => expect(field()).toHaveProperty('value', '05.12.2026'));
    expect(changes.at(-1)).toBe('2026-12-05');
  });
});
