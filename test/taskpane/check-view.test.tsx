// @vitest-environment jsdom
import { renderInPane } from './setup-check';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/check/types';
import { PORT_MESSAGES, PortError, type DocumentPort } from '../../src/port';
import { CHECK_STRINGS as S } from '../../src/taskpane/strings-check';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { memoryLetter, VESTERAA } from './check-support';

/** A port whose every method is a spy around the real in-memory port. */
function spyOn(port: DocumentPort) {
  return {
    read: vi.fn(() => port.read()),
    apply: vi.fn((...args: Parameters<DocumentPort['apply']>) => port.apply(...args)),
    reveal: vi.fn((...args: Parameters<DocumentPort['reveal']>) => port.reveal(...args)),
    annotate: vi.fn((...args: Parameters<DocumentPort['annotate']>) => port.annotate(...args)),
    clearAnnotations: vi.fn(() => port.clearAnnotations()),
    replaceText: vi.fn((...args: Parameters<DocumentPort['replaceText']>) => port.replaceText(...args)),
    loadLetterState: vi.fn(() => port.loadLetterState()),
    saveLetterState: vi.fn((...args: Parameters<DocumentPort['saveLetterState']>) =>
      port.saveLetterState(...args),
    ),
  } satisfies DocumentPort;
}

async function runCheck() {
  await userEvent.click(screen.getByRole('button', { name: S.run }));
  return screen.findByRole('heading', { name: S.findingsHeading });
}

// Fluent's first render in jsdom is slow on a busy machine; the limit only guards against a hang.
describe('CheckView', { timeout: 30_000 }, () => {
  it('shows the kind, the outcome, the counts and the findings of the seed letter, grouped by severity', async () => {
    const { port } = memoryLetter('00-seed');
    renderInPane(<CheckView port={port} />);
    expect(screen.getByRole('heading', { name: S.heading })).toBeTruthy();
    await runCheck();
    expect(screen.getByText('afgørelse')).toBeTruthy();
    expect(screen.getByText('imødekommes delvist')).toBeTruthy();
    expect(screen.getByText('1 fejl')).toBeTruthy();
    expect(screen.getByText('3 advarsler')).toBeTruthy();
    expect(screen.getByText('0 oplysninger')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fejl (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Advarsler (3)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Oplysninger/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: S.reveal })).toHaveLength(4);
    // The misquotation offers the law's words; the others have no fix.
    expect(screen.getAllByRole('button', { name: S.fix })).toHaveLength(1);
  });

  it('"Vis i brevet" reveals the finding\'s location', async () => {
    const { doc, port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    renderInPane(<CheckView port={spy} />);
    await runCheck();
    const errors = screen
      .getByRole('button', { name: 'Fejl (1)' })
      .closest('.fui-AccordionItem') as HTMLElement;
    await userEvent.click(within(errors).getByRole('button', { name: S.reveal }));
    expect(spy.reveal).toHaveBeenCalledTimes(1);
    const location = spy.reveal.mock.calls[0]?.[0];
    expect(location?.paragraph).toBe(65);
    expect(doc.getView().highlight?.key).toBe(doc.paragraphs[65]?.key);
  });

  it('"Ret" inserts the missing complaint guidance, checks again and tells the host', async () => {
    const { doc, port } = memoryLetter('11-');
    const spy = spyOn(port);
    const changed = vi.fn();
    renderInPane(<CheckView port={spy} profile={VESTERAA} onDocumentChanged={changed} />);
    await runCheck();
    expect(screen.getByText('Brevet mangler klagevejledningen.')).toBeTruthy();
    expect(screen.getByText('1 fejl')).toBeTruthy();
    expect(screen.getByText('12. februar 2025')).toBeTruthy();
    expect(screen.getByText('6. februar 2025')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: S.fix }));
    await screen.findByText(S.fixed);
    expect(spy.apply).toHaveBeenCalledTimes(1);
    const [plan, base, options] = spy.apply.mock.calls[0] ?? [];
    expect(plan?.blocks.map((b) => b.id)).toEqual(['complaint-guidance']);
    expect(base?.paragraphs.length).toBe(doc.paragraphs.length - (plan?.blocks[0]?.paragraphs.length ?? 0));
    expect(options).toEqual({ mode: 'add' });
    expect(doc.paragraphs.some((p) => p.blockId === 'complaint-guidance')).toBe(true);
    await waitFor(() => expect(spy.read).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText('Brevet mangler klagevejledningen.')).toBeNull());
    expect(screen.getByText('0 fejl')).toBeTruthy();
    expect(changed).toHaveBeenCalledTimes(1);
    // The clicked "Ret" went with its finding: focus is on the findings, not lost.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: S.findingsHeading })),
    );
  });

  it('"Ret" on a misquotation replaces the span with the law\'s words', async () => {
    const { doc, port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    renderInPane(<CheckView port={spy} />);
    await runCheck();
    await userEvent.click(screen.getByRole('button', { name: S.fix }));
    await screen.findByText(S.fixed);
    expect(spy.replaceText).toHaveBeenCalledTimes(1);
    const [location, replacement] = spy.replaceText.mock.calls[0] ?? [];
    expect(location?.paragraph).toBe(65);
    expect(doc.paragraphs[65]?.text).toContain(replacement);
    await waitFor(() => expect(screen.getByText('0 fejl')).toBeTruthy());
  });

  it('shows "Ingen fund" when the letter has nothing to fix', async () => {
    const { port } = memoryLetter('03-');
    renderInPane(<CheckView port={port} />);
    await runCheck();
    expect(screen.getByText(S.noFindingsTitle)).toBeTruthy();
    expect(screen.getByText('afslås')).toBeTruthy();
    expect(screen.getByText('0 fejl')).toBeTruthy();
    expect(screen.queryByRole('button', { name: S.reveal })).toBeNull();
    expect((screen.getByRole('button', { name: S.annotate }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a protected document shows the Danish message, and "Prøv igen" tries again', async () => {
    const { port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    spy.read.mockRejectedValueOnce(new PortError('protected'));
    renderInPane(<CheckView port={spy} />);
    await userEvent.click(screen.getByRole('button', { name: S.run }));
    expect(await screen.findByText(PORT_MESSAGES.protected)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: S.retry }));
    await screen.findByRole('heading', { name: S.findingsHeading });
    expect(screen.queryByText(PORT_MESSAGES.protected)).toBeNull();
    expect(spy.read).toHaveBeenCalledTimes(2);
  });

  it('a fix on a protected document keeps the findings and says why', async () => {
    const { doc, port } = memoryLetter('11-');
    renderInPane(<CheckView port={port} profile={VESTERAA} />);
    await runCheck();
    doc.setProtected(true);
    await userEvent.click(screen.getByRole('button', { name: S.fix }));
    expect(await screen.findByText(PORT_MESSAGES.protected)).toBeTruthy();
    expect(screen.getByText('Brevet mangler klagevejledningen.')).toBeTruthy();
  });

  it('a block the port could not write is reported with its Danish message', async () => {
    const { port } = memoryLetter('11-');
    const spy = spyOn(port);
    const message = PORT_MESSAGES.blockLocked('Klagevejledning');
    spy.apply.mockResolvedValueOnce({
      inserted: [],
      updated: [],
      removed: [],
      unchanged: [],
      problems: [{ kind: 'block-locked', blockId: 'complaint-guidance', title: 'Klagevejledning', message }],
    });
    renderInPane(<CheckView port={spy} profile={VESTERAA} />);
    await runCheck();
    await userEvent.click(screen.getByRole('button', { name: S.fix }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText(S.problemsTitle)).toBeTruthy();
    expect(screen.queryByText(S.fixed)).toBeNull();
  });

  it('any other failure shows the generic Danish message', async () => {
    const { port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    spy.read.mockRejectedValueOnce(new TypeError('x is undefined'));
    renderInPane(<CheckView port={spy} />);
    await userEvent.click(screen.getByRole('button', { name: S.run }));
    expect(await screen.findByText(PORT_MESSAGES.unknown)).toBeTruthy();
    expect(screen.queryByText(/undefined/)).toBeNull();
  });

  it('runs by itself with autoRun', async () => {
    const { port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    renderInPane(<CheckView port={spy} autoRun />);
    expect(await screen.findByRole('heading', { name: S.findingsHeading })).toBeTruthy();
    expect(spy.read).toHaveBeenCalled();
  });

  it('adds the findings as comments and removes them again', async () => {
    const { doc, port } = memoryLetter('00-seed');
    const spy = spyOn(port);
    const changed = vi.fn();
    renderInPane(<CheckView port={spy} onDocumentChanged={changed} />);
    await runCheck();
    await userEvent.click(screen.getByRole('button', { name: S.annotate }));
    expect(await screen.findByText(S.annotated(4))).toBeTruthy();
    const annotated = spy.annotate.mock.calls[0]?.[0] as Finding[];
    expect(annotated.map((f) => f.ruleId)).toEqual([
      'required-parts',
      'quotation-differs',
      'quoted-twice',
      'quoted-twice',
    ]);
    expect(doc.getView().comments).toHaveLength(4);
    // A second click replaces the check's comments rather than adding them twice.
    await userEvent.click(screen.getByRole('button', { name: S.annotate }));
    await waitFor(() => expect(spy.annotate).toHaveBeenCalledTimes(2));
    await screen.findByText(S.annotated(4));
    expect(doc.getView().comments).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: S.clearAnnotations }));
    expect(await screen.findByText(S.cleared)).toBeTruthy();
    expect(spy.clearAnnotations).toHaveBeenCalledTimes(3);
    expect(doc.getView().comments).toHaveLength(0);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});
