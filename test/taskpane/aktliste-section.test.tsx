// @vitest-environment jsdom
/**
 * Afgørelse's Aktliste section on the real in-memory port: a file imported (AktBOB's list), its sheet,
 * columns, rows and the rows outside the request shown; "Brug aktlisten" proposes the outcome and sets the
 * documents; a later outcome that differs is pointed out; a pasted table's weak column corrected and an
 * unmapped reason answered, both remembered in the browser store and used on the next read.
 */
import './setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserProfileStore } from '../../src/taskpane/profile-store';
import { LIST_MEMORY_KEY } from '../../src/taskpane/aktliste/memory';
import { setImportedList } from '../../src/taskpane/aktliste/imported';
import { AKTLISTE_STRINGS as A } from '../../src/taskpane/aktliste/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { fill, memoryPort, renderPane } from './helpers';

const D = STRINGS.decision;
const FIXTURE = join(__dirname, '..', 'fixtures', 'aktliste', 'aktbob-sagsoversigt.xlsx');

function browserStore() {
  localStorage.clear();
  return createBrowserProfileStore({
    storage: localStorage,
    fetchFn: async () => new Response('', { status: 404 }),
  });
}

afterEach(() => setImportedList(undefined));

async function openSection() {
  const port = memoryPort();
  const store = browserStore();
  const utils = await renderPane({ port, profileStore: store });
  await screen.findByRole('button', { name: A.loadFile }, { timeout: 30_000 });
  return { ...utils, port, store };
}

function chooseFile(name: string, bytes: Uint8Array) {
  const input = screen.getByLabelText(A.fileInput);
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  fireEvent.change(input, { target: { files: [file] } });
}

describe('Aktliste section', () => {
  it("imports AktBOB's list: sheet, header row, rows and the rows outside the request", async () => {
    await openSection();
    chooseFile('aktbob-sagsoversigt.xlsx', new Uint8Array(readFileSync(FIXTURE)));
    const table = await screen.findByRole('table', { name: A.rowsTable }, { timeout: 30_000 });
    expect(screen.getByText(A.source('aktbob-sagsoversigt.xlsx'))).toBeTruthy();
    expect(screen.getByText(A.sheet('Sagsoversigt'))).toBeTruthy();
    expect(screen.getByText(A.otherSheets(['VeryHidden']))).toBeTruthy();
    expect(screen.getByText(A.headerRow(1))).toBeTruthy();
    // Eight documents in the decision (one header row), one outside.
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).getByText('Sagsbehandlers notat om vurdering')).toBeTruthy();
    expect(within(table).getByText('offl. § 23, stk. 1, nr. 1')).toBeTruthy();
    const outside = screen.getByRole('table', { name: A.outsideTable });
    expect(within(outside).getByText('Mail om frokostordning')).toBeTruthy();
    // The catch-all is not guessed: the jurist is asked.
    expect(
      screen.getByRole('group', { name: 'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)' }),
    ).toBeTruthy();
  });

  it('"Brug aktlisten" proposes the outcome and ticks the grounds; a different outcome is pointed out', async () => {
    const { user } = await openSection();
    chooseFile('aktbob-sagsoversigt.xlsx', new Uint8Array(readFileSync(FIXTURE)));
    await user.click(await screen.findByRole('button', { name: A.use }, { timeout: 30_000 }));
    expect(await screen.findByText(A.used(8), { exact: false })).toBeTruthy();
    const outcome = within(screen.getByRole('radiogroup', { name: D.outcome }));
    expect(outcome.getByRole('radio', { name: D.outcomes.partial })).toHaveProperty('checked', true);
    expect(screen.queryByText(A.disagreeHeading)).toBeNull();

    await user.click(outcome.getByRole('radio', { name: D.outcomes.grant }));
    expect(await screen.findByText(A.disagreeHeading)).toBeTruthy();
    expect(screen.getByText(A.outcomeDiffers(D.outcomes.partial, D.outcomes.grant))).toBeTruthy();

    // The grounds were ticked: the Grunde tab shows them checked.
    await user.click(screen.getByRole('tab', { name: STRINGS.tabs.grounds }));
    const ticked = await screen.findByRole(
      'checkbox',
      { name: /offentlighedslovens § 30, nr\. 1/ },
      { timeout: 30_000 },
    );
    expect(ticked).toHaveProperty('checked', true);
    // Its {dokumenter} field says what the composer fills it with from the list.
    expect(screen.getByText(A.documentsFromList('akt 3'), { exact: false })).toBeTruthy();
  });

  it('a weak column is offered for correction, and the correction is remembered', async () => {
    const { user } = await openSection();
    await user.click(screen.getByRole('button', { name: A.paste }));
    await fill(
      user,
      screen.getByRole('textbox', { name: A.pasteLabel }),
      'Akt\tTitel\tStatus på udlevering\tNotat\n1\tAnsøgning\tJa\t\n2\tNotat om sagen\tNej\tPrivate forhold',
    );
    await user.click(screen.getByRole('button', { name: A.pasteRead }));
    await screen.findByText(A.mappingNeeded, {}, { timeout: 30_000 });
    const reason = screen.getByRole('combobox', { name: A.fields.reason });
    expect((reason as HTMLSelectElement).value).toBe('');
    await user.selectOptions(reason, A.columnOption(3, 'Notat'));
    await waitFor(() => expect(localStorage.getItem(LIST_MEMORY_KEY)).toContain('"reason":3'));
    const table = await screen.findByRole('table', { name: A.rowsTable });
    await waitFor(() => expect(within(table).getByText('offl. § 30, nr. 1')).toBeTruthy());
  });

  it("an unmapped reason answered is remembered as the user's own wording", async () => {
    const { user } = await openSection();
    await user.click(screen.getByRole('button', { name: A.paste }));
    await fill(
      user,
      screen.getByRole('textbox', { name: A.pasteLabel }),
      'Akt\tTitel\tAktindsigt\tBegrundelse\n1\tBilag til sagen\tNej\tSendt til orientering',
    );
    await user.click(screen.getByRole('button', { name: A.pasteRead }));
    const group = await screen.findByRole('group', { name: 'Sendt til orientering' }, { timeout: 30_000 });
    await user.click(within(group).getByRole('checkbox', { name: A.notAGround }));
    await user.click(within(group).getByRole('button', { name: A.saveAnswer }));
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(LIST_MEMORY_KEY) ?? '{}').reasons).toEqual([
        { phrase: 'Sendt til orientering', regime: 'offl', groundIds: [] },
      ]),
    );
    // Read again with the answer: the document is outside the request, listed apart.
    const outside = await screen.findByRole('table', { name: A.outsideTable });
    expect(within(outside).getByText('Bilag til sagen')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Sendt til orientering' })).toBeNull();
  });

  it('no decision column found: the reason, and the user picks the column from the header', async () => {
    const { user } = await openSection();
    await user.click(screen.getByRole('button', { name: A.paste }));
    await fill(
      user,
      screen.getByRole('textbox', { name: A.pasteLabel }),
      'Akt\tTitel\tUdfald\n1\tAnsøgning\tJa\n2\tNotat\tNej',
    );
    await user.click(screen.getByRole('button', { name: A.pasteRead }));
    await screen.findByText(A.readFailed, {}, { timeout: 30_000 });
    await user.selectOptions(
      screen.getByRole('combobox', { name: A.fields.decision }),
      A.columnOption(2, 'Udfald'),
    );
    const table = await screen.findByRole('table', { name: A.rowsTable });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByText(A.readFailed)).toBeNull();
  });

  it('a file that is no list gives its Danish reason', async () => {
    await openSection();
    chooseFile('noter.pdf', new TextEncoder().encode('%PDF-1.7'));
    expect(await screen.findByText(A.readFailed, {}, { timeout: 30_000 })).toBeTruthy();
  });
});
