/**
 * What every end-to-end test does with the browser: a page behind a network guard (every request goes through
 * `page.route`; any host but localhost is aborted and recorded, so the test fails), accessibility checks with
 * axe-core, and screenshots under test-results/e2e/ for a person to look at.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export { launchChromium } from '../../../scripts/browser/chromium';

export const RESULTS = resolve(import.meta.dirname, '../../../test-results/e2e');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A page, the requests the guard stopped, and the script errors the page threw. */
export interface GuardedPage {
  page: Page;
  /** URLs of requests to any host but localhost: each was aborted. */
  blocked: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  /** Fails the test when anything was blocked or thrown. */
  assertClean(): void;
  close(): Promise<void>;
}

/**
 * A new page of `width` x `height` CSS pixels behind the network guard.
 * @example const { page, assertClean } = await guardedPage(browser, { width: 320 });
 */
export async function guardedPage(
  browser: Browser,
  { width = 1280, height = 900 }: { width?: number; height?: number } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'da-DK' });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    blocked,
    errors,
    assertClean() {
      expect(blocked, 'requests to hosts other than localhost').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    close: () => context.close(),
  };
}

/**
 * Runs axe-core on the page as it is now and fails with the violations (rule, impact, elements) if there are
 * any; the full result is kept in test-results/e2e/axe-<name>.json.
 */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  // Fluent's focus manager (tabster) puts focusable, aria-hidden sentinels around arrow-key groups (toolbar,
  // tab list) that pass the focus on at once; they are a known false positive of aria-hidden-focus
  // (microsoft/tabster#288, Fluent v9's known issues). Every rule still runs on everything else.
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  // Soft: the flow goes on, so one run lists the violations of every state.
  expect.soft(summary, `axe violations in state "${name}"`).toEqual([]);
}

/** Saves a screenshot of the whole page as test-results/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** Writes a file for the browser to open (a generated .docx) and gives its path. */
export function writeUpload(name: string, bytes: Uint8Array): string {
  const folder = join(RESULTS, 'uploads');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}
