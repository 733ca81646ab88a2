/**
 * The jurist's whole flow in the preview, in Chromium: a partial refusal under offentlighedslovens § 30, nr. 1
 * and § 9, stk. 2, nr. 1, fields filled, inserted, checked clean; the complaint guidance deleted by hand, found
 * missing, shown and put back by its fix; a protected document refused with a Danish message; a .docx of the
 * corpus opened and checked. Every view and state is checked with axe-core, at 1280 px and at 320 px, and
 * photographed under test-results/e2e/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PORT_MESSAGES } from '../../src/port';
import { PREVIEW_STRINGS as P } from '../../src/preview/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { CHECK_STRINGS as C, SEVERITY_STRINGS } from '../../src/taskpane/strings-check';
import {
  expectNoAxeViolations,
  guardedPage,
  launchChromium,
  screenshot,
  type GuardedPage,
} from './support/browser';
import { danishDate, pane, tab } from './support/pane';
import { fixtureDocx } from './support/letters';

const D = STRINGS.decision;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPreview(width: number): Promise<GuardedPage> {
  const guarded = await guardedPage(browser, { width, height: 900 });
  await guarded.page.goto(inject('baseUrl'));
  await guarded.page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
  return guarded;
}

/**
 * Fills every empty text field in the pane's open view (the grounds' and companions' fields) with the example
 * its hint gives ("Fx: 12. marts 2025 (telefonisk)"), as a jurist following the hints would.
 */
async function fillEmptyFields(view: Locator): Promise<number> {
  const fields = view.locator('textarea, input[type="text"], input:not([type])');
  let filled = 0;
  for (const field of await fields.all()) {
    if (!(await field.isVisible()) || (await field.inputValue()) !== '') continue;
    const hint = await field.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .find((text) => text.startsWith('Fx: ')),
    );
    await field.fill(hint ? hint.slice(4) : 'oplysninger om navngivne borgeres helbred og sociale forhold');
    filled += 1;
  }
  return filled;
}

/** The findings of one severity group of the check view, as their list items. */
const findingsOf = (page: Page) => pane(page).getByRole('listitem');

/** Runs the check (the button says "Kontrollér brevet", or "Kontrollér igen" once there is a result). */
async function runCheck(page: Page) {
  await pane(page)
    .getByRole('button', { name: new RegExp(`^(${C.run}|${C.rerun})$`) })
    .click();
  await pane(page).getByRole('heading', { name: C.resultHeading }).waitFor();
}

const errorGroup = (page: Page) =>
  pane(page).getByRole('button', { name: new RegExp(`^${SEVERITY_STRINGS.error.group}`) });

describe('the jurist’s flow in the preview', () => {
  it('composes, inserts and checks a partial refusal; a deleted complaint guidance is found, shown and restored', async () => {
    const guarded = await openPreview(1280);
    const { page } = guarded;
    await page.getByRole('button', { name: P.newBlank }).click();

    // Afgørelse
    await pane(page).getByRole('radio', { name: D.outcomes.partial }).check();
    await pane(page).getByRole('combobox', { name: D.received }).fill(danishDate(2));
    await pane(page).getByRole('combobox', { name: D.received }).press('Tab');
    await pane(page)
      .getByRole('textbox', { name: D.subject })
      // The check ties a letter to the profile's case area by its name in the text ("sociale sag").
      .fill('den sociale sag om støtte til foreningen Eksempelhjælp');
    await pane(page).getByRole('textbox', { name: D.requester }).fill('Eva Eksempel');
    await pane(page).getByRole('combobox', { name: D.caseArea }).selectOption({ label: 'Sociale sager' });
    await screenshot(page, '10-flow-decision');
    await expectNoAxeViolations(page, 'flow-decision-view');

    // Grunde
    await tab(page, STRINGS.tabs.grounds).click();
    await pane(page)
      .getByRole('checkbox', { name: /offentlighedslovens § 30, nr\. 1\)/ })
      .check();
    await pane(page)
      .getByRole('checkbox', { name: /offentlighedslovens § 9, stk\. 2, nr\. 1\)/ })
      .check();
    await pane(page).getByRole('heading', { name: STRINGS.grounds.companionsHeading }).waitFor();
    const filled = await fillEmptyFields(pane(page).getByRole('tabpanel'));
    expect(filled).toBeGreaterThan(0);
    await screenshot(page, '11-flow-grounds');
    await expectNoAxeViolations(page, 'flow-grounds-view');

    // Indsæt
    await tab(page, STRINGS.tabs.insert).click();
    await pane(page).getByRole('heading', { name: STRINGS.insert.previewHeading }).waitFor();
    await screenshot(page, '12-flow-insert-preview');
    await expectNoAxeViolations(page, 'flow-insert-view');
    await pane(page).getByRole('button', { name: STRINGS.insert.button }).click();
    await pane(page)
      .getByText(/afsnit indsat/)
      .waitFor();
    const blocks = page.getByRole('region', { name: P.documentLabel }).getByRole('group');
    expect(await blocks.count()).toBeGreaterThan(5);
    await page.getByRole('group', { name: P.blockLabel('Klagevejledning') }).waitFor();
    await screenshot(page, '13-flow-inserted');
    await expectNoAxeViolations(page, 'flow-inserted');

    // Kontrol: no errors
    await tab(page, STRINGS.tabs.check).click();
    await runCheck(page);
    expect(await errorGroup(page).count()).toBe(0);
    await screenshot(page, '14-flow-check-clean');
    await expectNoAxeViolations(page, 'flow-check-clean');

    // The complaint guidance deleted by hand: an error, shown in the letter, fixed.
    await page.getByRole('button', { name: P.deleteBlock('Klagevejledning') }).click();
    expect(await page.getByRole('group', { name: P.blockLabel('Klagevejledning') }).count()).toBe(0);
    await runCheck(page);
    await errorGroup(page).waitFor();
    const missing = findingsOf(page)
      .filter({ hasText: /klagevejledning/i })
      .first();
    await missing.waitFor();
    await screenshot(page, '15-flow-check-error');
    await expectNoAxeViolations(page, 'flow-check-error');

    // The reviewer's comments in the margin beside their paragraphs.
    await pane(page).getByRole('button', { name: C.annotate }).click();
    const comments = page.getByRole('list', { name: /^Kommentarer til afsnit/ });
    await comments.first().waitFor();
    expect(await comments.getByText(/klagevejledning/i).count()).toBeGreaterThan(0);
    await screenshot(page, '16-flow-comments');
    await expectNoAxeViolations(page, 'flow-comments');

    // Jump to the finding, then apply its fix: the guidance is back and the error gone.
    await missing.getByRole('button', { name: C.reveal }).click();
    const revealed = page.locator('[data-revealed="true"]');
    await revealed.waitFor();
    // Scrolled into the document's view (smoothly: wait for it to settle).
    await expect
      .poll(() =>
        revealed.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await screenshot(page, '17-flow-revealed');
    await missing.getByRole('button', { name: C.fix }).click();
    await page.getByRole('group', { name: P.blockLabel('Klagevejledning') }).waitFor();
    await expect.poll(() => errorGroup(page).count(), { timeout: 10_000 }).toBe(0);
    await screenshot(page, '18-flow-fixed');
    await expectNoAxeViolations(page, 'flow-fixed');
    await pane(page).getByRole('button', { name: C.clearAnnotations }).click();
    await expect.poll(() => comments.count()).toBe(0);
    guarded.assertClean();
    await guarded.close();
  }, 300_000);

  it('a protected document: the pane says so in Danish and changes nothing', async () => {
    const guarded = await openPreview(1280);
    const { page } = guarded;
    await page.getByRole('button', { name: P.newBlank }).click();
    await pane(page).getByRole('combobox', { name: D.received }).fill(danishDate(1));
    await pane(page).getByRole('combobox', { name: D.received }).press('Tab');
    await page.getByRole('button', { name: P.protect }).click();
    await tab(page, STRINGS.tabs.insert).click();
    await pane(page).getByRole('button', { name: STRINGS.insert.button }).click();
    await pane(page).getByText(PORT_MESSAGES.protected).waitFor();
    expect(await page.locator('[data-paragraph-key]').allTextContents()).toEqual(['']);
    await screenshot(page, '20-protected-error');
    await expectNoAxeViolations(page, 'pane-port-error');
    guarded.assertClean();
    await guarded.close();
  });

  it('opens a .docx of the corpus and checks it: the missing complaint guidance is an error', async () => {
    const guarded = await openPreview(1280);
    const { page } = guarded;
    await page.getByLabel(P.fileInputLabel).setInputFiles(await fixtureDocx('11-'));
    await page.getByText(/11-brev\.docx« er åbnet/).waitFor();
    await tab(page, STRINGS.tabs.check).click();
    await runCheck(page);
    await errorGroup(page).waitFor();
    await findingsOf(page).filter({ hasText: /klage/i }).first().waitFor();
    await screenshot(page, '21-docx-checked');
    await expectNoAxeViolations(page, 'docx-checked');
    guarded.assertClean();
    await guarded.close();
  });

  it('every view at 320 px (Word’s narrow pane), with findings and a message shown', async () => {
    const guarded = await openPreview(320);
    const { page } = guarded;
    for (const [id, name] of Object.entries(STRINGS.tabs)) {
      await tab(page, name).click();
      await pane(page).getByRole('tabpanel').waitFor();
      if (id === 'check') await runCheck(page);
      await screenshot(page, `30-narrow-${id}`);
      await expectNoAxeViolations(page, `narrow-${id}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scrolling in ${name} at 320 px`).toBeLessThanOrEqual(0);
    }
    guarded.assertClean();
    await guarded.close();
  }, 300_000);
});
