/**
 * Writes the letter corpus as files (`npm run corpus [-- --out DIR]`, default corpus/): each fixture letter in
 * test/fixtures/letters (and heldout/) as a realistic .docx (letterhead in the page header, Heading 2
 * part headings, the aktliste as a table, a tracked change, a page-number footer), as plain text, and under
 * tagged/ as the add-in writes it (our content controls). For trying the CLI by hand:
 * `npx aktindsigt-check corpus/`. The tests and the bench build the same letters in memory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fixtureText, fixtureToDocx } from '../test/support/letter-docx';
import { loadLetterFixtures } from '../test/support/letter-fixtures';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(root, 'corpus');
const letters = join(root, 'test', 'fixtures', 'letters');

mkdirSync(join(out, 'tagged'), { recursive: true });
let count = 0;
for (const fixture of [...loadLetterFixtures(letters), ...loadLetterFixtures(join(letters, 'heldout'))]) {
  const base = fixture.file.replace(/\.txt$/, '');
  writeFileSync(join(out, `${base}.docx`), await fixtureToDocx(fixture));
  writeFileSync(join(out, `${base}.txt`), fixtureText(fixture));
  writeFileSync(join(out, 'tagged', `${base}.docx`), await fixtureToDocx(fixture, { contentControls: true }));
  count++;
}
console.log(`${count} letters written to ${out} (.docx, .txt and tagged/*.docx)`);
