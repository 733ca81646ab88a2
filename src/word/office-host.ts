/**
 * The real host: `Word.run`, `Office.context.requirements` and the document's settings. Only this file and
 * the pane's entry point touch the Office globals, so everything else in `src/word/` runs under a fake.
 */
import type { SettingsLike, WordHost } from './word-port';

/**
 * The `WordHost` of the running Office, to be called after `Office.onReady` reported Word.
 * @example new WordDocumentPort(officeHost())
 */
export function officeHost(): WordHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Office.Settings: stored in the document (its web extension part) when saveAsync is called.
    settings: Office.context.document.settings as unknown as SettingsLike,
  };
}
