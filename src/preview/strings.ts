/**
 * Every Danish text the preview host shows (the toolbar, the document view, its messages), by id, so the
 * components and the tests refer to the same words. The task pane has its own strings.
 */
import type { Region, Severity } from '../check/types';

export const PREVIEW_STRINGS = {
  pageTitle: 'Aktindsigt – forhåndsvisning',
  toolbarLabel: 'Brev',
  newBlank: 'Nyt tomt brev',
  sample: 'Eksempelbrev',
  open: 'Åbn .docx…',
  protect: 'Skrivebeskyttet',
  fileInputLabel: 'Vælg et brev (.docx, .txt eller .md)',
  documentLabel: 'Dokument',
  bodyLabel: 'Brødtekst',
  paragraphLabel: (n: number) => `Afsnit ${n}`,
  headingLabel: (n: number, level: number) => `Afsnit ${n}, overskrift ${level}`,
  cellLabel: (row: number, cell: number) => `Række ${row}, celle ${cell}`,
  blockLabel: (title: string) => `Indsat afsnit: ${title}`,
  deleteBlock: (title: string) => `Slet afsnittet »${title}«`,
  blockReadOnly: 'Indsat af ruden; rettes fra ruden',
  commentsLabel: (n: number) => `Kommentarer til afsnit ${n}`,
  commentLabel: 'Kommentar',
  dropHint: 'Slip filen her for at åbne den',
  emptyDocument: 'Dokumentet er tomt.',
  reading: (name: string) => `Læser »${name}« …`,
  opened: (name: string, paragraphs: number) =>
    `»${name}« er åbnet (${paragraphs} afsnit). Filen er kun læst i browseren; intet er sendt nogen steder hen.`,
  openFailed: (name: string) => `»${name}« kunne ikke åbnes`,
  keptDocument: 'Det brev, der var åbent, er uændret.',
  dismiss: 'Luk meddelelsen',
} as const;

/** Danish names of the page regions a .docx reader reports. */
export const REGION_LABELS: Record<Exclude<Region, 'body'>, string> = {
  header: 'Sidehoved',
  footer: 'Sidefod',
  footnote: 'Fodnote',
};

/** Danish severity names for the comments in the margin. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Fejl',
  warning: 'Advarsel',
  info: 'Oplysning',
};
