/**
 * Expected statute texts written by hand, from sources other than src/law/raw where we have them: the seed
 * decision letter's appendix (PDF hyphenation joined by hand: offl. §§ 11, 14, 30, 37, 38), the handbook
 * pages in test/fixtures/seeds (word explanations removed: offl. § 9 before 1 July 2024, fvl. § 9 a, stk. 1),
 * and otherwise the shared law files as read on 2026-11-25. Used by statute-texts.test.ts and by the
 * mutation test, which proves a one-character change to a raw text makes one of them fail.
 */
import { findSection, versionOn } from '../../src/law/catalogue';
import type { Statute, StatuteId } from '../../src/law/types';

export interface ExpectedStk {
  intro: string;
  items?: string[];
}

export interface ExpectedParagraph {
  statute: StatuteId;
  id: string;
  /** The date the wording is checked on; the current wording when absent. */
  date?: string;
  stk: ExpectedStk[];
}

/**
 * Describes how a statute's paragraph differs from the expectation, or undefined when it matches:
 * same stk. count, same intro per stk., same items numbered 1, 2, 3 ...
 */
export function paragraphMismatch(statute: Statute, expected: ExpectedParagraph): string | undefined {
  const section = findSection(statute, expected.id);
  if (!section) return `§ ${expected.id} is not held`;
  const inForce = section.subsections.map((s) => versionOn(s.versions, expected.date));
  const actual = inForce
    .filter((v) => v !== undefined)
    .map((v) => ({
      intro: v.intro,
      items: v.items.map((i) => i.text),
      numbers: v.items.map((i) => i.number),
    }));
  if (actual.length !== expected.stk.length)
    return `§ ${expected.id}: ${actual.length} stk., expected ${expected.stk.length}`;
  for (const [n, stk] of expected.stk.entries()) {
    const got = actual[n];
    if (!got) return `§ ${expected.id}: stk. ${n + 1} missing`;
    if (got.intro !== stk.intro)
      return `§ ${expected.id}, stk. ${n + 1}: intro differs:\n${got.intro}\n${stk.intro}`;
    if (JSON.stringify(got.items) !== JSON.stringify(stk.items ?? []))
      return `§ ${expected.id}, stk. ${n + 1}: items differ`;
    if (got.numbers.some((num, k) => num !== k + 1))
      return `§ ${expected.id}, stk. ${n + 1}: items misnumbered`;
  }
  return undefined;
}

const OFFL_9_STK1: ExpectedStk = {
  intro: 'En anmodning om aktindsigt efter §§ 7 og 8 skal',
  items: [
    'indeholde de oplysninger, som er nødvendige, for at den sag eller de dokumenter, der ønskes aktindsigt i, kan identificeres, og',
    'angive det tema, sagen eller dokumentet vedrører.',
  ],
};
const OFFL_9_STK2_INTRO =
  'Behandlingen af en anmodning om aktindsigt efter § 7 kan, uanset at betingelserne i stk. 1 er opfyldt, afslås, i det omfang';
const OFFL_9_STK2_NR1 =
  'behandlingen af anmodningen vil nødvendiggøre et uforholdsmæssigt ressourceforbrug eller';

const FVL_9A_STK1: ExpectedStk = {
  intro:
    'En anmodning om aktindsigt skal angive den sag, hvis dokumenter den pågældende part ønsker at blive gjort bekendt med.',
};

export const EXPECTED_PARAGRAPHS: ExpectedParagraph[] = [
  {
    statute: 'offl',
    id: '11',
    stk: [
      {
        intro:
          'Enhver kan forlange, at en forvaltningsmyndighed foretager og udleverer en sammenstilling af foreliggende oplysninger i myndighedens databaser, hvis sammenstillingen kan foretages ved få og enkle kommandoer. Såfremt oplysningerne er omfattet af §§ 19-35, gælder sammenstillingsretten kun, hvis de hensyn, der er nævnt i disse bestemmelser, kan tilgodeses gennem anonymisering el.lign., der kan foretages ved få og enkle kommandoer. Retten til at få foretaget en sammenstilling gælder ikke, hvis oplysningerne allerede er offentliggjort i egnet form eller format.',
      },
      {
        intro:
          'Bestemmelsen i stk. 1 finder ikke anvendelse med hensyn til personoplysninger omfattet af § 10, stk. 1-4, i databeskyttelsesloven.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '14',
    stk: [
      {
        intro:
          'Det skal i forbindelse med behandlingen af en anmodning om aktindsigt overvejes, om der kan gives aktindsigt i dokumenter og oplysninger i videre omfang, end hvad der følger af §§ 23-35. Der kan gives aktindsigt i videre omfang, medmindre det vil være i strid med anden lovgivning, herunder regler om tavshedspligt og regler i Europa-Parlamentets og Rådets forordning nr. 2016/679 af 27. april 2016 om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger, databeskyttelsesloven og lov om retshåndhævende myndigheders behandling af personoplysninger.',
      },
      {
        intro:
          'Stk. 1 gælder også i forbindelse med behandlingen af en anmodning om aktindsigt i dokumenter og oplysninger, som indgår i sager, der er undtaget fra aktindsigt efter §§ 19-21.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '30',
    stk: [
      {
        intro: 'Retten til aktindsigt omfatter ikke oplysninger om',
        items: [
          'enkeltpersoners private, herunder økonomiske, forhold og',
          'tekniske indretninger eller fremgangsmåder eller om drifts- eller forretningsforhold el.lign., for så vidt det er af væsentlig økonomisk betydning for den person eller virksomhed, oplysningerne angår, at anmodningen ikke imødekommes.',
        ],
      },
    ],
  },
  {
    statute: 'offl',
    id: '37',
    stk: [
      {
        intro:
          'Afgørelser om aktindsigt kan påklages særskilt og direkte til den myndighed, der er øverste klageinstans i forhold til afgørelsen eller behandlingen i øvrigt af den sag, anmodningen om aktindsigt vedrører.',
      },
      {
        intro:
          'Klagen fremsendes til den myndighed m.v., hvis afgørelse der klages over. Myndigheden skal, hvis den vil fastholde afgørelsen, snarest og som udgangspunkt senest 7 arbejdsdage efter modtagelsen af klagen videresende sagen og dens dokumenter til klageinstansen.',
      },
      {
        intro:
          'Klageinstansen skal inden 20 arbejdsdage efter modtagelsen af en klage over en afgørelse om aktindsigt have færdigbehandlet klagen, medmindre dette på grund af f.eks. sagens omfang eller kompleksitet ikke er muligt. Klageren skal i givet fald underrettes om grunden til fristoverskridelsen og om, hvornår en afgørelse kan forventes at foreligge.',
      },
      {
        intro:
          'Vedkommende minister kan efter forhandling med justitsministeren fastsætte, at en anden myndighed end den i stk. 1 nævnte skal være klageinstans.',
      },
      {
        intro:
          'Stk. 2-4 finder tilsvarende anvendelse i forbindelse med klager over afgørelser om sammenstilling af oplysninger, jf. § 11, og om indsigt i databeskrivelser, jf. § 12.',
      },
      {
        intro:
          'Vedkommende minister kan fastsætte regler om, at afgørelser om aktindsigt, der træffes af institutioner m.v., der er omfattet af §§ 3-5, kan påklages.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '38',
    stk: [
      {
        intro:
          'En afgørelse om afslag på aktindsigt, der er truffet af en kommune, en region eller et kommunalt fællesskab i sager, hvor der ikke er nogen administrativ klageinstans, skal være ledsaget af vejledning om muligheden for at indbringe sagen for den kommunale og regionale tilsynsmyndighed og om den fremgangsmåde, der er nævnt i 2. pkt. En henvendelse om at indbringe sagen for den kommunale og regionale tilsynsmyndighed skal rettes til den pågældende kommune eller region m.v. i overensstemmelse med ordningen i § 37, stk. 2.',
      },
      {
        intro:
          'Stk. 1 finder tilsvarende anvendelse i forbindelse med afgørelser om sammenstilling af oplysninger, jf. § 11, og om indsigt i databeskrivelser, jf. § 12.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '9',
    date: '2024-06-30',
    stk: [
      OFFL_9_STK1,
      {
        intro: OFFL_9_STK2_INTRO,
        items: [OFFL_9_STK2_NR1, 'anmodningen må antages at skulle tjene et retsstridigt formål el.lign.'],
      },
    ],
  },
  {
    statute: 'offl',
    id: '9',
    date: '2024-07-01',
    stk: [
      OFFL_9_STK1,
      {
        intro: OFFL_9_STK2_INTRO,
        items: [
          OFFL_9_STK2_NR1,
          'anmodningen må antages at skulle tjene et retsstridigt eller chikanøst formål el.lign.',
        ],
      },
    ],
  },
  {
    statute: 'offl',
    id: '7',
    stk: [
      {
        intro:
          'Enhver kan forlange at blive gjort bekendt med dokumenter, der er indgået til eller oprettet af en myndighed m.v. som led i administrativ sagsbehandling i forbindelse med dens virksomhed.',
      },
      {
        intro: 'Retten til aktindsigt omfatter med de i §§ 19-35 nævnte undtagelser',
        items: [
          'alle dokumenter, der vedrører den pågældende sag, og',
          'indførelser i journaler, registre og andre fortegnelser vedrørende den pågældende sags dokumenter.',
        ],
      },
      {
        intro:
          'Retten til aktindsigt efter stk. 2, nr. 1, i et dokument, der er afsendt af myndigheden m.v., gælder først fra dagen efter afsendelsen af dokumentet.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '19',
    stk: [
      { intro: 'Retten til aktindsigt omfatter ikke sager inden for strafferetsplejen, jf. dog stk. 2.' },
      {
        intro:
          'Bødeforelæg, som en juridisk person har vedtaget, er omfattet af retten til aktindsigt efter lovens almindelige regler.',
      },
      { intro: 'Stk. 2 omfatter ikke bødeforelæg hos politiet eller anklagemyndigheden.' },
    ],
  },
  {
    statute: 'offl',
    id: '20',
    stk: [
      {
        intro:
          'Retten til aktindsigt omfatter ikke sager om lovgivning, herunder bevillingslove, før lovforslag er fremsat for Folketinget.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '22',
    stk: [{ intro: 'Retten til aktindsigt omfatter ikke sager om førelse af en kalender.' }],
  },
  {
    statute: 'offl',
    id: '27',
    stk: [
      {
        intro: 'Retten til aktindsigt omfatter ikke:',
        items: [
          'Statsrådsprotokoller.',
          'Dokumenter, der udarbejdes og udveksles mellem ministre og folketingsmedlemmer i forbindelse med sager om lovgivning eller anden tilsvarende politisk proces.',
          'Dokumenter, der udveksles, i forbindelse med at en myndighed udfører sekretariatsopgaver for en anden myndighed.',
          'Brevveksling med sagkyndige til brug i retssager eller ved overvejelse af, om retssag bør føres.',
          'Materiale, der tilvejebringes som grundlag for udarbejdelse af offentlig statistik eller videnskabelige undersøgelser.',
        ],
      },
    ],
  },
  {
    statute: 'offl',
    id: '28',
    stk: [
      {
        intro:
          'Retten til aktindsigt i dokumenter omfattet af § 23, § 24, stk. 1, § 25 og § 27, nr. 1-4, omfatter uanset disse bestemmelser oplysninger om en sags faktiske grundlag, i det omfang oplysningerne er relevante for sagen. Det samme gælder oplysninger om eksterne faglige vurderinger, som findes i dokumenter, der er omfattet af § 23, § 24, stk. 1, § 25 og § 27, nr. 1-3.',
      },
      {
        intro: 'Stk. 1 gælder ikke, i det omfang',
        items: [
          'det vil nødvendiggøre et uforholdsmæssigt ressourceforbrug,',
          'de pågældende oplysninger fremgår af andre dokumenter, som udleveres i forbindelse med aktindsigten, eller',
          'oplysningerne er offentligt tilgængelige.',
        ],
      },
    ],
  },
  {
    statute: 'offl',
    id: '31',
    stk: [
      {
        intro:
          'Retten til aktindsigt kan begrænses, i det omfang det er af væsentlig betydning for statens sikkerhed eller rigets forsvar.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '32',
    stk: [
      {
        intro:
          'Retten til aktindsigt kan af hensyn til rigets udenrigspolitiske interesser m.v., herunder forholdet til andre lande eller internationale organisationer, begrænses, i det omfang fortrolighed følger af EU-retlige eller folkeretlige forpligtelser el.lign.',
      },
      {
        intro:
          'Retten til aktindsigt kan herudover begrænses, i det omfang det er nødvendigt til beskyttelse af væsentlige hensyn til rigets udenrigspolitiske interesser m.v., herunder forholdet til andre lande eller internationale organisationer.',
      },
    ],
  },
  {
    statute: 'offl',
    id: '33',
    stk: [
      {
        intro:
          'Retten til aktindsigt kan begrænses, i det omfang det er nødvendigt til beskyttelse af væsentlige hensyn til:',
        items: [
          'Forebyggelse, efterforskning og forfølgning af lovovertrædelser, straffuldbyrdelse og lign. og beskyttelse af sigtede, vidner eller andre i sager om strafferetlig eller disciplinær forfølgning.',
          'Gennemførelse af offentlig kontrol, regulerings- eller planlægningsvirksomhed eller af påtænkte foranstaltninger i henhold til skatte- og afgiftslovgivningen.',
          'Det offentliges økonomiske interesser, herunder udførelsen af det offentliges forretningsvirksomhed.',
          'Forskeres og kunstneres originale ideer samt foreløbige forskningsresultater og manuskripter.',
          'Private og offentlige interesser, hvor hemmeligholdelse efter forholdets særlige karakter er påkrævet.',
        ],
      },
    ],
  },
  {
    statute: 'fvl',
    id: '9',
    stk: [
      {
        intro:
          'Den, der er part i en sag, hvori der er eller vil blive truffet afgørelse af en forvaltningsmyndighed, kan forlange at blive gjort bekendt med sagens dokumenter.',
      },
      {
        intro: 'En parts ret til aktindsigt omfatter med de i §§ 12-15 b nævnte undtagelser',
        items: [
          'alle dokumenter, der vedrører sagen, og',
          'indførelser i journaler, registre og andre fortegnelser vedrørende den pågældende sags dokumenter.',
        ],
      },
      {
        intro:
          'Den, der ansøger eller har ansøgt om ansættelse eller forfremmelse i det offentliges tjeneste, kan dog kun forlange at blive gjort bekendt med de dokumenter m.v., der vedrører den pågældendes egne forhold.',
      },
      {
        intro:
          'Retten til aktindsigt efter stk. 2, nr. 1, i et dokument, der er afsendt af myndigheden m.v. til andre end den part, der anmoder om aktindsigt, gælder først fra dagen efter afsendelsen af dokumentet.',
      },
      {
        intro:
          'Bestemmelser om tavshedspligt for personer, der virker i offentlig tjeneste eller hverv, begrænser ikke pligten til at give aktindsigt efter dette kapitel, jf. dog § 15 a, stk. 1.',
      },
    ],
  },
  { statute: 'fvl', id: '9 a', date: '2024-06-30', stk: [FVL_9A_STK1] },
  {
    statute: 'fvl',
    id: '9 a',
    date: '2024-07-01',
    stk: [
      FVL_9A_STK1,
      {
        intro:
          'Behandlingen af en anmodning om aktindsigt efter § 9 kan, uanset at stk. 1 er opfyldt, afslås, i det omfang anmodningen må antages at skulle tjene et retsstridigt formål el.lign.',
      },
    ],
  },
  {
    statute: 'fvl',
    id: '12',
    stk: [
      {
        intro:
          'Retten til aktindsigt omfatter ikke en myndigheds interne arbejdsdokumenter. Som interne arbejdsdokumenter anses dokumenter, der ikke er afgivet til udenforstående.',
      },
      {
        intro:
          'Dokumenter omfattet af stk. 1, der afgives til udenforstående, mister deres interne karakter, medmindre afgivelsen sker af retlige grunde, til forskningsmæssig brug eller af andre lignende grunde.',
      },
    ],
  },
  {
    statute: 'fvl',
    id: '14',
    stk: [
      {
        intro: 'Retten til aktindsigt omfatter ikke:',
        items: [
          'Statsrådsprotokoller, referater af møder mellem ministre og dokumenter, der udarbejdes af en myndighed til brug for sådanne møder.',
          'Dokumenter, der udveksles i forbindelse med, at en myndighed udfører sekretariatsopgaver for en anden myndighed.',
          'Myndigheders brevveksling med sagkyndige til brug i retssager eller ved overvejelse af, om retssag bør føres.',
        ],
      },
    ],
  },
  {
    statute: 'fvl',
    id: '25',
    stk: [
      {
        intro:
          'Afgørelser, som kan påklages til anden forvaltningsmyndighed, skal, når de meddeles skriftligt, være ledsaget af en vejledning om klageadgang med angivelse af klageinstans og oplysning om fremgangsmåden ved indgivelse af klage, herunder om eventuel tidsfrist. Det gælder dog ikke, hvis afgørelsen fuldt ud giver den pågældende part medhold.',
      },
      {
        intro:
          'Vedkommende minister kan efter forhandling med justitsministeren fastsætte regler om, at klagevejledning på nærmere angivne sagsområder, hvor særlige forhold gør sig gældende, kan undlades eller ske på anden måde end nævnt i stk. 1.',
      },
    ],
  },
];
