/** Writes docs/law-catalogue.md from the statute data (`npm run docs`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATUTES } from '../src/law/catalogue';
import { renderLawCatalogue } from '../src/law/catalogue-doc';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'law-catalogue.md');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderLawCatalogue(STATUTES));
console.log(`Wrote ${file}`);
