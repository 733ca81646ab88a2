/**
 * The importer's pure entry points: raw texts in, statute data out. File access lives in
 * scripts/law-import.ts so this stays usable in the browser and in tests.
 */
import { ACTS, PINNED_EDITIONS, type ActMeta } from '../acts';
import type { Statute, StatuteId } from '../types';
import { parseAnnotatedAct } from './annotated';
import { buildStatute } from './build';
import type { RawAct } from './raw-act';

export { parseAnnotatedAct } from './annotated';
export { parseRetsinformationText } from './retsinformation';
export { buildStatute } from './build';
export { LawImportError } from './raw-act';
export { diffHeldSections, formatHeldDiff, HELD_VERBATIM } from './held-diff';

/** The metadata of one act. */
export function actMeta(id: StatuteId): ActMeta {
  const meta = ACTS.find((a) => a.id === id);
  if (!meta) throw new Error(`No act metadata for ${id}`);
  return meta;
}

/**
 * Builds every act's data from its raw annotated text.
 * @example buildAllStatutes((file) => readFileSync(`src/law/raw/${file}`, 'utf8'))
 */
export function buildAllStatutes(readRaw: (rawFile: string) => string): Statute[] {
  return ACTS.map((meta) => buildStatute(parseAnnotatedAct(readRaw(meta.rawFile)), meta));
}

/**
 * Builds the pinned editions (src/law/acts.ts, `PINNED_EDITIONS`), keyed by their data file name.
 * @example buildPinnedEditions(read)[0].file // "fvl-2012"
 */
export function buildPinnedEditions(
  readRaw: (rawFile: string) => string,
): { file: string; statute: Statute }[] {
  return PINNED_EDITIONS.map((meta) => ({
    file: meta.dataFile ?? meta.id,
    statute: buildStatute(parseAnnotatedAct(readRaw(meta.rawFile)), meta),
  }));
}

/** Writes a raw act back as an annotated file, the form kept in src/law/raw. */
export function toAnnotatedMarkdown(title: string, raw: RawAct): string {
  const out = [`# ${title}`, ''];
  for (const section of raw.sections) {
    out.push(`## § ${section.id}`);
    if (section.repealed) out.push('(Ophævet)');
    section.subsections.forEach((stk) => {
      const lines = [stk.intro, ...stk.items.map((i) => `${i.number}) ${i.text}`)];
      if (stk.tail) lines.push(stk.tail);
      if (stk.number > 1) {
        out.push('');
        lines[0] = `Stk. ${stk.number}. ${lines[0]}`;
      }
      out.push(...lines.filter((l) => l !== ''));
    });
    out.push('');
    for (const status of section.statuses) out.push(`*Status: ${status.text}*`);
    out.push('');
  }
  return out.join('\n');
}
