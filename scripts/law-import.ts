/**
 * Maintainers' importer for the statute data.
 *
 *   npm run law:build                         rebuild src/law/data/*.json from src/law/raw/*.md
 *   npm run law:import -- FILE                import an annotated file (the shared law folder's format)
 *   npm run law:import -- FILE.txt --statute offl --status "ordret, 1 kilde (retsinformation.dk, LBK nr. ...)"
 *                                             import a consolidated act pasted from Retsinformation as text
 *
 * After importing a new consolidated act, update its version and amendments in src/law/acts.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTS } from '../src/law/acts';
import {
  actMeta,
  buildAllStatutes,
  buildPinnedEditions,
  parseAnnotatedAct,
  parseRetsinformationText,
  toAnnotatedMarkdown,
} from '../src/law/import';
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
  options: { statute: { type: 'string' }, status: { type: 'string' }, build: { type: 'boolean' } },
});

try {
  const file = positionals[0];
  if (values.build || !file) {
    writeData();
  } else {
    const text = readFileSync(file, 'utf8');
    const isAnnotated = /^## § /m.test(text);
    const id = (values.statute ?? ACTS.find((a) => a.rawFile === basename(file))?.id) as
      StatuteId | undefined;
    if (!id) throw new Error('Name the act with --statute offl|fvl|dbl');
    const meta = actMeta(id);
    if (isAnnotated) {
      parseAnnotatedAct(text); // fail before writing anything
      writeFileSync(join(rawDir, meta.rawFile), text);
    } else {
      if (!values.status)
        throw new Error('Give the source and trust of a Retsinformation text with --status "..."');
      const raw = parseRetsinformationText(text, values.status);
      writeFileSync(join(rawDir, meta.rawFile), toAnnotatedMarkdown(meta.title, raw));
    }
    writeData();
    console.log(`Imported ${file}. Check the version and amendments of ${id} in src/law/acts.ts.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
