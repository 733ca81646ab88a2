import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  danishPublicHolidays,
  isWorkingDay,
} from '../../src/check/working-days';

describe('isWorkingDay', () => {
  it.each([
    ['2025-03-10', 'a Monday'],
    ['2025-03-14', 'a Friday'],
    ['2025-05-01', '1 May (not a public holiday)'],
    ['2025-12-23', 'lillejuleaften'],
    ['2025-12-30', 'the day before nytårsaftensdag'],
    ['2024-04-26', 'the Friday that was Store Bededag until 2023'],
    ['2025-05-16', 'the Friday that was Store Bededag until 2023'],
    ['2025-05-30', 'the Friday after Kristi Himmelfartsdag (a working day unless the authority closes)'],
    ['2025-04-16', 'Wednesday before Easter'],
    ['2025-04-22', 'Tuesday after Easter'],
    ['2026-01-02', 'the Friday after New Year'],
  ])('%s is a working day: %s', (iso) => {
    expect(isWorkingDay(iso)).toBe(true);
  });

  it.each([
    ['2025-03-08', 'Saturday'],
    ['2025-03-09', 'Sunday'],
    ['2025-01-01', 'nytårsdag'],
    ['2025-04-17', 'skærtorsdag'],
    ['2025-04-18', 'langfredag'],
    ['2025-04-21', '2. påskedag'],
    ['2025-05-29', 'Kristi Himmelfartsdag'],
    ['2025-06-09', '2. pinsedag'],
    ['2025-06-05', 'Grundlovsdag (date-holidays: observance; the state is closed)'],
    ['2025-12-24', 'juleaftensdag (date-holidays: observance; the state is closed)'],
    ['2025-12-25', 'juledag'],
    ['2025-12-26', '2. juledag'],
    ['2025-12-31', 'nytårsaftensdag (not in date-holidays; the state is closed)'],
    ['2023-05-05', 'Store Bededag 2023, its last year'],
    ['2024-03-28', 'skærtorsdag 2024'],
    ['2024-05-09', 'Kristi Himmelfartsdag 2024'],
    ['2024-05-20', '2. pinsedag 2024'],
    ['2026-05-14', 'Kristi Himmelfartsdag 2026'],
  ])('%s is not a working day: %s', (iso) => {
    expect(isWorkingDay(iso)).toBe(false);
  });

  it("adds the authority's own closing days", () => {
    expect(isWorkingDay('2025-05-30', ['2025-05-30'])).toBe(false);
    expect(isWorkingDay('2025-05-30', ['2026-05-30'])).toBe(true);
  });

  it.each(['2025-02-30', '2025-13-01', '10-03-2025', ''])('rejects %j', (iso) => {
    expect(() => isWorkingDay(iso)).toThrow(RangeError);
  });
});

describe('danishPublicHolidays', () => {
  it('knows that Store Bededag was abolished from 2024', () => {
    expect(danishPublicHolidays(2023).get('2023-05-05')).toBe('Store Bededag');
    expect([...danishPublicHolidays(2024).values()]).not.toContain('Store Bededag');
    expect([...danishPublicHolidays(2025).values()]).not.toContain('Store Bededag');
  });

  it('holds the public holidays only, in Danish', () => {
    expect([...danishPublicHolidays(2025)]).toEqual([
      ['2025-01-01', 'Nytårsdag'],
      ['2025-04-17', 'Skærtorsdag'],
      ['2025-04-18', 'Langfredag'],
      ['2025-04-20', 'Påskedag'],
      ['2025-04-21', 'Anden påskedag'],
      ['2025-05-29', 'Kristi Himmelfartsdag'],
      ['2025-06-08', 'Pinsedag'],
      ['2025-06-09', 'Anden Pinsedag'],
      ['2025-12-25', 'Juledag'],
      ['2025-12-26', 'Anden Juledag'],
    ]);
  });
});

describe('countWorkingDays: after the day of receipt, up to and including the end', () => {
  it.each([
    ['2025-03-03', '2025-03-03', 0, 'same day'],
    ['2025-03-10', '2025-03-03', 0, 'end before start'],
    ['2025-03-03', '2025-03-04', 1, 'next day'],
    ['2025-03-03', '2025-03-12', 7, 'an ordinary week and a half'],
    ['2025-03-03', '2025-03-13', 8, 'one more'],
    ['2025-03-07', '2025-03-10', 1, 'received Friday, answered Monday'],
    ['2025-03-08', '2025-03-10', 1, 'received Saturday: the weekend does not count'],
    ['2025-04-14', '2025-04-28', 7, 'Easter 2025: skærtorsdag, langfredag and 2. påskedag skipped'],
    ['2024-03-25', '2024-04-09', 8, 'Easter 2024'],
    ['2025-05-26', '2025-06-04', 6, 'Kristi Himmelfartsdag 2025 (29 May)'],
    ['2025-06-02', '2025-06-11', 5, 'Grundlovsdag (Thursday) and 2. pinsedag (Monday) 2025'],
    ['2025-12-19', '2026-01-06', 7, 'Christmas and New Year 2025/26'],
    ['2023-05-01', '2023-05-10', 6, 'Store Bededag 2023 (5 May) skipped'],
    ['2024-04-22', '2024-05-01', 7, 'the Friday that was Store Bededag counts in 2024'],
    ['2025-01-06', '2025-03-03', 40, 'eight ordinary weeks'],
  ])('%s -> %s: %i (%s)', (from, to, expected) => {
    expect(countWorkingDays(from, to)).toBe(expected);
  });

  it("skips the authority's own closing days", () => {
    expect(countWorkingDays('2025-05-26', '2025-06-04', ['2025-05-30'])).toBe(5);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-03-03', 7, '2025-03-12'],
    ['2025-03-03', 0, '2025-03-03'],
    ['2025-04-14', 7, '2025-04-28'],
    ['2025-12-19', 7, '2026-01-06'],
    ['2025-05-26', 7, '2025-06-06'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
    expect(countWorkingDays(from, expected)).toBe(days);
  });

  it("skips the authority's own closing days", () => {
    expect(addWorkingDays('2025-05-26', 7, ['2025-05-30'])).toBe('2025-06-10');
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
  });
});
