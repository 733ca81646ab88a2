/**
 * Dates as the pane shows them (dd.mm.yyyy, Danish) and as the decision stores them (ISO YYYY-MM-DD). Local
 * calendar dates throughout: a date picker's `Date` is midnight local time, so no time zone can shift a day.
 */
import { STRINGS } from '../strings';

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date, or undefined. */
function makeDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}

/**
 * The ISO date of a local `Date`.
 * @example toIso(new Date(2025, 2, 3)) // "2025-03-03"
 */
export function toIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The local `Date` of an ISO date; undefined when it is not a real date.
 * @example fromIso('2025-02-29') // undefined
 */
export function fromIso(iso: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * A date as the pane shows it.
 * @example formatShortDate(new Date(2025, 2, 3)) // "03.03.2025"
 */
export function formatShortDate(date?: Date): string {
  return date ? `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}` : '';
}

/** Two-digit years are this century's (a request is never from the last one's '25). */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

/**
 * Reads a date the way Danish users type it: "03.03.2025", "3.3.25", "3/3-2025", "3-3-2025", "2025-03-03",
 * "3. marts 2025" (month names and abbreviations). Null when it is not a real date.
 * @example parseDanishDate('3. marts 2025')?.getMonth() // 2
 */
export function parseDanishDate(text: string): Date | null {
  const value = text.trim().toLocaleLowerCase('da');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? null;
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/.exec(value);
  if (numeric) {
    return makeDate(fullYear(numeric[3] ?? ''), Number(numeric[2]), Number(numeric[1])) ?? null;
  }
  const named = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{2}|\d{4})$/.exec(value);
  if (named) {
    const word = named[2] ?? '';
    const month = STRINGS.date.months.findIndex(
      (m) => m === word || (word.length >= 3 && m.startsWith(word)),
    );
    if (month >= 0) return makeDate(fullYear(named[3] ?? ''), month + 1, Number(named[1])) ?? null;
  }
  return null;
}

/** Today as an ISO date, local time. */
export function todayIso(now: Date = new Date()): string {
  return toIso(now);
}
