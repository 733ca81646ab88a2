// @vitest-environment jsdom
// The preview's document view shows the letter's aktliste as a table whose header row is column headers
// (<th scope="col">), and the body rows as data cells, once the composed plan is applied through the memory port.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_LIST_HEADER } from '../../src/letter/document-list';
import { DocumentView } from '../../src/preview/DocumentView';
import { MemoryDocument, MemoryPort } from '../../src/preview/memory-port';
import { listOf, planFrom } from './support';

afterEach(cleanup);

describe('the aktliste in the preview', () => {
  it('renders a header row of column headers, and the documents as rows', async () => {
    const doc = new MemoryDocument([{ text: 'Kære Eva' }]);
    render(
      <FluentProvider theme={webLightTheme}>
        <DocumentView doc={doc} />
      </FluentProvider>,
    );
    const port = new MemoryPort(doc);
    const plan = planFrom(
      listOf([
        ['1', 'Ansøgning', '05.01.2025', 'Ja', ''],
        ['2', 'Lægeerklæring', '20.01.2025', 'Nej', 'offl. § 30, nr. 1'],
      ]),
    );
    await act(async () => {
      await port.apply(plan, await port.read());
    });
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([...DOCUMENT_LIST_HEADER]);
    for (const header of headers) {
      expect(header.tagName).toBe('TH');
      expect(header.getAttribute('scope')).toBe('col');
      expect(header.closest('thead')).not.toBeNull();
    }
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '20. januar 2025', 'Lægeerklæring', 'Nej', 'offl. § 30, nr. 1']);
    // The managed table is not editable: the pane owns it.
    expect(within(table).getByText('Lægeerklæring').closest('[contenteditable]')).toBeNull();
  });

  it('a table without a marked header row (a user’s own, from a .docx) keeps plain cells', () => {
    const doc = new MemoryDocument([
      { text: 'A', cell: { tableKey: 1, row: 0, cell: 0 } },
      { text: 'B', cell: { tableKey: 1, row: 1, cell: 0 } },
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <DocumentView doc={doc} />
      </FluentProvider>,
    );
    expect(screen.queryAllByRole('columnheader')).toEqual([]);
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['A', 'B']);
  });
});
