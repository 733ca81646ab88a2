// The browser preview (`npm start`): the task pane beside a document view over an in-memory DocumentPort.
// Loads nothing from the network: no office.js, no fonts, no telemetry.
import { Body1, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { sampleLetter } from './letters';
import { MemoryDocument } from './memory-port';
import { PreviewApp } from './PreviewApp';
import { PREVIEW_STRINGS as S } from './strings';

const useStyles = makeStyles({ placeholder: { display: 'block', padding: tokens.spacingHorizontalL } });

function PanePlaceholder() {
  return <Body1 className={useStyles().placeholder}>{S.paneMissing}</Body1>;
}

const doc = new MemoryDocument(sampleLetter());

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp doc={doc} renderPane={(letter) => <PanePlaceholder key={letter} />} />
    </FluentProvider>,
  );
}
