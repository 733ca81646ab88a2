/**
 * The legal-basis quotation ("Uddrag af relevante regler"): the paragraphs a letter relies on, quoted whole
 * and verbatim from the statute data, grouped per act, in the law's order, each once.
 */
import { findSection, getStatute, STATUTES, versionOn } from './catalogue';
import { compareSectionIds, formatRef } from './citations';
import { resolve } from './resolve';
import type { LegalRef, Provenance, Statute, StatuteId } from './types';

export interface QuotedSection {
  statute: StatuteId;
  sectionId: string;
  /** "§ 7. Enhver kan ...", then "1) ..." and "Stk. 2. ..." lines, exactly as the act prints them. */
  lines: string[];
  /** Provenance of each stk. quoted, in order. */
  provenance: Provenance[];
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
  kind: 'not-found' | 'not-in-force' | 'repealed' | 'text-missing' | 'unknown' | 'secondary';
  message: string;
}

export interface QuoteBlock {
  groups: QuoteGroup[];
  /** References left out (missing text, non-existent) and texts quoted from secondary sources. */
  problems: QuoteProblem[];
}

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
 * The quotation block for the references a letter relies on. Whole paragraphs are quoted (every stk. in
 * force on `date`), each once, in the law's order; a text we do not hold is never inserted.
 * @example quoteBlock([{ statute: 'offl', section: '30', item: 1 }], '2025-03-01').groups[0].sections[0].lines[0]
 * // "§ 30. Retten til aktindsigt omfatter ikke oplysninger om"
 */
export function quoteBlock(refs: LegalRef[], date?: string): QuoteBlock {
  const problems: QuoteProblem[] = [];
  const wanted = new Map<StatuteId, Set<string>>();
  for (const ref of refs) {
    const resolution = resolve(ref, date);
    if (resolution.kind !== 'found') {
      problems.push({ ref, kind: resolution.kind, message: resolution.message });
      continue;
    }
    const ids = wanted.get(ref.statute) ?? new Set<string>();
    ids.add(ref.section);
    wanted.set(ref.statute, ids);
  }

  const groups: QuoteGroup[] = [];
  for (const statute of STATUTES) {
    const ids = wanted.get(statute.id);
    if (!ids) continue;
    const sections = [...ids].sort(compareSectionIds).map((id) => quoteSection(statute.id, id, date));
    for (const section of sections) {
      if (section.provenance.some((p) => p.status === 'secondary')) {
        const ref = { statute: statute.id, section: section.sectionId };
        problems.push({
          ref,
          kind: 'secondary',
          message: `Teksten til ${formatRef(ref)} er kun set i en sekundær kilde. Kontrollér den mod retsinformation.dk, før brevet sendes.`,
        });
      }
    }
    groups.push({
      statute: statute.id,
      heading: `Uddrag af ${statute.name} (${versionText(statute, date)})`,
      sections,
    });
  }
  return { groups, problems };
}

function quoteSection(statuteId: StatuteId, sectionId: string, date?: string): QuotedSection {
  const section = findSection(getStatute(statuteId), sectionId);
  const lines: string[] = [];
  const provenance: Provenance[] = [];
  let first = true;
  for (const stk of section?.subsections ?? []) {
    const version = versionOn(stk.versions, date);
    if (!version) continue;
    const [head = '', ...rest] = version.text.split('\n');
    lines.push(`${first ? `§ ${sectionId}.` : `Stk. ${stk.number}.`} ${head}`, ...rest);
    provenance.push(version.provenance);
    first = false;
  }
  return { statute: statuteId, sectionId, lines, provenance };
}

/**
 * The block as paragraphs to insert: per act its heading, then its paragraphs' lines.
 * @example quoteLines(quoteBlock([{ statute: 'offl', section: '7' }]))[0] // "Uddrag af offentlighedsloven (...)"
 */
export function quoteLines(block: QuoteBlock): string[] {
  return block.groups.flatMap((g) => [g.heading, ...g.sections.flatMap((s) => s.lines)]);
}
