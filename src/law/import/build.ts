/**
 * Combines a parsed raw act with its metadata (src/law/acts.ts) into the statute data the add-in uses:
 * provenance per stk., dated wordings derived from the amending acts, and the act's structure.
 */
import type { ActMeta, AmendmentChange } from '../acts';
import { statuteNames } from '../names';
import type { ItemText, Provenance, Section, Statute, Subsection, SubsectionVersion } from '../types';
import { parseStkList } from './annotated';
import { LawImportError, type RawAct, type RawSection, type RawSubsection } from './raw-act';

/**
 * Builds one statute's data.
 * @example buildStatute(parseAnnotatedAct(text), ACTS[0]).sections.length // 44
 */
export function buildStatute(raw: RawAct, meta: ActMeta): Statute {
  const names = statuteNames(meta.id);
  for (const section of raw.sections) {
    if (!meta.sectionIds.includes(section.id)) {
      throw new LawImportError(
        `${names.name} § ${section.id} (line ${section.line}) is not in the act's list of paragraphs (acts.ts)`,
      );
    }
  }
  const changes = meta.amendments.flatMap((a) => a.changes.map((c) => ({ amendment: a, change: c })));
  for (const { amendment, change } of changes) {
    const section = raw.sections.find((s) => s.id === change.section);
    if (!section?.subsections[change.subsection - 1]) {
      throw new LawImportError(
        `${amendment.act} changes ${names.name} § ${change.section}, stk. ${change.subsection}, which the raw text does not hold`,
      );
    }
  }

  const sections: Section[] = raw.sections.map((rawSection) => {
    const provenances = provenanceBySubsection(
      rawSection,
      meta,
      changes.map((c) => c.change),
    );
    const subsections: Subsection[] = rawSection.subsections.map((rawStk, index) => {
      const provenance = provenances[index] as Provenance;
      const current = toVersion(rawStk, provenance);
      const versions: SubsectionVersion[] = [current];
      for (const { amendment, change } of changes) {
        if (change.section !== rawSection.id || change.subsection !== rawStk.number) continue;
        current.amendedBy = amendment.act;
        if (!amendment.inForce) continue;
        current.from = amendment.inForce;
        if (change.kind === 'inserted-text') {
          versions.unshift(earlierVersion(rawSection, rawStk, change, amendment.inForce, provenance));
        }
      }
      return { number: rawStk.number, versions };
    });
    if (rawSection.restMissing) {
      const last = subsections[subsections.length - 1]?.versions[0];
      if (last) last.restMissing = true;
    }
    const section: Section = { id: rawSection.id, subsections, notes: rawSection.notes };
    const warnings = meta.warnings?.[rawSection.id];
    if (warnings) section.notes = [...warnings, ...section.notes];
    if (rawSection.repealed) section.repealed = true;
    if (meta.closedSections && !meta.closedSections.includes(rawSection.id)) section.open = true;
    return section;
  });

  const statute: Statute = {
    id: meta.id,
    title: meta.title,
    name: names.name,
    genitive: names.genitive,
    abbreviation: names.abbreviation,
    version: {
      consolidation: meta.consolidation,
      amendments: meta.amendments.map((a) =>
        a.inForce ? { act: a.act, inForce: a.inForce } : { act: a.act },
      ),
    },
    sectionIds: meta.sectionIds,
    structureComplete: meta.structureComplete,
    sections,
  };
  if (meta.lastSection) statute.lastSection = meta.lastSection;
  if (meta.quoteHeading) statute.quoteHeading = meta.quoteHeading;
  if (meta.secondarySource) statute.secondarySource = meta.secondarySource;
  return statute;
}

/** The shared law folder's mark for a text that is known to exist but not held. */
const NOT_FOUND = '**TEKST IKKE FUNDET**';
/** How the shared law folder marks where a source stops: "fremgangsm[...]". */
const CUT = '[...]';
/** How a part not held is shown in a subsection's text (never quoted; the quotation names it instead). */
export const NOT_HELD_MARK = '[TEKST IKKE FUNDET]';

/** Joins a subsection's parts the way the act prints them: intro, then each item on its own line. */
export function subsectionText(intro: string, items: ItemText[], tail?: string): string {
  const lines = [
    intro,
    ...items.map((i) => `${i.number}) ${i.partial === 'missing' ? NOT_HELD_MARK : i.text}`),
  ];
  if (tail) lines.push(tail);
  return lines.filter((l) => l !== '').join('\n');
}

function partialOf(text: string): 'truncated' | 'missing' | undefined {
  if (text === NOT_FOUND) return 'missing';
  if (text.endsWith(CUT)) return 'truncated';
  return undefined;
}

function toVersion(rawStk: RawSubsection, provenance: Provenance): SubsectionVersion {
  const introPartial = partialOf(rawStk.intro);
  const items: ItemText[] = rawStk.items.map((i) => {
    const partial = partialOf(i.text);
    if (!partial) return { ...i };
    return { number: i.number, text: partial === 'missing' ? '' : i.text, partial };
  });
  const intro = introPartial === 'missing' ? '' : rawStk.intro;
  const version: SubsectionVersion = {
    text: introPartial === 'missing' ? NOT_HELD_MARK : subsectionText(intro, items, rawStk.tail),
    intro,
    items,
    // A stk. the source marks as not found holds no text, whatever the paragraph's status line says.
    provenance: introPartial === 'missing' ? { ...provenance, status: 'missing' } : provenance,
  };
  if (introPartial) version.introPartial = introPartial;
  if (rawStk.tail) version.tail = rawStk.tail;
  return version;
}

function earlierVersion(
  section: RawSection,
  rawStk: RawSubsection,
  change: Extract<AmendmentChange, { kind: 'inserted-text' }>,
  until: string,
  provenance: Provenance,
): SubsectionVersion {
  const remove = (text: string): string => text.split(change.inserted).join('');
  const parts = [rawStk.intro, ...rawStk.items.map((i) => i.text), rawStk.tail ?? ''];
  const occurrences = parts.reduce((n, p) => n + p.split(change.inserted).length - 1, 0);
  if (occurrences !== 1) {
    throw new LawImportError(
      `§ ${section.id}, stk. ${rawStk.number}: the inserted text "${change.inserted}" occurs ${occurrences} times, expected once`,
    );
  }
  const earlier: RawSubsection = {
    number: rawStk.number,
    intro: remove(rawStk.intro),
    items: rawStk.items.map((i) => ({ number: i.number, text: remove(i.text) })),
  };
  if (rawStk.tail) earlier.tail = remove(rawStk.tail);
  const base: Provenance = {
    ...provenance,
    status: provenance.status === 'consolidated' ? 'verified' : provenance.status,
  };
  return { ...toVersion(earlier, base), until };
}

const SEGMENT_SCOPE = /^(begyndelsen af )?stk\. ([\d\-, og]+?)(?=\s+(?:ordret|begyndelsen)|:)/;

/**
 * Maps the status lines under a paragraph to a provenance per stk. Unrecognised wording is an error, so a
 * maintainer extends this function rather than the data silently claiming too much.
 */
function provenanceBySubsection(
  section: RawSection,
  meta: ActMeta,
  changes: AmendmentChange[],
): Provenance[] {
  const count = Math.max(section.subsections.length, 1);
  const override = meta.provenanceOverrides?.[section.id];
  const sources = section.notes;
  if (override) {
    return Array.from({ length: count }, () => ({ ...override, sources }));
  }
  if (section.statuses.length === 0) {
    throw new LawImportError(
      `§ ${section.id} (line ${section.line}) has no status line and no override in acts.ts`,
    );
  }
  const amended = new Set(changes.filter((c) => c.section === section.id).map((c) => c.subsection));
  const claims: {
    stk?: number[];
    partial: boolean;
    kind: 'verified' | 'consolidated' | 'secondary' | 'missing';
    sources?: number;
  }[] = [];
  for (const status of section.statuses) {
    for (const rawSegment of status.text.split(';')) {
      const segment = rawSegment.trim().replace(/\.$/, '');
      if (!segment) continue;
      const scope = SEGMENT_SCOPE.exec(segment);
      // A segment's own "stk. 3-5:" wins over the line's label ("Status stk. 2: ...; stk. 3-5: ...").
      const stk = scope ? parseStkList(scope[2] ?? '') : status.scope;
      claims.push({
        stk,
        partial: Boolean(scope?.[1]),
        kind: statusKind(segment, section),
        sources: sourceCount(segment),
      });
    }
  }
  const statusLine = section.statuses.map((s) => s.text).join(' ');
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const own = claims.filter((c) => c.stk?.includes(number));
    const general = claims.filter((c) => !c.stk);
    const applying = own.length > 0 && own.every((c) => !c.partial) ? own : [...own, ...general];
    if (applying.length === 0) {
      throw new LawImportError(`§ ${section.id}, stk. ${number}: no status line covers this stk.`);
    }
    const kinds = applying.map((c) => c.kind);
    let status: Provenance['status'] = kinds.includes('missing')
      ? 'missing'
      : kinds.includes('secondary')
        ? 'secondary'
        : 'verified';
    // "konsolideret af os" concerns the stk. the amending act changed; without one recorded, all of them.
    if (
      kinds.includes('consolidated') &&
      status === 'verified' &&
      (amended.size === 0 || amended.has(number))
    ) {
      status = 'consolidated';
    }
    const counts = applying.map((c) => c.sources).filter((n): n is number => n !== undefined);
    const provenance: Provenance = { status, statusLine, sources };
    if (counts.length > 0 && status !== 'missing') provenance.sourceCount = Math.min(...counts);
    return provenance;
  });
}

function statusKind(
  segment: string,
  section: RawSection,
): 'verified' | 'consolidated' | 'secondary' | 'missing' {
  if (/TEKST IKKE FUNDET|ikke fundet/i.test(segment)) return 'missing';
  if (/konsolideret af os/.test(segment)) return 'consolidated';
  if (/sekundær/.test(segment)) return 'secondary';
  if (/ordret|\d+ kilde/.test(segment)) return 'verified';
  throw new LawImportError(`§ ${section.id} (line ${section.line}): unrecognised status "${segment}"`);
}

/** "1 spejl + 2 håndbøger" -> 3; "1-2 kilder" -> 1; "begyndelsen 2 kilder, resten 1 kilde" -> 1. */
function sourceCount(segment: string): number | undefined {
  const text = segment
    .replace(/\(\+[^)]*\)/g, '')
    .replace(
      /(\d+) spejl\S* \+ (\d+) håndb\S*/g,
      (_, a: string, b: string) => `${Number(a) + Number(b)} kilder`,
    );
  const counts = [...text.matchAll(/(\d+)(?:-\d+)? kilde(?:r)?\b/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.min(...counts) : undefined;
}
