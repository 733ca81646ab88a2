/**
 * A date field: Fluent's date picker with Danish month and day names, Monday first, shown and typed as
 * dd.mm.yyyy (other Danish ways of typing a date are read too). The value is an ISO date.
 *
 * The picker and its calendar (DatePickerControl.tsx) are loaded lazily, after the pane's first render: they
 * are not in the JavaScript the pane needs before it shows. Until the picker's chunk arrives the field is a
 * Fluent `Input` with the picker's label, role, placeholder, icon and text handling (typing "5.12.2026" and
 * leaving the field, or pressing Enter, gives 05.12.2026; a wrong date gives the same Danish message). It
 * gives way to the picker as soon as the chunk is in and the user is not typing in it (never while focused, so
 * nothing typed is lost); a click, Enter or Arrow Down that asked for the calendar opens it when it arrives.
 */
import { Field, Input, useId } from '@fluentui/react-components';
import { CalendarMonthRegular } from '@fluentui/react-icons';
import { useEffect, useState, type JSX, type KeyboardEvent } from 'react';
import { formatShortDate, fromIso, parseDanishDate, toIso } from '../state/dates';
import { STRINGS } from '../strings';
import type * as PickerModule from './DatePickerControl';
import type { DateValidation } from './DatePickerControl';

const D = STRINGS.date;

let loaded: typeof PickerModule | undefined;
let loading: Promise<typeof PickerModule> | undefined;

/**
 * Loads the date picker's chunk, once; a failed load is tried again by the next call (the field stays an
 * `Input` meanwhile). DateField calls it when it mounts; tests may await it.
 * @example await loadDatePicker(); render(<DateField label="Dato" onChange={save} />) // the picker at once
 */
export function loadDatePicker(): Promise<typeof PickerModule> {
  loading ??= import(/* webpackChunkName: "date-picker" */ './DatePickerControl').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export interface DateFieldProps {
  label: string;
  /** ISO date. */
  value?: string;
  onChange: (iso: string | undefined) => void;
  required?: boolean;
  hint?: string;
  /** A message about the value from outside (e.g. "after the letter's date"). */
  error?: string;
}

interface DateTextInputProps {
  value?: string;
  required: boolean;
  onSelect: (iso: string | undefined) => void;
  onValidation: (result: DateValidation) => void;
  onFocusChange: (focused: boolean) => void;
  onOpenRequest: (open: boolean) => void;
}

/**
 * The field before the picker's chunk arrives: the same Fluent `Input` the picker renders (role, popup
 * attributes, id, placeholder, calendar icon), and the picker's handling of typed text (its
 * `validateTextInput` with `allowTextInput`): read when the field is left or on Enter; a text that is no date
 * gives `invalid-input` and shows the last good date again.
 */
function DateTextInput({
  value,
  required,
  onSelect,
  onValidation,
  onFocusChange,
  onOpenRequest,
}: DateTextInputProps): JSX.Element {
  const inputId = useId('datePicker-input');
  /** What the user typed since the last commit; undefined shows the value. */
  const [draft, setDraft] = useState<string | undefined>();
  const selected = fromIso(value);
  const text = draft ?? formatShortDate(selected);

  const commit = () => {
    setDraft(undefined);
    if (text) {
      if (selected && formatShortDate(selected) === text) return;
      const date = parseDanishDate(text);
      if (!date) {
        onSelect(value);
        onValidation('invalid-input');
      } else {
        onSelect(toIso(date));
        onValidation(undefined);
      }
    } else {
      onSelect(undefined);
      onValidation(required ? 'required-input' : undefined);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      commit();
      onOpenRequest(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onOpenRequest(true);
    } else if (event.key === 'Escape') {
      onOpenRequest(false);
    }
  };

  return (
    <Input
      id={inputId}
      role="combobox"
      aria-expanded={false}
      aria-haspopup="dialog"
      placeholder={D.placeholder}
      value={text}
      onChange={(_, data) => {
        // As in the picker, typing closes the calendar (here: forgets a request to open it).
        onOpenRequest(false);
        setDraft(data.value);
      }}
      onFocus={() => onFocusChange(true)}
      onBlur={() => {
        commit();
        onFocusChange(false);
      }}
      onKeyDown={onKeyDown}
      onClick={() => onOpenRequest(true)}
      contentAfter={
        <span
          role="button"
          aria-expanded={false}
          aria-labelledby={inputId}
          onClick={() => onOpenRequest(true)}
        >
          <CalendarMonthRegular />
        </span>
      }
    />
  );
}

/** A labelled date picker in a Fluent `Field`. */
export function DateField({ label, value, onChange, required, hint, error }: DateFieldProps): JSX.Element {
  const [inputError, setInputError] = useState<string | undefined>();
  const [picker, setPicker] = useState(() => loaded);
  const [typing, setTyping] = useState(false);
  const [wantsCalendar, setWantsCalendar] = useState(false);
  useEffect(() => {
    if (picker) return;
    let mounted = true;
    loadDatePicker().then(
      (module) => {
        if (mounted) setPicker(module);
      },
      // The chunk could not be fetched: the field stays a text field, which reads dates all the same.
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [picker]);

  const select = (iso: string | undefined) => {
    setInputError(undefined);
    onChange(iso);
  };
  const validation = (kind: DateValidation) => {
    if (kind === 'invalid-input') setInputError(D.invalid);
    else if (kind === 'out-of-bounds') setInputError(D.outOfBounds);
    else setInputError(undefined);
  };
  const message = inputError ?? error;
  const Picker = picker?.DatePickerControl;
  return (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      {Picker && (wantsCalendar || !typing) ? (
        <Picker value={value} onChange={select} onValidation={validation} openAtOnce={wantsCalendar} />
      ) : (
        <DateTextInput
          value={value}
          required={required ?? false}
          onSelect={select}
          onValidation={validation}
          onFocusChange={setTyping}
          onOpenRequest={setWantsCalendar}
        />
      )}
    </Field>
  );
}
