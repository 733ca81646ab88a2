/**
 * Recognising the act a citation names, before the "§" ("offentlighedslovens § 30", "offl. § 30",
 * "lovens § 14") or after it ("§ 7 i offentlighedsloven"), and acts named on their own, which set the
 * context for later bare references. Acts we do not know are recognised too, so that "retsplejelovens § 41"
 * never becomes a reference to offentlighedsloven.
 */
import { STATUTE_NAMES } from './names';
import type { Tokens } from './citation-tokens';
import type { StatuteId } from './types';

/**
 * What an act name refers to:
 * - `statute`: one of ours;
 * - `context`: "lovens", "samme lov", "i loven": the act named last;
 * - `foreign`: an act or instrument we do not know. `setsContext` tells whether naming it without a
 *   reference makes it the act of later bare references: true for Danish acts by name, false for EU
 *   instruments, executive orders and acts cited by number, which a letter names in passing.
 */
export type ActMention =
  { kind: 'statute'; statute: StatuteId } | { kind: 'context' } | { kind: 'foreign'; setsContext: boolean };

export interface ActMatch {
  act: ActMention;
  /** Token index of the first token of the name, and one past its last. */
  start: number;
  end: number;
}

/** Every form of our acts' names, lower-case, abbreviations without their period. */
const OUR_NAMES: ReadonlyMap<string, StatuteId> = new Map<string, StatuteId>([
  ...STATUTE_NAMES.flatMap((n): [string, StatuteId][] => [
    [n.name, n.id],
    [n.genitive, n.id],
    [n.abbreviation.replace(/\.$/, ''), n.id],
    // "den nye offentlighedslov", "forvaltningslov" (the act's own short title).
    [n.name.replace(/en$/, ''), n.id],
  ]),
  ['ofl', 'offl'],
]);

/** Our abbreviations, which take a period ("offl."): the period belongs to the name. */
const ABBREVIATIONS = new Set(STATUTE_NAMES.map((n) => n.abbreviation.replace(/\.$/, '')).concat(['ofl']));

/** Lower-case abbreviations of acts we do not know, recognised only right before a "§". */
const FOREIGN_ABBREVIATIONS = new Set(['rpl', 'strfl', 'pdl', 'ksl']);

const CONTEXT_WORDS = new Set(['loven', 'lovens', 'lov', 'lovs']);
const CONTEXT_DETERMINERS = new Set(['samme', 'denne', 'nævnte', 'ovennævnte']);

/**
 * Names of acts we do not know, by their ending: Danish acts by their definite name ("retsplejeloven",
 * "straffelovens"), EU instruments ("databeskyttelsesforordningen") and executive orders. One expression,
 * since it is tested on nearly every word.
 */
const FOREIGN_NAME =
  /(?:lovens?|(?:forordning|direktiv|konvention|traktat)(?:en|ens|et|ets|s)?|bekendtgørelse(?:n|ns|s)?)$/;
/** "orloven" (leave) is the one common word that looks like an act. */
const NOT_AN_ACT = /orlovens?$/;

const CONTEXT: ActMention = { kind: 'context' };
const DANISH_FOREIGN: ActMention = { kind: 'foreign', setsContext: true };
const OTHER_FOREIGN: ActMention = { kind: 'foreign', setsContext: false };

/** The title that "lov om ..." must continue with to mean offentlighedsloven. */
const OFFL_TITLE = ['offentlighed', 'i', 'forvaltningen'];

/** Words `readAct` reads besides the acts' own names. */
const ACT_WORDS = new Set([
  ...CONTEXT_WORDS,
  ...CONTEXT_DETERMINERS,
  ...FOREIGN_ABBREVIATIONS,
  ...OFFL_TITLE,
  'om',
  'nr',
]);

/**
 * Whether `readAct` may use a word, given lower-cased and whether it was written in capitals; the
 * tokenizer drops the others.
 * @example isActWord('retsplejeloven', false) // true
 */
export function isActWord(word: string, upper: boolean): boolean {
  return upper || OUR_NAMES.has(word) || ACT_WORDS.has(word) || FOREIGN_NAME.test(word);
}

function wordAt(tokens: Tokens, i: number): string | undefined {
  return tokens.kind(i) === 'word' ? tokens.value(i) : undefined;
}

function periodAt(tokens: Tokens, i: number): boolean {
  return tokens.is(i, 'punct', '.');
}

/**
 * The act named at token `i`, if any. `markFollows` tells whether the name is directly followed by a
 * "§": only then are bare upper-case abbreviations ("RPL § 41") read as an act, since elsewhere they
 * are just as likely to be other words in capitals.
 * @example
 * const tokens = tokenize('offl. § 30', () => true);
 * readAct(tokens, 0, (at) => tokens.kind(at) === 'mark') // { act: { kind: 'statute', statute: 'offl' }, start: 0, end: 2 }
 */
export function readAct(
  tokens: Tokens,
  i: number,
  markFollows: (at: number) => boolean,
): ActMatch | undefined {
  const w = wordAt(tokens, i);
  if (w === undefined) return undefined;
  const next = wordAt(tokens, i + 1);
  if (CONTEXT_DETERMINERS.has(w) && next !== undefined && CONTEXT_WORDS.has(next)) {
    return { act: CONTEXT, start: i, end: i + 2 };
  }
  if (w === 'lov') {
    if (next === 'om') {
      const isOffl = OFFL_TITLE.every((word, k) => wordAt(tokens, i + 2 + k) === word);
      return isOffl
        ? { act: { kind: 'statute', statute: 'offl' }, start: i, end: i + 2 + OFFL_TITLE.length }
        : { act: DANISH_FOREIGN, start: i, end: i + 2 };
    }
    // "lov nr. 606 af ...": an act cited by number; which one is beyond a citation parser.
    if (next === 'nr') return { act: OTHER_FOREIGN, start: i, end: i + 1 };
  }
  if (CONTEXT_WORDS.has(w) && w !== 'lov') return { act: CONTEXT, start: i, end: i + 1 };

  const statute = OUR_NAMES.get(w);
  if (statute) {
    const end = ABBREVIATIONS.has(w) && periodAt(tokens, i + 1) ? i + 2 : i + 1;
    return { act: { kind: 'statute', statute }, start: i, end };
  }
  const foreign = FOREIGN_NAME.exec(w)?.[0];
  if (foreign?.startsWith('lov')) {
    // At least three letters before "loven": "lovens" alone is the context, read above.
    if (w.length >= foreign.length + 3 && !NOT_AN_ACT.test(w)) {
      return { act: DANISH_FOREIGN, start: i, end: i + 1 };
    }
  } else if (foreign) {
    return { act: OTHER_FOREIGN, start: i, end: i + 1 };
  }

  const isAbbreviation = FOREIGN_ABBREVIATIONS.has(w) || (tokens.upper(i) && w.length <= 8);
  const end = periodAt(tokens, i + 1) ? i + 2 : i + 1;
  if (isAbbreviation && markFollows(end)) return { act: DANISH_FOREIGN, start: i, end };
  return undefined;
}
