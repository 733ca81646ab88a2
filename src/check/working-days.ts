/**
 * Working days as Danish authorities count them for the deadlines of offentlighedslovens § 36, stk. 2 and
 * § 39, and forvaltningslovens § 16, stk. 2: Monday to Friday, except the public holidays, the days the
 * state keeps closed though they are not public holidays (5 June, 24 December, 31 December) and an
 * authority's own closing days.
 *
 * The public holidays come from holidays-dk.ts, a table generated from date-holidays (its `public` type
 * only) by `npm run holidays`, so that the checker does not ship date-holidays to the browser. date-holidays
 * marks Grundlovsdag and juleaftensdag as observances and has no nytårsaftensdag, which is why those three
 * are added here; it knows that Store Bededag was abolished from 2024.
 *
 * Outside the table's years (FIRST_YEAR-LAST_YEAR in holidays-dk.ts) a date is counted as if its year had no
 * public holidays, weekends and closing days only: the checker must answer for any date a letter states, and
 * such a year is in practice a misread one. `danishPublicHolidays` throws there, having no list to give.
 */
import { DK_PUBLIC_HOLIDAYS, DK_PUBLIC_HOLIDAY_NAMES, FIRST_YEAR, LAST_YEAR } from './holidays-dk';

/** Days (MM-DD) the state keeps closed every year although they are not public holidays. */
export const STATE_CLOSING_DAYS: readonly string[] = ['06-05', '12-24', '12-31'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/** Milliseconds since the epoch of an ISO date at UTC midnight; throws on anything that is not a real date. */
function toTime(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const date = new Date(time);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${iso}`);
  }
  return time;
}

const toIso = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The Danish public holidays of a year, ISO date -> Danish name (Sundays such as påskedag included).
 * Throws a RangeError for a year outside the table (FIRST_YEAR-LAST_YEAR).
 * @example danishPublicHolidays(2025).get('2025-05-29') // "Kristi Himmelfartsdag"
 */
export function danishPublicHolidays(year: number): ReadonlyMap<string, string> {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(
      `No public holidays for ${year}: the table covers ${FIRST_YEAR}-${LAST_YEAR} (npm run holidays)`,
    );
  }
  let found = holidaysByYear.get(year);
  if (!found) {
    const prefix = `${year}-`;
    found = new Map(Object.entries(DK_PUBLIC_HOLIDAY_NAMES).filter(([iso]) => iso.startsWith(prefix)));
    holidaysByYear.set(year, found);
  }
  return found;
}

/** What a working-day calendar needs beyond the law: the authority's own closing days (ISO dates). */
export type ExtraNonWorkingDays = Iterable<string>;

function isWorkingTime(time: number, extra: ReadonlySet<string>): boolean {
  const date = new Date(time);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = toIso(time);
  if (STATE_CLOSING_DAYS.includes(iso.slice(5))) return false;
  if (extra.has(iso)) return false;
  // Outside the table's years the set has no entry: weekends and closing days only (see the module's doc).
  return !DK_PUBLIC_HOLIDAYS.has(iso);
}

/**
 * Whether a date is a working day.
 * @example isWorkingDay('2025-06-05') // false (Grundlovsdag: the state is closed)
 * @example isWorkingDay('2025-05-30', ['2025-05-30']) // false (the authority's own closing day)
 */
export function isWorkingDay(iso: string, extraNonWorkingDays: ExtraNonWorkingDays = []): boolean {
  return isWorkingTime(toTime(iso), new Set(extraNonWorkingDays));
}

/**
 * The working days after `from` up to and including `to`: how deadlines "within N working days after
 * receipt" are counted. 0 when `to` is not after `from`.
 * @example countWorkingDays('2025-03-03', '2025-03-12') // 7 (received Monday, answered Wednesday week after)
 */
export function countWorkingDays(
  from: string,
  to: string,
  extraNonWorkingDays: ExtraNonWorkingDays = [],
): number {
  const extra = new Set(extraNonWorkingDays);
  const end = toTime(to);
  let count = 0;
  for (let time = toTime(from) + DAY_MS; time <= end; time += DAY_MS) {
    if (isWorkingTime(time, extra)) count++;
  }
  return count;
}

/**
 * The date that is the `days`-th working day after `from`: the last day of a deadline of that many
 * working days.
 * @example addWorkingDays('2025-04-14', 7) // "2025-04-28" (Easter: 17, 18 and 21 April are holidays)
 */
export function addWorkingDays(
  from: string,
  days: number,
  extraNonWorkingDays: ExtraNonWorkingDays = [],
): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of days: ${days}`);
  const extra = new Set(extraNonWorkingDays);
  let time = toTime(from);
  for (let left = days; left > 0;) {
    time += DAY_MS;
    if (isWorkingTime(time, extra)) left--;
  }
  return toIso(time);
}
