/**
 * The preview host without the pane's flow: the page, the menu, typing in the document view, opening a .docx
 * generated from the corpus and a file the reader refuses, at a desktop width and at 320 px (Word's narrow
 * pane). Every state is checked with axe-core and photographed under test-results/e2e/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { READ_MESSAGES } from '../../src/docx';
import { PREVIEW_STRINGS as S } from '../../src/preview/strings';
import { STRINGS } from '../../src/taskpane/strings';
import {
  expectNoAxeViolations,
  guardedPage,
  launchChromium,
  screenshot,
  writeUpload,
  type GuardedPage,
} from './support/browser';
import { fixtureDocx } from './support/letters';

let browser: Browser;
let current: GuardedPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  current?.assertClean();
  await current?.close();
  current = undefined;
});

async function open(width = 1280) {
  current = await guardedPage(browser, { width });
  await current.page.goto(inject('baseUrl'));
  await current.page.getByRole('heading', { level: 1, name: S.pageTitle }).waitFor();
  return current.page;
}

describe('the preview', () => {
  it('opens with the sample letter beside the task pane, and nothing is fetched from outside localhost', async () => {
    const page = await open();
    await expect(
      page.getByRole('heading', { name: 'Svar på din anmodning om aktindsigt' }).isVisible(),
    ).resolves.toBe(true);
    // The pane first reads the letter and the profile (a spinner), then shows its tabs.
    await page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
    await screenshot(page, '01-preview-sample');
    await expectNoAxeViolations(page, 'preview-sample');
  });

  it('a new blank letter takes typing; Enter starts a new paragraph', async () => {
    const page = await open();
    await page.getByRole('button', { name: S.newBlank }).click();
    const first = page.locator('[data-paragraph-key]').first();
    await first.click();
    await page.keyboard.type('Kære Eva Eksempel');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tak for din anmodning.');
    const texts = await page.locator('[data-paragraph-key]').allTextContents();
    expect(texts).toEqual(['Kære Eva Eksempel', 'Tak for din anmodning.']);
    await screenshot(page, '02-preview-typed');
    await expectNoAxeViolations(page, 'preview-typed');
  });

  it('opens a .docx in the browser: header, headings and tables shown', async () => {
    const page = await open();
    await page.getByLabel(S.fileInputLabel).setInputFiles(await fixtureDocx('05-'));
    await page.getByText(S.opened('05-brev.docx', 0).split('(')[0] as string).waitFor();
    await expect(page.getByRole('group', { name: 'Sidehoved' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Klagevejledning' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('table').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '03-preview-docx');
    await expectNoAxeViolations(page, 'preview-docx-opened');
  });

  it('a file the reader refuses shows the Danish reason and keeps the letter', async () => {
    const page = await open();
    const before = await page.locator('[data-paragraph-key]').allTextContents();
    await page
      .getByLabel(S.fileInputLabel)
      .setInputFiles(writeUpload('ikke-et-brev.docx', new TextEncoder().encode('hej')));
    await page.getByText(READ_MESSAGES.notZip(), { exact: false }).waitFor();
    await expect(page.locator('[data-paragraph-key]').allTextContents()).resolves.toEqual(before);
    await screenshot(page, '04-preview-bad-file');
    await expectNoAxeViolations(page, 'preview-read-error');
  });

  it('fits 320 px (Word’s narrow pane) without sideways scrolling', async () => {
    const page = await open(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '05-preview-320px');
    await expectNoAxeViolations(page, 'preview-320px');
  });
});
