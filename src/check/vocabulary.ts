/**
 * The words by which the checker recognises a letter's parts, outcome and kind, as data. Patterns are
 * matched against normalised text (lower case, one space, soft hyphens removed, see `normaliseForMatch`).
 * To teach the checker a new wording, add it here with a fixture letter that uses it.
 */
import type { Outcome } from '../grounds/types';
import type { PartId } from '../letter/types';

/** Headings that open a part ("Begrundelse for afgørelsen:" is matched after dropping the colon). */
export const PART_HEADINGS: Record<Exclude<PartId, 'date' | 'sender'>, RegExp[]> = {
  request_reference: [
    /^(din )?anmodning( om aktindsigt)?$/,
    /^indledning$/,
    /^sagsfremstilling$/,
    /^baggrund$/,
  ],
  decision: [/^afgørelse(n)?$/, /^afgørelse om aktindsigt$/, /^(\w+s|vores) afgørelse$/, /^resultat$/],
  reasoning: [
    /^begrundelse(n)?$/,
    /^begrundelse for afgørelsen$/,
    /^(vores )?vurdering(en)?$/,
    /^begrundelse og vurdering$/,
    /^sagens dokumenter$/,
  ],
  meroffentlighed: [/^meroffentlighed$/, /^aktindsigt i videre omfang$/, /^meroffentlighedsprincippet$/],
  extraction: [/^ekstrahering$/, /^ekstraheringspligt(en)?$/, /^oplysninger om sagens faktiske grundlag$/],
  weighing: [/^(konkret )?afvejning$/, /^interesseafvejning$/],
  document_list: [/^aktliste$/, /^oversigt over (sagens )?dokumenter$/, /^dokumentliste$/],
  legal_basis: [
    /^lovgrundlag(et)?$/,
    /^retsgrundlag(et)?$/,
    /^regler$/,
    /^relevante regler$/,
    /^uddrag af (de )?relevante regler/,
    /^uddrag af (\w+loven|lov\b)/,
    /^bilag:? (uddrag af )?(relevante )?regler/,
    /^\p{L}+lovens § \d+( [a-z])?(, stk\. \d+)?,? (lyder|har følgende ordlyd|er sålydende)( sådan| således| som følger)?$/u,
  ],
  complaint_guidance: [
    /^klagevejledning$/,
    /^vejledning om klageadgang$/,
    /^klageadgang$/,
    /^klagemulighed(er)?$/,
    /^hvis du vil klage$/,
    /^vejledning om klage$/,
    /^klage over (afgørelsen|sagsbehandlingstiden)$/,
  ],
};

/**
 * Sentences that state the outcome. Ordered: the first pattern that matches a non-negated, non-hypothetical
 * sentence wins. A decision part that states both a grant and a refusal is a partial grant (analyse.ts).
 */
export const OUTCOME_PATTERNS: { outcome: Outcome; pattern: RegExp }[] = [
  { outcome: 'partial', pattern: /\b(delvis|delvist) (aktindsigt|adgang|imødekomme)/ },
  {
    outcome: 'partial',
    pattern: /\bimødekommer (vi )?(derfor )?(din anmodning )?(om aktindsigt )?delvist\b/,
  },
  { outcome: 'partial', pattern: /\bimødekommes delvist\b/ },
  { outcome: 'partial', pattern: /\bdelvist? (at )?imødekomme\b/ },
  // "Du får aktindsigt i sagen med undtagelse af ...": a grant with an exception is a partial grant.
  {
    outcome: 'partial',
    pattern:
      /\b(får|gives|giver vi dig|meddeles|meddeler vi dig|imødekommer|imødekommes)\b.*\b(med undtagelse af|bortset fra|undtagen)\b/,
  },
  { outcome: 'dismissal', pattern: /\bafvis(er|es|t)\b.*\banmodning/ },
  { outcome: 'dismissal', pattern: /\banmodning\w*\b.*\bafvis(es|t)\b/ },
  { outcome: 'refusal', pattern: /\bafslå(r|s)?\b.*\banmodning/ },
  { outcome: 'refusal', pattern: /\banmodning\w*\b.*\b(afslås|afslået)\b/ },
  {
    outcome: 'refusal',
    pattern: /\b(giver|gives|meddeler|meddeles|får) (vi |du )?(dig |du )?(derfor )?afslag\b/,
  },
  { outcome: 'refusal', pattern: /^(afslag|delvist afslag) på (din )?(anmodning|aktindsigt)/ },
  { outcome: 'refusal', pattern: /\bkan ikke imødekommes\b/ },
  {
    outcome: 'refusal',
    pattern: /\b(giver|gives|meddeler|meddeles) (vi )?(dig )?(derfor )?(ikke|ingen) (aktindsigt|adgang)\b/,
  },
  { outcome: 'refusal', pattern: /\b(får|kan) (du )?(derfor )?ikke (få )?(aktindsigt|adgang)\b/ },
  { outcome: 'grant', pattern: /\bimødekommer\b.*\banmodning/ },
  { outcome: 'grant', pattern: /\banmodning\w*\b.*\bimødekommes\b/ },
  {
    outcome: 'grant',
    pattern:
      /\b(får|gives|giver vi dig|giver dig|meddeles|meddeler vi dig|meddeler dig) (du )?(hermed )?(derfor )?(fuld )?(aktindsigt|adgang til)\b/,
  },
  { outcome: 'grant', pattern: /\bbesluttet at give dig (fuld )?aktindsigt\b/ },
];

/** A sentence with one of these before the outcome words does not state that outcome. */
export const NEGATIONS = [/\b(ikke|ingen|intet)\b[^.]*\b(afslag|afvis)/];

/**
 * Sentences that weigh or suppose rather than decide ("Vi har overvejet, om der kan gives aktindsigt i
 * videre omfang", "afgør snarest, om en anmodning kan imødekommes"): never the letter's outcome.
 */
export const HYPOTHETICALS = [
  /\bovervej/,
  /\b(om|hvorvidt) (der|du|vi|man|en anmodning|anmodningen|din anmodning)\b.*\b(kan|skal|bør|vil)\b/,
  /\bhvis (du|der|vi)\b/,
  /\bi videre omfang\b/,
];

/** Letters that are not decisions, recognised by their content. */
export const NON_DECISION_KINDS: {
  kind: 'delay-notice' | 'acknowledgement' | 'identification-request';
  pattern: RegExp;
}[] = [
  {
    kind: 'delay-notice',
    pattern: /\b(kan ikke nå|ikke kan nå|ikke nå) at (besvare|færdigbehandle|behandle)\b/,
  },
  {
    kind: 'delay-notice',
    pattern: /\bforventer (at kunne )?(at )?(træffe afgørelse|svare|besvare|færdigbehandle)\b.*\bsenest\b/,
  },
  {
    kind: 'acknowledgement',
    pattern: /\b(bekræfter|kvitterer for) (hermed )?(at vi har )?modtage(lsen|t)\b/,
  },
  {
    kind: 'acknowledgement',
    pattern: /\bhar modtaget din anmodning\b.*\b(vender tilbage|behandler den|går i gang)\b/,
  },
  {
    kind: 'identification-request',
    pattern: /\b(præcisere|præcisér|afgrænse|uddybe) (din )?anmodning\b.*\b(senest|inden)\b/,
  },
  { kind: 'identification-request', pattern: /\bhar brug for flere oplysninger\b/ },
  { kind: 'identification-request', pattern: /\b(sende|sender|send) (os )?din præcisering\b/ },
  {
    kind: 'identification-request',
    pattern:
      /\b(beder vi dig|beder dig|foreslår vi, at du) (om at )?(præcisere|præciserer|afgrænse|afgrænser|uddybe|uddyber)\b/,
  },
  { kind: 'acknowledgement', pattern: /^kvittering for (din |jeres )?(anmodning|henvendelse)\b/ },
  {
    kind: 'acknowledgement',
    pattern: /\b(anmodningen|din anmodning|henvendelsen) er (sendt|videresendt) (videre )?til\b/,
  },
];

/** Sentences that give complaint guidance when there is no heading. */
export const COMPLAINT_SENTENCES = [
  /\bkan klage over (afgørelsen|sagsbehandlingstiden)\b/,
  /\bklage (over afgørelsen )?(skal|kan) (sendes|indgives|rettes)\b/,
  /\bindbringe sagen for\b/,
  /\bkan ikke påklages\b/,
  /\bfolketingets ombudsmand\b/,
];

/** Sentences that refer to the request when there is no heading. */
export const REQUEST_SENTENCES = [
  /\b(anmodet|anmoder|anmodede|bedt|beder|bad) (os |kommunen |regionen |styrelsen |ministeriet )?om (aktindsigt|at få aktindsigt|indsigt|at se)\b/,
  /\bmodtog\b.*\b(anmodning|henvendelse|e-mail|mail|brev)\b/,
  /\b(bad|bedt|anmodede|anmodet)\b.{0,40}\bom (aktindsigt|indsigt)\b/,
  /\b(anmodning|henvendelse|begæring)\w* (om aktindsigt )?(af|fra|dateret|modtaget) (den )?\d/,
  /\b(anmodning|henvendelse|begæring) om aktindsigt\b.*\b(modtaget|af \d|den \d)/,
  /\bmodtaget din (anmodning|henvendelse)\b/,
  /\btak for din (anmodning|henvendelse)\b/,
];

export const MEROFFENTLIGHED_SENTENCES = [
  /\bmeroffentlighed/,
  /\bi videre omfang\b.*(§ 14|§ 10)/,
  /\bvidere omfang, end\b/,
];

export const EXTRACTION_SENTENCES = [
  /\bekstrah/,
  /\bsagens faktiske grundlag\b/,
  /\beksterne faglige vurderinger\b/,
];

/**
 * A clause that gives a refusal's reason inside the sentence that states it: "…, fordi notatet er under
 * udarbejdelse", "…, idet oplysningerne angår …", "…, da dokumentet er et internt arbejdsdokument".
 */
export const REASON_CLAUSES = [
  /\b(fordi|idet|eftersom)\b/,
  /\bda (der|det|den|de|oplysning\w*|dokument\w*|materialet|notatet|sagen|anmodningen)\b/,
  /\b(med den begrundelse|begrundet (i|med)|som følge af)\b/,
];

/** Sentences that tell of the dialogue offered before refusing for disproportionate resources (§ 9, stk. 2, nr. 1). */
export const DIALOGUE_SENTENCES = [
  /\bdialog/,
  /\b(afgrænse|afgrænsning|indsnævre|indskrænke|begrænse|præcisere)\w*\b.*\banmodning/,
  /\banmodning\w*\b.*\b(afgrænse|afgrænsning|indsnævre|indskrænke|begrænse|præcisere)/,
  /\b(kontaktede|kontaktet|ringede|skrev til) (vi )?dig\b/,
];

/** The header cells of a document list (aktliste) that name its decision and its ground columns. */
export const DOCUMENT_LIST_COLUMNS = {
  decision: [
    /^aktindsigt$/,
    /^udlevering$/,
    /^udleveres\??$/,
    /^afgørelse$/,
    /gives der aktindsigt/,
    /^(ja\/nej|ja \/ nej)/,
  ],
  ground: [
    /^undtaget efter$/,
    /^hjemmel$/,
    /^begrundelse/,
    /^grund(lag)?$/,
    /^bestemmelse$/,
    /^undtagelse/,
    /^retsgrundlag$/,
  ],
} as const;

/** Greetings that open the signature block. */
export const GREETINGS = [
  /^(med )?(venlig(st)?|mange) hilsen\b/,
  /^hilsen\b/,
  /^på (kommunens|regionens|ministeriets|styrelsens) vegne\b/,
];

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';

/** A line that is only a date (optionally after a place: "København, den 10. marts 2025"). */
export const DATE_LINE = new RegExp(
  `^(?:[a-zæøå .-]+,? )?(?:den )?(\\d{1,2})\\. ?(${MONTHS}) (\\d{4})\\.?$|^(?:[a-zæøå .-]+,? )?(?:den )?(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\.?$`,
);
export const MONTH_NAMES = MONTHS.split('|');

/**
 * Text as the vocabulary matches it: lower case, soft hyphens gone, all spaces one space.
 * @example normaliseForMatch('Klage\u00advejledning:') // "klagevejledning:"
 */
export function normaliseForMatch(text: string): string {
  // Most paragraphs have single plain spaces and no soft hyphen: lower-casing is all they need.
  if (!NEEDS_NORMALISING.test(text)) return text.toLowerCase();
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What the replacements in `normaliseForMatch` change: a soft hyphen, a space other than U+0020, two spaces, a space at either end. */
const NEEDS_NORMALISING =
  /[\u00ad\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/*
 * Complaint routes and acts (rules complaint-route and outdated-act). Patterns with the `g` flag are matched
 * against lower-cased text of the same length as the original (`text.toLowerCase()`), so their spans point
 * into the letter; `\s` also matches non-breaking spaces.
 */

/**
 * The kind of authority a letterhead or signature line names, tried in this order on each line: a line that
 * names a kommune or region is local even when it also names a unit ("Eksempel Kommune, Tilsynet").
 */
export const AUTHORITY_KIND_NAMES: { kind: 'municipality' | 'region' | 'state'; pattern: RegExp }[] = [
  { kind: 'municipality', pattern: /\bkommune\b/ },
  { kind: 'region', pattern: /\bregion\b/ },
  { kind: 'state', pattern: /(?:styrelsen|ministeriet|direktoratet|tilsynet|nævnet)\b/ },
  {
    kind: 'state',
    pattern: /\b(?:departementet|rigspolitiet|politi|anklagemyndigheden|kriminalforsorgen)\b/,
  },
  { kind: 'state', pattern: /\b(?:udbetaling danmark|skatteforvaltningen|statsadvokaten)\b/ },
];

/**
 * The kommunale og regionale tilsynsmyndighed (offentlighedslovens § 38) by name, with the period it held the
 * task: Statsforvaltningen until Ankestyrelsen took over the supervision of kommuner and regioner on
 * 1 April 2019.
 */
export const SUPERVISORY_AUTHORITIES: { name: string; pattern: RegExp; from?: string; until?: string }[] = [
  { name: 'Ankestyrelsen', pattern: /^ankestyrelsen$/, from: '2019-04-01' },
  { name: 'Statsforvaltningen', pattern: /^statsforvaltningen$/, until: '2019-04-01' },
];

/**
 * Words that make a named body the supervisory authority of § 38 rather than an appeal body: "tilsyn" as a
 * word of its own ("fører tilsyn", "tilsynsmyndighed"), not inside a name ("Klagenævnet for Fødevaretilsyn").
 */
export const SUPERVISION_WORDS = /\btilsyn|§\s*38\b/;

/** Sentences saying there is no administrative appeal (a ministry's department, or before the § 38 route). */
export const NO_APPEAL_SENTENCES = [
  /\bkan ikke (?:på)?klages?\b/,
  /\bikke klage over (?:afgørelsen|sagsbehandlingstiden)[^.]*\btil (?:en )?anden (?:forvaltnings|administrativ )?myndighed/,
  /\bingen (?:administrativ )?klageadgang\b/,
  /\bikke (?:nogen )?(?:administrativ )?klageadgang\b/,
  /\bkan ikke indbringes for (?:en )?anden (?:forvaltnings|administrativ )?myndighed/,
];

/**
 * Wrong whatever the case area: no body is the appeal body for all of an authority's decisions on access;
 * the appeal body is that of the case the request concerns (offentlighedslovens § 37, stk. 1).
 */
export const GENERIC_APPEAL_BODY_PHRASES = [
  /\bklageinstans(?:en)? for (?:alle )?(?:kommunens|kommunernes|regionens|regionernes) afgørelser om aktindsigt\b/g,
  /\bklageinstans(?:en)? for (?:afgørelser om )?aktindsigt (?:i|hos) (?:kommuner|kommunen|regioner|regionen)\b/g,
];

const DEADLINE_NUMBER = '(?:\\d+|en|et|to|tre|fire|fem|seks|otte|fjorten)';
/** Weeks, days and months; not working days, which are the authority's deadlines (§ 37, stk. 2, § 39). */
const DEADLINE_UNIT = '(?:uge|uger|dage|dages|måned|måneder|måneders)';

/** A complaint deadline stated to the requester; the deadline words are the group `d`. */
export const COMPLAINT_DEADLINES = [
  new RegExp(`\\bklagefrist(?:en)?\\s+(?:er|på)\\s+(?<d>${DEADLINE_NUMBER}\\s+${DEADLINE_UNIT})\\b`, 'g'),
  new RegExp(
    `\\bfrist(?:en)?\\s+(?:for|til)\\s+at\\s+klage\\s+(?:er|på)\\s+(?<d>${DEADLINE_NUMBER}\\s+${DEADLINE_UNIT})\\b`,
    'g',
  ),
  new RegExp(
    `\\bklage[nrs]?\\b[^.!?]*?\\b(?<d>(?:senest|inden(?:\\s+for)?)\\s+${DEADLINE_NUMBER}\\s+${DEADLINE_UNIT})\\b`,
    'g',
  ),
  new RegExp(
    `\\bklage[nrs]?\\b[^.!?]*?\\b(?<d>(?:senest|inden)\\s+(?:den\\s+)?\\d{1,2}\\.\\s*(?:${MONTHS})(?:\\s+\\d{4})?)`,
    'g',
  ),
];

/**
 * Sentences where a deadline is not one for the complaint the guidance is about: forwarding, saying there is
 * none, or Folketingets Ombudsmand's own deadline (ombudsmandsloven, not the route's law).
 */
export const NOT_A_COMPLAINT_DEADLINE =
  /videre|videresend|fastholde|ingen\s+(?:klage)?frist|ikke\s+(?:nogen\s+)?(?:klage)?frist|ombudsmand/;

/**
 * The 1985 offentlighedslov (lov nr. 572 af 19. december 1985), repealed on 1 January 2014 except for cases
 * under miljøoplysningsloven. "Forvaltningsloven af 1985" (lov nr. 571) is still in force, so a bare
 * "1985-loven" is not recognised.
 */
export const OFFL_1985_REFERENCES = [
  /\blov\s+nr\.\s*572\s+af\s+19\.\s*december\s+1985\b/g,
  /\blov\s+(?:nr\.\s*)?572\s*\/\s*1985\b/g,
  /\blov\s+om\s+offentlighed\s+i\s+forvaltningen,?\s+(?:af|fra)\s+(?:19\.\s*december\s+)?1985\b/g,
  /\boffentlighedslov(?:en|ens)?,?\s+(?:af|fra)\s+(?:19\.\s*december\s+)?1985\b/g,
  /\b1985-offentlighedslov(?:en|ens)?\b/g,
];

/**
 * Environmental information: decided under miljøoplysningsloven, which still refers to the 1985 act and
 * has its own deadlines (MOL § 4). A list of patterns (one shared constant for outdated-act and processing-time).
 */
export const ENVIRONMENTAL_INFORMATION = [/\bmiljøoplysning/, /\blov om aktindsigt i miljøoplysninger\b/];

/**
 * A consolidated act by number and date ("lovbekendtgørelse nr. 145 af 24. februar 2020", "LBK nr. 145 af
 * 24. februar 2020") or number and year ("lbk. 145/2020"): groups `nr`, `day`, `month`, `year`.
 */
export const CONSOLIDATION_REFERENCES = [
  new RegExp(
    `\\b(?:lovbekendtgørelse|lovbkg\\.|lbk\\.?)\\s+(?:nr\\.\\s*)?(?<nr>\\d+)\\s+af\\s+(?<day>\\d{1,2})\\.\\s*(?<month>${MONTHS})\\s+(?<year>\\d{4})\\b`,
    'g',
  ),
  /\b(?:lovbekendtgørelse|lovbkg\.|lbk\.?)\s+(?:nr\.\s*)?(?<nr>\d+)\s*\/\s*(?<year>\d{4})\b/g,
];

/** Names of our acts that a consolidation reference belongs to when one comes right before it. */
export const CONSOLIDATED_ACT_NAMES: { statute: 'offl' | 'fvl'; pattern: RegExp }[] = [
  { statute: 'offl', pattern: /offentlighedslov\w*|lov\s+om\s+offentlighed\s+i\s+forvaltningen|\boffl\b/g },
  { statute: 'fvl', pattern: /forvaltningslov\w*|\bfvl\b/g },
];

/**
 * How a decision mentions that the requester was told of the delay (offentlighedslovens § 36, stk. 2, 3. pkt.;
 * forvaltningslovens § 16, stk. 2, 3. pkt.): a paragraph with one of `told` and one of `delay` ("Vi skrev til
 * dig den 25. februar 2025, at vi ikke kunne nå at færdigbehandle ..."), or one of `names` ("vores fristbrev"),
 * unless it has one of `negations` ("vi har desværre ikke orienteret dig"). Used by processing-time, which
 * also counts a citation of OFL § 36, stk. 2 or FVL § 16, stk. 2 outside the legal basis.
 */
export const DELAY_NOTICE_MENTIONS = {
  told: [
    /\b(orienteret|orienterede|underrettet|underrettede|informeret|informerede)\b/,
    /\b(oplyst|meddelt) (dig|jer)\b/,
    /\b(oplyste|meddelte) (vi|dig|jer)\b/,
    /\b(skrev|skrevet|sendt|sendte) (til )?(dig|jer)\b/,
    /\b(vores|vort) (brev|e-mail|mail) (af|fra|den)\b/,
  ],
  delay: [
    /\blængere tid\b/,
    /\bikke (ville |vil )?(kunne|kan) nå\b/,
    /\bfrist(en|overskridelse\w*|forlængelse)?\b/,
    /\bforlæng\w*/,
    /\bforsink\w*/,
    /\b(sags)?behandlingstid\w*/,
    /\bforvent\w* (at )?(kunne )?(svare|besvare|træffe afgørelse|færdigbehandle|afgøre)\b/,
  ],
  names: [
    /\bfristbrev/,
    /\b(underretning|orientering|meddelelse) om (den )?(forlænget|forventet|længere) (sags)?behandlingstid/,
  ],
  negations: [
    /\b(ikke|aldrig) ([^ .]+ ){0,2}(orienteret|underrettet|informeret|meddelt|oplyst|skrevet til)\b/,
  ],
};

/**
 * anonymisation: labels right before a number that make it a registration, case, account or law number
 * ("CVR-nr. 12345678", "j.nr. 010125-1234", "lov nr. 606"), not a CPR or phone number. Matched against the
 * normalised text just before the number.
 */
export const NON_PERSONAL_NUMBER_LABELS = [
  /\b(cvr|se|p|ean|gln)[-. ]?(nr|nummer)\.?:?$/,
  /\b(cvr|ean|gln)\.?:?$/,
  /\b(j|journal|sags|dok|dokument|akt|bilag|reg|registrerings|konto|faktura|ordre|kunde|vare|løbe|matrikel|matr|ejendoms|bfe)\.? ?-?(nr|nummer|numre)\.?:?$/,
  /\b(lov|lbk|bek|lovbekendtgørelse|bekendtgørelse|cirkulære|vejledning)( nr\.?)?:?$/,
];

/** anonymisation: words before a number that say it is a phone number. */
export const PHONE_CONTEXT = /\b(tlf|telefon|mobil|ring|sms|fax)/;

/** anonymisation: local parts of an organisation's shared mailbox (post@, info@), not a person's address. */
export const SHARED_MAILBOXES =
  /^(post|postkasse|hovedpostkasse|postmodtagelse|kontakt|info|mail|sikkerpost|digitalpost|borgerservice|aktindsigt|sekretariat|sekretariatet|service|kundeservice|administration|klage|klager|raadhus|radhus|noreply|no-reply)$/;

/** anonymisation: public webmail domains, which never make an address the authority's by its domain. */
export const WEBMAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.dk',
  'live.dk',
  'live.com',
  'outlook.com',
  'outlook.dk',
  'msn.com',
  'yahoo.com',
  'yahoo.dk',
  'icloud.com',
  'me.com',
  'mail.dk',
  'email.dk',
  'jubii.dk',
  'get2net.dk',
  'youmail.dk',
  'ofir.dk',
  'privat.dk',
  'stofanet.dk',
  'protonmail.com',
  'proton.me',
];

/**
 * anonymisation: the words that lead into a contact detail ("på tlf.", "eller ringe på", "e-mail:"), stripped from the
 * end of the text before it to see whose it is. Matched repeatedly against the normalised text's end.
 */
export const CONTACT_LEAD_IN =
  /(?:[,:;(]|\b(?:på|via|pr\.?|tlf\.?|tlf\.nr\.?|telefon|telefonnummer|telefonnummeret|telefonnr\.?|mobil|mobilnummer|direkte|nummer|nummeret|hovednummer|hovednummeret|e-mail|e-mailadresse|e-mailadressen|email|mail|mailadresse|adresse|adressen|sikker post|ringe|ring|skrive|skriv|sende|send|kontakte|kontakt|er|eller|og|til|som))$/;

/**
 * anonymisation: how the text before a contact detail ends (after CONTACT_LEAD_IN is stripped) when the
 * detail is the authority's own or another public body's: "kontakte os på", "ringe til mig på",
 * "kommunens hovednummer", "Ankestyrelsen, tlf.". The authority's own names come from the letter and profile.
 */
export const AUTHORITY_REFERENCES = [
  /\b(os|vi|mig|vores|vort|undertegnede)$/,
  /(kommune|kommunen|region|regionen|styrelse|styrelsen|ministerium|ministeriet|direktorat|direktoratet|tilsyn|tilsynet|nævn|nævnet|sekretariat|sekretariatet|forvaltning|forvaltningen|afdeling|afdelingen|administration|administrationen|center|centret|centeret|enhed|enheden|borgerservice|ombudsmand|ombudsmanden|politi|politiet)s?$/,
];
