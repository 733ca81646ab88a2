/**
 * The grounds under miljøoplysningsloven, as data: the 1985 offentlighedslov's grounds (anyone, MOL § 2, stk. 1)
 * and forvaltningsloven's as lovbekendtgørelse nr. 988 af 9. oktober 2012 (a party), in the law's order. Merged
 * into the catalogue by index.ts (`CATALOGUE`); docs/grounds-catalogue.md lists them with the others.
 *
 * Conventions (tested in test/grounds/catalogue-mol.test.ts), beside those of catalogue.ts:
 * - `refs[0]` is the 1985 act (`offl1985`) or forvaltningsloven (`fvl`, quoted as LBK 988/2012 under the
 *   regime); ids follow the same scheme (`offl1985-12-1-2`, `fvl-15-1-4`).
 * - Every ground in miljøoplysningslovens § 2, stk. 3's list has `weighing`; § 2, stk. 1, 1. pkt. is
 *   `unless-police` (§ 2, stk. 3, 3. pkt.). Grounds named in § 2, stk. 5 have the `emissions` restriction and
 *   those in § 2, stk. 6 the `directive` one.
 * - `guidance` names the 2013 counterpart for orientation only (from mol-practice.md, section 4; "egen
 *   læsning" where no source states it) and never quotes it; it says which of the 1985 text we hold.
 * - Templates name what the provision covers, in the authority's voice, and cite exactly `refs`.
 */
import { DOCUMENTS } from './catalogue';
import type { Ground, TemplateField } from './types';

const INFORMATION: TemplateField = {
  name: 'oplysninger',
  label: 'Oplysningerne',
  hint: 'Fx: oplysningerne om virksomhedens produktionsmetode',
  required: true,
};
const REASON: TemplateField = {
  name: 'begrundelse',
  label: 'Begrundelse',
  hint: 'Fx: notaterne er udarbejdet af miljøafdelingen til brug for den interne drøftelse af tilsynsstrategien',
  required: true,
};
const HARM: TemplateField = {
  name: 'begrundelse',
  label: 'Hvorfor det er nødvendigt',
  hint: 'Fx: oplysningerne viser, hvilke virksomheder kommunen vil kontrollere uanmeldt i 2026',
  required: true,
};

// Recurring guidance sentences (Danish).
const WEIGHING =
  'Efter miljøoplysningslovens § 2, stk. 3 skal du foretage en konkret afvejning af offentlighedens interesser i udlevering over for de interesser, der varetages ved at afslå, og anvende bestemmelsen restriktivt: udfyld afvejningsafsnittet.';
const EMISSIONS =
  'Angår oplysningerne emissioner til miljøet, finder bestemmelsen ikke anvendelse, i det omfang et afslag vil stride imod artikel 4, stk. 2, i direktiv 2003/4/EF (miljøoplysningslovens § 2, stk. 5): angiv, om oplysningerne angår emissioner.';
const DIRECTIVE =
  'Bestemmelsen finder ikke anvendelse, i det omfang et afslag vil stride imod artikel 4, stk. 2, i direktiv 2003/4/EF (miljøoplysningslovens § 2, stk. 6): begrundelsen skal forholde sig til det.';
const EXTRACTION_1985 =
  'Ordlyden af 1985-lovens § 11 (ekstrahering) er ikke med i lovdata, så brevet citerer den ikke; overvej ekstrahering og skriv resultatet. Offentlighedslovens § 28 (2013) er kun til orientering og må ikke citeres i stedet.';
const PARTIAL_1985 = (stk: string) =>
  `Ordlyden af 1985-lovens ${stk} (dokumentets øvrige indhold) er ikke med i lovdata, så brevet citerer den ikke; undtag kun det, hensynet gælder, og skriv, hvad der udleveres. Offentlighedslovens § 34 (2013) er kun til orientering.`;
const SECONDARY = (what: string) =>
  `Lovteksten er kun set i Kammeradvokatens Aktindsigtshåndbog: ${what} Kontrollér citatet mod retsinformation.dk.`;
const MISSING =
  'Ordlyden er ikke med i lovdata: lovgrundlaget får en pladsholder, som du udfylder ved at indsætte teksten fra retsinformation.dk.';
const COUNTERPART = (ref: string, source: 'handbook' | 'own') =>
  `Nærmeste bestemmelse i offentlighedsloven fra 2013 (kun til orientering, anden ordlyd): ${ref}${source === 'own' ? ' (egen læsning)' : ' (Aktindsigtshåndbogen)'}.`;
const FVL2012 =
  'Forvaltningsloven citeres i ordlyden efter lovbekendtgørelse nr. 988 af 9. oktober 2012 (miljøoplysningslovens § 6, stk. 2), ikke den gældende forvaltningslov.';

function ground(g: Omit<Ground, 'regimes' | 'outcomes' | 'guidanceSource'> & Partial<Ground>): Ground {
  return { outcomes: ['refusal', 'partial'], guidanceSource: 'own', regimes: ['mol'], ...g };
}

const S7_ITEMS: [number, string, string][] = [
  [1, 'Dokumenter til eget brug', 'dokumenter, som vi har udarbejdet til eget brug'],
  [2, 'Brevveksling inden for myndigheden', 'brevveksling mellem forskellige enheder inden for myndigheden'],
  [
    3,
    'Brevveksling mellem kommunalbestyrelse og udvalg m.v.',
    'brevveksling mellem kommunalbestyrelsen og dens udvalg, afdelinger eller andre administrative organer',
  ],
];

const S10_ITEMS: [number, string, string, string][] = [
  [
    1,
    'Statsrådsprotokoller og ministermøder',
    'statsrådsprotokoller, referater af møder mellem ministre eller dokumenter udarbejdet til brug for sådanne møder',
    '§ 27, nr. 1 (egen læsning; 2013-bestemmelsen er snævrere)',
  ],
  [
    2,
    'Brevveksling mellem ministerier om lovgivning',
    'brevveksling mellem ministerier om lovgivning',
    'ingen direkte; jf. § 20 og § 24 (egen læsning)',
  ],
  [
    3,
    'Sekretariatsopgaver for en anden myndighed',
    'dokumenter, der er udvekslet, fordi en myndighed udfører sekretariatsopgaver for en anden myndighed',
    '§ 27, nr. 3 (Aktindsigtshåndbogen)',
  ],
  [
    4,
    'Brevveksling med sagkyndige om retssager',
    'brevveksling med sagkyndige til brug i en retssag eller ved overvejelse af, om en retssag bør føres',
    '§ 27, nr. 4 (Aktindsigtshåndbogen)',
  ],
];

const S13_ITEMS: [number, string, string, string, 'whole' | 'cut' | 'missing'][] = [
  [
    1,
    'Statens sikkerhed eller rigets forsvar',
    'statens sikkerhed eller rigets forsvar',
    '§ 31 (Aktindsigtshåndbogen)',
    'whole',
  ],
  [
    2,
    'Udenrigspolitiske interesser',
    'rigets udenrigspolitiske eller udenrigsøkonomiske interesser',
    '§ 32 (Aktindsigtshåndbogen)',
    'whole',
  ],
  [
    3,
    'Forebyggelse og forfølgning af lovovertrædelser',
    'forebyggelse, opklaring og forfølgning af lovovertrædelser',
    '§ 33, nr. 1 (egen læsning)',
    'missing',
  ],
  [
    4,
    'Offentlig kontrol-, regulerings- eller planlægningsvirksomhed',
    'gennemførelsen af offentlig kontrol-, regulerings- eller planlægningsvirksomhed',
    '§ 33, nr. 2 (Aktindsigtshåndbogen)',
    'cut',
  ],
  [
    5,
    'Det offentliges økonomiske interesser',
    'det offentliges økonomiske interesser',
    '§ 33, nr. 3 (Aktindsigtshåndbogen)',
    'whole',
  ],
  [
    6,
    'Særlige private og offentlige interesser (generalklausulen)',
    'private eller offentlige interesser, hvor hemmeligholdelse er påkrævet',
    '§ 33, nr. 5 (egen læsning)',
    'missing',
  ],
];

const FVL12_ITEMS: [number, string, string][] = [
  [
    1,
    'Interne arbejdsdokumenter til eget brug',
    'dokumenter, som vi har udarbejdet til eget brug ved behandlingen af sagen',
  ],
  [2, 'Brevveksling inden for myndigheden', 'brevveksling mellem forskellige enheder inden for myndigheden'],
  [
    3,
    'Brevveksling mellem kommunalbestyrelse og udvalg m.v.',
    'brevveksling mellem kommunalbestyrelsen og dens udvalg, afdelinger eller andre administrative organer',
  ],
];

const FVL14_ITEMS: [number, string, string][] = [
  [
    1,
    'Statsrådsprotokoller og ministermøder',
    'statsrådsprotokoller, referater af møder mellem ministre eller dokumenter udarbejdet til brug for sådanne møder',
  ],
  [
    2,
    'Sekretariatsopgaver for en anden myndighed',
    'dokumenter, der er udvekslet, fordi en myndighed udfører sekretariatsopgaver for en anden myndighed',
  ],
  [
    3,
    'Brevveksling med sagkyndige om retssager',
    'brevveksling med sagkyndige til brug i en retssag eller ved overvejelse af, om en retssag bør føres',
  ],
];

const FVL15_ITEMS: [number, string, string][] = [
  [1, 'Statens sikkerhed eller rigets forsvar', 'statens sikkerhed eller rigets forsvar'],
  [2, 'Udenrigspolitiske interesser', 'rigets udenrigspolitiske eller udenrigsøkonomiske interesser'],
  [
    3,
    'Lovovertrædelser og strafferetlig forfølgning',
    'forebyggelse, opklaring og forfølgning af lovovertrædelser',
  ],
  [
    4,
    'Offentlig kontrol-, regulerings- eller planlægningsvirksomhed',
    'gennemførelsen af offentlig kontrol-, regulerings- eller planlægningsvirksomhed',
  ],
  [5, 'Det offentliges økonomiske interesser', 'det offentliges økonomiske interesser'],
];

export const MOL_GROUNDS: readonly Ground[] = [
  // ------------------------------------------------------------ 1985-offentlighedsloven (MOL § 2, stk. 1)
  ground({
    id: 'offl1985-2-1-1',
    refs: [{ statute: 'offl1985', section: '2', subsection: 1, sentence: 1 }],
    label: 'Sager inden for strafferetsplejen (1985-offentlighedslovens § 2, stk. 1, 1. pkt.)',
    group: 'Undtagne sager',
    kind: 'excepted-case',
    bases: ['mol'],
    guidance: `Gælder sager inden for strafferetsplejen. ${MISSING} Afvejningen efter miljøoplysningslovens § 2, stk. 3 gælder ikke, når sagen behandles af politiet eller anklagemyndigheden (stk. 3, 3. pkt.); behandles sagen af en miljømyndighed, skal afvejningen foretages. ${COUNTERPART('§ 19', 'own')}`,
    requires: [],
    weighing: 'unless-police',
    template:
      'Din anmodning angår {sag}. Det er en sag inden for strafferetsplejen, fordi {begrundelse}, jf. 1985-offentlighedslovens § 2, stk. 1, 1. pkt.',
    fields: [
      {
        name: 'sag',
        label: 'Sagen',
        hint: 'Fx: sagen om politianmeldelsen af virksomhedens udledning i Vejle Å',
        required: true,
      },
      {
        name: 'begrundelse',
        label: 'Hvorfor sagen hører under strafferetsplejen',
        hint: 'Fx: kommunen har politianmeldt udledningen, og sagen efterforskes nu af politiet',
        required: true,
      },
    ],
  }),
  ...S7_ITEMS.map(([nr, label, covers]) =>
    ground({
      id: `offl1985-7-${nr}`,
      refs: [{ statute: 'offl1985', section: '7', item: nr }],
      label: `${label} (1985-offentlighedslovens § 7, nr. ${nr})`,
      group: 'Interne dokumenter',
      kind: 'excepted-document',
      bases: ['mol'],
      guidance: `Gælder interne arbejdsdokumenter: ${covers}. ${
        nr === 3
          ? SECONDARY('nr. 3 er afkortet i kilden og citeres ikke (lovgrundlaget får en pladsholder).')
          : SECONDARY(`indledningen og nr. ${nr} citeres som uddrag.`)
      } Tilføj ikke ord fra forvaltningslovens § 12. ${WEIGHING} ${EXTRACTION_1985} ${COUNTERPART('§ 23', 'own')}`,
      requires: ['extraction-1985'],
      weighing: 'required',
      template: `Vi har undtaget {dokumenter} fra aktindsigt, fordi de er interne arbejdsdokumenter, nemlig ${covers}. {begrundelse}, jf. 1985-offentlighedslovens § 7, nr. ${nr}.`,
      fields: [
        DOCUMENTS,
        {
          ...REASON,
          label: 'Hvorfor dokumenterne er interne',
          hint: 'Fx: Notaterne er kun brugt i miljøafdelingen og er ikke sendt ud af huset',
        },
      ],
    }),
  ),
  ...S10_ITEMS.map(([nr, label, covers, counterpart]) =>
    ground({
      id: `offl1985-10-${nr}`,
      refs: [{ statute: 'offl1985', section: '10', item: nr }],
      label: `${label} (1985-offentlighedslovens § 10, nr. ${nr})`,
      group: 'Interne dokumenter',
      kind: 'excepted-document',
      bases: ['mol'],
      guidance: `Gælder ${covers}. Lovteksten er ordret (elov.dk) og citeres. ${WEIGHING} ${EMISSIONS} ${EXTRACTION_1985} Nærmeste bestemmelse i offentlighedsloven fra 2013 (kun til orientering, anden ordlyd): ${counterpart}.`,
      requires: ['extraction-1985'],
      weighing: 'required',
      restrictions: ['emissions'],
      template: `Vi har undtaget {dokumenter} fra aktindsigt, fordi de er ${covers}, jf. 1985-offentlighedslovens § 10, nr. ${nr}.`,
      fields: [DOCUMENTS],
    }),
  ),
  ground({
    id: 'offl1985-10-5',
    refs: [{ statute: 'offl1985', section: '10', item: 5 }],
    label: 'Statistik og videnskabelige undersøgelser (1985-offentlighedslovens § 10, nr. 5)',
    group: 'Interne dokumenter',
    kind: 'excepted-document',
    bases: ['mol'],
    guidance:
      'Kan ikke bruges: 1985-lovens § 10, nr. 5 gælder ikke for miljøoplysninger (miljøoplysningslovens § 2, stk. 4). Nærmeste bestemmelse i offentlighedsloven fra 2013 (kun til orientering): § 27, nr. 5 (egen læsning); den kan heller ikke bruges på miljøoplysninger.',
    requires: [],
    template:
      'Vi har undtaget {dokumenter} fra aktindsigt, fordi de er materiale, der er tilvejebragt som grundlag for offentlig statistik eller videnskabelige undersøgelser, jf. 1985-offentlighedslovens § 10, nr. 5.',
    fields: [DOCUMENTS],
    blocked: {
      regimes: ['mol'],
      reason:
        'Kan ikke bruges på miljøoplysninger: 1985-offentlighedslovens § 10, nr. 5 gælder ikke for miljøoplysninger, jf. miljøoplysningslovens § 2, stk. 4. Stk. 4 skriver »§ 10, stk. 1, nr. 5« og »jf. dog § 4 a«; statistikreglen, som stk. 4 henviser til, står i miljøoplysningslovens § 4 c.',
      refs: [
        { statute: 'mol', section: '2', subsection: 4 },
        { statute: 'mol', section: '4 c' },
      ],
    },
  }),
  ground({
    id: 'offl1985-12-1-1',
    refs: [{ statute: 'offl1985', section: '12', subsection: 1, item: 1 }],
    label: 'Private forhold (1985-offentlighedslovens § 12, stk. 1, nr. 1)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['mol'],
    guidance: `Gælder oplysninger om enkeltpersoners private forhold. ${MISSING} ${WEIGHING} ${EMISSIONS} ${PARTIAL_1985('§ 12, stk. 2')} ${COUNTERPART('§ 30, nr. 1', 'handbook')}`,
    requires: ['partial-1985'],
    weighing: 'required',
    restrictions: ['emissions'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt, fordi det er oplysninger om enkeltpersoners private forhold. {begrundelse}, jf. 1985-offentlighedslovens § 12, stk. 1, nr. 1.',
    fields: [
      { ...INFORMATION, hint: 'Fx: oplysningerne om naboens helbred' },
      DOCUMENTS,
      { ...REASON, hint: 'Fx: Oplysningerne angår klagerens egne helbredsforhold' },
    ],
  }),
  ground({
    id: 'offl1985-12-1-2',
    refs: [{ statute: 'offl1985', section: '12', subsection: 1, item: 2 }],
    label:
      'Tekniske indretninger, fremgangsmåder og drifts- og forretningsforhold (1985-offentlighedslovens § 12, stk. 1, nr. 2)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['mol'],
    guidance: `Gælder oplysninger om tekniske indretninger eller fremgangsmåder eller om drifts- eller forretningsforhold. ${SECONDARY('kun indledningen og begyndelsen af nr. 2 er set; nr. 2 er afkortet og citeres ikke (lovgrundlaget får en pladsholder).')} ${WEIGHING} ${EMISSIONS} ${PARTIAL_1985('§ 12, stk. 2')} ${COUNTERPART('§ 30, nr. 2', 'handbook')}`,
    requires: ['partial-1985'],
    weighing: 'required',
    restrictions: ['emissions'],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt, fordi det er oplysninger om {forhold}. {begrundelse}, jf. 1985-offentlighedslovens § 12, stk. 1, nr. 2.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'forhold',
        label: 'Hvilke forhold',
        hint: 'Fx: virksomhedens tekniske fremgangsmåde ved rensning af røggassen',
        required: true,
      },
      {
        ...REASON,
        label: 'Hvorfor oplysningerne undtages',
        hint: 'Fx: Oplysningerne vil kunne bruges af virksomhedens konkurrenter',
      },
    ],
  }),
  ...S13_ITEMS.map(([nr, label, covers, counterpart, held]) => {
    const text =
      held === 'whole'
        ? SECONDARY(`indledningen og nr. ${nr} citeres som uddrag.`)
        : held === 'cut'
          ? SECONDARY(`nr. ${nr} er afkortet i kilden og citeres ikke (lovgrundlaget får en pladsholder).`)
          : MISSING;
    const g = ground({
      id: `offl1985-13-1-${nr}`,
      refs: [{ statute: 'offl1985', section: '13', subsection: 1, item: nr }],
      label: `${label} (1985-offentlighedslovens § 13, stk. 1, nr. ${nr})`,
      group: 'Undtagne oplysninger',
      kind: 'excepted-information',
      bases: ['mol'],
      guidance: `Gælder, i det omfang det er nødvendigt til beskyttelse af væsentlige hensyn til ${covers}. ${text} ${WEIGHING}${nr === 6 ? ` ${EMISSIONS}` : ''}${nr >= 4 ? ` ${DIRECTIVE}` : ''} ${PARTIAL_1985('§ 13, stk. 2')} Nærmeste bestemmelse i offentlighedsloven fra 2013 (kun til orientering, anden ordlyd): ${counterpart}.`,
      requires: ['partial-1985'],
      weighing: 'required',
      template: `Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt, fordi det er nødvendigt til beskyttelse af væsentlige hensyn til ${covers}. {begrundelse}, jf. 1985-offentlighedslovens § 13, stk. 1, nr. ${nr}.`,
      fields: [INFORMATION, DOCUMENTS, HARM],
    });
    // § 2, stk. 5 names § 13, stk. 1, nr. 6; § 2, stk. 6 names nr. 4-6.
    if (nr === 6) g.restrictions = ['emissions', 'directive'];
    else if (nr >= 4) g.restrictions = ['directive'];
    return g;
  }),
  ground({
    id: 'offl1985-14',
    refs: [{ statute: 'offl1985', section: '14' }],
    label: 'Tavshedspligt (1985-offentlighedslovens § 14)',
    group: 'Undtagne oplysninger',
    kind: 'excepted-information',
    bases: ['mol'],
    guidance: `Angår forholdet til tavshedspligt i anden lovgivning. ${MISSING} Bestemmelsen er ikke nævnt i miljøoplysningslovens § 2, stk. 3-6, og dens forhold til § 2, stk. 2 (særlige bestemmelser om aktindsigt i anden lovgivning begrænser ikke retten) er uafklaret: begrund omhyggeligt. ${COUNTERPART('§ 35', 'own')}`,
    requires: [],
    template:
      'Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt, fordi de er omfattet af tavshedspligt efter {bestemmelse}. {begrundelse}, jf. 1985-offentlighedslovens § 14.',
    fields: [
      INFORMATION,
      DOCUMENTS,
      {
        name: 'bestemmelse',
        label: 'Tavshedspligtsbestemmelsen',
        hint: 'Fx: den særlige tavshedspligt i (angiv lov og paragraf)',
        required: true,
      },
      { ...REASON, hint: 'Fx: Oplysningerne er modtaget under tavshedspligt fra en anden myndighed' },
    ],
  }),
  // ------------------------------------------------------------ forvaltningsloven, LBK 988/2012 (a party)
  ...FVL12_ITEMS.map(([nr, label, covers]) =>
    ground({
      id: `fvl-12-1-${nr}`,
      refs: [{ statute: 'fvl', section: '12', subsection: 1, item: nr }],
      label: `${label} (forvaltningslovens § 12, stk. 1, nr. ${nr}, LBK 988/2012)`,
      group: 'Partsaktindsigt',
      kind: 'excepted-document',
      bases: ['mol-party'],
      guidance: `Gælder interne arbejdsdokumenter: ${covers}. ${FVL2012} ${WEIGHING} ${EMISSIONS} Oplysninger om sagens faktiske omstændigheder af væsentlig betydning for afgørelsen skal meddeles (§ 12, stk. 2). Nærmeste bestemmelse i den gældende forvaltningslov: § 12 (anden ordlyd).`,
      requires: ['extraction-fvl2012'],
      weighing: 'required',
      restrictions: ['emissions'],
      template: `Vi har undtaget {dokumenter} fra aktindsigt, fordi de er interne arbejdsdokumenter, nemlig ${covers}, jf. forvaltningslovens § 12, stk. 1, nr. ${nr}.`,
      fields: [DOCUMENTS],
    }),
  ),
  ...FVL14_ITEMS.map(([nr, label, covers]) =>
    ground({
      id: `fvl-14-1-${nr}`,
      refs: [{ statute: 'fvl', section: '14', subsection: 1, item: nr }],
      label: `${label} (forvaltningslovens § 14, stk. 1, nr. ${nr}, LBK 988/2012)`,
      group: 'Partsaktindsigt',
      kind: 'excepted-document',
      bases: ['mol-party'],
      guidance: `Gælder ${covers}. ${FVL2012} ${WEIGHING} Oplysninger om sagens faktiske omstændigheder af væsentlig betydning for afgørelsen skal meddeles (§ 14, stk. 2). Nærmeste bestemmelse i den gældende forvaltningslov: § 14 (anden ordlyd).`,
      requires: ['extraction-fvl2012'],
      weighing: 'required',
      template: `Vi har undtaget {dokumenter} fra aktindsigt, fordi de er ${covers}, jf. forvaltningslovens § 14, stk. 1, nr. ${nr}.`,
      fields: [DOCUMENTS],
    }),
  ),
  ...FVL15_ITEMS.map(([nr, label, covers]) => {
    const g = ground({
      id: `fvl-15-1-${nr}`,
      refs: [{ statute: 'fvl', section: '15', subsection: 1, item: nr }],
      label: `${label} (forvaltningslovens § 15, stk. 1, nr. ${nr}, LBK 988/2012)`,
      group: 'Partsaktindsigt',
      kind: 'excepted-information',
      bases: ['mol-party'],
      guidance: `Gælder, hvor partens interesse i at kende dokumenterne må vige for afgørende hensyn til ${covers}. ${FVL2012} ${WEIGHING}${nr >= 4 ? ` ${DIRECTIVE}` : ''} Gælder hensynet kun en del af et dokument, skal parten have resten (§ 15, stk. 2). Nærmeste bestemmelse i den gældende forvaltningslov: § 15 b (anden ordlyd).`,
      requires: ['partial-fvl2012'],
      weighing: 'required',
      template: `Vi har undtaget {oplysninger} i {dokumenter} fra aktindsigt. Vi vurderer, at din interesse i at kende oplysningerne for at varetage dit tarv må vige for afgørende hensyn til ${covers}, fordi {begrundelse}, jf. forvaltningslovens § 15, stk. 1, nr. ${nr}.`,
      fields: [INFORMATION, DOCUMENTS, { ...HARM, label: 'Begrundelse og afvejning' }],
    });
    if (nr >= 4) g.restrictions = ['directive'];
    return g;
  }),
];
