/**
 * The check's vocabulary under miljøoplysningsloven (MOL, LBK 980/2017), as data: what marks a letter as
 * decided under MOL, the specific terms that show plainly environmental information (MOL § 3), and the
 * sentences the MOL rules look for. All patterns match text as `normaliseForMatch` gives it (lower case).
 */

/** Citations of miljøoplysningsloven itself: the letter is decided under MOL (not inferred). */
export const MOL_CITATIONS: readonly RegExp[] = [
  /\bmiljøoplysningslov(?:en|ens)?\b/,
  /\blov om aktindsigt i miljøoplysninger\b/,
  /\b(?:lovbekendtgørelse|lbk\.?)\s+(?:nr\.\s*)?980\s+af\s+16\.\s*august\s+2017\b/,
  /\bmol\.?\s+§/,
];

/** The 1985 offentlighedslov named as such (lov nr. 572 af 19. december 1985). */
export const OFFL_1985_NAMES: readonly RegExp[] = [
  /\blov\s+nr\.\s*572\s+af\s+19\.\s*december\s+1985\b/,
  /\blov\s+(?:nr\.\s*)?572\s*\/\s*1985\b/,
  /\boffentlighedslov(?:en|ens)?,?\s+(?:af|fra)\s+(?:19\.\s*december\s+)?1985\b/,
  /\b1985-offentlighedslov(?:en|ens)?\b/,
];

/** The letter speaks of environmental information: MOL read from words (regimeInferred). */
export const ENVIRONMENTAL_WORDS: readonly RegExp[] = [/\bmiljøoplysning(?:er|erne|ernes)?\b/];

/** A sentence that says the information is NOT environmental information. */
export const NOT_ENVIRONMENTAL: readonly RegExp[] = [
  /\b(?:ikke|hverken)\b[^.]{0,60}\bmiljøoplysning/,
  /\bmiljøoplysning\w*[^.]{0,40}\b(?:ikke|ingen)\b/,
];

/**
 * Specific terms that show plainly environmental information (MOL § 3, nr. 1-3: emissions, discharges,
 * noise, soil pollution, environmental permits ...). Never everyday words such as "vand", "plan", "jord" or
 * "natur": only compounds and terms of art that an ordinary case seldom uses.
 */
export const ENVIRONMENTAL_TERMS: readonly RegExp[] = [
  /\bemission\w*/,
  /\budledning\w* (?:af|til|fra)\b/,
  /\bspildevand\w*/,
  /\bjordforurening\w*/,
  /\bforurenet jord\b/,
  /\bgrundvandsforurening\w*/,
  /\bstøjmåling\w*/,
  /\bstøjberegning\w*/,
  /\bstøjgener\b/,
  /\bmiljøgodkendelse\w*/,
  /\bmiljøtilsyn\w*/,
  /\bmiljøtilladelse\w*/,
  /\bmiljøvurdering\w*/,
  /\bmiljøkonsekvens\w*/,
  /\bvvm\b/,
  /\bmiljøbeskyttelseslov\w*/,
  /\bluftforurening\w*/,
  /\blugtgener\b/,
  /\bpesticid\w*/,
  /\bnitrat\w*/,
  /\bvandløbsregulativ\w*/,
  /\bboringskontrol\w*/,
  /\bdrikkevandskontrol\w*/,
  /\bråstofindvinding\w*/,
  /\bhusdyrgodkendelse\w*/,
  /\bhusdyrbrug\w*/,
  /\bvindmølle\w*/,
  /\bgylle\w*/,
  /\bkloakseparering\w*/,
  /\bregnvandsbassin\w*/,
  /\bfarligt affald\b/,
  /\bradioaktiv\w*/,
];

/** The 2013 offentlighedslov marked as such: a second track, or a 2013 citation inside an MOL letter. */
export const OFFL_2013_MARKS: readonly RegExp[] = [
  /\boffentlighedslov(?:en|ens)?,?\s+(?:af|fra)\s+(?:12\.\s*juni\s+)?(?:2013|2020)\b/,
  /\b(?:2013|2020)-offentlighedslov\w*/,
  // The aktliste table of an MOL letter: "2013-offl. § 30, nr. 1" (src/letter/document-list.ts).
  /\b(?:2013|2020)-offl\./,
  /\bden (?:nu)?gældende offentlighedslov\w*/,
  /\blov\s+nr\.\s*606\s+af\s+12\.\s*juni\s+2013\b/,
  /\b(?:lovbekendtgørelse|lbk\.?)\s+(?:nr\.\s*)?145\s+af\s+24\.\s*februar\s+2020\b/,
];

/** A concrete weighing under MOL § 2, stk. 3 is spoken of. */
export const WEIGHING_MENTIONS: readonly RegExp[] = [
  /\bafvej\w*/,
  /\brestriktiv\w*/,
  /\bsamfundets interesse\b/,
  /\boffentlighedens interesse\w*/,
];

/** A weighing that names the interests: what speaks for and against disclosure, and the result. */
export const WEIGHING_CONCRETE: readonly RegExp[] = [
  /\btaler\b[^.]{0,40}\b(?:for|imod|mod)\b/,
  /\b(?:for|imod|mod) (?:udlevering|aktindsigt|offentliggørelse)\b[^.]{0,20}\btaler\b/,
  /\bvejer tungere\b/,
  /\bveje\w* (?:tungere|højere|mere)\b/,
  /\binteresse i at (?:kende|få|se|vide)\b/,
];

/** The police or the prosecution handle the case (MOL § 2, stk. 3, 3. pkt.: no weighing). */
export const POLICE_OR_PROSECUTION: readonly RegExp[] = [/\bpolitiet\b/, /\banklagemyndighed\w*/];

/** The letter says whether the information concerns emissions (MOL § 2, stk. 5). */
export const EMISSIONS_ADDRESSED: readonly RegExp[] = [/\bemission\w*/, /\budledning\w*/];

/** Material still being prepared (MOL § 4, stk. 4, 2. pkt.). */
export const UNDER_PREPARATION: readonly RegExp[] = [
  /\bunder udarbejdelse\b/,
  /\bendnu ikke (?:er )?(?:færdig|endelig)\w*/,
];

/** Who prepares the material: "udarbejdes af Miljøstyrelsen", "Kommunen udarbejder". */
export const PREPARING_AUTHORITY: readonly RegExp[] = [
  /\budarbejdes (?:nu )?af\b/,
  /\b(?:vi|kommunen|regionen|styrelsen|ministeriet|direktoratet|forsyningen|selskabet|nævnet|\p{L}+(?:styrelsen|kommune|ministeriet|forsyning))\b[^.]{0,30}\budarbejder\b/u,
  /\bden myndighed, der udarbejder\b[^.]{0,15}\ber\b/,
];

/** When the material is expected in final form: a date, a month, a week or a quarter with a year. */
export const EXPECTED_DATE: readonly RegExp[] = [
  /\bforvent\w*\b[^.]{0,100}(?:\d{1,2}\. ?\p{L}+ \d{4}|\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}|\buge \d{1,2}\b|\b\d\. kvartal \d{4}|\b\d{1,2}[./-]\d{1,2}[./-]\d{4})/u,
];

/** A reason for taking more than 1 month (MOL § 4, stk. 3: the case's extent and complexity). */
export const LONGER_PERIOD_REASONS: readonly RegExp[] = [
  /\bomfang\w*\b[^.]{0,60}\bkompleks\w*/,
  /\bkompleks\w*\b[^.]{0,60}\bomfang\w*/,
  /\b2 måneder\b/,
  /\bto måneder\b/,
];

/** The 2013 complaint route (offentlighedslovens §§ 37-38) in words. */
export const ROUTE_2013_WORDS: readonly RegExp[] = [/\b7 arbejdsdage\b/, /\bsyv arbejdsdage\b/];

/** A fee demanded for the complaint, and the sentences that say there is none. */
export const FEE_WORDS: readonly RegExp[] = [/\bgebyr\w*/, /\bklagegebyr\w*/];
export const NO_FEE: readonly RegExp[] = [
  /\b(?:ikke|intet|ingen|uden|fritaget)\b[^.]{0,40}\bgebyr/,
  /\bgebyr\w*[^.]{0,30}\b(?:ikke|bortfalder)\b/,
];

/** The complaint sent straight to the appeal body rather than lodged with the deciding body (MOL § 4 b, stk. 1). */
export const DIRECT_TO_BOARD: readonly RegExp[] = [
  /\bdirekte til\b[^.]{0,60}\b(?:nævn\w*|klageinstans\w*|ankestyrelsen|styrelsen|ministeriet)\b/,
  /\b(?:du kan|du skal|klagen skal|klagen kan) (?:sende|indgive|sendes|indgives)\w*(?: din klage| klagen)? (?:direkte )?til (?:miljø- og fødevareklagenævnet|nævnet|klageinstansen|ankestyrelsen|planklagenævnet|energiklagenævnet)\b/,
];

/** Miljø- og Fødevareklagenævnet, the appeal body for § 1, stk. 2 organs and utilities (MOL § 4 a). */
export const MFKN: readonly RegExp[] = [/\bmiljø- og fødevareklagenævnet\b/];

/** Appeal bodies a complaint guidance may name. */
export const APPEAL_BODIES: readonly RegExp[] = [
  /\bmiljø- og fødevareklagenævnet\b/,
  /\bankestyrelsen\b/,
  /\bplanklagenævnet\b/,
  /\benergiklagenævnet\b/,
  /\bbyggeklageenheden\b/,
  /\bvejdirektoratet\b/,
  /\b\p{L}+ministeriet\b/u,
  /øverste klageinstans\b/,
];

/** A forsyningsvirksomhed (utility) as its name in the sender shows it. */
export const UTILITY_NAMES: readonly RegExp[] = [
  /\b\p{L}*forsyning\w*\b/u,
  /\b\p{L}*(?:renseanlæg|vandværk|varmeværk|fjernvarme|affaldsselskab)\w*/u,
];

/** An appeal body's own decision that is final (MFKN-loven § 17, stk. 1): no complaint guidance due. */
export const FINAL_DECISION: readonly RegExp[] = [
  /\bendelig og kan ikke (?:indbringes|påklages)\b/,
  /\bkan ikke (?:indbringes|påklages) for (?:en )?anden administrativ myndighed\b/,
];

/** Complaint words, for a letter without a complaint guidance part. */
export const COMPLAINT_WORDS: readonly RegExp[] = [/\bklage\w*/, /\bpåklage\w*/];

/**
 * A heading that names other documents or information than the environmental ones: "Øvrige dokumenter",
 * "B. Andre oplysninger", "Dokumenter, der ikke er miljøoplysninger" (with NOT_ENVIRONMENTAL).
 */
export const OTHER_DOCUMENTS_HEADINGS: readonly RegExp[] = [
  // No \b before "ø": in a regular expression without the u flag "ø" is not a word character.
  /(?<!\p{L})(?:øvrige|andre|resterende) (?:dokumenter|oplysninger|akter|materiale|sager)(?!\p{L})/u,
  /\b(?:dokumenter|oplysninger|akter|materiale)(?:ne)? uden for miljøoplysningsloven\b/,
];

/**
 * The 1985 counterparts of 2013 grounds, for orientation in a message (mol-practice.md, section 4; "egen
 * læsning" where no source states it). Keyed "section" or "section:nr".
 */
export const COUNTERPARTS_1985: Readonly<Record<string, string>> = {
  '19': '§ 2 (egen læsning)',
  '23': '§ 7 (egen læsning)',
  '27:1': '§ 10, nr. 1 (egen læsning)',
  '27:3': '§ 10, nr. 3',
  '27:4': '§ 10, nr. 4',
  '28': '§ 11 (egen læsning)',
  '30:1': '§ 12, stk. 1, nr. 1',
  '30:2': '§ 12, stk. 1, nr. 2',
  '31': '§ 13, stk. 1, nr. 1',
  '32': '§ 13, stk. 1, nr. 2',
  '33:1': '§ 13, stk. 1, nr. 3',
  '33:2': '§ 13, stk. 1, nr. 4',
  '33:3': '§ 13, stk. 1, nr. 5',
  '33:5': '§ 13, stk. 1, nr. 6',
  '35': '§ 14',
};

/** Meroffentlighed spoken of (offentlighedslovens § 14 of 2013; the 1985 act's § 4, stk. 1, 2. pkt.). */
export const MEROFFENTLIGHED_WORDS: readonly RegExp[] = [
  /\bmeroffentlighed\w*/,
  /\baktindsigt i videre omfang\b/,
  /\bvidere omfang, end\b/,
];

/**
 * A statement that information is not environmental information: "Dokument 4-6 indeholder ikke
 * miljøoplysninger", "der er ikke tale om miljøoplysninger", "er ikke omfattet af miljøoplysningsloven".
 * Stricter than NOT_ENVIRONMENTAL: "ikke" must govern "miljøoplysninger" itself.
 */
export const NOT_ENVIRONMENTAL_STATEMENTS: readonly RegExp[] = [
  /\b(?:ikke|hverken)(?: \p{L}+){0,4} miljøoplysning(?:er|erne)?\b(?! ?loven)/u,
  /\bikke (?:er )?omfattet af miljøoplysningsloven\b/,
  /\bikke-miljøoplysning\w*/,
];

/** The letter addresses the directive limit of MOL § 2, stk. 5-6 (artikel 4, stk. 2, i direktiv 2003/4/EF). */
export const DIRECTIVE_ADDRESSED: readonly RegExp[] = [
  /\bdirektiv\w*/,
  /\bartikel 4\b/,
  /\b2003\/4\b/,
  /\bmiljøoplysningslovens § 2, stk\. [56]\b/,
  /\b§ 2, stk\. [56], i miljøoplysningsloven\b/,
];

/** Extraction of facts considered (the 1985 act's § 11; LBK 988/2012 §§ 12, stk. 2, and 14, stk. 2). */
export const EXTRACTION_CONSIDERED: readonly RegExp[] = [
  /\bekstrah\w*/,
  /\bfaktiske (?:oplysninger|omstændigheder)\b/,
  /\boplysninger om (?:sagens )?faktiske\b/,
  /\bsagens faktiske grundlag\b/,
];

/** Klageportalen named, made mandatory, or said not to take the complaint (MOL § 4 b, stk. 2; Nævnenes Hus). */
export const PORTAL: readonly RegExp[] = [/\bklageportal\w*/];
export const PORTAL_MANDATORY: readonly RegExp[] = [
  /\bskal\b[^.]{0,80}\bklageportal\w*/,
  /\bklageportal\w*[^.]{0,40}\bskal\b/,
  /\bdigital selvbetjening\b[^.]{0,30}\bskal\b|\bskal\b[^.]{0,60}\bdigital selvbetjening\b/,
];
export const PORTAL_NOT: readonly RegExp[] = [
  /\bikke\b[^.]{0,60}\bklageportal\w*/,
  /\bklageportal\w*[^.]{0,40}\bikke\b/,
];

/** A time limit for complaining, as a klagevejledning states one. */
export const COMPLAINT_DEADLINE: readonly RegExp[] = [
  /\bklagefrist\w*/,
  /\b(?:inden|senest|inden for|indenfor) (?:\d+|en|et|to|tre|fire|seks|otte|fjorten) (?:uger?|dage|måneder?|hverdage)\b/,
  /\b(?:\d+|fire|seks|otte) ugers frist\b/,
];
/** A sentence on the deciding body forwarding the complaint (MOL § 4 b, stk. 1), or stating no deadline. */
export const NOT_A_DEADLINE: readonly RegExp[] = [
  /\bvidere\w*\b|\bvideresend\w*|\boversend\w*|\bfastholde\w*/,
  /\b(?:ingen|ikke nogen|ikke en) (?:klage)?frist\w*/,
  /\bgælder ikke (?:nogen|en) frist\b/,
];
