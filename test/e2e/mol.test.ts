/**
 * A decision under miljøoplysningsloven in the preview, in Chromium: the request marked as environmental
 * information, a refusal on 1985-offentlighedslovens § 12, stk. 1, nr. 2 ticked, the weighing fields and the
 * emissions question shown, inserted with both left open (their placeholders in the letter), and the check
 * reporting the unfilled weighing. Every state is checked with axe-core and photographed under
 * test-results/e2e/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { EMISSIONS_LABEL, WEIGHING_FIELDS, weighingTitle } from '../../src/letter/compose-mol';
import { PREVIEW_STRINGS as P } from '../../src/preview/strings';
import { MOL_STRINGS as M } from '../../src/taskpane/mol/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { CHECK_STRINGS as C, SEVERITY_STRINGS } from '../../src/taskpane/strings-check';
import { expectNoAxeViolations, guardedPage, launchChromium, screenshot } from './support/browser';
import { danishDate, pane, tab } from './support/pane';

const D = STRINGS.decision;
const BUSINESS = groundById('offl1985-12-1-2')!;
const CRIMINAL = groundById('offl1985-2-1-1')!;
/** The composer's title of the ground's weighing block. */
const WEIGHING_TITLE = weighingTitle(BUSINESS);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a decision under miljøoplysningsloven in the preview', () => {
  it('marks MOL, ticks a ground, shows the weighing and the emissions question, inserts and checks', async () => {
    const guarded = await guardedPage(browser, { width: 1280, height: 900 });
    const { page } = guarded;
    await page.goto(inject('baseUrl'));
    await page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
    await page.getByRole('button', { name: P.newBlank }).click();

    // Afgørelse: the request concerns environmental information.
    await pane(page).getByRole('switch', { name: M.decision.toggle }).click();
    await pane(page).getByRole('list', { name: M.decision.categoriesHeading }).waitFor();
    expect(
      await pane(page)
        .getByRole('radio', { name: /Miljøoplysningslovens § 2, stk\. 1/ })
        .isChecked(),
    ).toBe(true);
    await pane(page).getByRole('button', { name: M.decision.showLaw }).click();
    await pane(page)
      .getByText(/^§ 3\. Ved miljøoplysninger forstås/)
      .waitFor();
    await pane(page).getByRole('radio', { name: D.outcomes.refusal }).check();
    await pane(page).getByRole('combobox', { name: D.received }).fill(danishDate(3));
    await pane(page).getByRole('combobox', { name: D.received }).press('Tab');
    await pane(page).getByRole('textbox', { name: D.subject }).fill('byggesagen om Vejle Renseanlæg');
    await pane(page).getByRole('combobox', { name: D.caseArea }).selectOption({ label: 'Byggesager' });
    await screenshot(page, '40-mol-decision');
    await expectNoAxeViolations(page, 'mol-decision-view');

    // Grunde: the ground brings the weighing fields and the emissions question.
    await tab(page, STRINGS.tabs.grounds).click();
    await pane(page).getByRole('heading', { name: M.grounds.heading }).waitFor();
    await pane(page).getByRole('checkbox', { name: BUSINESS.label }).check();
    const fields = pane(page).getByRole('group', { name: STRINGS.grounds.fieldsOf(BUSINESS.label) });
    for (const field of WEIGHING_FIELDS) await fields.getByRole('textbox', { name: field.label }).waitFor();
    const emissions = pane(page).getByRole('radiogroup', { name: M.grounds.emissions });
    await emissions.waitFor();
    expect(await emissions.getByRole('radio', { checked: true }).count()).toBe(0);
    await screenshot(page, '41-mol-grounds');
    await expectNoAxeViolations(page, 'mol-grounds-view');

    // Indsæt: the weighing and the emissions answer are reported missing, and stay placeholders in the letter.
    await tab(page, STRINGS.tabs.insert).click();
    await pane(page).getByRole('heading', { name: STRINGS.insert.previewHeading }).waitFor();
    const missing = pane(page).getByRole('list', { name: /ikke udfyldt$/ });
    await missing.getByText(STRINGS.insert.missingItem(WEIGHING_TITLE, WEIGHING_FIELDS[0]!.label)).waitFor();
    await missing
      .getByText(STRINGS.insert.missingItem(M.grounds.blockTitles.emissions, EMISSIONS_LABEL))
      .waitFor();
    await expectNoAxeViolations(page, 'mol-insert-view');
    await pane(page).getByRole('button', { name: STRINGS.insert.button }).click();
    await pane(page)
      .getByText(/afsnit indsat/)
      .waitFor();
    const weighing = page.getByRole('group', { name: P.blockLabel(WEIGHING_TITLE) });
    await weighing.getByText(`[${WEIGHING_FIELDS[0]!.label}]`, { exact: false }).waitFor();
    const emissionsBlock = page.getByRole('group', { name: P.blockLabel(M.grounds.blockTitles.emissions) });
    await emissionsBlock.getByText(`[${EMISSIONS_LABEL}]`, { exact: false }).waitFor();
    await screenshot(page, '42-mol-inserted');
    await expectNoAxeViolations(page, 'mol-inserted');

    // Kontrol: the unfilled weighing is an error.
    await tab(page, STRINGS.tabs.check).click();
    await pane(page).getByRole('button', { name: C.run }).click();
    await pane(page).getByRole('heading', { name: C.resultHeading }).waitFor();
    await pane(page)
      .getByRole('button', { name: new RegExp(`^${SEVERITY_STRINGS.error.group}`) })
      .waitFor();
    const finding = pane(page).getByRole('listitem').filter({ hasText: WEIGHING_FIELDS[0]!.label }).first();
    await finding.waitFor();
    await screenshot(page, '43-mol-checked');
    await expectNoAxeViolations(page, 'mol-checked');
    guarded.assertClean();
    await guarded.close();
  }, 300_000);

  it('at 320 px (Word’s narrow pane) the MOL views fit without sideways scrolling', async () => {
    const guarded = await guardedPage(browser, { width: 320, height: 900 });
    const { page } = guarded;
    await page.goto(inject('baseUrl'));
    await page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
    await pane(page).getByRole('switch', { name: M.decision.toggle }).click();
    await pane(page).getByRole('button', { name: M.decision.showLaw }).click();
    await pane(page)
      .getByText(/^§ 3\. Ved miljøoplysninger forstås/)
      .waitFor();
    await pane(page).getByRole('radio', { name: D.outcomes.partial }).check();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow(), 'sideways scrolling in Afgørelse at 320 px').toBeLessThanOrEqual(0);
    await screenshot(page, '44-mol-narrow-decision');
    await expectNoAxeViolations(page, 'mol-narrow-decision');

    await tab(page, STRINGS.tabs.grounds).click();
    await pane(page).getByRole('heading', { name: M.grounds.heading }).waitFor();
    await pane(page).getByRole('checkbox', { name: BUSINESS.label }).check();
    await pane(page).getByRole('checkbox', { name: CRIMINAL.label }).check();
    await pane(page).getByRole('checkbox', { name: M.grounds.police }).check();
    await pane(page).getByRole('radio', { name: M.grounds.emissionsChoices.partly }).check();
    await pane(page).getByRole('switch', { name: M.grounds.underPreparation }).click();
    await pane(page).getByRole('radio', { name: M.grounds.formChoices[2].label }).check();
    await pane(page).getByRole('switch', { name: M.grounds.secondTrack }).click();
    await pane(page).getByRole('group', { name: M.grounds.secondTrackGrounds }).waitFor();
    await pane(page).getByRole('heading', { name: M.supplied.heading }).waitFor();
    expect(await overflow(), 'sideways scrolling in Grunde at 320 px').toBeLessThanOrEqual(0);
    await screenshot(page, '45-mol-narrow-grounds');
    await expectNoAxeViolations(page, 'mol-narrow-grounds');
    guarded.assertClean();
    await guarded.close();
  }, 300_000);
});
