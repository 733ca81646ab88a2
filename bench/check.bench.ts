/**
 * The whole check (part detection, citations, every rule) on a 1,000- and a 10,000-paragraph letter built
 * from the fixture corpus: the seed letter's opening and closing parts around a body of reasoning, aktliste
 * rows and quotations taken from all the development letters. The check should be linear: the second
 * about ten times the first, and the first a few milliseconds.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench } from 'tinybench';
import { checkDocument } from '../src/check/check';
import type { DocumentSnapshot } from '../src/check/types';
import { EXAMPLE_PROFILE } from '../src/letter/profile';
import { loadLetterFixtures } from '../test/support/letter-fixtures';

export const title = 'checkDocument';

const SMALL = 'checkDocument, 1,000 paragraphs';
const LARGE = 'checkDocument, 10,000 paragraphs';

const fixtures = loadLetterFixtures(
  join(fileURLToPath(import.meta.url), '..', '..', 'test', 'fixtures', 'letters'),
);
const seed = fixtures.find((f) => f.file.startsWith('00-seed'));
if (!seed) throw new Error('seed fixture missing');
const body = fixtures.flatMap((f) =>
  f.paragraphs.filter((p) => p.part === 'reasoning' || p.part === 'document_list').map((p) => p.text),
);
const headEnd = seed.paragraphs.findIndex((p) => p.part === 'complaint_guidance');
const head = seed.paragraphs.slice(0, headEnd).map((p) => p.text);
const tail = seed.paragraphs.slice(headEnd).map((p) => p.text);

/** The seed's head and tail around `count` paragraphs in all. */
function letter(count: number): DocumentSnapshot {
  const middle = Array.from(
    { length: count - head.length - tail.length },
    (_, i) => body[i % body.length] ?? '',
  );
  return { paragraphs: [...head, ...middle, ...tail].map((text) => ({ text })) };
}

const letters: Record<string, DocumentSnapshot> = { [SMALL]: letter(1_000), [LARGE]: letter(10_000) };

/** Adds the two tasks. */
export function register(bench: Bench): void {
  for (const [name, snapshot] of Object.entries(letters)) {
    bench.add(name, () => {
      checkDocument(snapshot, { today: '2025-06-01', profile: EXAMPLE_PROFILE });
    });
  }
}

/** Prints the means, the letters' sizes and findings, and how the cost grows from 1,000 to 10,000 paragraphs. */
export function report(meanMs: (taskName: string) => number): void {
  for (const name of [SMALL, LARGE]) {
    const snapshot = letters[name] as DocumentSnapshot;
    const chars = snapshot.paragraphs.reduce((n, p) => n + p.text.length, 0);
    const findings = checkDocument(snapshot, { today: '2025-06-01', profile: EXAMPLE_PROFILE }).findings
      .length;
    console.log(
      `${name} (${chars.toLocaleString('en')} characters, ${findings} findings): ${meanMs(name).toFixed(2)} ms (mean)`,
    );
  }
  console.log(`ratio 10k/1k: ${(meanMs(LARGE) / meanMs(SMALL)).toFixed(2)} (linear = 10)`);
}
