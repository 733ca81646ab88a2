/**
 * The task pane: a tab list (Afgørelse, Grunde, Indsæt, Kontrol, Indstillinger) over one view at a time. It
 * speaks only to the `DocumentPort` and the `ProfileStore` it is given, so the same pane runs in Word and in
 * the browser preview. The check and settings views load lazily, outside the first bundle.
 */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState, type JSX } from 'react';
import type { DocumentPort, ProfileStore } from '../port';
import { ErrorBar } from './components/ErrorBar';
import { usePane } from './state/use-pane';
import { STRINGS, type ViewId } from './strings';
import { DecisionView } from './views/DecisionView';

// Every view but the first loads when its tab is opened: the composer, the law data and the checker stay out of
// the first bundle.
const GroundsView = lazy(() => import('./views/GroundsView').then((m) => ({ default: m.GroundsView })));
const InsertView = lazy(() => import('./views/InsertView').then((m) => ({ default: m.InsertView })));
const CheckView = lazy(() => import('./views/CheckView').then((m) => ({ default: m.CheckView })));
const SettingsView = lazy(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })));

export interface AppProps {
  /**
   * The document port, or the promise of one: the entry point renders the pane before the host's adapter has
   * loaded, so the tabs show at once and the panel waits with a spinner.
   */
  port: DocumentPort | Promise<DocumentPort>;
  profileStore: ProfileStore;
  initialView?: ViewId;
  /** Run the check as soon as the check view opens (the ribbon's "Kontrollér brev"). */
  autoCheck?: boolean;
}

const VIEWS: readonly ViewId[] = ['decision', 'grounds', 'insert', 'check', 'settings'];

const useStyles = makeStyles({
  provider: { minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: '40rem',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
  // Five tabs do not fit Word's narrowest pane (320 px) on one line: they wrap rather than scroll away.
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // Headings for screen readers' heading navigation; the tab list already shows the same words.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

function Pane({ port, profileStore, initialView = 'decision', autoCheck = false }: AppProps): JSX.Element {
  const styles = useStyles();
  const { state, dispatch, refresh, insert, setProfile, port: arrived } = usePane(port, profileStore);
  const [view, setView] = useState<ViewId>(initialView);
  const dismissError = useCallback(() => dispatch({ type: 'dismissError' }), [dispatch]);
  const dismissResult = useCallback(() => dispatch({ type: 'dismissResult' }), [dispatch]);
  const onInsert = useCallback((...args: Parameters<typeof insert>) => void insert(...args), [insert]);
  const onRefresh = useCallback(() => void refresh(), [refresh]);

  const loadingView = <Spinner size="small" label={STRINGS.app.loadingView} />;
  let content: JSX.Element | null = null;
  // The letter's choices and the profile (and, in Word, the port itself) are still on their way.
  if (state.phase === 'loading') content = <Spinner label={STRINGS.app.loading} />;
  else
    switch (view) {
      case 'decision':
        content = (
          <DecisionView
            decision={state.decision}
            profile={state.profile}
            dispatch={dispatch}
            profileStore={profileStore}
          />
        );
        break;
      case 'grounds':
        content = <GroundsView decision={state.decision} profile={state.profile} dispatch={dispatch} />;
        break;
      case 'insert':
        content = (
          <InsertView
            decision={state.decision}
            profile={state.profile}
            applied={state.applied}
            present={state.present}
            busy={state.busy}
            lastResult={state.lastResult}
            onRefresh={onRefresh}
            onInsert={onInsert}
            onDismissResult={dismissResult}
            onGoTo={setView}
          />
        );
        break;
      case 'check':
        content =
          // No port only when it failed to arrive: the error bar says so.
          arrived ? (
            <CheckView
              port={arrived}
              profile={state.profile}
              autoRun={autoCheck}
              onDocumentChanged={onRefresh}
            />
          ) : null;
        break;
      case 'settings':
        content = <SettingsView store={profileStore} profile={state.profile} onProfileChange={setProfile} />;
        break;
    }

  return (
    <main className={styles.root}>
      <h1 className={styles.hidden}>{STRINGS.app.title}</h1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
        aria-label={STRINGS.app.tabList}
      >
        {VIEWS.map((id) => (
          <Tab key={id} id={`pane-tab-${id}`} value={id} aria-controls="pane-panel">
            {STRINGS.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {state.profileFailed ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {STRINGS.app.profileLoadFailed}
            {state.profileDetails.length > 0 ? (
              <ul>
                {state.profileDetails.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? <ErrorBar message={state.error} onDismiss={dismissError} /> : null}
      <div id="pane-panel" role="tabpanel" aria-labelledby={`pane-tab-${view}`} className={styles.panel}>
        <h2 className={styles.hidden}>{STRINGS.tabs[view]}</h2>
        <Suspense fallback={loadingView}>{content}</Suspense>
      </div>
    </main>
  );
}

/**
 * The whole task pane, in its own Fluent provider.
 * @example createRoot(el).render(<App port={new MemoryPort(doc)} profileStore={store} />)
 */
export function App(props: AppProps): JSX.Element {
  const styles = useStyles();
  // Windows high contrast reaches the pane as forced colours, which Fluent's components honour on the light
  // theme. Switching to teamsHighContrastTheme on top of them was tried and measured worse in Chromium: its
  // yellow links landed on the forced white background (axe: contrast 1.07).
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <Pane {...props} />
    </FluentProvider>
  );
}
