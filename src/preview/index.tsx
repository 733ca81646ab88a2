// Placeholder browser preview (`npm start`): shows a built-in sample decision letter as a simple document.
// The real preview (task pane beside an in-memory DocumentPort) is its own issue. Loads nothing from the
// network: no office.js, no fonts, no telemetry.
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title1,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

/** One paragraph of the sample letter, with the role a Word style would give it. */
type Block = { kind: 'heading1' | 'heading2' | 'body' | 'address' | 'date'; text: string };

// An invented authority, requester and case: no real persons, no CPR numbers.
const SAMPLE_LETTER: readonly Block[] = [
  { kind: 'address', text: 'Eksempel Kommune' },
  { kind: 'address', text: 'Teknik og Miljø' },
  { kind: 'address', text: 'Rådhuspladsen 1, 9999 Eksempelby' },
  { kind: 'date', text: '10. marts 2025' },
  { kind: 'address', text: 'Sagsnr. 25/01234' },
  { kind: 'body', text: 'Kære Eva Eksempel' },
  { kind: 'heading1', text: 'Afgørelse om aktindsigt i sagen om renovering af Skolevej' },
  {
    kind: 'body',
    text:
      'Du har den 3. marts 2025 anmodet om aktindsigt i kommunens sag om renovering af Skolevej. ' +
      'Vi har behandlet din anmodning efter offentlighedslovens § 7.',
  },
  { kind: 'heading2', text: 'Afgørelse' },
  {
    kind: 'body',
    text:
      'Du får delvis aktindsigt. Sagen indeholder 12 dokumenter. Du får aktindsigt i 10 af dem; de er ' +
      'vedlagt dette brev. Vi giver ikke aktindsigt i dokument 4 og 7, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
  },
  { kind: 'heading2', text: 'Begrundelse' },
  {
    kind: 'body',
    text:
      'Dokument 4 og 7 er notater, som forvaltningen har udarbejdet til sine egne overvejelser om, hvordan ' +
      'renoveringen skal tilrettelægges. Notaterne er ikke afgivet til udenforstående. De er derfor interne ' +
      'dokumenter, som er undtaget fra retten til aktindsigt, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
  },
  {
    kind: 'body',
    text:
      'Vi har overvejet, om vi kan give dig aktindsigt i notaterne i videre omfang, end loven kræver, jf. ' +
      'offentlighedslovens § 14. Det har vi ikke fundet grundlag for, fordi kommunen endnu ikke har truffet ' +
      'beslutning om renoveringen, og forvaltningen skal kunne drøfte løsningerne internt.',
  },
  {
    kind: 'body',
    text:
      'Oplysningerne om sagens faktiske grundlag i notaterne, blandt andet trafiktællinger og vejens ' +
      'tilstand, har vi ekstraheret, jf. offentlighedslovens § 28, stk. 1. De er vedlagt.',
  },
  { kind: 'heading2', text: 'Klagevejledning' },
  {
    kind: 'body',
    text:
      'Du kan klage over afgørelsen til Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed, ' +
      'jf. offentlighedslovens § 38. Klagen skal sendes til Eksempel Kommune, Teknik og Miljø. Fastholder vi ' +
      'afgørelsen, sender vi klagen og sagens dokumenter videre til Ankestyrelsen snarest og som udgangspunkt ' +
      'senest 7 arbejdsdage efter, at vi har modtaget klagen, jf. offentlighedslovens § 37, stk. 2.',
  },
  { kind: 'body', text: 'Med venlig hilsen' },
  { kind: 'address', text: 'Peter Prøve' },
  { kind: 'address', text: 'Fuldmægtig, Teknik og Miljø' },
];

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalL,
    minHeight: '100vh',
    padding: tokens.spacingVerticalXXL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    width: '100%',
    maxWidth: '50rem',
  },
  sheet: {
    padding: '3rem 3.5rem',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    fontFamily: "Georgia, 'Times New Roman', serif",
    fontSize: '1rem',
    lineHeight: 1.5,
    color: tokens.colorNeutralForeground1,
  },
  heading1: { fontSize: '1.35rem', margin: '1.5rem 0 0.75rem' },
  heading2: { fontSize: '1.1rem', margin: '1.25rem 0 0.5rem' },
  body: { margin: '0 0 0.75rem' },
  address: { margin: 0 },
  date: { margin: '0.75rem 0', textAlign: 'right' },
});

function LetterView({ blocks }: { blocks: readonly Block[] }) {
  const styles = useStyles();
  return (
    <article className={styles.sheet} aria-label="Eksempelbrev">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading1':
            return (
              <h2 key={index} className={styles.heading1}>
                {block.text}
              </h2>
            );
          case 'heading2':
            return (
              <h3 key={index} className={styles.heading2}>
                {block.text}
              </h3>
            );
          default:
            return (
              <p key={index} className={styles[block.kind]}>
                {block.text}
              </p>
            );
        }
      })}
    </article>
  );
}

function PreviewPage() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <div className={styles.column}>
        <Title1 as="h1">Aktindsigt – forhåndsvisning</Title1>
        <MessageBar intent="info">
          <MessageBarBody>
            Opgaveruden kommer i en senere version; her vises kun et eksempelbrev.
          </MessageBarBody>
        </MessageBar>
        <LetterView blocks={SAMPLE_LETTER} />
      </div>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage />
    </FluentProvider>,
  );
}
