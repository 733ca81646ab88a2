/**
 * Dates in a list: real Excel dates (read as `Date`), Excel serial numbers in a column without a date
 * format, and dates written as text the way Danish lists write them: 03.04.2025, 3-4-2025, 3/4-25,
 * 2025-04-03, "3. april 2025".
 */
import { MONTH_NAMES } from '../check/vocabulary';
import type { CellValue } from './grid';

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A two-digit year: 00-69 is 2000-2069, 70-99 is 1970-1999 (as Excel reads them). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * A date written as text, as ISO; undefined when the text is not a date.
 * @example parseDateText('3/4-25') // "2025-04-03"
 * @example parseDateText('03.04.2025') // "2025-04-03"
 */
export function parseDateText(text: string): string | undefined {
  const t = text.trim().toLocaleLowerCase('da');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?)?$/.exec(
      t,
    );
  if (m) return iso(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTH_NAMES.findIndex(
      (name) => name === m?.[2] || (m?.[2]?.length === 3 && name.startsWith(m[2])),
    );
    if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return undefined;
}

/** Excel's serial day number (1900 system) as ISO, for plausible serials only (1955-2118). */
function fromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return undefined;
  // Day 25569 is 1970-01-01 (Excel counts the non-existent 29 February 1900).
  return new Date(Math.round((Math.floor(serial) - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/**
 * A date cell as ISO (or undefined) and as written.
 * @example readDate(new Date(Date.UTC(2025, 3, 3))) // { date: "2025-04-03", text: "2025-04-03" }
 */
export function readDate(value: CellValue | undefined): { date?: string; text: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    const date = value.toISOString().slice(0, 10);
    return { date, text: date };
  }
  if (typeof value === 'number') {
    const date = fromSerial(value);
    return date ? { date, text: String(value) } : { text: String(value) };
  }
  const text = String(value).trim();
  const date = parseDateText(text);
  return date ? { date, text } : { text };
}
