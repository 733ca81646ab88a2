/**
 * Every Danish string the task pane's shell and its Afgørelse, Grunde and Indsæt views show, as data, so tests
 * find controls by these ids instead of copying text. The check and settings views keep theirs in
 * `strings-check.ts`. Law text is never here: quotations come from `src/law`.
 */
import type { Companion, Outcome } from '../grounds/types';
import type { LetterKind, PartId } from '../letter/types';

/** Danish count with the right noun: `count(1, 'felt', 'felter')` is "1 felt", `count(3, ...)` "3 felter". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * A Danish list: "a", "a og b", "a, b og c".
 * @example danishList(['§ 30', '§ 33']) // "§ 30 og § 33"
 */
export function danishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export type ViewId = 'decision' | 'grounds' | 'insert' | 'check' | 'settings';

const KINDS: Record<LetterKind, string> = {
  decision: 'Afgørelse om aktindsigt',
  'identification-request': 'Anmodning om præcisering eller afgrænsning',
  'delay-notice': 'Meddelelse om forsinkelse',
};

const OUTCOMES: Record<Outcome, string> = {
  grant: 'Imødekommes',
  partial: 'Imødekommes delvist',
  refusal: 'Afslås',
  dismissal: 'Afvises',
};

/**
 * Why a companion block comes with a ground (guidance for the jurist, not law text). A companion without an
 * entry is shown with the grounds that require it only.
 */
const COMPANION_WHY: Partial<Record<Companion, string>> = {
  meroffentlighed:
    'Ved afslag efter offentlighedslovens §§ 19-21 eller 23-35 skal brevet vise, at I har overvejet at give aktindsigt i videre omfang (meroffentlighed). For en part gælder forvaltningslovens § 10.',
  extraction:
    'Når interne dokumenter undtages, skal oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger ekstraheres (offentlighedslovens § 28; for en part forvaltningslovens § 14 a).',
  'extraction-29':
    'Kun hvis sagen angår et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign.: interne faglige vurderinger i endelig form skal ekstraheres (offentlighedslovens § 29). Lad feltet stå tomt, hvis det ikke er tilfældet.',
  'partial-34':
    'Gælder hensynet kun en del af et dokument, skal ansøgeren have resten, medmindre en af undtagelserne i offentlighedslovens § 34 gælder. Ved afslag på hele dokumenter skal brevet sige hvilken.',
  dialogue:
    'Før et afslag på grund af uforholdsmæssigt ressourceforbrug skal ansøgeren være tilbudt en dialog om at afgrænse anmodningen.',
  identification:
    'Ved afvisning på grund af manglende identifikation skal brevet sige, hvad der er uklart, og hvad ansøgeren skal oplyse.',
  'data-extract':
    'Ved afslag på et dataudtræk skal brevet sige, hvorfor udtrækket kræver mere end få og enkle kommandoer.',
  'data-extract-personal': 'Grundens egen tekst siger, hvilke personoplysninger der ikke er ret til.',
};

/** Fallback titles of managed blocks by letter part, for blocks the pane did not insert itself. */
const PART_TITLES: Record<PartId, string> = {
  request_reference: 'Anmodningen',
  decision: 'Afgørelse',
  reasoning: 'Begrundelse',
  meroffentlighed: 'Meroffentlighed',
  extraction: 'Ekstrahering',
  weighing: 'Afvejning',
  document_list: 'Aktliste',
  legal_basis: 'Lovgrundlag',
  complaint_guidance: 'Klagevejledning',
  date: 'Dato',
  sender: 'Afsender',
};

export const STRINGS = {
  app: {
    title: 'Aktindsigt',
    tabList: 'Opgaverudens visninger',
    loading: 'Indlæser brevets valg …',
    loadingView: 'Indlæser visningen …',
    dismiss: 'Luk',
    profileLoadFailed:
      'Myndighedsprofilen kunne ikke indlæses. Brevet kan ikke sammensættes, før den er i orden: se Indstillinger, eller kontakt den, der administrerer tilføjelsesprogrammet.',
  },
  tabs: {
    decision: 'Afgørelse',
    grounds: 'Grunde',
    insert: 'Indsæt',
    check: 'Kontrol',
    settings: 'Indstillinger',
  } satisfies Record<ViewId, string>,
  decision: {
    heading: 'Afgørelse',
    kind: 'Brevtype',
    kinds: KINDS,
    basis: 'Anmodningen behandles efter',
    basisHint: 'Listen over grunde følger grundlaget.',
    outcome: 'Resultat',
    outcomes: OUTCOMES,
    received: 'Anmodningen modtaget',
    receivedAfterLetter: 'Anmodningen kan ikke være modtaget efter brevets dato.',
    subject: 'Hvad der er anmodet om',
    subjectHint: 'Fx: kommunens sag om renovering af Skolevej',
    subjectMissing: 'Skriv, hvad der er anmodet om.',
    requester: 'Ansøgerens navn',
    requesterHint: 'Bruges i »Kære …«. Lad feltet stå tomt ved anonyme anmodninger.',
    caseArea: 'Sagsområde',
    caseAreaHint: 'Bestemmer klagevejledningen.',
    caseAreaChoose: 'Vælg sagsområde',
    caseAreaNone: 'Myndighedsprofilen har ingen sagsområder. Tilføj dem under Indstillinger.',
    caseAreaMissing: 'Vælg sagsområde, så klagevejledningen peger på den rigtige klageinstans.',
    letterDate: 'Brevets dato',
    letterDateMissing: 'Angiv brevets dato.',
    caseNumber: 'Sagsnummer',
    kindFields: {
      'delay-notice': 'Forsinkelsen',
      'identification-request': 'Det, ansøgeren skal svare på',
    } as Record<Exclude<LetterKind, 'decision'>, string>,
  },
  date: {
    placeholder: 'dd.mm.åååå',
    invalid: 'Skriv datoen som dd.mm.åååå, fx 03.03.2025.',
    outOfBounds: 'Datoen ligger uden for det tilladte interval.',
    months: [
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ],
    shortMonths: [
      'jan.',
      'feb.',
      'mar.',
      'apr.',
      'maj',
      'jun.',
      'jul.',
      'aug.',
      'sep.',
      'okt.',
      'nov.',
      'dec.',
    ],
    days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    shortDays: ['S', 'M', 'T', 'O', 'T', 'F', 'L'],
    goToToday: 'Gå til i dag',
    prevMonth: 'Forrige måned',
    nextMonth: 'Næste måned',
    prevYear: 'Forrige år',
    nextYear: 'Næste år',
    prevYearRange: 'Forrige årrække',
    nextYearRange: 'Næste årrække',
    close: 'Luk kalenderen',
    weekNumber: 'Uge {0}',
    selectedDate: 'Valgt dato {0}',
    todayDate: 'Dagens dato {0}',
    monthPickerHeader: '{0}, skift år',
    yearPickerHeader: '{0}, skift måned',
    dayMarked: 'markeret',
  },
  fields: {
    requiredEmpty: 'Skal udfyldes; ellers står feltets navn i klammer i brevet.',
    optional: 'Valgfrit',
    choose: 'Vælg',
    exception34: [
      { value: '1', label: 'nr. 1' },
      { value: '2', label: 'nr. 2' },
      { value: '3', label: 'nr. 3' },
    ],
  },
  grounds: {
    heading: 'Grunde',
    search: 'Søg efter grund',
    searchHint: 'Ord eller paragraf, fx »private forhold«, »30, nr. 1« eller »§ 33«.',
    results: (n: number) => (n === 1 ? '1 grund fundet' : `${n} grunde fundet`),
    noResults: (query: string) => `Ingen grunde passer til »${query}«.`,
    guidance: 'vejledning',
    chosen: (n: number) => (n === 0 ? 'Ingen grunde valgt' : count(n, 'grund valgt', 'grunde valgt')),
    fieldsOf: (label: string) => `Felter til ${label}`,
    textMissing: 'Lovteksten mangler',
    textMissingDetail: 'Bestemmelsen citeres ikke i brevet, fordi teksten ikke er med i lovdata:',
    secondary: 'Sekundær kilde',
    notForBasis: 'Passer ikke til grundlaget',
    notForBasisText:
      'Disse grunde er valgt, men kan ikke bruges efter det grundlag, anmodningen behandles efter. Fjern fluebenet, eller skift grundlag under Afgørelse. Dine felter gemmes.',
    grantNote:
      'Anmodningen imødekommes fuldt ud, så der skal normalt ikke vælges grunde. Skift resultat under Afgørelse, hvis noget undtages.',
    otherKindNote:
      'Brevtypen er ikke en afgørelse: grundene bruges kun til at vælge tekst, og begrundelsen kommer ikke med i brevet.',
    companionsHeading: 'Følger med dine valg',
    companionsNone: 'Dine valg kræver ingen ekstra afsnit.',
    companionWhy: COMPANION_WHY,
    requiredBy: (labels: readonly string[]) => `Kræves af: ${danishList(labels)}`,
  },
  insert: {
    heading: 'Indsæt i brevet',
    reading: 'Læser brevet …',
    inserting: 'Indsætter …',
    button: 'Indsæt i brevet',
    noProfile:
      'Brevet kan ikke sammensættes uden en myndighedsprofil. Ret profilen under Indstillinger, og prøv igen.',
    noLetterDate: 'Angiv brevets dato under Afgørelse; så kan brevet sammensættes.',
    composeFailed:
      'Brevet kunne ikke sammensættes ud fra dine valg. Tjek datoerne under Afgørelse, og prøv igen.',
    previewHeading: 'Det sker, når du indsætter',
    willAdd: 'Indsættes',
    willUpdate: 'Opdateres',
    willRemove: 'Fjernes',
    unchanged: (n: number) => count(n, 'afsnit er uændret', 'afsnit er uændrede'),
    nothingToDo: 'Brevet svarer allerede til dine valg.',
    missingHeading: (n: number) => `${count(n, 'felt', 'felter')} ikke udfyldt`,
    missingText:
      'Du kan godt indsætte, men feltets navn står i klammer i brevet, indtil du udfylder det og indsætter igen.',
    missingItem: (block: string, label: string) => `${label} (${block})`,
    warningsHeading: 'Se efter',
    result: (inserted: number, updated: number, removed: number) => {
      const parts: string[] = [];
      if (inserted > 0) parts.push(`${count(inserted, 'afsnit', 'afsnit')} indsat`);
      if (updated > 0)
        parts.push(
          `${parts.length === 0 ? `${count(updated, 'afsnit', 'afsnit')} ` : `${updated} `}opdateret`,
        );
      if (removed > 0)
        parts.push(`${parts.length === 0 ? `${count(removed, 'afsnit', 'afsnit')} ` : `${removed} `}fjernet`);
      return parts.length === 0
        ? 'Intet ændret: brevet svarede allerede til dine valg.'
        : `${parts.join(', ')}.`;
    },
    problemsHeading: (n: number) => (n === 1 ? 'Et afsnit blev ikke ændret' : `${n} afsnit blev ikke ændret`),
  },
  partTitles: PART_TITLES,
} as const;
