/**
 * Maintainers' importer for the statute data.
 *
 *   npm run law:build                         rebuild src/law/data/*.json from src/law/raw/*.md
 *   npm run law:import -- FILE                import an annotated file (the shared law folder's format)
 *   npm run law:import -- FILE.txt --statute offl --status "ordret, 1 kilde (retsinformation.dk, LBK nr. ...)"
 *                                             import a consolidated act pasted from Retsinformation as text
 *   npm run law:import -- FILE.txt --statute offl1985 --status "..." [--yes]
 *                                             the 1985 offentlighedslov as last amended: shows a word diff against
 *                                             §§ 1, 10 and 17 as held and stops unless confirmed
 *
 * After importing a new consolidated act, update its version and amendments in src/law/acts.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ACTS } from '../src/law/acts';
import { getStatute } from '../src/law/catalogue';
import {
  actMeta,
  buildAllStatutes,
  buildPinnedEditions,
  buildStatute,
  diffHeldSections,
  formatHeldDiff,
  HELD_VERBATIM,
  parseAnnotatedAct,
  parseRetsinformationText,
  toAnnotatedMarkdown,
} from '../src/law/import';
import type { RawAct } from '../src/law/import/raw-act';
import type { StatuteId } from '../src/law/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = join(root, 'src/law/raw');
const dataDir = join(root, 'src/law/data');

function writeData(): void {
  const read = (file: string) => readFileSync(join(rawDir, file), 'utf8');
  const statutes = [
    ...buildAllStatutes(read).map((statute) => ({ file: statute.id as string, statute })),
    ...buildPinnedEditions(read),
  ];
  for (const { file: name, statute } of statutes) {
    const file = join(dataDir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(statute, null, 2)}\n`);
    const held = statute.sections.filter((s) => s.subsections.length > 0).length;
    console.log(`${statute.name} (${statute.version.consolidation}): ${held} paragraphs -> ${file}`);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    statute: { type: 'string' },
    status: { type: 'string' },
    build: { type: 'boolean' },
    yes: { type: 'boolean' },
  },
});

/**
 * For an act with paragraphs held verbatim (the 1985 offentlighedslov: §§ 1, 10, 17), show the word diff of the
 * new text against them and go on only when the maintainer confirms (`--yes`, or "ja" at the prompt).
 */
async function confirmAgainstHeld(id: StatuteId, raw: RawAct): Promise<boolean> {
  const sections = HELD_VERBATIM[id];
  if (!sections) return true;
  const diffs = diffHeldSections(getStatute(id), raw, sections);
  console.log(
    `Word diff of the new text against the paragraphs held verbatim (${sections.map((s) => `§ ${s}`).join(', ')}):`,
  );
  console.log(formatHeldDiff(diffs));
  if (values.yes) return true;
  if (!process.stdin.isTTY) {
    console.error('Not imported: review the diff above, then run again with --yes to confirm.');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Replace the held text with the new one? Type "ja" to confirm: ');
  rl.close();
  return answer.trim().toLowerCase() === 'ja';
}

async function main(): Promise<void> {
  const file = positionals[0];
  if (values.build || !file) {
    writeData();
    return;
  }
  const text = readFileSync(file, 'utf8');
  const isAnnotated = /^## § /m.test(text);
  const id = (values.statute ?? ACTS.find((a) => a.rawFile === basename(file))?.id) as StatuteId | undefined;
  if (!id) throw new Error('Name the act with --statute offl|fvl|dbl|mol|offl1985');
  const meta = actMeta(id);
  let raw: RawAct;
  let out: string;
  if (isAnnotated) {
    raw = parseAnnotatedAct(text);
    out = text;
  } else {
    if (!values.status)
      throw new Error('Give the source and trust of a Retsinformation text with --status "..."');
    raw = parseRetsinformationText(text, values.status);
    out = toAnnotatedMarkdown(meta.title, raw);
  }
  buildStatute(raw, meta); // fail before writing anything (e.g. a paragraph not in acts.ts's list)
  if (!(await confirmAgainstHeld(id, raw))) {
    process.exitCode = 2;
    return;
  }
  writeFileSync(join(rawDir, meta.rawFile), out);
  writeData();
  console.log(`Imported ${file}. Check the version and amendments of ${id} in src/law/acts.ts.`);
  if (id === 'offl1985') {
    console.log(
      'For the 1985 act as last amended: in src/law/acts.ts set its sectionIds, structureComplete and lastSection to the new text, remove closedSections and the secondary provenanceOverrides, then run npm run docs and review docs/law-catalogue.md.',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
