/**
 * The grounds catalogue: every ground a jurist can tick, as data, in the law's order (offentlighedsloven,
 * then forvaltningsloven). Helpers live in index.ts; docs/grounds-catalogue.md is generated from this file.
 *
 * Conventions (tested in test/grounds):
 * - `id` is built from `refs[0]`: statute, section with its letter glued on, then stk., nr. and pkt. where the
 *   reference names them (`offl-30-1`, `offl-9-2-1`, `offl-8-2`, `fvl-15b-3`).
 * - `refs` hold the ground's own provision first, then only provisions the reasoning must cite with it
 *   (e.g. § 24, stk. 1 for § 23, stk. 1, nr. 2). Companion provisions (§§ 14, 28, 29, 34; fvl §§ 10, 14 a,
 *   14 b) and the request's basis (§§ 7, 8; fvl § 9) are added by the composer.
 * - Every reference in `refs` is cited in `template`, and the template cites nothing else: the letter's legal
 *   basis quotes exactly what the letter cites.
 * - Templates are reasoning in the authority's voice; they name what the provision covers, never restate it.
 */
import type { Ground, TemplateField } from './types';

// Fields shared by many grounds. Hints say what to write, with an example.
/** The documents a ground covers; under miljøoplysningsloven too. The aktliste fills it when one is used. */
export const DOCUMENTS: TemplateField = {
  name: 'dokumenter',
  label: 'Dokumenterne',
  hint: 'Fx: dokument 4 og 7 (notaterne af 3. og 10. marts 2025)',
  required: true,
};
const INFORMATION: TemplateField = {
  name: 'oplysninger',
  label: 'Oplysningerne',
  hint: 'Fx: oplysningerne om naboens helbred',
  required: true,
};
const CASE: TemplateField = {
  name: 'sag',
  label: 'Sagen',
  hint: 'Fx: sagen om tyveri fra kommunens materielgård',
  required: true,
};
const MINISTER: TemplateField = {
  name: 'minister',
  label: 'Ministeren',
  hint: 'Fx: social- og boligministeren',
  required: true,
};
const MINISTER_ADVICE: TemplateField = {
  name: 'begrundelse',
  label: 'Hvorfor der var konkret grund til at antage det',
  hint: 'Fx: ministeren var kaldt i samråd om sagen den 12. marts 2025',
  required: true,
};
const KL_PARTIES: TemplateField = {
  name: 'parter',
  label: 'Hvem dokumenterne er udvekslet mellem',
  hint: 'Fx: KL og kommunerne i Region Midtjylland',
  required: true,
};
const KL_NEGOTIATIONS: TemplateField = {
  name: 'forhandlinger',
  label: 'Forhandlingerne eller drøftelserne',
  hint: 'Fx: forhandlingerne med regeringen om kommunernes økonomi for 2026',
  required: true,
};
const PURPOSE: TemplateField = {
  name: 'formaal',
  label: 'Formålet med anmodningen',
  hint: 'Fx: genere de medarbejdere, der har behandlet din sag',
  required: true,
};
const PURPOSE_FACTS: TemplateField = {
  name: 'begrundelse',
  label: 'Omstændighederne',
  hint: 'Fx: du i dine henvendelser har truet navngivne medarbejdere og bedt om deres private adresser',
  required: true,
};
const EXPERT: TemplateField = {
  name: 'sagkyndig',
  label: 'Den sagkyndige',
  hint: 'Fx: kommunens advokat',
  required: true,
};
const LAWSUIT: TemplateField = {
  name: 'retssag',
  label: 'Retssagen',
  hint: 'Fx: retssagen mod entreprenøren om mangler ved skolebyggeriet',
  required: true,
};
const OBLIGATION: TemplateField = {
  name: 'forpligtelse',
  label: 'Forpligtelsen',
  hint: 'Fx: fortrolighedsbestemmelsen i den aftale om informationsudveksling, som oplysningerne er modtaget efter (angiv aftalen og bestemmelsen)',
  required: true,
};
const PARTY_INTEREST: TemplateField = {
  name: 'afvejning',
  label: 'Afvejningen mod partens interesse',
  hint: 'Fx: oplysningerne ikke har haft betydning for afgørelsen af din sag',
  required: true,
};

// Recurring guidance sentences (Danish), kept identical so the review document reads consistently.
const PARTIAL_34 = 'Undtag kun de oplysninger, hensynet gælder, og udlever resten af dokumentet efter § 34.';
const OWN_ACCESS_31_33 =
  'Ved egenacces efter § 8 kan hensynet kun begrunde et afslag, hvis det med afgørende vægt taler imod (§ 8, 2. pkt.).';
const EXTRACTION_28_29 =
  'Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign.';
const PARTIAL_15C =
  'Gør hensynet sig kun gældende for en del af et dokument, skal parten have aktindsigt i resten, medmindre en af undtagelserne i § 15 c gælder.';
const PARTY_WEIGHING =
  'Partens interesse i at bruge kendskab til sagens dokumenter til at varetage sit tarv skal afvejes mod »afgørende« hensyn (offentlighedslovens § 33 siger »væsentlige« hensyn), og afvejningen skal fremgå af begrundelsen.';
const EXTRACTION_14A_14B =
  'Oplysninger om sagens faktiske grundlag, der er relevante for afgørelsen, og eksterne faglige vurderinger skal ekstraheres efter § 14 a; overvej også § 14 b, hvis det er almindelig praksis at indhente eksterne faglige vurderinger i den type sager.';

export const GROUNDS: readonly Ground[] = [
  // ---------------------------------------------------------------- offentlighedsloven
  {
    id: 'offl-8-2',
    refs: [{ statute: 'offl', section: '8', sentence: 2 }],
    label: 'Hensynet til ansøgeren selv eller andre (offentlighedslovens § 8, 2. pkt.)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance:
      'Bruges kun ved egenacces efter § 8, når hensynet til ansøgeren selv eller til andre taler imod, at ansøgeren får oplysningerne om sig selv. Hensynet skal med afgørende vægt tale imod, og kun de oplysninger, hensynet gælder, kan undtages. Bygger afslaget på hensynene i §§ 31-33, vælges i stedet grunden under den bestemmelse.',
    guidanceSource: 'own',
    // § 14 names §§ 19-21 and 23-35, not § 8; § 34 names §§ 30-33. Neither companion applies by the text.
    requires: [],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi har lagt vægt på, at {begrundelse}. Vi vurderer derfor, at hensynet til {hensyn} med afgørende vægt taler imod, at du får aktindsigt i oplysningerne, jf. offentlighedslovens § 8, 2. pkt.',
    fields: [
      { ...INFORMATION, hint: 'Fx: lægens vurdering af din prognose' },
      DOCUMENTS,
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: vurderingen efter lægens opfattelse bør gives dig ved en samtale og ikke på skrift',
        required: true,
      },
      {
        name: 'hensyn',
        label: 'Hvis hensyn',
        hint: 'Fx: dig selv / din datter / den person, der har henvendt sig til kommunen',
        required: true,
      },
    ],
  },
  {
    id: 'offl-9-1',
    refs: [{ statute: 'offl', section: '9', subsection: 1 }],
    label: 'Manglende identifikation eller tema (offentlighedslovens § 9, stk. 1)',
    group: 'Afvisning af anmodningen',
    kind: 'refusal-to-process',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['dismissal'],
    guidance:
      'Anmodningen skal gøre det muligt at finde sagen eller dokumenterne og angive et tema: »myndighedens dårlige sager« er ikke nok, mens fx »sager om afslag på SU til udenlandske studerende« er. Brevveksling med en bestemt virksomhed i en periode opfylder normalt ikke temakravet, medmindre formålet er at belyse omfanget af kontakten. Der kan ikke kræves et journalnummer, men angiver ansøgeren et, er det nok. Afvis først, når du har bedt ansøgeren om at præcisere anmodningen.',
    guidanceSource: 'handbook',
    requires: ['identification'],
    template:
      'Vi bad dig den {dato_praecisering} om at præcisere din anmodning, og {svar}. Anmodningen opfylder derfor ikke identifikationskravene, og vi afviser at behandle den, jf. offentlighedslovens § 9, stk. 1.',
    fields: [
      {
        name: 'dato_praecisering',
        label: 'Dato for vores anmodning om præcisering',
        hint: 'Fx: 12. marts 2025',
        required: true,
      },
      {
        name: 'svar',
        label: 'Hvad der skete derefter',
        hint: 'Fx: vi har ikke hørt fra dig / din præcisering af 20. marts 2025 angiver stadig ikke, hvilket emne brevvekslingen angår',
        required: true,
      },
    ],
  },
  {
    id: 'offl-9-2-1',
    refs: [{ statute: 'offl', section: '9', subsection: 2, item: 1 }],
    label: 'Uforholdsmæssigt ressourceforbrug (offentlighedslovens § 9, stk. 2, nr. 1)',
    group: 'Afvisning af anmodningen',
    kind: 'refusal-to-process',
    // § 9, stk. 2 names requests "efter § 7" only.
    bases: ['offl-7'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Afgørende er det forventede tidsforbrug i forhold til ansøgerens interesse: uden en særlig interesse kan et forventet tidsforbrug på over ca. 25 timer (mere end tre fulde arbejdsdage) være uforholdsmæssigt, mens en særlig interesse (fx massemedier, forskere eller interesseorganisationer) kræver et væsentligt større tidsforbrug. Medregn fremsøgningen og vurderingen af, om der kan gives aktindsigt, men ikke tid, der skyldes manglende journalisering. Før afslaget skal ansøgeren tilbydes en dialog om at afgrænse anmodningen med besked om, at den ellers kan blive afslået. Reglen gælder kun anmodninger efter § 7, ikke egenacces efter § 8.',
    guidanceSource: 'handbook',
    requires: ['dialogue'],
    template:
      'Din anmodning omfatter {omfang}. Vi anslår, at behandlingen vil tage omkring {timer} timer, fordi {tidsforbrug}. Vi har lagt vægt på, at {interesse}. Vi vurderer derfor, at behandlingen af anmodningen vil kræve et uforholdsmæssigt ressourceforbrug, og vi afslår at behandle den, jf. offentlighedslovens § 9, stk. 2, nr. 1.',
    fields: [
      {
        name: 'omfang',
        label: 'Anmodningens omfang',
        hint: 'Fx: alle sager om byggetilladelser i perioden 2015-2024, i alt ca. 4.000 sager',
        required: true,
      },
      { name: 'timer', label: 'Forventet tidsforbrug i timer', hint: 'Fx: 60', required: true },
      {
        name: 'tidsforbrug',
        label: 'Hvordan tidsforbruget er opgjort',
        hint: 'Fx: sagerne skal fremsøges manuelt, og hvert dokument skal gennemgås for oplysninger om private forhold; en stikprøve på 20 sager tog 5 timer',
        required: true,
      },
      {
        name: 'interesse',
        label: 'Ansøgerens interesse',
        hint: 'Fx: du ikke har oplyst en særlig interesse i sagerne / du skriver som journalist, men tidsforbruget er væsentligt større end ca. 25 timer',
        required: true,
      },
    ],
  },
  {
    id: 'offl-9-2-2',
    refs: [{ statute: 'offl', section: '9', subsection: 2, item: 2 }],
    label: 'Retsstridigt eller chikanøst formål (offentlighedslovens § 9, stk. 2, nr. 2)',
    group: 'Afvisning af anmodningen',
    kind: 'refusal-to-process',
    bases: ['offl-7'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Bruges ved misbrug, fx når anmodningen har til formål at forfølge eller genere myndighedens ansatte eller privatpersoner (chikane) eller at skabe grundlag for retsstridige forhold. Vurder det ud fra de konkrete omstændigheder, herunder anmodningens indhold, tidligere erfaringer med at give oplysninger til ansøgeren, og om ansøgeren har optrådt truende. Reglen gælder kun anmodninger efter § 7, ikke egenacces efter § 8.',
    guidanceSource: 'handbook',
    requires: [],
    template:
      'Vi har lagt vægt på, at {begrundelse}. På den baggrund vurderer vi, at din anmodning har til formål at {formaal}, og vi afslår derfor at behandle den, jf. offentlighedslovens § 9, stk. 2, nr. 2.',
    fields: [PURPOSE_FACTS, PURPOSE],
  },
  {
    id: 'offl-10',
    refs: [{ statute: 'offl', section: '10' }],
    label: 'Databaser (offentlighedslovens § 10)',
    group: 'Afvisning af anmodningen',
    // Not a refusal to process: § 10 limits what the right covers (the database as such), like an excepted
    // document; the documents in it and the entries of § 7, stk. 2, nr. 2 remain covered.
    kind: 'excepted-document',
    // § 10 delimits "retten til aktindsigt" in general (its stk. 2 even concerns access to one's own data).
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Bruges, når der bedes om adgang til selve databasen, fx et register eller et fagsystem, og ikke om bestemte dokumenter i den. Journaler og andre fortegnelser over sagens dokumenter (§ 7, stk. 2, nr. 2) er ikke undtaget. Overvej, om anmodningen kan imødekommes som en sammenstilling af oplysninger efter § 11 eller som indsigt i en databeskrivelse efter § 12.',
    guidanceSource: 'own',
    requires: [],
    template:
      'Du har bedt om adgang til {database}. Det er en database, som {beskrivelse}, og vi kan derfor ikke give dig adgang til den som sådan, jf. offentlighedslovens § 10.',
    fields: [
      {
        name: 'database',
        label: 'Databasen',
        hint: 'Fx: kommunens sagsbehandlingssystem for byggesager',
        required: true,
      },
      {
        name: 'beskrivelse',
        label: 'Hvad databasen er',
        hint: 'Fx: vi bruger til at registrere og behandle byggesager elektronisk',
        required: true,
      },
    ],
  },
  {
    id: 'offl-11-1',
    refs: [{ statute: 'offl', section: '11', subsection: 1 }],
    label: 'Dataudtræk ud over få og enkle kommandoer (offentlighedslovens § 11, stk. 1)',
    group: 'Afvisning af anmodningen',
    // A refusal under § 11, stk. 1 declines to produce a new compilation because of the work it takes; no
    // existing document or information is withheld. That is a refusal to process, like § 9, stk. 2, nr. 1.
    kind: 'refusal-to-process',
    // § 11 is its own right ("Enhver"), whatever the basis of the rest of the request.
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Der er kun ret til en sammenstilling af foreliggende oplysninger, og kun hvis både sammenstillingen og en eventuel anonymisering kan foretages ved få og enkle kommandoer; kan det ikke ske i løbet af kort tid, kan udtrækket som klart udgangspunkt afslås. Medregn al tid til at producere udtrækket, herunder vurderingen af §§ 19-35, anonymisering og nødvendig høring af en virksomhed eller en anden myndighed. Der er heller ikke ret til et udtræk, hvis myndigheden selv skal vurdere, hvilke oplysninger der skal med, hvis det kræver ekspertise eller software, myndigheden ikke har, eller hvis oplysningerne allerede er offentliggjort i egnet form.',
    guidanceSource: 'handbook',
    requires: ['data-extract'],
    template:
      'Du har bedt om en sammenstilling af {udtraek} fra {database}. Vi afslår at foretage sammenstillingen, fordi den ikke kan foretages ved få og enkle kommandoer, jf. offentlighedslovens § 11, stk. 1.',
    fields: [
      {
        name: 'udtraek',
        label: 'Hvad udtrækket skulle indeholde',
        hint: 'Fx: alle kommunens indkøb over 50.000 kr. i 2024 fordelt på leverandør',
        required: true,
      },
      { name: 'database', label: 'Databasen', hint: 'Fx: kommunens indkøbssystem', required: true },
    ],
  },
  {
    id: 'offl-11-2',
    // The letter names the data as processed under databeskyttelseslovens § 10, so it cites and quotes that
    // paragraph too (its text is secondary-sourced; the quotation then carries a warning).
    refs: [
      { statute: 'offl', section: '11', subsection: 2 },
      { statute: 'dbl', section: '10' },
    ],
    label: 'Personoplysninger til forskning og statistik (offentlighedslovens § 11, stk. 2)',
    group: 'Afvisning af anmodningen',
    // Unlike stk. 1, stk. 2 turns on what the data are, not on the work: it takes certain information out of
    // the compilation right, and the rest of the extract can still be made.
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Retten til en sammenstilling omfatter ikke personoplysninger, som myndigheden behandler efter databeskyttelseslovens § 10, stk. 1-4 (statistiske eller videnskabelige undersøgelser). Kontrollér, at oplysningerne faktisk behandles efter den bestemmelse, og lav udtrækket uden dem, hvis betingelserne i § 11, stk. 1 i øvrigt er opfyldt. Teksten til databeskyttelseslovens § 10 er kun set i en sekundær kilde, så kontrollér citatet mod retsinformation.dk.',
    guidanceSource: 'own',
    requires: ['data-extract-personal'],
    template:
      'Du har bedt om en sammenstilling af {udtraek}. Vi kan ikke medtage {oplysninger}, fordi det er personoplysninger, som vi behandler til brug for {undersoegelse} efter databeskyttelseslovens § 10, jf. offentlighedslovens § 11, stk. 2.',
    fields: [
      {
        name: 'udtraek',
        label: 'Hvad udtrækket skulle indeholde',
        hint: 'Fx: ventetider i hjemmeplejen fordelt på borgere og distrikter',
        required: true,
      },
      { ...INFORMATION, hint: 'Fx: oplysningerne om de enkelte borgeres helbred' },
      {
        name: 'undersoegelse',
        label: 'Undersøgelsen',
        hint: 'Fx: en statistisk undersøgelse af ventetider i hjemmeplejen',
        required: true,
      },
    ],
  },
  {
    id: 'offl-19',
    refs: [{ statute: 'offl', section: '19' }],
    label: 'Sager inden for strafferetsplejen (offentlighedslovens § 19)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Undtagelsen gælder hele sagen, ikke kun enkelte dokumenter eller oplysninger. Bødeforelæg, som en juridisk person har vedtaget, er dog omfattet af retten til aktindsigt, medmindre de ligger hos politiet eller anklagemyndigheden (stk. 2 og 3). Overvej meroffentlighed efter § 14, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår {sag}. Det er en sag inden for strafferetsplejen, fordi {begrundelse}, og vi har derfor undtaget hele sagen fra aktindsigt, jf. offentlighedslovens § 19.',
    fields: [
      { ...CASE, hint: 'Fx: politiets sag om tyveri fra kommunens materielgård' },
      {
        name: 'begrundelse',
        label: 'Hvorfor sagen hører under strafferetsplejen',
        hint: 'Fx: sagen angår politiets efterforskning af det forhold, kommunen har anmeldt',
        required: true,
      },
    ],
  },
  {
    id: 'offl-20',
    refs: [{ statute: 'offl', section: '20' }],
    label: 'Sager om lovgivning (offentlighedslovens § 20)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder sager om lovgivning, herunder bevillingslove, indtil lovforslaget er fremsat for Folketinget; derefter skal anmodningen vurderes efter lovens øvrige regler. Undtagelsen gælder hele sagen, ikke kun enkelte dokumenter. Overvej meroffentlighed efter § 14, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår {sag}. Det er en sag om lovgivning, og lovforslaget er endnu ikke fremsat for Folketinget. Vi har derfor undtaget hele sagen fra aktindsigt, jf. offentlighedslovens § 20.',
    fields: [{ ...CASE, hint: 'Fx: ministeriets sag om et lovforslag om ændring af byggeloven' }],
  },
  {
    id: 'offl-21-1',
    refs: [{ statute: 'offl', section: '21', subsection: 1 }],
    label: 'Sager om ansættelse eller forfremmelse (offentlighedslovens § 21, stk. 1)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Undtagelsen gælder hele sagen om ansættelsen eller forfremmelsen. En ansøger til stillingen kan som part have ret til aktindsigt efter forvaltningsloven, men kun i de dokumenter, der vedrører ansøgerens egne forhold (forvaltningslovens § 9, stk. 3). Overvej meroffentlighed efter § 14, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår sagen om {sag}. Det er en {sagstype} i det offentliges tjeneste, og vi har derfor undtaget hele sagen fra aktindsigt, jf. offentlighedslovens § 21, stk. 1.',
    fields: [
      { ...CASE, hint: 'Fx: besættelsen af stillingen som skoleleder på Nordskolen i 2025' },
      {
        name: 'sagstype',
        label: 'Sagstypen',
        hint: 'Fx: ansættelsessag / forfremmelsessag',
        required: true,
      },
    ],
  },
  {
    id: 'offl-21-2',
    // Stk. 3 and 4 name what must still be given: the reasoning cites them, so they are quoted.
    refs: [
      { statute: 'offl', section: '21', subsection: 2 },
      { statute: 'offl', section: '21', subsection: 3 },
      { statute: 'offl', section: '21', subsection: 4 },
    ],
    label: 'Andre sager om ansættelsesforhold (offentlighedslovens § 21, stk. 2)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    // Stk. 2 applies "bortset fra bestemmelsen i § 8": not to own access.
    bases: ['offl-7'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder andre sager om enkeltpersoners ansættelsesforhold i det offentliges tjeneste, men ikke ved egenacces efter § 8. Oplysningerne i stk. 3 og 4 skal udleveres: den ansattes navn, stilling, uddannelse, arbejdsopgaver, lønmæssige forhold og tjenesterejser, for chefer også disciplinære reaktioner i form af advarsel eller derover i 2 år efter den endelige afgørelse, og oplysninger i den øverste ledelseskontrakt om de overordnede prioriteringer. Fra 1. juli 2024 gives der dog ikke indsigt i den ansattes navn, hvis væsentlige hensyn til den ansattes tryghed taler herimod (stk. 3, 2. pkt.). Overvej meroffentlighed efter § 14, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår {sag}. Det er en sag om en ansats ansættelsesforhold i det offentliges tjeneste, og vi har derfor undtaget sagen fra aktindsigt, jf. offentlighedslovens § 21, stk. 2. Du får dog aktindsigt i {udleveres}, jf. offentlighedslovens § 21, stk. 3 og 4.',
    fields: [
      {
        ...CASE,
        hint: 'Fx: sagen om den tjenstlige samtale med en medarbejder i Teknik- og Miljøforvaltningen i januar 2025',
      },
      {
        name: 'udleveres',
        label: 'Oplysninger, der udleveres efter stk. 3 og 4',
        hint: 'Fx: oplysningerne om den ansattes navn, stilling, uddannelse, arbejdsopgaver og lønmæssige forhold',
        required: true,
      },
    ],
  },
  {
    id: 'offl-22',
    refs: [{ statute: 'offl', section: '22' }],
    label: 'Sager om førelse af en kalender (offentlighedslovens § 22)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Undtagelsen gælder sager om førelse af en kalender; dokumenter i de sager, som kalenderaftalerne angår, vurderes efter de regler, der gælder for dem. § 14 om meroffentlighed nævner ikke § 22, så brevet skal ikke indeholde en overvejelse efter § 14 for denne grund.',
    guidanceSource: 'own',
    requires: [],
    template:
      'Din anmodning angår {kalender}. Det er en sag om førelse af en kalender, og vi har derfor undtaget sagen fra aktindsigt, jf. offentlighedslovens § 22.',
    fields: [
      {
        name: 'kalender',
        label: 'Kalenderen',
        hint: 'Fx: borgmesterens kalender for marts 2025',
        required: true,
      },
    ],
  },
  {
    id: 'offl-23-1-1',
    refs: [{ statute: 'offl', section: '23', subsection: 1, item: 1 }],
    label: 'Interne dokumenter (offentlighedslovens § 23, stk. 1, nr. 1)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder dokumenter, der ikke er afgivet til udenforstående; afgives de, mister de deres interne karakter, medmindre det sker af retlige grunde, til forskningsmæssig brug eller af lignende grunde (stk. 2). Interne dokumenter i endelig form, der er nævnt i § 26, skal udleveres, fx dokumenter, der alene gengiver den endelige beslutning, generelle retningslinjer og systematiserede gengivelser af praksis. ${EXTRACTION_28_29}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udarbejdet af {udarbejdet_af} til brug for {formaal} og er ikke afgivet til udenforstående. Dokumenterne er derfor interne, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
    fields: [
      DOCUMENTS,
      {
        name: 'udarbejdet_af',
        label: 'Hvem har udarbejdet dokumenterne',
        hint: 'Fx: Teknik- og Miljøforvaltningen',
        required: true,
      },
      {
        name: 'formaal',
        label: 'Til brug for',
        hint: 'Fx: forvaltningens interne overvejelser om, hvordan sagen skulle behandles',
        required: true,
      },
    ],
  },
  {
    id: 'offl-23-1-2',
    // Nr. 2 is defined by § 24, stk. 1 ("dokumenter, der efter § 24, stk. 1, udveksles ..."): cited with it.
    refs: [
      { statute: 'offl', section: '23', subsection: 1, item: 2 },
      { statute: 'offl', section: '24', subsection: 1 },
    ],
    label: 'Interne dokumenter i ministerbetjening (offentlighedslovens § 23, stk. 1, nr. 2)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder dokumenter, der efter § 24, stk. 1, udveksles mellem et departement og dets underordnede myndigheder eller mellem ministerier på et tidspunkt, hvor der er konkret grund til at antage, at en minister har eller vil få behov for embedsværkets rådgivning og bistand. Bestemmelsen i § 24, stk. 1 gælder ikke i sager om konkrete afgørelser, om indgåelse af kontraktforhold eller ved et ministeriums kontrol- eller tilsynsopgaver (§ 24, stk. 3). Interne dokumenter i endelig form, der er nævnt i § 26, skal udleveres. Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign., og ikke i dokumenter udarbejdet til brug for ministerrådgivning.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet mellem {parter} på et tidspunkt, hvor der var konkret grund til at antage, at {minister} havde eller ville få behov for embedsværkets rådgivning og bistand, fordi {begrundelse}. Dokumenterne er derfor interne, jf. offentlighedslovens § 23, stk. 1, nr. 2, jf. § 24, stk. 1.',
    fields: [
      DOCUMENTS,
      {
        name: 'parter',
        label: 'Hvem dokumenterne er udvekslet mellem',
        hint: 'Fx: Social- og Boligministeriets departement og Ankestyrelsen',
        required: true,
      },
      MINISTER,
      MINISTER_ADVICE,
    ],
  },
  {
    id: 'offl-23-1-3',
    // Nr. 3 is defined by § 25 ("dokumenter, der efter § 25 udveksles ..."): cited with it.
    refs: [
      { statute: 'offl', section: '23', subsection: 1, item: 3 },
      { statute: 'offl', section: '25' },
    ],
    label: 'Interne dokumenter i KL og Danske Regioner (offentlighedslovens § 23, stk. 1, nr. 3)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder dokumenter, der efter § 25 udveksles mellem KL, Danske Regioner og deres medlemmer i forbindelse med økonomiske eller politiske forhandlinger med staten eller drøftelser om fælles kommunale og regionale politiske initiativer. Interne dokumenter i endelig form, der er nævnt i § 26, skal udleveres. Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign., og ikke i dokumenter udarbejdet til rådgivning af formandskabet for KL og for Danske Regioner.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet mellem {parter} i forbindelse med {forhandlinger}. Dokumenterne er derfor interne, jf. offentlighedslovens § 23, stk. 1, nr. 3, jf. § 25.',
    fields: [DOCUMENTS, KL_PARTIES, KL_NEGOTIATIONS],
  },
  {
    id: 'offl-24-1-1',
    refs: [{ statute: 'offl', section: '24', subsection: 1, item: 1 }],
    label:
      'Ministerbetjening mellem departement og underordnede myndigheder (offentlighedslovens § 24, stk. 1, nr. 1)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Det afgørende er tidspunktet for udvekslingen: der skal da have været konkret grund til at antage, at ministeren havde eller ville få behov for embedsværkets rådgivning og bistand. Undtagelsen gælder ikke i sager om konkrete afgørelser, om indgåelse af kontraktforhold eller ved et ministeriums kontrol- eller tilsynsopgaver (stk. 3). Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter stk. 2 og § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign., og ikke i dokumenter udarbejdet til brug for ministerrådgivning.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet mellem {departement} og {myndighed}, som er underordnet departementet. Da dokumenterne blev udvekslet, var der konkret grund til at antage, at {minister} havde eller ville få behov for embedsværkets rådgivning og bistand, fordi {begrundelse}, jf. offentlighedslovens § 24, stk. 1, nr. 1.',
    fields: [
      DOCUMENTS,
      {
        name: 'departement',
        label: 'Departementet',
        hint: 'Fx: Social- og Boligministeriets departement',
        required: true,
      },
      {
        name: 'myndighed',
        label: 'Den underordnede myndighed',
        hint: 'Fx: Ankestyrelsen',
        required: true,
      },
      MINISTER,
      MINISTER_ADVICE,
    ],
  },
  {
    id: 'offl-24-1-2',
    refs: [{ statute: 'offl', section: '24', subsection: 1, item: 2 }],
    label: 'Ministerbetjening mellem ministerier (offentlighedslovens § 24, stk. 1, nr. 2)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Det afgørende er tidspunktet for udvekslingen: der skal da have været konkret grund til at antage, at en minister havde eller ville få behov for embedsværkets rådgivning og bistand. Undtagelsen gælder ikke i sager om konkrete afgørelser, om indgåelse af kontraktforhold eller ved et ministeriums kontrol- eller tilsynsopgaver (stk. 3). Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter stk. 2 og § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign., og ikke i dokumenter udarbejdet til brug for ministerrådgivning.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet mellem {ministerier}. Da dokumenterne blev udvekslet, var der konkret grund til at antage, at {minister} havde eller ville få behov for embedsværkets rådgivning og bistand, fordi {begrundelse}, jf. offentlighedslovens § 24, stk. 1, nr. 2.',
    fields: [
      DOCUMENTS,
      {
        name: 'ministerier',
        label: 'Ministerierne',
        hint: 'Fx: Finansministeriet og Justitsministeriet',
        required: true,
      },
      MINISTER,
      MINISTER_ADVICE,
    ],
  },
  {
    id: 'offl-25',
    refs: [{ statute: 'offl', section: '25' }],
    label: 'Forhandlinger i KL og Danske Regioner (offentlighedslovens § 25)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder interne dokumenter og oplysninger, der udveksles mellem KL, Danske Regioner og deres medlemmer i forbindelse med økonomiske eller politiske forhandlinger med staten eller drøftelser om fælles kommunale og regionale politiske initiativer. Oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger skal ekstraheres efter § 28; interne faglige vurderinger efter § 29 kun i sager om et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign., og ikke i dokumenter udarbejdet til rådgivning af formandskabet for KL og for Danske Regioner.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet mellem {parter} i forbindelse med {forhandlinger}, jf. offentlighedslovens § 25.',
    fields: [DOCUMENTS, KL_PARTIES, KL_NEGOTIATIONS],
  },
  {
    id: 'offl-27-1',
    refs: [{ statute: 'offl', section: '27', item: 1 }],
    label: 'Statsrådsprotokoller (offentlighedslovens § 27, nr. 1)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder statsrådsprotokoller. ${EXTRACTION_28_29}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt, fordi de er statsrådsprotokoller, jf. offentlighedslovens § 27, nr. 1.',
    fields: [{ ...DOCUMENTS, hint: 'Fx: protokollen for statsrådsmødet den 5. marts 2025' }],
  },
  {
    id: 'offl-27-2',
    refs: [{ statute: 'offl', section: '27', item: 2 }],
    label: 'Dokumenter mellem ministre og folketingsmedlemmer (offentlighedslovens § 27, nr. 2)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder dokumenter, der udarbejdes og udveksles mellem ministre og folketingsmedlemmer i forbindelse med sager om lovgivning eller anden tilsvarende politisk proces. ${EXTRACTION_28_29}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udarbejdet og udvekslet mellem {parter} i forbindelse med {proces}, jf. offentlighedslovens § 27, nr. 2.',
    fields: [
      DOCUMENTS,
      {
        name: 'parter',
        label: 'Ministre og folketingsmedlemmer',
        hint: 'Fx: skatteministeren og partiernes skatteordførere',
        required: true,
      },
      {
        name: 'proces',
        label: 'Lovgivningen eller den politiske proces',
        hint: 'Fx: de politiske forhandlinger om lovforslaget om ejendomsvurderinger',
        required: true,
      },
    ],
  },
  {
    id: 'offl-27-3',
    refs: [{ statute: 'offl', section: '27', item: 3 }],
    label: 'Sekretariatsopgaver for en anden myndighed (offentlighedslovens § 27, nr. 3)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder dokumenter, der udveksles, i forbindelse med at en myndighed udfører sekretariatsopgaver for en anden myndighed. ${EXTRACTION_28_29}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction', 'extraction-29'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet i forbindelse med, at {sekretariat} udfører sekretariatsopgaver for {myndighed}, jf. offentlighedslovens § 27, nr. 3.',
    fields: [
      DOCUMENTS,
      {
        name: 'sekretariat',
        label: 'Myndigheden, der er sekretariat',
        hint: 'Fx: Nævnenes Hus',
        required: true,
      },
      {
        name: 'myndighed',
        label: 'Myndigheden, der betjenes',
        hint: 'Fx: Byggeklagenævnet',
        required: true,
      },
    ],
  },
  {
    id: 'offl-27-4',
    refs: [{ statute: 'offl', section: '27', item: 4 }],
    label: 'Brevveksling med sagkyndige om retssager (offentlighedslovens § 27, nr. 4)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder brevveksling med sagkyndige, fx advokater, til brug i retssager eller ved overvejelse af, om retssag bør føres. Oplysninger om sagens faktiske grundlag skal ekstraheres efter § 28, stk. 1, 1. pkt.; eksterne og interne faglige vurderinger skal ikke, fordi § 28, stk. 1, 2. pkt. og § 29 kun nævner § 27, nr. 1-3.',
    guidanceSource: 'own',
    // § 28, stk. 1, 1. pkt. covers § 27, nr. 1-4 (facts); § 29 only nr. 1-3.
    requires: ['meroffentlighed', 'extraction'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er brevveksling med {sagkyndig} til brug for {retssag}, jf. offentlighedslovens § 27, nr. 4.',
    fields: [
      DOCUMENTS,
      EXPERT,
      {
        ...LAWSUIT,
        hint: 'Fx: retssagen mod entreprenøren om mangler ved skolebyggeriet / vores overvejelser om, hvorvidt vi skal anlægge sag mod entreprenøren',
      },
    ],
  },
  {
    id: 'offl-27-5',
    refs: [{ statute: 'offl', section: '27', item: 5 }],
    label: 'Materiale til statistik eller videnskabelige undersøgelser (offentlighedslovens § 27, nr. 5)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder materiale, der tilvejebringes som grundlag for offentlig statistik eller videnskabelige undersøgelser. Der er ingen ekstraheringspligt, fordi §§ 28 og 29 kun nævner § 27, nr. 1-4. Overvej meroffentlighed efter § 14, stk. 1.',
    guidanceSource: 'own',
    // No extraction: § 28 names § 27, nr. 1-4 only.
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {materiale} fra aktindsigt. Materialet er tilvejebragt som grundlag for {undersoegelse}, jf. offentlighedslovens § 27, nr. 5.',
    fields: [
      {
        name: 'materiale',
        label: 'Materialet',
        hint: 'Fx: de besvarede spørgeskemaer fra brugerundersøgelsen',
        required: true,
      },
      {
        name: 'undersoegelse',
        label: 'Statistikken eller undersøgelsen',
        hint: 'Fx: kommunens årlige brugertilfredshedsundersøgelse, som offentliggøres som statistik',
        required: true,
      },
    ],
  },
  {
    id: 'offl-30-1',
    refs: [{ statute: 'offl', section: '30', item: 1 }],
    label: 'Private forhold (offentlighedslovens § 30, nr. 1)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    // § 8 names §§ 19-29, 35 and the considerations of §§ 31-33, not § 30.
    bases: ['offl-7'],
    outcomes: ['partial', 'refusal'],
    guidance:
      'Gælder oplysninger om enkeltpersoners private, herunder økonomiske, forhold; undtag kun de konkrete oplysninger, og udlever resten af dokumentet efter § 34. Beder ansøgeren om det, bør oplysningerne anonymiseres effektivt, hvis det kan ske uden nævneværdigt ressourceforbrug. Bestemmelsen gælder ikke ved egenacces efter § 8.',
    guidanceSource: 'handbook',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Oplysningerne vedrører private forhold for {personkreds}, nemlig {forhold}, jf. offentlighedslovens § 30, nr. 1.',
    fields: [
      { ...INFORMATION, hint: 'Fx: oplysningerne om navngivne borgeres helbred og økonomi' },
      DOCUMENTS,
      {
        name: 'personkreds',
        label: 'Hvem oplysningerne angår',
        hint: 'Fx: de borgere, der modtager hjemmehjælp',
        required: true,
      },
      {
        name: 'forhold',
        label: 'Hvilke forhold',
        hint: 'Fx: deres helbredsforhold og behov for hjælp',
        required: true,
      },
    ],
  },
  {
    id: 'offl-30-2',
    refs: [{ statute: 'offl', section: '30', item: 2 }],
    label: 'Forretningsforhold (offentlighedslovens § 30, nr. 2)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7'],
    outcomes: ['partial', 'refusal'],
    guidance:
      'Gælder oplysninger om tekniske indretninger, fremgangsmåder og drifts- eller forretningsforhold, men kun når det er af væsentlig økonomisk betydning for den person eller virksomhed, oplysningerne angår, at de ikke udleveres. Virksomhedens ønske om fortrolighed er ikke i sig selv nok; vurder de konkrete oplysninger, og overvej at bede virksomheden om en udtalelse. Undtag kun de konkrete oplysninger, og udlever resten af dokumentet efter § 34. Bestemmelsen gælder ikke ved egenacces efter § 8.',
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Oplysningerne vedrører {forhold} hos {virksomhed}. Vi vurderer, at det er af væsentlig økonomisk betydning for {virksomhed}, at oplysningerne ikke udleveres, fordi {begrundelse}, jf. offentlighedslovens § 30, nr. 2.',
    fields: [
      { ...INFORMATION, hint: 'Fx: enhedspriserne og rabatsatserne' },
      { ...DOCUMENTS, hint: 'Fx: tilbuddet af 3. februar 2025 (dokument 5)' },
      {
        name: 'forhold',
        label: 'Hvilke forhold',
        hint: 'Fx: prissætning og forretningsforhold',
        required: true,
      },
      { name: 'virksomhed', label: 'Virksomheden', hint: 'Fx: Eksempel A/S', required: true },
      {
        name: 'begrundelse',
        label: 'Hvorfor udleveringen vil skade økonomisk',
        hint: 'Fx: konkurrenterne kan bruge priserne til at underbyde virksomheden i de kommende udbud',
        required: true,
      },
    ],
  },
  {
    id: 'offl-31',
    refs: [{ statute: 'offl', section: '31' }],
    label: 'Statens sikkerhed og rigets forsvar (offentlighedslovens § 31)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Kræver, at det er af væsentlig betydning for statens sikkerhed eller rigets forsvar, at oplysningerne ikke udleveres; begrundelsen skal knyttes til de konkrete oplysninger. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Det er af væsentlig betydning for {hensyn}, at oplysningerne ikke udleveres, fordi {begrundelse}, jf. offentlighedslovens § 31.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      { name: 'hensyn', label: 'Hensynet', hint: 'Fx: statens sikkerhed / rigets forsvar', required: true },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne viser, hvordan adgangen til beredskabsanlægget er sikret',
        required: true,
      },
    ],
  },
  {
    id: 'offl-32-1',
    refs: [{ statute: 'offl', section: '32', subsection: 1 }],
    label: 'EU-retlige og folkeretlige forpligtelser (offentlighedslovens § 32, stk. 1)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder, når fortrolighed følger af EU-retlige eller folkeretlige forpligtelser el.lign.; angiv den konkrete forpligtelse og dens bestemmelse. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Oplysningerne er omfattet af en pligt til fortrolighed efter {forpligtelse}, jf. offentlighedslovens § 32, stk. 1.',
    fields: [INFORMATION, DOCUMENTS, OBLIGATION],
  },
  {
    id: 'offl-32-2',
    refs: [{ statute: 'offl', section: '32', subsection: 2 }],
    label: 'Udenrigspolitiske interesser (offentlighedslovens § 32, stk. 2)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Kræver, at det er nødvendigt til beskyttelse af væsentlige hensyn til rigets udenrigspolitiske interesser m.v., herunder forholdet til andre lande eller internationale organisationer; begrundelsen skal knyttes til de konkrete oplysninger. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at det er nødvendigt for at beskytte væsentlige hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 32, stk. 2.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: Danmarks forhold til de lande, der deltager i forhandlingerne',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne gengiver et andet lands fortrolige forhandlingsoplæg',
        required: true,
      },
    ],
  },
  {
    id: 'offl-33-1',
    refs: [{ statute: 'offl', section: '33', item: 1 }],
    label:
      'Forebyggelse, efterforskning og forfølgning af lovovertrædelser (offentlighedslovens § 33, nr. 1)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder oplysninger, hvis udlevering kan skade forebyggelse, efterforskning og forfølgning af lovovertrædelser, straffuldbyrdelse og lign. eller beskyttelsen af sigtede, vidner eller andre i sager om strafferetlig eller disciplinær forfølgning. Er hele sagen en sag inden for strafferetsplejen, er § 19 den relevante grund. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at det er nødvendigt for at beskytte væsentlige hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 33, nr. 1.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: politiets efterforskning af brandene på Nørregade',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne viser, hvilke vidner politiet endnu ikke har afhørt',
        required: true,
      },
    ],
  },
  {
    id: 'offl-33-2',
    refs: [{ statute: 'offl', section: '33', item: 2 }],
    label: 'Offentlig kontrol, regulering og planlægning (offentlighedslovens § 33, nr. 2)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder oplysninger, hvis udlevering vil modvirke gennemførelsen af offentlig kontrol, regulerings- eller planlægningsvirksomhed eller påtænkte foranstaltninger efter skatte- og afgiftslovgivningen, fx fordi en kontrol mister sin virkning, hvis den kendes på forhånd. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at det er nødvendigt for at beskytte væsentlige hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 33, nr. 2.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: gennemførelsen af vores uanmeldte tilsyn med plejecentrene',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne viser, hvornår og hvor vi planlægger de næste tilsyn',
        required: true,
      },
    ],
  },
  {
    id: 'offl-33-3',
    refs: [{ statute: 'offl', section: '33', item: 3 }],
    label: 'Det offentliges økonomiske interesser (offentlighedslovens § 33, nr. 3)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder det offentliges økonomiske interesser, herunder udførelsen af det offentliges forretningsvirksomhed, fx oplysninger, der vil svække myndighedens position i et udbud eller en forhandling. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at det er nødvendigt for at beskytte væsentlige hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 33, nr. 3.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: kommunens forhandlingsposition i det igangværende udbud af rengøring',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne viser den pris, vi højst vil betale',
        required: true,
      },
    ],
  },
  {
    id: 'offl-33-4',
    refs: [{ statute: 'offl', section: '33', item: 4 }],
    label: 'Forskeres og kunstneres ideer og resultater (offentlighedslovens § 33, nr. 4)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder forskeres og kunstneres originale ideer samt foreløbige forskningsresultater og manuskripter. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at det er nødvendigt for at beskytte væsentlige hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 33, nr. 4.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: forskerens foreløbige resultater, som endnu ikke er offentliggjort',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: resultaterne skal offentliggøres i et videnskabeligt tidsskrift, og en udlevering nu kan hindre det',
        required: true,
      },
    ],
  },
  {
    id: 'offl-33-5',
    refs: [{ statute: 'offl', section: '33', item: 5 }],
    label: 'Særlige private og offentlige interesser (offentlighedslovens § 33, nr. 5)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance: `Kræver, at hemmeligholdelse efter forholdets særlige karakter er påkrævet; begrundelsen skal forklare, hvad der er særligt ved netop disse oplysninger. ${PARTIAL_34} ${OWN_ACCESS_31_33}`,
    guidanceSource: 'own',
    requires: ['partial-34', 'meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at hemmeligholdelse efter forholdets særlige karakter er påkrævet af hensyn til {hensyn}, fordi {begrundelse}, jf. offentlighedslovens § 33, nr. 5.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: den person, der har henvendt sig til os om forholdet',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: personen henvendte sig i tillid til, at henvendelsen blev behandlet fortroligt, og der er risiko for repressalier',
        required: true,
      },
    ],
  },
  {
    id: 'offl-35',
    refs: [{ statute: 'offl', section: '35' }],
    label: 'Tavshedspligt i anden lovgivning (offentlighedslovens § 35)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['offl-7', 'offl-8'],
    outcomes: ['partial', 'refusal'],
    guidance:
      'Kræver en særlig bestemmelse om tavshedspligt fastsat ved lov eller med hjemmel i lov; angiv den konkrete bestemmelse. Den særlige bestemmelse er ikke med i lovdata, så citatet af den skal indsættes manuelt i lovgrundlaget. Meroffentlighed efter § 14 er udelukket, i det omfang tavshedspligten forbyder udlevering (§ 14, stk. 1, 2. pkt.), men overvejelsen skal fremgå.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Oplysningerne er omfattet af tavshedspligt efter {bestemmelse}, fordi {begrundelse}, jf. offentlighedslovens § 35.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'bestemmelse',
        label: 'Bestemmelsen om tavshedspligt',
        hint: 'Fx: skatteforvaltningslovens § 17, stk. 1',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne er oplysninger om en skatteyders forhold, som vi har modtaget fra Skattestyrelsen',
        required: true,
      },
    ],
  },
  // ---------------------------------------------------------------- forvaltningsloven
  {
    id: 'fvl-9a-2',
    refs: [{ statute: 'fvl', section: '9 a', subsection: 2 }],
    label: 'Retsstridigt formål (forvaltningslovens § 9 a, stk. 2)',
    group: 'Afvisning af anmodningen',
    kind: 'refusal-to-process',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Bestemmelsen gælder fra 1. juli 2024 (lov nr. 655 af 11. juni 2024); Aktindsigtshåndbogens udsagn om, at en partsanmodning ikke kan afslås på grund af et retsstridigt formål, er skrevet før ændringen. Forvaltningsloven har fortsat ingen regel om uforholdsmæssigt ressourceforbrug. Vurder formålet ud fra de konkrete omstændigheder, herunder anmodningens indhold, og om ansøgeren har optrådt truende.',
    guidanceSource: 'own',
    requires: [],
    template:
      'Vi har lagt vægt på, at {begrundelse}. På den baggrund vurderer vi, at din anmodning har til formål at {formaal}, og vi afslår derfor at behandle den, jf. forvaltningslovens § 9 a, stk. 2.',
    fields: [PURPOSE_FACTS, PURPOSE],
  },
  {
    id: 'fvl-11-1',
    refs: [{ statute: 'fvl', section: '11', subsection: 1 }],
    label: 'Sager om strafferetlig forfølgning (forvaltningslovens § 11, stk. 1)',
    group: 'Partsaktindsigt',
    kind: 'excepted-case',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Forvaltningslovens kapitel om aktindsigt gælder ikke sager om strafferetlig forfølgning af lovovertrædelser; bestemmelsen henviser dog til § 18, hvis tekst ikke er med i lovdata. Undtagelsen gælder hele sagen. Meroffentlighed skal overvejes efter § 10, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår {sag}. Det er en sag om strafferetlig forfølgning af lovovertrædelser, fordi {begrundelse}, og vi har derfor undtaget hele sagen fra partsaktindsigt, jf. forvaltningslovens § 11, stk. 1.',
    fields: [
      { ...CASE, hint: 'Fx: sagen om din overtrædelse af byggeloven, som vi har overgivet til politiet' },
      {
        name: 'begrundelse',
        label: 'Hvorfor sagen er en straffesag',
        hint: 'Fx: sagen angår, om du skal straffes for at have opført byggeriet uden tilladelse',
        required: true,
      },
    ],
  },
  {
    // One ground for the whole stk.: its nr. 1-5 are kinds of the same ground, and the law data cannot show
    // whether the closing qualification after nr. 5 applies to nr. 1-4 too.
    id: 'fvl-11-2',
    refs: [{ statute: 'fvl', section: '11', subsection: 2 }],
    label: 'Sager om varetægtsfængsling og straffuldbyrdelse (forvaltningslovens § 11, stk. 2)',
    group: 'Partsaktindsigt',
    kind: 'excepted-case',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder i forbindelse med varetægtsfængsling og fuldbyrdelse af fængselsstraf og forvaring de sagstyper, der er nævnt i nr. 1-5, fx valg af afsoningsinstitution, overførelse og udelukkelse fra fællesskab. Forbeholdet om oplysninger indhentet for at belyse hensynet til politiets forebyggende virksomhed står i lovdata i forlængelse af nr. 5; om det også gælder nr. 1-4, kan kilden ikke vise, så kontrollér det mod retsinformation.dk. Meroffentlighed skal overvejes efter § 10, stk. 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Din anmodning angår {sag}, som er en sag om {sagstype} i forbindelse med {frihedsberoevelse}. Vi har derfor undtaget hele sagen fra partsaktindsigt, jf. forvaltningslovens § 11, stk. 2.',
    fields: [
      { ...CASE, hint: 'Fx: sagen om din overførsel fra afdeling A til afdeling C' },
      {
        name: 'sagstype',
        label: 'Sagstypen',
        hint: 'Fx: overførelse til en anden afdeling i en afsoningsinstitution',
        required: true,
      },
      {
        name: 'frihedsberoevelse',
        label: 'Varetægtsfængslingen eller straffuldbyrdelsen',
        hint: 'Fx: din afsoning af fængselsstraffen',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-12',
    refs: [{ statute: 'fvl', section: '12' }],
    label: 'Interne arbejdsdokumenter (forvaltningslovens § 12)',
    group: 'Partsaktindsigt',
    kind: 'excepted-document',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder myndighedens interne arbejdsdokumenter, dvs. dokumenter, der ikke er afgivet til udenforstående; afgives de, mister de deres interne karakter, medmindre det sker af retlige grunde, til forskningsmæssig brug eller af lignende grunde (stk. 2). Interne arbejdsdokumenter i endelig form, der er nævnt i § 13, skal udleveres. ${EXTRACTION_14A_14B}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udarbejdet af {udarbejdet_af} til brug for {formaal} og er ikke afgivet til udenforstående. Dokumenterne er derfor interne arbejdsdokumenter, jf. forvaltningslovens § 12.',
    fields: [
      DOCUMENTS,
      {
        name: 'udarbejdet_af',
        label: 'Hvem har udarbejdet dokumenterne',
        hint: 'Fx: sagsbehandleren i Jobcenteret',
        required: true,
      },
      {
        name: 'formaal',
        label: 'Til brug for',
        hint: 'Fx: forvaltningens overvejelser om, hvordan din ansøgning skulle vurderes',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-14-1',
    refs: [{ statute: 'fvl', section: '14', item: 1 }],
    label: 'Statsrådsprotokoller og ministermøder (forvaltningslovens § 14, nr. 1)',
    group: 'Partsaktindsigt',
    kind: 'excepted-document',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder statsrådsprotokoller, referater af møder mellem ministre og dokumenter, som en myndighed udarbejder til brug for sådanne møder. ${EXTRACTION_14A_14B}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er {beskrivelse}, jf. forvaltningslovens § 14, nr. 1.',
    fields: [
      DOCUMENTS,
      {
        name: 'beskrivelse',
        label: 'Hvad dokumenterne er',
        hint: 'Fx: referatet af ministermødet den 3. marts 2025 og det notat, ministeriet udarbejdede til brug for mødet',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-14-2',
    refs: [{ statute: 'fvl', section: '14', item: 2 }],
    label: 'Sekretariatsopgaver for en anden myndighed (forvaltningslovens § 14, nr. 2)',
    group: 'Partsaktindsigt',
    kind: 'excepted-document',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance: `Gælder dokumenter, der udveksles i forbindelse med, at en myndighed udfører sekretariatsopgaver for en anden myndighed. ${EXTRACTION_14A_14B}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er udvekslet i forbindelse med, at {sekretariat} udfører sekretariatsopgaver for {myndighed}, jf. forvaltningslovens § 14, nr. 2.',
    fields: [
      DOCUMENTS,
      {
        name: 'sekretariat',
        label: 'Myndigheden, der er sekretariat',
        hint: 'Fx: Nævnenes Hus',
        required: true,
      },
      {
        name: 'myndighed',
        label: 'Myndigheden, der betjenes',
        hint: 'Fx: Byggeklagenævnet',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-14-3',
    refs: [{ statute: 'fvl', section: '14', item: 3 }],
    label: 'Brevveksling med sagkyndige om retssager (forvaltningslovens § 14, nr. 3)',
    group: 'Partsaktindsigt',
    kind: 'excepted-document',
    bases: ['fvl-9'],
    outcomes: ['refusal', 'partial'],
    guidance:
      'Gælder myndighedens brevveksling med sagkyndige til brug i retssager eller ved overvejelse af, om retssag bør føres. Oplysninger om sagens faktiske grundlag, der er relevante for afgørelsen, skal ekstraheres efter § 14 a, stk. 1, 1. pkt.; eksterne faglige vurderinger skal ikke, fordi 2. pkt. kun nævner § 12 og § 14, nr. 1 og 2.',
    guidanceSource: 'own',
    requires: ['meroffentlighed', 'extraction'],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt. Dokumenterne er vores brevveksling med {sagkyndig} til brug for {retssag}, jf. forvaltningslovens § 14, nr. 3.',
    fields: [DOCUMENTS, EXPERT, LAWSUIT],
  },
  {
    id: 'fvl-15',
    refs: [{ statute: 'fvl', section: '15' }],
    label: 'Statens sikkerhed og rigets forsvar (forvaltningslovens § 15)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Kræver afgørende hensyn til statens sikkerhed eller rigets forsvar og gælder ikke, hvis partens interesse i at kunne bruge kendskab til sagens dokumenter til at varetage sit tarv taler imod; afvejningen skal fremgå af begrundelsen. ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Afgørende hensyn til {hensyn} taler imod, at du får oplysningerne, fordi {begrundelse}. Vi har vurderet, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen ikke taler imod at undtage dem, fordi {afvejning}, jf. forvaltningslovens § 15.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      { name: 'hensyn', label: 'Hensynet', hint: 'Fx: statens sikkerhed / rigets forsvar', required: true },
      {
        name: 'begrundelse',
        label: 'Begrundelse',
        hint: 'Fx: oplysningerne viser, hvordan adgangen til beredskabsanlægget er sikret',
        required: true,
      },
      PARTY_INTEREST,
    ],
  },
  {
    id: 'fvl-15a-1',
    refs: [{ statute: 'fvl', section: '15 a', subsection: 1 }],
    label: 'EU-retlige og folkeretlige forpligtelser (forvaltningslovens § 15 a, stk. 1)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder, når fortrolighed følger af EU-retlige eller folkeretlige forpligtelser el.lign.; angiv den konkrete forpligtelse og dens bestemmelse. Bestemmelser om tavshedspligt begrænser ellers ikke partsaktindsigten (§ 9, stk. 5, der netop henviser til § 15 a, stk. 1). ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Oplysningerne er omfattet af en pligt til fortrolighed efter {forpligtelse}, jf. forvaltningslovens § 15 a, stk. 1.',
    fields: [INFORMATION, DOCUMENTS, OBLIGATION],
  },
  {
    id: 'fvl-15a-2',
    refs: [{ statute: 'fvl', section: '15 a', subsection: 2 }],
    label: 'Udenrigspolitiske interesser (forvaltningslovens § 15 a, stk. 2)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Kræver, at partens interesse i at kunne bruge kendskab til sagens dokumenter til at varetage sit tarv findes at burde vige for afgørende hensyn til rigets udenrigspolitiske interesser m.v.; afvejningen skal fremgå af begrundelsen. ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, fordi {begrundelse}, jf. forvaltningslovens § 15 a, stk. 2.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: Danmarks forhold til de lande, der deltager i forhandlingerne',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: oplysningerne gengiver et andet lands fortrolige forhandlingsoplæg, og de har ikke betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-15b-1',
    refs: [{ statute: 'fvl', section: '15 b', item: 1 }],
    label: 'Forebyggelse, opklaring og forfølgning af lovovertrædelser (forvaltningslovens § 15 b, nr. 1)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder forebyggelse, opklaring og forfølgning af lovovertrædelser, straffuldbyrdelse og lign. samt beskyttelse af sigtede, vidner eller andre i sager om strafferetlig eller disciplinær forfølgning; ordlyden siger »opklaring«, ikke »efterforskning« som offentlighedslovens § 33, nr. 1. ${PARTY_WEIGHING} ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, fordi {begrundelse}, jf. forvaltningslovens § 15 b, nr. 1.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: politiets opklaring af de forhold, vi har anmeldt',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: oplysningerne viser, hvem der har givet politiet oplysninger, og de har ikke haft betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-15b-2',
    refs: [{ statute: 'fvl', section: '15 b', item: 2 }],
    label: 'Offentlig kontrol, regulering og planlægning (forvaltningslovens § 15 b, nr. 2)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder gennemførelse af offentlig kontrol-, regulerings- eller planlægningsvirksomhed eller af påtænkte foranstaltninger efter skatte- og afgiftslovgivningen. ${PARTY_WEIGHING} ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, fordi {begrundelse}, jf. forvaltningslovens § 15 b, nr. 2.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: gennemførelsen af vores kontrol med virksomheder i samme branche',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: oplysningerne viser, hvilke kriterier vi bruger til at udtage virksomheder til kontrol, og de har ikke haft betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-15b-3',
    refs: [{ statute: 'fvl', section: '15 b', item: 3 }],
    label: 'Det offentliges økonomiske interesser (forvaltningslovens § 15 b, nr. 3)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder det offentliges økonomiske interesser, herunder udførelsen af det offentliges forretningsvirksomhed. ${PARTY_WEIGHING} ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, fordi {begrundelse}, jf. forvaltningslovens § 15 b, nr. 3.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: kommunens forhandlingsposition i den verserende erstatningssag',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: oplysningerne viser, hvor stort et forlig kommunen er villig til at indgå, og de har ikke haft betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-15b-4',
    refs: [{ statute: 'fvl', section: '15 b', item: 4 }],
    label: 'Forskeres og kunstneres ideer og resultater (forvaltningslovens § 15 b, nr. 4)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder forskeres og kunstneres originale ideer samt foreløbige forskningsresultater og manuskripter. ${PARTY_WEIGHING} ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, fordi {begrundelse}, jf. forvaltningslovens § 15 b, nr. 4.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: forskerens foreløbige resultater, som endnu ikke er offentliggjort',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: resultaterne er foreløbige og skal offentliggøres i et videnskabeligt tidsskrift, og de har ikke haft betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
  {
    id: 'fvl-15b-5',
    refs: [{ statute: 'fvl', section: '15 b', item: 5 }],
    label: 'Særlige private og offentlige interesser (forvaltningslovens § 15 b, nr. 5)',
    group: 'Partsaktindsigt',
    kind: 'excepted-information',
    bases: ['fvl-9'],
    outcomes: ['partial', 'refusal'],
    guidance: `Gælder private og offentlige interesser, hvor hemmeligholdelse efter forholdets særlige karakter er påkrævet; begrundelsen skal forklare, hvad der er særligt ved netop disse oplysninger. ${PARTY_WEIGHING} ${PARTIAL_15C}`,
    guidanceSource: 'own',
    requires: ['meroffentlighed'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dine interesser i sagen må vige for afgørende hensyn til {hensyn}, hvor hemmeligholdelse efter forholdets særlige karakter er påkrævet, fordi {begrundelse}, jf. forvaltningslovens § 15 b, nr. 5.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'hensyn',
        label: 'Hensynet',
        hint: 'Fx: den person, der har anmeldt forholdet til kommunen',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Begrundelse og afvejning',
        hint: 'Fx: der er risiko for repressalier mod anmelderen, og anmelderens identitet har ikke betydning for afgørelsen af din sag',
        required: true,
      },
    ],
  },
];
