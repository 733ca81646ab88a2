/**
 * The document list in the preview, in Chromium: AktBOB's list imported under Afgørelse (sheet, rows, the row
 * outside the request), its catch-all reason answered, "Brug aktlisten" (outcome and grounds), the letter
 * inserted with its aktliste table, checked against the list, then against a list with one row changed: the
 * finding names that row. Every state is checked with axe-core and photographed under test-results/e2e/.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PREVIEW_STRINGS as P } from '../../src/preview/strings';
import { AKTLISTE_STRINGS as A } from '../../src/taskpane/aktliste/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { AKTBOB_HEADER } from '../aktliste/make-fixtures';
import {
  expectNoAxeViolations,
  guardedPage,
  launchChromium,
  screenshot,
  writeUpload,
} from './support/browser';
import { danishDate, pane, tab } from './support/pane';

const D = STRINGS.decision;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'aktliste', 'aktbob-sagsoversigt.xlsx');
const CATCH_ALL = 'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** AktBOB's list as a semicolon CSV (as Danish Excel saves it), with the given rows. */
function csvList(rows: string[][]): Uint8Array {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
  return new TextEncoder().encode([line(AKTBOB_HEADER), ...rows.map(line)].join('\r\n'));
}

/** The fixture's rows that matter here: akt, title, date, in request, decision, reason. */
function aktbobRows(changed: boolean): string[][] {
  const row = (akt: string, title: string, inRequest: string, decision: string, reason = '') => [
    akt,
    `D-${akt}`,
    title,
    '',
    '03-02-2025',
    '',
    'Nej',
    '',
    inRequest,
    decision,
    reason,
  ];
  return [
    row('1', 'Ansøgning om byggetilladelse', 'Ja', 'Ja'),
    // The row broken on purpose: the letter hands "Tegninger" out, this list withholds it.
    changed
      ? row('2', 'Tegninger', 'Ja', 'Nej', 'Internt dokument - ufærdigt arbejdsdokument')
      : row('2', 'Tegninger', 'Ja', 'Ja'),
  ];
}

describe('the aktliste in the preview', () => {
  it('imports a list, writes the letter from it, checks the letter against it and finds a changed row', async () => {
    const guarded = await guardedPage(browser, { width: 1280, height: 900 });
    const { page } = guarded;
    await page.goto(inject('baseUrl'));
    await page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
    await page.getByRole('button', { name: P.newBlank }).click();

    // Afgørelse: the request, then the list.
    await pane(page).getByRole('combobox', { name: D.received }).fill(danishDate(3));
    await pane(page).getByRole('combobox', { name: D.received }).press('Tab');
    await pane(page).getByRole('textbox', { name: D.subject }).fill('sagen om byggetilladelse på Skolevej 1');
    await pane(page).getByRole('combobox', { name: D.caseArea }).selectOption({ index: 1 });
    await pane(page).getByLabel(A.fileInput).setInputFiles(FIXTURE);
    const rows = pane(page).getByRole('table', { name: A.rowsTable });
    await rows.waitFor();
    await pane(page).getByText(A.sheet('Sagsoversigt')).waitFor();
    expect(await rows.getByRole('row').count()).toBe(9);
    expect(await pane(page).getByRole('table', { name: A.outsideTable }).getByRole('row').count()).toBe(2);
    await screenshot(page, '40-aktliste-imported');
    await expectNoAxeViolations(page, 'aktliste-imported');

    // The catch-all is the jurist's: private matters, remembered.
    const picker = pane(page).getByRole('group', { name: CATCH_ALL });
    await picker.getByRole('textbox').fill('private forhold');
    await picker.getByRole('checkbox', { name: /offentlighedslovens § 30, nr\. 1\)/ }).check();
    await picker.getByRole('button', { name: A.saveAnswer }).click();
    await expect.poll(() => pane(page).getByRole('group', { name: CATCH_ALL }).count()).toBe(0);
    await expectNoAxeViolations(page, 'aktliste-answered');

    await pane(page).getByRole('button', { name: A.use }).click();
    await pane(page).getByText(A.used(8), { exact: false }).waitFor();
    expect(await pane(page).getByRole('radio', { name: D.outcomes.partial }).isChecked()).toBe(true);
    await screenshot(page, '41-aktliste-used');
    await expectNoAxeViolations(page, 'aktliste-used');

    // Grunde: the list's grounds are ticked; the fields the list does not fill get the hints' examples.
    await tab(page, STRINGS.tabs.grounds).click();
    const internal = pane(page).getByRole('checkbox', {
      name: /offentlighedslovens § 23, stk\. 1, nr\. 1\)/,
    });
    await internal.waitFor();
    expect(await internal.isChecked()).toBe(true);
    await pane(page).getByText(A.documentsFromList('akt 3'), { exact: false }).waitFor();

    // Indsæt: the letter gets the list as a table.
    await tab(page, STRINGS.tabs.insert).click();
    await pane(page).getByRole('button', { name: STRINGS.insert.button }).click();
    await pane(page)
      .getByText(/afsnit indsat/)
      .waitFor();
    const document = page.getByRole('region', { name: P.documentLabel });
    await document.getByText('Sagsbehandlers notat om vurdering').first().waitFor();
    await screenshot(page, '42-aktliste-inserted');
    await expectNoAxeViolations(page, 'aktliste-inserted');

    // Kontrol: against the imported list, then against a list whose row 3 ("Tegninger") was changed.
    await tab(page, STRINGS.tabs.check).click();
    await pane(page)
      .getByRole('button', { name: A.checkUseImported('aktbob-sagsoversigt.xlsx') })
      .click();
    await pane(page)
      .getByText(/ved sammenholdelsen med|stemmer med aktlisten/)
      .waitFor();
    await screenshot(page, '43-aktliste-checked');
    await expectNoAxeViolations(page, 'aktliste-checked');
    const tableFindingsBefore = await pane(page)
      .getByText(/Række 3: Tegninger/)
      .count();
    expect(tableFindingsBefore).toBe(0);

    const broken = writeUpload('aktliste-aendret.csv', csvList(aktbobRows(true)));
    await pane(page).getByLabel(A.checkFileInput).setInputFiles(broken);
    const rowFinding = pane(page)
      .getByRole('list', { name: A.checkRowsHeading })
      .getByText(/^Række 3: Tegninger: /)
      .first();
    await rowFinding.waitFor();
    await screenshot(page, '44-aktliste-row-changed');
    await expectNoAxeViolations(page, 'aktliste-row-changed');
    guarded.assertClean();
    await guarded.close();
  }, 300_000);

  it('the imported list at 320 px (Word’s narrow pane): no sideways scrolling of the page, axe clean', async () => {
    const guarded = await guardedPage(browser, { width: 320, height: 900 });
    const { page } = guarded;
    await page.goto(inject('baseUrl'));
    await page.getByRole('tablist', { name: STRINGS.app.tabList }).waitFor();
    await pane(page).getByLabel(A.fileInput).setInputFiles(FIXTURE);
    await pane(page).getByRole('table', { name: A.rowsTable }).waitFor();
    await screenshot(page, '45-aktliste-narrow');
    await expectNoAxeViolations(page, 'aktliste-narrow');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    guarded.assertClean();
    await guarded.close();
  }, 300_000);
});
