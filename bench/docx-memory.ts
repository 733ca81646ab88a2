/**
 * Peak memory of one reader, in a process of its own (`tsx bench/docx-memory.ts ours|mammoth|baseline DIR`):
 * reads every file in DIR into memory, runs the reader over them all (ours: read + full check; mammoth:
 * extractRawText), and prints the process's peak resident set size in MB. The baseline only loads the
 * files, so the difference is the reader's own peak.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { checkDocument } from '../src/check/check';
import { readLetter } from '../src/docx';

const [mode, dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: docx-memory.ts ours|mammoth|baseline DIR');
const files = readdirSync(dir)
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
for (const file of files) {
  if (mode === 'ours')
    checkDocument(readLetter(file.bytes, { fileName: file.name }), { today: '2025-06-01' });
  else if (mode === 'mammoth') await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
}
console.log(JSON.stringify({ mode, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
