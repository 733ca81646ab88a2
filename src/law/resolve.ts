/**
 * Resolves a legal reference against the statute data: the text in force on a date with its provenance,
 * or a typed reason why there is none. "Does not exist" is only said when the act's structure shows it.
 */
import { findSection, versionOn } from './catalogue';
import { compareSectionIds, formatRef } from './citations';
import { danishDate } from './dates';
import { type RegimeId, statuteIn } from './regime';
import { splitSentences } from './sentences';
import type { LegalRef, Provenance, Section, Statute, SubsectionVersion } from './types';

export interface ResolvedSubsection {
  number: number;
  version: SubsectionVersion;
}

export type Resolution =
  | {
      kind: 'found';
      ref: LegalRef;
      statute: Statute;
      section: Section;
      /** The subsections in force on the date (all of the paragraph's when the reference names none). */
      subsections: ResolvedSubsection[];
      /** The text of exactly the part referred to (a paragraph, a stk., an item or a sentence). */
      text: string;
      /** The weakest provenance among the parts referred to. */
      provenance: Provenance;
    }
  /** The act's structure shows the reference does not exist (e.g. "§ 30, nr. 3", "§ 45"). */
  | {
      kind: 'not-found';
      ref: LegalRef;
      level: 'section' | 'subsection' | 'item' | 'sentence';
      message: string;
    }
  /** It exists in another wording of the act, but not on the date asked. */
  | { kind: 'not-in-force'; ref: LegalRef; message: string; from?: string; until?: string }
  | { kind: 'repealed'; ref: LegalRef; message: string }
  /** It exists, but we hold no text for it. */
  | { kind: 'text-missing'; ref: LegalRef; message: string }
  /** We do not know the act's structure there: it may or may not exist. */
  | { kind: 'unknown'; ref: LegalRef; message: string };

const STATUS_RANK: Record<Provenance['status'], number> = {
  verified: 0,
  consolidated: 1,
  secondary: 2,
  missing: 3,
};

/** The weaker of several provenances (missing < secondary < consolidated < verified; then fewer sources). */
export function weakestProvenance(provenances: Provenance[]): Provenance {
  return provenances.reduce((weakest, p) => {
    const rank = STATUS_RANK[p.status] - STATUS_RANK[weakest.status];
    if (rank !== 0) return rank > 0 ? p : weakest;
    return (p.sourceCount ?? 0) < (weakest.sourceCount ?? 0) ? p : weakest;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Numbers as a Danish range list: [1, 2] -> "1-2", [1] -> "1". */
function span(count: number): string {
  return count === 1 ? '1' : `1-${count}`;
}

/** What a reference is resolved against: the letter's date and the regime the request is decided under. */
export interface ResolveOptions {
  /** ISO date; default: the wording in force now. Ignored for an act the regime pins to an edition. */
  date?: string;
  /** Default `offl` (today's acts). Under `mol`, forvaltningsloven is LBK 988/2012 (regime.ts). */
  regime?: RegimeId;
}

/**
 * `resolve`'s second argument: a date (as before regimes existed) or the options.
 * @example resolveOptions('2025-01-01') // { date: '2025-01-01' }
 */
export function resolveOptions(dateOrOptions?: string | ResolveOptions): ResolveOptions {
  if (dateOrOptions === undefined) return {};
  return typeof dateOrOptions === 'string' ? { date: dateOrOptions } : dateOrOptions;
}

/** "Kun dele af teksten": the parts of a stk. we do not hold, or undefined when we hold it whole. */
function incompleteness(version: SubsectionVersion, open: boolean, itemsToo: boolean): string | undefined {
  if (version.introPartial === 'missing') return 'teksten er ikke med i lovdata';
  if (version.introPartial === 'truncated') return 'kun begyndelsen af teksten er med i lovdata';
  if (version.restMissing) return 'kun begyndelsen af teksten er med i lovdata';
  if (itemsToo && version.items.some((i) => i.partial !== undefined))
    return 'kun dele af teksten er med i lovdata';
  if (itemsToo && open) return 'det kan ikke afgøres, om teksten i lovdata er hele teksten';
  return undefined;
}

/**
 * Resolves a reference on a date (ISO; default: the wording in force now), or with options naming the regime.
 * @example resolve({ statute: 'offl', section: '30', item: 3 }).kind // "not-found"
 * @example resolve({ statute: 'fvl', section: '15', subsection: 1, item: 4 }, { regime: 'mol' }).statute.version.consolidation
 * // "lovbekendtgørelse nr. 988 af 9. oktober 2012"
 */
export function resolve(ref: LegalRef, dateOrOptions?: string | ResolveOptions): Resolution {
  const options = resolveOptions(dateOrOptions);
  const statute = statuteIn(ref.statute, options.regime);
  const date = options.date;
  const label = capitalise(formatRef(ref));
  const sectionLabel = capitalise(formatRef({ statute: ref.statute, section: ref.section }));
  const section = findSection(statute, ref.section);

  if (!section) {
    if (statute.sectionIds.includes(ref.section)) {
      return {
        kind: 'text-missing',
        ref,
        message: `${sectionLabel} findes, men teksten er ikke med i lovdata.`,
      };
    }
    if (statute.lastSection && compareSectionIds(ref.section, statute.lastSection) > 0) {
      return {
        kind: 'not-found',
        ref,
        level: 'section',
        message: `${sectionLabel} findes ikke: ${statute.name} slutter med § ${statute.lastSection}.`,
      };
    }
    if (statute.structureComplete) {
      return {
        kind: 'not-found',
        ref,
        level: 'section',
        message: `${sectionLabel} findes ikke i ${statute.name}.`,
      };
    }
    return {
      kind: 'unknown',
      ref,
      message: `${sectionLabel}: teksten er ikke med i lovdata, og det kan ikke afgøres, om paragraffen findes.`,
    };
  }
  if (section.repealed) return { kind: 'repealed', ref, message: `${sectionLabel} er ophævet.` };
  if (section.subsections.length === 0) {
    return {
      kind: 'text-missing',
      ref,
      message: `${sectionLabel} findes, men teksten er ikke med i lovdata.`,
    };
  }

  // "§ 30, nr. 1" names no stk.: it means the first (and usually only) one.
  const stkNumber = ref.subsection ?? (ref.item !== undefined || ref.sentence !== undefined ? 1 : undefined);
  const inForce: ResolvedSubsection[] = [];
  for (const stk of section.subsections) {
    const version = versionOn(stk.versions, date);
    if (version) inForce.push({ number: stk.number, version });
  }

  if (stkNumber === undefined) {
    if (inForce.length === 0)
      return { kind: 'not-in-force', ref, message: `${label} var ikke i kraft på datoen.` };
    const gap = section.open
      ? 'det kan ikke afgøres, om paragraffens tekst i lovdata er hele paragraffen'
      : inForce.map((s) => incompleteness(s.version, false, true)).find((g) => g !== undefined);
    if (gap) return { kind: 'text-missing', ref, message: `${label}: ${gap}.` };
    return found(ref, statute, section, inForce, inForce.map((s) => s.version.text).join('\n'));
  }

  const stk = section.subsections.find((s) => s.number === stkNumber);
  if (!stk && section.open) {
    return {
      kind: 'unknown',
      ref,
      message: `${label}: teksten er ikke med i lovdata, og det kan ikke afgøres, om stykket findes.`,
    };
  }
  if (!stk) {
    return {
      kind: 'not-found',
      ref,
      level: 'subsection',
      message: `${label} findes ikke: § ${section.id} har ${section.subsections.length === 1 ? 'kun ét stk.' : `stk. ${span(section.subsections.length)}.`}`,
    };
  }
  const version = versionOn(stk.versions, date);
  if (!version) {
    const from = stk.versions[0]?.from;
    const until = stk.versions[stk.versions.length - 1]?.until;
    const when = from
      ? ` (gælder fra ${danishDate(from)})`
      : until
        ? ` (gjaldt til ${danishDate(until)})`
        : '';
    const result: Resolution = {
      kind: 'not-in-force',
      ref,
      message: `${label} var ikke i kraft${date ? ` den ${danishDate(date)}` : ''}${when}.`,
    };
    if (from) result.from = from;
    if (until) result.until = until;
    return result;
  }
  const resolved = [{ number: stk.number, version }];

  const stkGap = incompleteness(version, Boolean(section.open), ref.item === undefined);
  if (stkGap && (ref.item === undefined || version.introPartial === 'missing')) {
    return { kind: 'text-missing', ref, message: `${label}: ${stkGap}.` };
  }
  let text = version.text;
  if (ref.item !== undefined) {
    const item = version.items.find((i) => i.number === ref.item);
    if (!item && section.open) {
      return {
        kind: 'unknown',
        ref,
        message: `${label}: teksten er ikke med i lovdata, og det kan ikke afgøres, om nummeret findes.`,
      };
    }
    if (item?.partial) {
      const what =
        item.partial === 'missing'
          ? 'teksten er ikke med i lovdata'
          : 'kun begyndelsen af teksten er med i lovdata';
      return { kind: 'text-missing', ref, message: `${label}: ${what}.` };
    }
    if (!item) {
      const has = version.items.length === 0 ? 'ingen numre' : `nr. ${span(version.items.length)}`;
      const where =
        ref.subsection !== undefined || section.subsections.length > 1
          ? `stk. ${stk.number}`
          : `§ ${section.id}`;
      return { kind: 'not-found', ref, level: 'item', message: `${label} findes ikke: ${where} har ${has}.` };
    }
    text = item.text;
  }
  if (ref.sentence !== undefined) {
    const sentences = splitSentences(text);
    const sentence = sentences[ref.sentence - 1];
    if (!sentence) {
      return {
        kind: 'not-found',
        ref,
        level: 'sentence',
        message: `${label} findes ikke: teksten har ${sentences.length === 1 ? 'kun ét punktum' : `${sentences.length} punktummer`}.`,
      };
    }
    text = sentence;
  }
  return found(ref, statute, section, resolved, text);
}

function found(
  ref: LegalRef,
  statute: Statute,
  section: Section,
  subsections: ResolvedSubsection[],
  text: string,
): Resolution {
  const provenance = weakestProvenance(subsections.map((s) => s.version.provenance));
  return { kind: 'found', ref, statute, section, subsections, text, provenance };
}
