// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentView } from './DocumentView';
import { MemoryDocument, MemoryPort, type ParagraphInit } from './memory-port';
import { PREVIEW_STRINGS as S } from './strings';

afterEach(cleanup);

const LETTER: ParagraphInit[] = [
  { text: 'Kære Eva' },
  { text: 'Afgørelse', style: 'Heading 2', headingLevel: 2, blockId: 'decision', blockTitle: 'Afgørelse' },
  { text: 'Du får delvis aktindsigt.', blockId: 'decision', blockTitle: 'Afgørelse', part: 'decision' },
  { text: 'Klagevejledning', blockId: 'complaint-guidance', blockTitle: 'Klagevejledning' },
  { text: 'Med venlig hilsen' },
];

function setup(paragraphs: ParagraphInit[] = LETTER) {
  const doc = new MemoryDocument(paragraphs);
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView doc={doc} />
    </FluentProvider>,
  );
  return { doc, port: new MemoryPort(doc) };
}

const paragraphElement = (text: string) => {
  const element = screen.getByText(text).closest('[data-paragraph-key]');
  if (!(element instanceof HTMLElement)) throw new Error(`no paragraph "${text}"`);
  return element;
};

describe('DocumentView', () => {
  it('shows heading styles as headings and each managed block outlined with its tag and title', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Afgørelse' })).toBeTruthy();
    const block = screen.getByRole('group', { name: S.blockLabel('Afgørelse') });
    expect(within(block).getByText('aktindsigt:decision · Afgørelse')).toBeTruthy();
    expect(within(block).getByText('Du får delvis aktindsigt.')).toBeTruthy();
    expect(within(block).queryByText('Kære Eva')).toBeNull();
  });

  it('typing changes the user paragraph in the document, and managed paragraphs are not editable', () => {
    const { doc } = setup();
    const greeting = paragraphElement('Kære Eva');
    expect(greeting.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(paragraphElement('Du får delvis aktindsigt.').hasAttribute('contenteditable')).toBe(false);
    greeting.textContent = 'Kære Eva Eksempel';
    fireEvent.input(greeting);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Kære Eva Eksempel',
      'Afgørelse',
      'Du får delvis aktindsigt.',
      'Klagevejledning',
      'Med venlig hilsen',
    ]);
    expect(doc.paragraphs[2]?.blockId).toBe('decision');
  });

  it('Enter starts a new paragraph after the caret; Backspace in an empty one removes it', () => {
    const { doc } = setup([{ text: 'Første' }, { text: 'Sidste' }]);
    fireEvent.keyDown(paragraphElement('Første'), { key: 'Enter' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Første', '', 'Sidste']);
    const fresh = document.querySelector(`[data-paragraph-key="${doc.paragraphs[1]?.key}"]`) as HTMLElement;
    fireEvent.keyDown(fresh, { key: 'Backspace' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Første', 'Sidste']);
  });

  it('deleting a managed block by hand removes its paragraphs and nothing else', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: S.deleteBlock('Klagevejledning') }));
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Kære Eva',
      'Afgørelse',
      'Du får delvis aktindsigt.',
      'Med venlig hilsen',
    ]);
    expect(screen.queryByRole('group', { name: S.blockLabel('Klagevejledning') })).toBeNull();
  });

  it('reveal marks exactly the finding’s text; a replace fix shows the new text', async () => {
    const { doc, port } = setup([{ text: 'Kære Eva' }, { text: 'Det følger af § 3O, nr. 1.' }]);
    const element = document.querySelector(`[data-paragraph-key="${doc.paragraphs[1]?.key}"]`);
    await act(() => port.reveal({ paragraph: 1, text: '§ 3O' }));
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['§ 3O']);
    await act(() => port.replaceText({ paragraph: 1, start: 14, end: 18, text: '§ 3O' }, '§ 30'));
    expect(element?.textContent).toBe('Det følger af § 30, nr. 1.');
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['§ 30']);
  });

  it('annotate puts the comments in the margin beside their paragraph, and clearing removes them', async () => {
    const { port } = setup();
    await act(() =>
      port.annotate([
        {
          ruleId: 'complaint-route',
          messageId: 'm',
          severity: 'error',
          message: 'Klagevejledningen nævner ikke klageinstansen.',
          location: { paragraph: 3 },
        },
      ]),
    );
    const margin = screen.getByRole('list', { name: S.commentsLabel(4) });
    expect(within(margin).getByText('Klagevejledningen nævner ikke klageinstansen.')).toBeTruthy();
    expect(within(margin).getByText('Fejl')).toBeTruthy();
    await act(() => port.clearAnnotations());
    expect(screen.queryByRole('list', { name: S.commentsLabel(4) })).toBeNull();
  });
});
