/**
 * The Danish strings of the task pane's miljøoplysningslov (MOL) parts, as data, so tests find controls by these
 * ids. Guidance for the jurist, never law text: the law is quoted from `src/law`.
 */
import type { EmissionsAnswer } from '../../letter/types';

export const MOL_STRINGS = {
  decision: {
    toggle: 'Anmodningen angår miljøoplysninger',
    toggleHint:
      'Det er oplysningerne, ikke den lov ansøgeren henviser til, der afgør lovvalget: miljøoplysninger behandles efter miljøoplysningsloven.',
    party:
      'Ansøgeren er part: anmodningen behandles efter forvaltningsloven som lovbekendtgørelse nr. 988 af 9. oktober 2012.',
    categoriesHeading: 'Er det miljøoplysninger? (miljøoplysningslovens § 3)',
    categoriesIntro: 'Miljøoplysninger er oplysninger om:',
    showLaw: 'Vis miljøoplysningslovens § 3',
    hideLaw: 'Skjul miljøoplysningslovens § 3',
    loadingLaw: 'Henter lovteksten …',
    lawUnavailable: 'Lovteksten kunne ikke findes i lovdata.',
  },
  grounds: {
    heading: 'Miljøoplysningsloven',
    police: 'Sagen behandles af politiet eller anklagemyndigheden',
    policeHint:
      'Så kræves ingen konkret afvejning efter miljøoplysningslovens § 2, stk. 3 (dens 3. pkt.), og felterne til afvejningen forsvinder.',
    emissions: 'Angår oplysningerne emissioner til miljøet?',
    emissionsHint: (grounds: string) =>
      `Spørges, fordi miljøoplysningslovens § 2, stk. 5 nævner ${grounds}. Ubesvaret står spørgsmålet i klammer i brevet.`,
    emissionsChoices: { yes: 'Ja', no: 'Nej', partly: 'Delvis' } satisfies Record<EmissionsAnswer, string>,
    optionsHeading: 'Afslag efter miljøoplysningsloven',
    underPreparation: 'Materialet er under udarbejdelse',
    underPreparationHint:
      'Brevet skal så oplyse, hvilken myndighed der udarbejder materialet, og hvornår det forventes at foreligge i endelig form (miljøoplysningslovens § 4, stk. 4).',
    form: 'Afslag på den ønskede form eller det ønskede format',
    formHint: 'Miljøoplysningslovens § 4, stk. 2. Skal afgøres senest 1 måned efter modtagelsen.',
    formChoices: [
      { value: '', label: 'Intet afslag på formen' },
      { value: '1', label: 'Nr. 1: allerede offentligt tilgængelige i en anden form' },
      { value: '2', label: 'Nr. 2: rimeligt at stille dem til rådighed i en anden form' },
    ],
    meroffentlighed: 'Tilføj en vurdering af meroffentlighed',
    meroffentlighedHint:
      'Efter 1985-offentlighedsloven er der ikke pligt til at overveje meroffentlighed, medmindre ansøgeren har bedt om det.',
    secondTrack: 'Vurdér også efter offentlighedsloven (2013) som andet spor',
    secondTrackHint:
      'Ansøgeren får aktindsigt, hvor blot én af lovene giver adgang. Det er uafklaret, om det er pligt; kontrollen hverken kræver eller påtaler det.',
    secondTrackGrounds: 'Grunde efter offentlighedsloven (andet spor)',
    secondTrackFieldsOf: (label: string) => `Felter til ${label} (andet spor)`,
    blockTitles: {
      'under-preparation': 'Materiale under udarbejdelse',
      form: 'Form og format',
      emissions: 'Emissioner til miljøet',
      directive: 'Direktivets artikel 4, stk. 2',
      meroffentlighed: 'Meroffentlighed',
      'second-track': 'Resultatet efter offentlighedsloven',
      'second-track:meroffentlighed': 'Meroffentlighed efter offentlighedsloven',
    },
  },
  settings: {
    heading: 'Miljøoplysninger',
    intro:
      'Bruges i klagevejledningen, når en anmodning behandles efter miljøoplysningsloven. Klagen indgives altid skriftligt til den, der har truffet afgørelsen (miljøoplysningslovens § 4 b, stk. 1).',
    organ: 'Organ efter miljøoplysningslovens § 1, stk. 2 (klager går til Miljø- og Fødevareklagenævnet)',
    utility: 'Forsyningsvirksomhed (klager går til Miljø- og Fødevareklagenævnet)',
    howToComplain: 'Sådan klager man (miljøoplysninger)',
    howToComplainHint:
      'Tom: standardteksten om, at klagen sendes skriftligt til os. Nævn ikke gebyr; klager alene over afslag på aktindsigt er fritaget.',
    secondTrack: 'Vurdér som standard også efter offentlighedsloven (2013) som andet spor',
    appealBody: 'Klageinstans efter miljøoplysningsloven',
    appealBodyHint:
      'Klageinstansen i den sag, anmodningen angår (miljøoplysningslovens § 4, stk. 6), fx »Miljø- og Fødevareklagenævnet«.',
    noAppealBody: 'Tekst, når sagen ikke har nogen klageinstans (miljøoplysninger)',
    noAppealBodyHint:
      'Myndighedens egen formulering. Ingen lov siger, hvor der så skal klages; tilføjelsesprogrammet gætter ikke.',
    complaintDeadline: 'Klagefrist efter miljøoplysningsloven',
    complaintDeadlineHint:
      'Der er ikke fundet nogen lovbestemt klagefrist. Udfyld kun, hvis myndighedens egne regler fastsætter en.',
  },
  supplied: {
    heading: 'Lovtekst, der mangler i lovdata',
    intro:
      'Disse bestemmelser kan ikke citeres, fordi ordlyden ikke er med i lovdata. Brevet siger, hvilken tekst der mangler. Du kan indsætte ordlyden fra retsinformation.dk for dette brev; den bruges kun her. Brug aldrig teksten fra den nugældende offentlighedslov.',
    text: (label: string) => `Ordlyden af ${label}`,
    source: (label: string) => `Kilde til ordlyden af ${label}`,
    sourceHint: 'Fx: retsinformation.dk, lov nr. 572 af 19. december 1985',
    mark: 'Indsat af dig, ikke kontrolleret',
  },
} as const;
