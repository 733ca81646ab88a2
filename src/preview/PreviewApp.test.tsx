// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_MESSAGES } from '../docx';
import { MemoryDocument } from './memory-port';
import { PreviewApp } from './PreviewApp';
import { PREVIEW_STRINGS as S } from './strings';

afterEach(cleanup);

// jsdom has no layout: Fluent's MessageBar watches its size with a ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function setup() {
  const doc = new MemoryDocument([{ text: 'Mit eget brev' }]);
  const letters: number[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        doc={doc}
        renderPane={(letter) => {
          letters.push(letter);
          return <p>Rude for brev {letter}</p>;
        }}
      />
    </FluentProvider>,
  );
  return { doc, letters };
}

const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText(S.fileInputLabel), { target: { files: [file] } });

describe('PreviewApp', () => {
  it('a file the reader refuses shows its Danish reason and keeps the current letter', async () => {
    const { doc } = setup();
    choose(new File(['ikke en zip'], 'afgørelse.docx'));
    const alert = await screen.findByText(S.openFailed('afgørelse.docx'));
    expect(alert.closest('[role="group"], div')?.textContent).toContain(READ_MESSAGES.notZip());
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Mit eget brev']);
    expect(screen.getByText('Rude for brev 0')).toBeTruthy();
  });

  it('a letter that can be read replaces the document and gets a fresh pane', async () => {
    const { doc } = setup();
    choose(new File(['Afgørelse\nDu får aktindsigt.'], 'brev.txt'));
    await screen.findByText(S.opened('brev.txt', 2));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Afgørelse', 'Du får aktindsigt.']);
    expect(screen.getByText('Rude for brev 1')).toBeTruthy();
  });

  it('the menu loads a blank letter and the sample letter', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: S.sample }));
    expect(doc.paragraphs[0]?.text).toBe('Svar på din anmodning om aktindsigt');
    expect(screen.getByRole('heading', { name: 'Klagevejledning' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: S.newBlank }));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['']);
    expect(screen.getByText('Rude for brev 2')).toBeTruthy();
  });

  it('a dropped file is opened like a chosen one', async () => {
    const { doc } = setup();
    fireEvent.drop(screen.getByRole('region', { name: S.documentLabel }), {
      dataTransfer: { files: [new File(['Kære Eva'], 'brev.md')] },
    });
    await screen.findByText(S.opened('brev.md', 1));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Kære Eva']);
  });

  it('"Skrivebeskyttet" protects the document as Word’s restrict editing does, until a new letter', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: S.protect }));
    expect(doc.getView().protected).toBe(true);
    expect(document.querySelector('[contenteditable]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: S.newBlank }));
    expect(doc.getView().protected).toBe(false);
  });
});
