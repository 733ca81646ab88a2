/** Writes docs/check-rules.md from the checker's rules (`npm run docs`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/check/registry';
import { renderRulesDoc } from '../src/check/rules-doc';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'check-rules.md');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderRulesDoc(RULES));
console.log(`Wrote ${file}`);
