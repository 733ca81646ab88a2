/** Writes docs/grounds-catalogue.md from the grounds catalogue (`npm run docs`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../src/grounds/index';
import { renderGroundsCatalogue } from '../src/grounds/catalogue-doc';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'grounds-catalogue.md');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderGroundsCatalogue(CATALOGUE));
console.log(`Wrote ${file}`);
