// @vitest-environment jsdom
/**
 * Kontrol's "Kontrollér mod aktliste": the letter (in the in-memory port) compared with the list imported
 * under Afgørelse; a letter that grants in full against a list that withholds a document gives the outcome
 * finding, with its row and a way to the letter's paragraph; the list composed into the letter checks clean.
 */
import './setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadList } from '../../src/aktliste';
import type { DocumentSnapshot } from '../../src/check/types';
import type { Decision } from '../../src/letter/types';
import { MemoryDocument, MemoryPort } from '../../src/preview/memory-port';
import { CheckAgainstList } from '../../src/taskpane/aktliste/CheckAgainstList';
import { setImportedList } from '../../src/taskpane/aktliste/imported';
import { AKTLISTE_STRINGS as A } from '../../src/taskpane/aktliste/strings';
import { CHECK_STRINGS as C } from '../../src/taskpane/strings-check';
import { letterFrom, listOf } from '../aktliste/support';

afterEach(() => setImportedList(undefined));

const LIST = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat om byggeriet', 'Nej', 'Internt dokument'],
]);

function portOf(letter: DocumentSnapshot): MemoryPort {
  return new MemoryPort(
    new MemoryDocument(letter.paragraphs.map((p) => ({ text: p.text, blockId: p.blockId, style: p.style }))),
  );
}

async function checkAgainst(extra: Partial<Decision>) {
  const port = portOf(letterFrom(LIST, extra));
  const reveal = vi.spyOn(port, 'reveal');
  setImportedList({
    source: { kind: 'paste', text: '' },
    name: 'aktliste.xlsx',
    list: { ...LIST, format: 'xlsx' } as ReadList,
  });
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckAgainstList port={port} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole('button', { name: A.checkUseImported('aktliste.xlsx') }));
  return { user, reveal };
}

describe('Kontrollér mod aktliste', () => {
  it('a letter written from the list checks clean', async () => {
    await checkAgainst({});
    expect(await screen.findByText(A.checkResult(0, 'aktliste.xlsx'))).toBeTruthy();
  });

  it('a letter granting in full against a list that withholds: the finding, its row, and the way to it', async () => {
    const { user, reveal } = await checkAgainst({ outcome: 'grant' });
    await screen.findByText(A.checkResult(1, 'aktliste.xlsx'), { exact: false });
    const rows = screen.getByRole('list', { name: A.checkRowsHeading });
    expect(within(rows).getByText(/^Række 3: Notat om byggeriet: /)).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: C.reveal })[0] as HTMLElement);
    expect(reveal).toHaveBeenCalledTimes(1);
  });
});
