/**
 * The Danish words of the task pane's "Kontrol" and "Indstillinger" views and of the browser profile store, as
 * data: components show them and tests find elements by them, so the wording lives in one place.
 */
import type { LetterKindFound, Severity } from '../check/types';
import type { Outcome } from '../grounds/types';
import type { AuthorityKind } from '../letter/types';

/** The check view ("Kontrol"). */
export const CHECK_STRINGS = {
  heading: 'Kontrol af brevet',
  intro:
    'Kontrollen læser brevet og finder manglende dele, forkerte henvisninger og citater, der afviger fra loven.',
  run: 'Kontrollér brevet',
  rerun: 'Kontrollér igen',
  reading: 'Læser brevet …',
  applying: 'Retter brevet …',
  resultHeading: 'Resultat',
  kindLabel: 'Brevtype',
  outcomeLabel: 'Udfald',
  letterDateLabel: 'Dateret',
  receivedDateLabel: 'Anmodning modtaget',
  findingsHeading: 'Fund',
  noFindingsTitle: 'Ingen fund',
  noFindingsBody: 'Kontrollen fandt intet at rette i brevet.',
  reveal: 'Vis i brevet',
  fix: 'Ret',
  paragraph: (n: number) => `Afsnit ${n}`,
  replaceFix: (replacement: string) => `Erstat med: »${replacement}«`,
  fixed: 'Rettelsen er indsat i brevet.',
  reviewerHeading: 'Til kvalitetssikring',
  reviewerIntro: 'Indsæt fundene som kommentarer i brevet, så sagsbehandleren kan se dem.',
  annotate: 'Indsæt som kommentarer',
  clearAnnotations: 'Fjern kommentarer',
  annotated: (n: number) =>
    n === 1 ? '1 kommentar er indsat i brevet.' : `${n} kommentarer er indsat i brevet.`,
  cleared: 'Kontrollens kommentarer er fjernet fra brevet.',
  errorTitle: 'Det lykkedes ikke',
  retry: 'Prøv igen',
  problemsTitle: 'Ikke alt blev rettet',
  dismiss: 'Luk',
  exampleProfile: 'Eksempelprofil: udfyld Indstillinger, så klagevejledningen passer til jeres myndighed.',
} as const;

export const KIND_LABELS: Record<LetterKindFound, string> = {
  decision: 'afgørelse',
  'identification-request': 'anmodning om præcisering',
  'delay-notice': 'underretning om forsinkelse (§ 36)',
  acknowledgement: 'kvittering for modtagelse',
  other: 'andet brev',
};

export const OUTCOME_LABELS: Record<Outcome | 'unknown', string> = {
  grant: 'imødekommes',
  partial: 'imødekommes delvist',
  refusal: 'afslås',
  dismissal: 'afvises',
  unknown: 'ikke fundet',
};

/** Severity words: a group's heading (plural) and the count badge ("1 advarsel", "2 advarsler"). */
export const SEVERITY_STRINGS: Record<Severity, { group: string; one: string; many: string }> = {
  error: { group: 'Fejl', one: 'fejl', many: 'fejl' },
  warning: { group: 'Advarsler', one: 'advarsel', many: 'advarsler' },
  info: { group: 'Oplysninger', one: 'oplysning', many: 'oplysninger' },
};

/**
 * A count with its severity word.
 * @example severityCount('warning', 2) // "2 advarsler"
 */
export function severityCount(severity: Severity, n: number): string {
  const words = SEVERITY_STRINGS[severity];
  return `${n} ${n === 1 ? words.one : words.many}`;
}

/** The settings view ("Indstillinger"). */
export const SETTINGS_STRINGS = {
  heading: 'Indstillinger',
  intro: 'Myndighedens profil bruges i brevene (afsender, underskrift) og i klagevejledningen.',
  loading: 'Henter profilen …',
  authorityHeading: 'Myndigheden',
  name: 'Navn',
  unit: 'Enhed',
  unitHint: 'Fx »Teknik og Miljø«. Kan udelades.',
  unitFromAdmin:
    'Administratorens profil har en enhed, som ikke kan fjernes her; skriv den enhed, der skal stå i brevene.',
  kind: 'Myndighedstype',
  kindChoose: 'Vælg myndighedstype',
  address: 'Adresse',
  addressHint: 'Én linje pr. linje i adressen.',
  signature: 'Underskrift',
  signatureHint: 'Hilsen, navn og titel, én pr. linje.',
  days: 'Lukkedage',
  daysHint: 'Dage, hvor myndigheden holder lukket ud over helligdagene: én dato pr. linje (ÅÅÅÅ-MM-DD).',
  caseAreasHeading: 'Sagsområder',
  caseAreasIntro: 'Klageinstansen for hvert sagsområde bestemmer klagevejledningen i brevet.',
  caseArea: (n: number, name: string) =>
    name.trim() ? `Sagsområde ${n}: ${name.trim()}` : `Sagsområde ${n}`,
  caseAreaId: 'Id',
  caseAreaIdHint: 'Kort og fast, fx »byggesager«.',
  caseAreaName: 'Navn',
  appealBody: 'Klageinstans',
  appealBodyHint: 'Fx »Ankestyrelsen«. Tom, hvis der ikke er nogen klageinstans.',
  supervisionRoute: '§ 38-vejen (ingen klageinstans)',
  partyAppealBody: 'Klageinstans for partsaktindsigt',
  complaintDeadline: 'Klagefrist',
  complaintDeadlineHint: 'Kun hvis reglerne på sagsområdet fastsætter en, fx »4 uger«.',
  addCaseArea: 'Tilføj sagsområde',
  removeCaseArea: (n: number) => `Fjern sagsområde ${n}`,
  noCaseAreas: 'Der er ingen sagsområder. Tilføj mindst ét, så klagevejledningen kan skrives.',
  save: 'Gem',
  export: 'Eksportér profile.json',
  reset: 'Nulstil til administratorens profil',
  resetConfirmTitle: 'Nulstil profilen?',
  resetConfirmBody: 'Dine egne ændringer slettes, og administratorens profil bruges igen.',
  resetConfirm: 'Nulstil',
  cancel: 'Annullér',
  saved: 'Profilen er gemt.',
  unsavedKept: 'Dine ændringer er ikke gemt endnu. Tryk Gem for at gemme dem.',
  savedNothing: 'Profilen er gemt. Den er den samme som administratorens, så der er ingen egne ændringer.',
  resetDone: 'Dine ændringer er slettet; administratorens profil bruges.',
  exported:
    'profile.json er hentet. Giv filen til administratoren, som lægger den ud sammen med tilføjelsesprogrammet.',
  invalidTitle: 'Profilen er ikke gemt',
  invalidBody: 'Ret felterne med fejl. Det, du har skrevet, er bevaret.',
  invalidExport: 'Ret felterne med fejl, før profilen eksporteres.',
  saveFailed: 'Profilen kunne ikke gemmes.',
  loadFailed: 'Profilen kunne ikke hentes.',
  sourceAdmin: 'Administratorens profil med dine egne ændringer.',
  sourceExample: 'Eksempelprofil: udfyld Indstillinger.',
  sourceUser: 'Der er ingen profil fra administratoren; profilen er din egen.',
  line: (n: number) => `Linje ${n}`,
} as const;

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  state: 'Statslig myndighed',
  municipality: 'Kommune',
  region: 'Region',
  other: 'Anden myndighed (fx et kommunalt fællesskab)',
};

/** Messages of the browser profile store. */
export const PROFILE_STORE_MESSAGES = {
  adminUnreachable:
    'Administratorens profil (profile.json) kunne ikke hentes. Genindlæs tilføjelsesprogrammet.',
  adminHttp: (status: number) =>
    `Administratorens profil (profile.json) kunne ikke hentes (HTTP ${status}). Kontakt administratoren.`,
  adminNotJson: 'Administratorens profil (profile.json) er ikke gyldig JSON. Kontakt administratoren.',
  adminInvalid: (errors: readonly string[]) =>
    `Administratorens profil (profile.json) er ikke gyldig: ${errors.join(' ')} Kontakt administratoren.`,
  overridesCorrupt:
    'Dine gemte ændringer af profilen kunne ikke læses og bruges ikke. En kopi er gemt i browseren, så intet er tabt.',
  overridesInvalid: (errors: readonly string[]) =>
    `Dine gemte ændringer af profilen passer ikke til administratorens profil og bruges ikke: ${errors.join(' ')} Ret dem under Indstillinger.`,
  storageUnavailable: 'Browserens lager kan ikke bruges, så dine ændringer af profilen kan ikke gemmes.',
  saveFailed: 'Dine ændringer af profilen kunne ikke gemmes i browseren (lageret er måske fuldt).',
  example: 'Eksempelprofil: udfyld Indstillinger.',
} as const;
