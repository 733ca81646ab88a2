// Placeholder task pane: proves the build, the manifest's two ribbon buttons and Fluent UI. The real pane is
// its own issue. `?view=kontrol` is how the "Kontrollér brev" button asks for the check view.
import { Body1, FluentProvider, makeStyles, Title2, tokens, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The view the pane was opened for: the ribbon's check button adds `?view=kontrol`. */
function requestedView(search: string): 'kontrol' | 'start' {
  return new URLSearchParams(search).get('view') === 'kontrol' ? 'kontrol' : 'start';
}

function PlaceholderPane({ view }: { view: 'kontrol' | 'start' }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{view === 'kontrol' ? 'Kontrol' : 'Aktindsigt'}</Title2>
      <Body1 as="p">
        Opgaveruden er under udvikling. Brug forhåndsvisningen (npm start) eller kør kontrollen fra
        kommandolinjen, når den er klar.
      </Body1>
    </main>
  );
}

function mount(): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PlaceholderPane view={requestedView(window.location.search)} />
    </FluentProvider>,
  );
}

// Inside Word, wait for Office; opened in a plain browser (or with the CDN unreachable) show the page anyway.
if (typeof Office === 'undefined') {
  mount();
} else {
  void Office.onReady().then(mount);
}
