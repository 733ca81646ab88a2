/**
 * From a row's reason to grounds, in this order: (1) the citations in it ("offl. § 30, nr. 1", a bare
 * "§ 33, nr. 5" read in the request's act); (2) the reason vocabulary, the user's own first; (3) otherwise
 * the reason is unmapped. A reason is read segment by segment (lines and ";"), so "Internt dokument; private
 * forhold" gives two grounds. Pure.
 */
import { OFFL_2013_MARKS } from '../check/vocabulary-mol';
import { CATALOGUE } from '../grounds';
import type { Ground, RequestBasis } from '../grounds/types';
import { formatRef, parseCitations } from '../law/citations';
import { resolve } from '../law/resolve';
import type { LegalRef, StatuteId } from '../law/types';
import { normalise } from './grid';
import {
  REASON_VOCABULARY,
  type NoGroundReason,
  type ReasonTarget,
  type VocabularyEntry,
  type VocabularyRegime,
} from './vocabulary';

/** A ground a row relies on: a catalogue ground (`id`), or a provision that is not one ground. */
export interface RowGround {
  /** The catalogue id; absent for a bare paragraph with several grounds, or a provision that is no ground. */
  id?: string;
  ref: LegalRef;
  /** How it was found. */
  source: 'citation' | 'vocabulary' | 'user';
  /** The words it was read from. */
  text: string;
}

export type ReasonProblemCode =
  'nonexistentReference' | 'notAGround' | 'groundNotForBasis' | 'catchAll' | 'unmapped' | NoGroundReason;

export interface ReasonProblem {
  code: ReasonProblemCode;
  /** The reference or segment concerned. */
  detail: string;
}

export interface ReasonMapping {
  grounds: RowGround[];
  /** True when the reason says the document is outside the request. */
  outside: boolean;
  problems: ReasonProblem[];
  /** Segments neither a citation nor the vocabulary explains (catch-alls included). */
  unmapped: string[];
}

export interface MapOptions {
  basis: RequestBasis;
  /** The user's (or the administrator's) own wordings, consulted before the shipped vocabulary. */
  userVocabulary?: readonly VocabularyEntry[];
}

const COLUMN: Record<RequestBasis, VocabularyRegime> = {
  'offl-7': 'offl',
  'offl-8': 'offl',
  'fvl-9': 'fvl',
  mol: 'mol',
  'mol-party': 'molParty',
};

/** The act a bare "§ 30" means: the request's act (the 1985 act under miljøoplysningsloven). */
const DEFAULT_ACT: Record<RequestBasis, StatuteId> = {
  'offl-7': 'offl',
  'offl-8': 'offl',
  'fvl-9': 'fvl',
  mol: 'offl1985',
  'mol-party': 'fvl',
};

/**
 * A citation read under the request's regime: under miljøoplysningsloven "offentlighedsloven" is the 1985 act
 * (its § 6, stk. 2, as the check reads letters), unless the words mark the 2013 act ("offentlighedsloven af
 * 2013", "lov nr. 606 af 12. juni 2013"). The letter's own table writes "offl. 1985 § 7, nr. 1".
 * @example underRegime({ statute: 'offl', section: '7', item: 1 }, 'offl. 1985 § 7, nr. 1', 'mol').statute // "offl1985"
 */
function underRegime(ref: LegalRef, segment: string, regime: VocabularyRegime): LegalRef {
  if (ref.statute !== 'offl' || (regime !== 'mol' && regime !== 'molParty')) return ref;
  const lowered = segment.toLocaleLowerCase('da');
  if (OFFL_2013_MARKS.some((re) => re.test(lowered))) return ref;
  return { ...ref, statute: 'offl1985' };
}

/**
 * The vocabulary column that applies to a request basis.
 * @example regimeOf('fvl-9') // "fvl"
 */
export function regimeOf(basis: RequestBasis): VocabularyRegime {
  return COLUMN[basis];
}

/** A reference names a ground's provision when each level the ground names is the same or left out. */
function names(ref: LegalRef, ground: LegalRef): boolean {
  if (ref.statute !== ground.statute || ref.section !== ground.section) return false;
  if (ground.subsection !== undefined && ref.subsection !== undefined && ref.subsection !== ground.subsection)
    return false;
  // "§ 30, stk. 1, nr. 1" for a paragraph without stk.: stk. 1 is the paragraph itself.
  if (ground.subsection === undefined && ref.subsection !== undefined && ref.subsection !== 1) return false;
  if (ground.item !== undefined && ref.item !== undefined && ref.item !== ground.item) return false;
  return ground.sentence === undefined || ref.sentence === undefined || ref.sentence === ground.sentence;
}

/**
 * The catalogue grounds a reference names: one for "§ 30, nr. 1", several for a bare "§ 30". With a basis,
 * only the grounds for that basis, unless none is (then every ground it names, so the row can say why).
 * @example groundsNamed({ statute: 'offl', section: '30' }).map((g) => g.id) // ["offl-30-1", "offl-30-2"]
 */
export function groundsNamed(ref: LegalRef, basis?: RequestBasis): Ground[] {
  const named = CATALOGUE.filter((g) => g.refs[0] && names(ref, g.refs[0]));
  const forBasis = basis ? named.filter((g) => g.bases.includes(basis)) : named;
  return forBasis.length > 0 ? forBasis : named;
}

function groundOf(ref: LegalRef, source: RowGround['source'], text: string, basis: RequestBasis): RowGround {
  const named = groundsNamed(ref, basis);
  const ground: RowGround = { ref, source, text };
  if (named.length === 1 && named[0]) ground.id = named[0].id;
  return ground;
}

function segmentsOf(reason: string): string[] {
  return reason
    .split(/\r\n|\r|\n|;/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface PhraseIndex {
  exact: Map<string, ReasonTarget>;
  /** Wordings a longer reason may start with; a catch-all is matched only as itself ("Andet" is no prefix). */
  phrases: [string, ReasonTarget][];
}

function indexOf(entries: readonly VocabularyEntry[], regime: VocabularyRegime): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), phrases: [] };
  for (const entry of entries) {
    const target = entry.targets[regime];
    for (const phrase of entry.phrases) {
      const n = normalise(phrase);
      if (!n || index.exact.has(n)) continue;
      // A wording without a target under this regime still claims the wording: it is unmapped, not guessed.
      const value = target ?? { catchAll: true as const };
      index.exact.set(n, value);
      if (!target || !('catchAll' in target)) index.phrases.push([n, value]);
    }
  }
  index.phrases.sort((a, b) => b[0].length - a[0].length);
  return index;
}

const SHIPPED = new Map<VocabularyRegime, PhraseIndex>();

/** A segment's meaning by the vocabulary: the wording itself, else the longest wording it starts with. */
function lookUp(segment: string, index: PhraseIndex): ReasonTarget | undefined {
  const n = normalise(segment);
  if (!n) return undefined;
  const exact = index.exact.get(n);
  if (exact) return exact;
  // The catch-all wordings: "Andet (uddybes i afgørelsen)" anywhere, and AktBOB's "<kategori> - Andet ...".
  if (/\bandet uddybes\b/.test(n) || /\s[-–]\s*andet\b/iu.test(segment)) return { catchAll: true };
  return index.phrases.find(([phrase]) => n.startsWith(`${phrase} `))?.[1];
}

/**
 * The grounds a reason gives, with what could not be read.
 * @example mapReason('offl. § 30, nr. 1', { basis: 'offl-7' }).grounds[0].id // "offl-30-1"
 * @example mapReason('Internt dokument - ufærdigt arbejdsdokument', { basis: 'offl-7' }).grounds[0].id // "offl-23-1-1"
 * @example mapReason('Ikke omfattet af anmodningen', { basis: 'offl-7' }).outside // true
 */
export function mapReason(reason: string, options: MapOptions): ReasonMapping {
  const regime = regimeOf(options.basis);
  let shipped = SHIPPED.get(regime);
  if (!shipped) {
    shipped = indexOf(REASON_VOCABULARY, regime);
    SHIPPED.set(regime, shipped);
  }
  // A user's wording applies only where it has a target: it never hides the shipped wording elsewhere.
  const own = options.userVocabulary?.filter((entry) => entry.targets[regime] !== undefined) ?? [];
  const user = own.length > 0 ? indexOf(own, regime) : undefined;
  const result: ReasonMapping = { grounds: [], outside: false, problems: [], unmapped: [] };
  // Under miljøoplysningsloven a reference marked as the 2013 act is the second track's (offentlighedslovens § 7).
  const secondTrack = (g: Ground, ref: LegalRef) =>
    regime === 'mol' && ref.statute === 'offl' && g.bases.includes('offl-7');
  const add = (ground: RowGround) => {
    if (result.grounds.some((g) => formatRef(g.ref) === formatRef(ground.ref))) return;
    result.grounds.push(ground);
    const named = groundsNamed(ground.ref, options.basis);
    if (named.length === 0) {
      const kind = resolve(ground.ref).kind;
      result.problems.push({
        code: kind === 'not-found' ? 'nonexistentReference' : 'notAGround',
        detail: formatRef(ground.ref),
      });
    } else if (!named.some((g) => g.bases.includes(options.basis) || secondTrack(g, ground.ref))) {
      result.problems.push({ code: 'groundNotForBasis', detail: formatRef(ground.ref) });
    } else if (resolve(ground.ref).kind === 'not-found') {
      result.problems.push({ code: 'nonexistentReference', detail: formatRef(ground.ref) });
    }
  };
  for (const segment of segmentsOf(reason)) {
    const citations = parseCitations(segment, { defaultStatute: DEFAULT_ACT[options.basis] });
    if (citations.length > 0) {
      for (const c of citations) {
        add(groundOf(underRegime(c.ref, segment, regime), 'citation', c.text, options.basis));
      }
      continue;
    }
    const userTarget = user ? lookUp(segment, user) : undefined;
    const target = userTarget ?? lookUp(segment, shipped);
    const source = userTarget ? 'user' : 'vocabulary';
    if (!target) {
      result.unmapped.push(segment);
      result.problems.push({ code: 'unmapped', detail: segment });
    } else if ('outside' in target) {
      result.outside = true;
    } else if ('catchAll' in target) {
      result.unmapped.push(segment);
      result.problems.push({ code: 'catchAll', detail: segment });
    } else if ('noGround' in target) {
      // The law rules the wording out under this regime: the row says why, and the jurist picks the ground.
      result.unmapped.push(segment);
      result.problems.push({ code: target.noGround, detail: segment });
    } else if ('ground' in target || 'grounds' in target) {
      const wanted = 'ground' in target ? [target.ground] : target.grounds;
      const grounds = CATALOGUE.filter((g) => wanted.includes(g.id));
      for (const ground of grounds) {
        if (ground.refs[0]) add({ id: ground.id, ref: ground.refs[0], source, text: segment });
      }
      if (grounds.length === 0) {
        result.unmapped.push(segment);
        result.problems.push({ code: 'unmapped', detail: segment });
      }
    } else {
      add(groundOf(target.paragraph, source, segment, options.basis));
    }
  }
  if (result.outside) {
    // A document outside the request gets no ground (its other words are not reasons for withholding it).
    result.grounds = [];
    result.problems = [];
    result.unmapped = [];
  }
  return result;
}
