/**
 * Finding the task pane's parts in the preview page, and typing dates as a jurist does: shared by the e2e
 * tests of the flow, the document list and miljøoplysningsloven.
 */
import type { Page } from 'playwright-core';

/** The task pane (the preview's main landmark). */
export const pane = (page: Page) => page.getByRole('main');

/** One of the pane's tabs, by its Danish name. */
export const tab = (page: Page, name: string) => pane(page).getByRole('tab', { name });

/**
 * dd.mm.yyyy of today minus `daysAgo`, as the jurist types a date.
 * @example danishDate(0) // "05.12.2026" on 5 December 2026
 */
export function danishDate(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
