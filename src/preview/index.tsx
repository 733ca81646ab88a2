// The browser preview (`npm start`): the real task pane beside a document view over an in-memory DocumentPort.
// Loads nothing from the network: no office.js, no fonts, no telemetry. The profile comes from the pane's own
// browser store: with no profile.json deployed beside the preview it is the example profile, with whatever the
// user saves under Indstillinger (kept in this origin's browser storage).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { createBrowserProfileStore } from '../taskpane/profile-store';
import { sampleLetter } from './letters';
import { MemoryDocument, MemoryPort } from './memory-port';
import { PreviewApp } from './PreviewApp';

const doc = new MemoryDocument(sampleLetter());
const port = new MemoryPort(doc);
const profileStore = createBrowserProfileStore();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        doc={doc}
        renderPane={(letter) => <App key={letter} port={port} profileStore={profileStore} />}
      />
    </FluentProvider>,
  );
}
