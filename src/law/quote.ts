/**
 * The legal-basis quotation ("Uddrag af relevante regler"): the paragraphs a letter relies on, quoted whole
 * and verbatim from the statute data, grouped per act, in the law's order, each once.
 *
 * Under a regime that pins an act (miljøoplysningsloven: forvaltningsloven as LBK 988/2012), that act is quoted
 * in the pinned wording under a heading naming it. Where we hold only part of a paragraph (the 1985
 * offentlighedslov), nothing we do not hold is ever inserted:
 * - a text held only from a secondary source is quoted as a marked extract ("Uddrag") of its opening words and
 *   the nr. relied on, and only when those are whole; the note names the parts not held;
 * - a text not held (or cut off "[...]") is replaced by a visible placeholder that says which text is missing,
 *   unless the jurist has supplied it for this letter, in which case it is quoted and marked as supplied.
 */
import { findSection, versionOn } from './catalogue';
import { compareSectionIds, formatRef } from './citations';
import { REGIMES, statuteIn } from './regime';
import { resolve, resolveOptions, type ResolveOptions } from './resolve';
import type { LegalRef, Provenance, Section, Statute, StatuteId, SubsectionVersion } from './types';

/**
 * A paragraph's text supplied by the jurist for one letter (pasted from Retsinformation), where the law data
 * does not hold it whole. Kept in the letter's decision, quoted as given and marked as supplied by the user.
 */
export interface SuppliedText {
  statute: StatuteId;
  /** "2", "4 a". */
  section: string;
  /** The paragraph as pasted: "§ 2. ..." then "Stk. 2. ..." lines (a missing "§ N." is added). */
  text: string;
  /** Where it was copied from, as the jurist names it: "retsinformation.dk, lov nr. 572 af 19. december 1985". */
  source?: string;
}

export interface QuoteOptions extends ResolveOptions {
  supplied?: SuppliedText[];
}

export interface QuotedSection {
  statute: StatuteId;
  sectionId: string;
  /** "§ 7. Enhver kan ...", then "1) ..." and "Stk. 2. ..." lines, exactly as the act prints them. */
  lines: string[];
  /** Provenance of each stk. quoted, in order. */
  provenance: Provenance[];
  /**
   * `whole` (default when absent): the whole paragraph; `extract`: opening words and the nr. relied on of a
   * text held only from a secondary source; `supplied`: the jurist's text; `missing`: no lines, only the note.
   */
  kind?: 'whole' | 'extract' | 'supplied' | 'missing';
  /** A Danish note shown after the lines (not law): what is not quoted and why, or who supplied the text. */
  note?: string;
}

export interface QuoteGroup {
  statute: StatuteId;
  /** "Uddrag af offentlighedsloven (lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved ...)". */
  heading: string;
  sections: QuotedSection[];
}

/** A reference that is not quoted, or quoted with a caveat, with the reason in Danish. */
export interface QuoteProblem {
  ref: LegalRef;
  kind: 'not-found' | 'not-in-force' | 'repealed' | 'text-missing' | 'unknown' | 'secondary' | 'supplied';
  message: string;
}

export interface QuoteBlock {
  groups: QuoteGroup[];
  /** References left out (missing text, non-existent) and texts quoted from secondary sources. */
  problems: QuoteProblem[];
}

/** Danish notes and messages of the quotation, by id. */
export const QUOTE_TEXTS = {
  /** `refs` ends with its comma where Danish wants one ("§ 2, stk. 1, 1. pkt., er"). */
  missingPlaceholder: (refs: string, version: string) =>
    `[Ordlyden af ${refs} er ikke med i lovdata: indsæt den fra ${version}]`,
  missingProblem: (refs: string) =>
    `Ordlyden af ${refs} er ikke med i lovdata og er ikke citeret. Indsæt den fra retsinformation.dk som sagsbehandlerens egen tekst, eller fjern henvisningen.`,
  extractNote: (parts: string) =>
    `(Uddrag. Ikke gengivet, fordi ordlyden ikke foreligger i en kontrolleret kilde: ${parts}.)`,
  extractProblem: (ref: string, source: string) =>
    `Teksten til ${ref} er kun set i en sekundær kilde (${source}) og er indsat som uddrag. Kontrollér den mod retsinformation.dk, før brevet sendes.`,
  suppliedNote: (ref: string, source?: string) =>
    `(Ordlyden af ${ref} er indsat af sagsbehandleren${source ? ` efter ${source}` : ''}.)`,
  suppliedProblem: (ref: string) =>
    `Ordlyden af ${ref} er indsat af sagsbehandleren og er ikke kontrolleret mod lovdata.`,
  suppliedIgnored: (ref: string) =>
    `Den indsatte ordlyd af ${ref} er ikke brugt, fordi lovdata har hele paragraffens ordlyd.`,
} as const;

/**
 * The version line of an act on a date: the consolidation and the amending acts in force by then.
 * @example versionText(getStatute('offl'), '2025-01-10') // "lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024"
 */
export function versionText(statute: Statute, date?: string): string {
  const amendments = statute.version.amendments
    .filter((a) => !date || !a.inForce || a.inForce <= date)
    .map((a) => a.act);
  if (amendments.length === 0) return statute.version.consolidation;
  const list =
    amendments.length === 1
      ? amendments[0]
      : `${amendments.slice(0, -1).join(', ')} og ${amendments[amendments.length - 1]}`;
  return `${statute.version.consolidation}, som ændret ved ${list}`;
}

/**
 * The heading of an act's part of the quotation.
 * @example quoteHeading(getStatute('offl1985')) // "Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985 med senere ændringer, jf. miljøoplysningslovens § 6, stk. 2"
 */
export function quoteHeading(statute: Statute, date?: string): string {
  return statute.quoteHeading ?? `Uddrag af ${statute.name} (${versionText(statute, date)})`;
}

/** True when every stk. of the paragraph in force is held whole and its structure is known. */
function heldWhole(section: Section, date?: string): boolean {
  if (section.open || section.subsections.length === 0) return false;
  return section.subsections.every((stk) => {
    const v = versionOn(stk.versions, date);
    return !v || (!v.introPartial && !v.restMissing && v.items.every((i) => !i.partial));
  });
}

/** A Danish list: ["a", "b", "c"] -> "a, b og c". */
function danishList(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/** The parts of a paragraph we do not hold, in Danish, one entry per stk.: "stk. 1, nr. 3 og 6 og resten af nr. 4". */
function partsNotHeld(section: Section, date?: string): string[] {
  const parts: string[] = [];
  const many = section.subsections.length > 1;
  for (const stk of section.subsections) {
    const v = versionOn(stk.versions, date);
    if (!v) continue;
    const stkLabel = many ? `stk. ${stk.number}` : '';
    if (v.introPartial === 'missing') {
      parts.push(stkLabel || `§ ${section.id}`);
      continue;
    }
    const inStk: string[] = [];
    if (v.introPartial === 'truncated') inStk.push('resten af indledningen');
    const missing = v.items.filter((i) => i.partial === 'missing').map((i) => String(i.number));
    if (missing.length > 0) inStk.push(`nr. ${danishList(missing)}`);
    for (const item of v.items.filter((i) => i.partial === 'truncated'))
      inStk.push(`resten af nr. ${item.number}`);
    if (v.restMissing) inStk.push('resten');
    if (inStk.length > 0) parts.push([stkLabel, danishList(inStk)].filter(Boolean).join(', '));
  }
  return parts;
}

interface Wanted {
  refs: LegalRef[];
}

/**
 * The quotation block for the references a letter relies on. Whole paragraphs are quoted (every stk. in
 * force on the date), each once, in the law's order (under `mol`: miljøoplysningsloven, the 1985 act, the
 * pinned forvaltningslov, then any 2013 act of a second track); a text we do not hold is never inserted.
 * @example quoteBlock([{ statute: 'offl', section: '30', item: 1 }], '2025-03-01').groups[0].sections[0].lines[0]
 * // "§ 30. Retten til aktindsigt omfatter ikke oplysninger om"
 */
export function quoteBlock(refs: LegalRef[], dateOrOptions?: string | QuoteOptions): QuoteBlock {
  const options: QuoteOptions = resolveOptions(dateOrOptions);
  const { date, regime } = options;
  const problems: QuoteProblem[] = [];
  const wanted = new Map<StatuteId, Map<string, Wanted>>();
  const want = (ref: LegalRef) => {
    const ids = wanted.get(ref.statute) ?? new Map<string, Wanted>();
    const entry = ids.get(ref.section) ?? { refs: [] };
    entry.refs.push(ref);
    ids.set(ref.section, entry);
    wanted.set(ref.statute, ids);
  };
  const supplied = (ref: LegalRef) =>
    options.supplied?.find((s) => s.statute === ref.statute && s.section === ref.section && s.text.trim());

  for (const ref of refs) {
    const resolution = resolve(ref, options);
    if (resolution.kind === 'found') {
      want(ref);
      continue;
    }
    // A paragraph that exists but is held only in part may still be quoted as an extract or as supplied.
    if (resolution.kind === 'text-missing') {
      const section = findSection(statuteIn(ref.statute, regime), ref.section);
      // Placeholder, extract or supplied text for a paragraph whose heading the data holds (the 1985 act).
      if (section || supplied(ref)) {
        want(ref);
        continue;
      }
    }
    problems.push({ ref, kind: resolution.kind, message: resolution.message });
  }

  const groups: QuoteGroup[] = [];
  const order = REGIMES[regime ?? 'offl'].quoteOrder;
  for (const statuteId of order) {
    const ids = wanted.get(statuteId);
    if (!ids) continue;
    const statute = statuteIn(statuteId, regime);
    const sections = [...ids.keys()]
      .sort(compareSectionIds)
      .map((id) => quoteSection(statute, id, ids.get(id)?.refs ?? [], options, problems));
    groups.push({ statute: statuteId, heading: quoteHeading(statute, date), sections });
  }
  return { groups, problems };
}

function quoteSection(
  statute: Statute,
  sectionId: string,
  refs: LegalRef[],
  options: QuoteOptions,
  problems: QuoteProblem[],
): QuotedSection {
  const { date } = options;
  const section = findSection(statute, sectionId);
  const sectionRef: LegalRef = { statute: statute.id, section: sectionId };
  const label = formatRef(sectionRef);
  const own = options.supplied?.find(
    (s) => s.statute === statute.id && s.section === sectionId && s.text.trim(),
  );

  if (section && heldWhole(section, date)) {
    if (own)
      problems.push({ ref: sectionRef, kind: 'supplied', message: QUOTE_TEXTS.suppliedIgnored(label) });
    const quoted = wholeSection(statute.id, section, date);
    if (quoted.provenance.some((p) => p.status === 'secondary')) {
      problems.push({
        ref: sectionRef,
        kind: 'secondary',
        message: `Teksten til ${label} er kun set i en sekundær kilde. Kontrollér den mod retsinformation.dk, før brevet sendes.`,
      });
    }
    return quoted;
  }

  if (own) {
    const lines = own.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines[0] !== undefined && !lines[0].startsWith('§')) lines[0] = `§ ${sectionId}. ${lines[0]}`;
    problems.push({ ref: sectionRef, kind: 'supplied', message: QUOTE_TEXTS.suppliedProblem(label) });
    return {
      statute: statute.id,
      sectionId,
      lines,
      provenance: [],
      kind: 'supplied',
      note: QUOTE_TEXTS.suppliedNote(label, own.source?.trim() || undefined),
    };
  }

  const extract = section ? extractOf(statute, section, refs, date) : undefined;
  if (extract) {
    problems.push({
      ref: sectionRef,
      kind: 'secondary',
      message: QUOTE_TEXTS.extractProblem(label, statute.secondarySource ?? 'en sekundær kilde'),
    });
    return extract;
  }

  const last = refs[refs.length - 1];
  const comma =
    last && (last.subsection !== undefined || last.item !== undefined || last.sentence !== undefined)
      ? ','
      : '';
  const named = `${danishList(uniqueFormatted(refs))}${comma}`;
  problems.push({ ref: sectionRef, kind: 'text-missing', message: QUOTE_TEXTS.missingProblem(named) });
  return {
    statute: statute.id,
    sectionId,
    lines: [],
    provenance: [],
    kind: 'missing',
    note: QUOTE_TEXTS.missingPlaceholder(named, statute.version.consolidation),
  };
}

function uniqueFormatted(refs: LegalRef[]): string[] {
  return [...new Set(refs.map(formatRef))];
}

function wholeSection(statuteId: StatuteId, section: Section, date?: string): QuotedSection {
  const lines: string[] = [];
  const provenance: Provenance[] = [];
  let first = true;
  for (const stk of section.subsections) {
    const version = versionOn(stk.versions, date);
    if (!version) continue;
    const [head = '', ...rest] = version.text.split('\n');
    lines.push(`${first ? `§ ${section.id}.` : `Stk. ${stk.number}.`} ${head}`, ...rest);
    provenance.push(version.provenance);
    first = false;
  }
  return { statute: statuteId, sectionId: section.id, lines, provenance };
}

/**
 * The marked extract of a paragraph held only in part: for each stk. relied on, its opening words and the nr.
 * relied on, when all of them are held whole and the reference names a nr. (a whole stk. held in part cannot
 * be quoted). Undefined when any part relied on is not held whole.
 */
function extractOf(
  statute: Statute,
  section: Section,
  refs: LegalRef[],
  date?: string,
): QuotedSection | undefined {
  const byStk = new Map<number, Set<number>>();
  for (const ref of refs) {
    if (ref.item === undefined || ref.sentence !== undefined) return undefined;
    const stk = ref.subsection ?? 1;
    const items = byStk.get(stk) ?? new Set<number>();
    items.add(ref.item);
    byStk.set(stk, items);
  }
  const lines: string[] = [];
  const provenance: Provenance[] = [];
  for (const [number, items] of [...byStk.entries()].sort((a, b) => a[0] - b[0])) {
    const stk = section.subsections.find((s) => s.number === number);
    const version: SubsectionVersion | undefined = stk ? versionOn(stk.versions, date) : undefined;
    if (!version || version.introPartial || !version.intro) return undefined;
    const chosen = [...items].sort((a, b) => a - b).map((n) => version.items.find((i) => i.number === n));
    if (chosen.some((i) => !i || i.partial)) return undefined;
    // The first stk. carries the paragraph's number, as the act prints it.
    if (number !== 1 && lines.length === 0) lines.push(`§ ${section.id}.`);
    lines.push(`${number === 1 ? `§ ${section.id}.` : `Stk. ${number}.`} ${version.intro}`);
    for (const item of chosen) if (item) lines.push(`${item.number}) ${item.text}`);
    provenance.push(version.provenance);
  }
  const notHeld = partsNotHeld(section, date);
  return {
    statute: statute.id,
    sectionId: section.id,
    lines,
    provenance,
    kind: 'extract',
    note: QUOTE_TEXTS.extractNote(notHeld.length > 0 ? notHeld.join('; ') : 'resten af paragraffen'),
  };
}

/**
 * The block as paragraphs to insert: per act its heading, then its paragraphs' lines and notes.
 * @example quoteLines(quoteBlock([{ statute: 'offl', section: '7' }]))[0] // "Uddrag af offentlighedsloven (...)"
 */
export function quoteLines(block: QuoteBlock): string[] {
  return block.groups.flatMap((g) => [
    g.heading,
    ...g.sections.flatMap((s) => (s.note ? [...s.lines, s.note] : s.lines)),
  ]);
}
