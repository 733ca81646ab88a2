/**
 * Fluent's date picker with its calendar, set up the Danish way: Danish month and day names, Monday first,
 * shown and typed as dd.mm.yyyy (other Danish ways of typing a date are read too). DateField loads this module
 * lazily, so the calendar (react-datepicker-compat and react-calendar-compat) is not in the pane's first load.
 */
import {
  DatePicker,
  type CalendarStrings,
  type DatePickerErrorType,
  type DatePickerProps,
} from '@fluentui/react-datepicker-compat';
import { useEffect, useRef, type JSX } from 'react';
import { formatShortDate, fromIso, parseDanishDate, toIso } from '../state/dates';
import { STRINGS } from '../strings';

const D = STRINGS.date;

/** What the picker says about typed text when it leaves the field: undefined when it was fine. */
export type DateValidation = DatePickerErrorType | undefined;

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

export interface DatePickerControlProps {
  /** ISO date. */
  value?: string;
  onChange: (iso: string | undefined) => void;
  onValidation: (result: DateValidation) => void;
  /** Opens the calendar at once and focuses the field: the user asked for it before this module arrived. */
  openAtOnce?: boolean;
}

/**
 * The date picker inside DateField's Fluent `Field` (which gives it its label, hint and message).
 * @example <Field label="Dato"><DatePickerControl value="2026-12-05" onChange={save} onValidation={show} /></Field>
 */
export function DatePickerControl({
  value,
  onChange,
  onValidation,
  openAtOnce = false,
}: DatePickerControlProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The field the user clicked or pressed Enter in was replaced by this one: give the focus back to the
    // field (the calendar, opening, then takes it as it does when the picker opens it itself).
    if (openAtOnce) input.current?.focus();
  }, [openAtOnce]);
  return (
    <DatePicker
      ref={input}
      value={fromIso(value) ?? null}
      onSelectDate={(date) => onChange(date ? toIso(date) : undefined)}
      onValidationResult={({ error }) => onValidation(error)}
      defaultOpen={openAtOnce}
      allowTextInput
      formatDate={formatShortDate}
      parseDateFromString={parseDanishDate}
      strings={DANISH_CALENDAR}
      firstDayOfWeek={MONDAY}
      placeholder={D.placeholder}
      showGoToToday
    />
  );
}
