// The task pane's entry point (taskpane.html), and the one file in taskpane/ that picks the host: inside Word the
// pane speaks to WordDocumentPort; outside Office (office.js not loaded, or Office.onReady reporting no host: the
// page opened in a plain browser) to the preview's in-memory port with the sample letter, so the pane still
// works. The ribbon's "Kontrollér brev" opens taskpane.html?view=kontrol: the check view, run at once.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DocumentPort } from '../port';
import { insideWord, type OfficeLike } from '../word/detect';
import { App, type AppProps } from './App';
import { createBrowserProfileStore } from './profile-store';

/** The view the pane opens on: the ribbon's check button asks for `?view=kontrol`. */
export function viewFromSearch(search: string): Pick<AppProps, 'initialView' | 'autoCheck'> {
  return new URLSearchParams(search).get('view') === 'kontrol'
    ? { initialView: 'check', autoCheck: true }
    : { initialView: 'decision', autoCheck: false };
}

/**
 * The document port for where the page runs. Each host's code is its own chunk: Word users do not download
 * the preview's sample letter, nor a browser the Word adapter.
 */
export async function choosePort(office: OfficeLike | undefined): Promise<DocumentPort> {
  if (await insideWord(office)) {
    const { WordDocumentPort, officeHost } = await import('../word');
    return new WordDocumentPort(officeHost());
  }
  const [{ MemoryDocument, MemoryPort }, { sampleLetter }] = await Promise.all([
    import('../preview/memory-port'),
    import('../preview/letters'),
  ]);
  return new MemoryPort(new MemoryDocument(sampleLetter()));
}

/**
 * Renders the pane's shell into `container` at once (synchronously, so the tabs are in the page before anything
 * else is fetched), then picks the host: the host's port (its own chunk) loads after the first render, and the
 * panel waits for it with a spinner. Resolves to the port, and to `unmount` for a page (or a test) that removes
 * the pane.
 */
export async function mount(
  container: HTMLElement,
  office: OfficeLike | undefined,
  search: string,
): Promise<{ port: DocumentPort; unmount: () => void }> {
  let arrive: (port: DocumentPort) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const port = new Promise<DocumentPort>((resolve, reject) => ((arrive = resolve), (fail = reject)));
  const root = createRoot(container);
  flushSync(() =>
    root.render(<App port={port} profileStore={createBrowserProfileStore()} {...viewFromSearch(search)} />),
  );
  choosePort(office).then(arrive, fail);
  return { port: await port, unmount: () => root.unmount() };
}

const root = typeof document === 'undefined' ? null : document.getElementById('root');
if (root) {
  void mount(
    root,
    typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike),
    window.location.search,
  );
}
