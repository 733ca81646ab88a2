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
  decision: [/^afgørelse(n)?$/, /^afgørelse om aktindsigt$/, /^vores afgørelse$/, /^resultat$/],
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
    /^uddrag af (\w+loven|lov om)/,
    /^bilag:? (uddrag af )?(relevante )?regler/,
  ],
  complaint_guidance: [
    /^klagevejledning$/,
    /^vejledning om klageadgang$/,
    /^klageadgang$/,
    /^klagemulighed(er)?$/,
    /^hvis du vil klage$/,
    /^vejledning om klage$/,
  ],
};

/** Sentences that state the outcome. Ordered: the first pattern that matches a non-negated sentence wins. */
export const OUTCOME_PATTERNS: { outcome: Outcome; pattern: RegExp }[] = [
  { outcome: 'partial', pattern: /\b(delvis|delvist) (aktindsigt|imødekomme)/ },
  {
    outcome: 'partial',
    pattern: /\bimødekommer (vi )?(derfor )?(din anmodning )?(om aktindsigt )?delvist\b/,
  },
  { outcome: 'partial', pattern: /\bimødekommes delvist\b/ },
  { outcome: 'partial', pattern: /\bdelvist? (at )?imødekomme\b/ },
  { outcome: 'dismissal', pattern: /\bafvis(er|es|t)\b.*\banmodning/ },
  { outcome: 'dismissal', pattern: /\banmodning\w*\b.*\bafvis(es|t)\b/ },
  { outcome: 'refusal', pattern: /\bafslå(r|s)?\b.*\banmodning/ },
  { outcome: 'refusal', pattern: /\banmodning\w*\b.*\b(afslås|afslået)\b/ },
  { outcome: 'refusal', pattern: /\bkan ikke imødekommes\b/ },
  { outcome: 'refusal', pattern: /\b(giver|gives|meddeler|meddeles) (dig )?(ikke|ingen) aktindsigt\b/ },
  { outcome: 'refusal', pattern: /\bfår (du )?ikke aktindsigt\b/ },
  { outcome: 'grant', pattern: /\bimødekommer\b.*\banmodning/ },
  { outcome: 'grant', pattern: /\banmodning\w*\b.*\bimødekommes\b/ },
  {
    outcome: 'grant',
    pattern: /\b(får|gives|giver vi dig|meddeles|meddeler vi dig) (du )?(fuld )?aktindsigt\b/,
  },
  { outcome: 'grant', pattern: /\bbesluttet at give dig (fuld )?aktindsigt\b/ },
];

/** A sentence with one of these before the outcome words does not state that outcome. */
export const NEGATIONS = [/\b(ikke|ingen|intet)\b[^.]*\b(afslag|afvis)/];

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
  /\b(anmodet|anmoder|bedt|beder) om aktindsigt\b/,
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
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}
