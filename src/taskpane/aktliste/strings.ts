/**
 * Every Danish string of the pane's aktliste parts (Afgørelse's "Aktliste" section and Kontrol's "Kontrollér
 * mod aktliste"), as data, so tests find controls by these ids. Loaded with those parts only, never with the
 * pane's first render.
 */
import type { Field } from '../../aktliste/columns';
import type { DocumentDecision } from '../../letter/types';

const FIELD_LABELS: Record<Field, string> = {
  aktId: 'Akt nr.',
  docId: 'Dokument-id',
  title: 'Titel',
  date: 'Dato',
  sender: 'Afsender',
  recipient: 'Modtager',
  decision: 'Aktindsigt (Ja/Delvis/Nej)',
  reason: 'Begrundelse',
  inRequest: 'Omfattet af anmodningen',
};

const DECISIONS: Record<DocumentDecision, string> = {
  granted: 'Ja',
  partial: 'Delvis',
  withheld: 'Nej',
};

export const AKTLISTE_STRINGS = {
  heading: 'Aktliste',
  intro:
    'Har sagen en aktliste (fx fra sagssystemet eller Excel), kan brevet skrives ud fra den: resultat, grunde og aktlisten i brevet. Filen læses her og sendes ingen steder hen.',
  loadFile: 'Indlæs aktliste',
  fileInput: 'Vælg aktlistens fil',
  paste: 'Indsæt fra Excel',
  pasteLabel: 'Tabellen fra Excel (kopiér cellerne med overskrifter, og indsæt dem her)',
  pasteRead: 'Læs tabellen',
  pasteCancel: 'Annullér',
  reading: 'Læser aktlisten …',
  readFailed: 'Aktlisten kunne ikke læses',
  pastedName: 'Indsat tabel',
  source: (name: string) => `Fil: ${name}`,
  sheet: (sheet: string) => `Ark: ${sheet}`,
  otherSheets: (others: readonly string[]) =>
    `Filen har også ${others.length === 1 ? 'arket' : 'arkene'} ${others.map((s) => `»${s}«`).join(', ')}; arket med en genkendelig overskrift er valgt.`,
  headerRow: (row: number) => `Overskrifterne står i række ${row}.`,
  mappingHeading: 'Kolonner',
  mappingIntro:
    'Sådan er kolonnerne læst. Ret en kolonne, hvis den er læst forkert; valget huskes for lister med de samme overskrifter.',
  mappingNeeded: 'Tjek kolonnerne: en nødvendig kolonne mangler, eller et match er usikkert.',
  correctColumns: 'Ret kolonnerne',
  doneCorrecting: 'Luk kolonnevalg',
  fields: FIELD_LABELS,
  noColumn: '(ingen kolonne)',
  hiddenColumn: '(skjult kolonne)',
  weak: 'usikkert match',
  corrected: 'rettet af dig',
  hiddenNote: (headers: readonly string[]) =>
    `Regnearket har skjulte kolonner: ${headers.map((h) => `»${h}«`).join(', ')}. En skjult kolonne bruges kun, når ingen synlig kolonne passer.`,
  columnOption: (index: number, header: string) => `${header || '(uden overskrift)'} (kolonne ${index + 1})`,
  rowsHeading: (count: number) => `Dokumenter (${count})`,
  outsideHeading: (count: number) => `Uden for anmodningen (${count})`,
  outsideIntro: 'Disse dokumenter er ikke omfattet af anmodningen og tæller ikke med i afgørelsen.',
  columns: {
    akt: 'Akt nr.',
    title: 'Titel',
    decision: 'Aktindsigt',
    grounds: 'Grunde',
    problems: 'Problemer',
  },
  decisions: DECISIONS,
  noDecision: '–',
  rowsTable: 'Aktlistens dokumenter',
  outsideTable: 'Dokumenter uden for anmodningen',
  problemCount: (n: number) => (n === 1 ? '1 række har et problem.' : `${n} rækker har problemer.`),
  unmappedHeading: 'Begrundelser uden grund',
  unmappedIntro:
    'Disse begrundelser kan ikke knyttes til en undtagelsesgrund. Vælg grunden (eller »Ikke en undtagelsesgrund«); svaret huskes til næste gang.',
  unmappedPick: (reason: string) => `Grund for »${reason}«`,
  unmappedSearchHint: 'Søg på ord eller paragraf, fx »private forhold« eller »§ 30«, og sæt flueben.',
  unmappedNoMatch: 'Ingen grund passer til søgningen.',
  notAGround: 'Ikke en undtagelsesgrund (uden for anmodningen)',
  saveAnswer: 'Gem svar',
  memoryFailed: 'Valget kunne ikke huskes til næste gang',
  use: 'Brug aktlisten',
  useHint:
    'Foreslår resultatet, sætter flueben ved rækkernes grunde og lægger aktlisten ind i brevet ved næste indsættelse. Du kan ændre resultat og grunde bagefter.',
  used: (count: number) =>
    `Aktlisten er brugt: ${count === 1 ? '1 dokument' : `${count} dokumenter`} kommer med i brevets aktliste ved næste indsættelse.`,
  unresolved: (refs: readonly string[]) =>
    `Disse bestemmelser dækker flere grunde og er ikke sat som flueben: ${refs.join(', ')}. Vælg grunden under Grunde.`,
  removeList: 'Fjern aktlisten fra brevet',
  documentsFromList: (value: string) =>
    `Fra aktlisten: »${value}«. Lad feltet stå tomt for at bruge det, eller skriv din egen tekst.`,
  disagreeHeading: 'Aktlisten og dine valg er forskellige',
  outcomeDiffers: (list: string, chosen: string) =>
    `Aktlisten peger på »${list}«, men resultatet er »${chosen}«.`,
  groundNotUsed: (label: string) => `${label} er valgt, men ingen række i aktlisten bruger grunden.`,
  groundNotTicked: (label: string) => `${label} bruges i aktlisten, men er ikke valgt.`,
  // Kontrol
  checkHeading: 'Kontrollér mod aktliste',
  checkIntro:
    'Sammenhold brevet med sagens aktliste: resultat, grunde og brevets egen aktliste. Brug listen fra Afgørelse, eller vælg en fil.',
  checkUseImported: (name: string) => `Kontrollér mod »${name}«`,
  checkChooseFile: 'Vælg aktliste og kontrollér',
  checkFileInput: 'Vælg aktlisten, brevet skal kontrolleres mod',
  checking: 'Kontrollerer mod aktlisten …',
  checkFailed: 'Kontrollen mod aktlisten kunne ikke gennemføres',
  checkResult: (count: number, name: string) =>
    count === 0
      ? `Brevet stemmer med aktlisten »${name}«.`
      : `${count === 1 ? '1 fund' : `${count} fund`} ved sammenholdelsen med »${name}«.`,
  checkRowsHeading: 'Fund pr. række i aktlisten',
  rowOf: (row: number, title: string) => (title ? `Række ${row}: ${title}` : `Række ${row}`),
} as const;
