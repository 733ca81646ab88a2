/**
 * A date field: Fluent's date picker with Danish month and day names, Monday first, shown and typed as
 * dd.mm.yyyy (other Danish ways of typing a date are read too). The value is an ISO date.
 */
import { Field } from '@fluentui/react-components';
import { DatePicker, type CalendarStrings, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { useState, type JSX } from 'react';
import { formatShortDate, fromIso, parseDanishDate, toIso } from '../state/dates';
import { STRINGS } from '../strings';

const D = STRINGS.date;

/** The calendar's strings in Danish. */
export const DANISH_CALENDAR: CalendarStrings = {
  months: [...D.months],
  shortMonths: [...D.shortMonths],
  days: [...D.days],
  shortDays: [...D.shortDays],
  goToToday: D.goToToday,
  prevMonthAriaLabel: D.prevMonth,
  nextMonthAriaLabel: D.nextMonth,
  prevYearAriaLabel: D.prevYear,
  nextYearAriaLabel: D.nextYear,
  prevYearRangeAriaLabel: D.prevYearRange,
  nextYearRangeAriaLabel: D.nextYearRange,
  closeButtonAriaLabel: D.close,
  weekNumberFormatString: D.weekNumber,
  selectedDateFormatString: D.selectedDate,
  todayDateFormatString: D.todayDate,
  monthPickerHeaderAriaLabel: D.monthPickerHeader,
  yearPickerHeaderAriaLabel: D.yearPickerHeader,
  dayMarkedAriaLabel: D.dayMarked,
};

// Monday (DayOfWeek.Monday); the enum lives in the calendar package, which the date picker only re-exports as a type.
const MONDAY = 1 as NonNullable<DatePickerProps['firstDayOfWeek']>;

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

/** A labelled date picker in a Fluent `Field`. */
export function DateField({ label, value, onChange, required, hint, error }: DateFieldProps): JSX.Element {
  const [inputError, setInputError] = useState<string | undefined>();
  const message = inputError ?? error;
  return (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <DatePicker
        value={fromIso(value) ?? null}
        onSelectDate={(date) => {
          setInputError(undefined);
          onChange(date ? toIso(date) : undefined);
        }}
        onValidationResult={({ error: kind }) => {
          if (kind === 'invalid-input') setInputError(D.invalid);
          else if (kind === 'out-of-bounds') setInputError(D.outOfBounds);
          else setInputError(undefined);
        }}
        allowTextInput
        formatDate={formatShortDate}
        parseDateFromString={parseDanishDate}
        strings={DANISH_CALENDAR}
        firstDayOfWeek={MONDAY}
        placeholder={D.placeholder}
        showGoToToday
      />
    </Field>
  );
}
