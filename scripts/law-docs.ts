/** Writes docs/law-catalogue.md from the statute data (`npm run docs`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueStatutes, renderLawCatalogue } from '../src/law/catalogue-doc';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'law-catalogue.md');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderLawCatalogue(catalogueStatutes()));
console.log(`Wrote ${file}`);
