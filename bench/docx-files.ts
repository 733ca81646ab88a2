/**
 * The files the .docx bench reads, built in memory from the letter corpus: 200 letters (the 41 fixture
 * letters, cycled, every other round with our content controls) and one 10,000-paragraph letter.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureToDocx } from '../test/support/letter-docx';
import { loadLetterFixtures, type LetterFixture } from '../test/support/letter-fixtures';

const root = join(fileURLToPath(import.meta.url), '..', '..');

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

function fixtures(): LetterFixture[] {
  const letters = join(root, 'test', 'fixtures', 'letters');
  return [...loadLetterFixtures(letters), ...loadLetterFixtures(join(letters, 'heldout'))];
}

/** 200 letters. */
export async function corpusFiles(count = 200): Promise<BenchFile[]> {
  const all = fixtures();
  const out: BenchFile[] = [];
  for (let i = 0; i < count; i++) {
    const fixture = all[i % all.length] as LetterFixture;
    const round = Math.floor(i / all.length);
    out.push({
      name: `${round}-${fixture.file.replace(/\.txt$/, '.docx')}`,
      bytes: await fixtureToDocx(fixture, { contentControls: round % 2 === 1 }),
    });
  }
  return out;
}

/** One letter of `paragraphs` paragraphs: a long letter's body repeated (its tables and tracked change too). */
export async function longLetter(paragraphs = 10_000): Promise<BenchFile> {
  const base = fixtures().find((f) => f.file.startsWith('05-')) as LetterFixture;
  const body = base.paragraphs.map((p) => ({ text: p.text, findings: [] }));
  const repeated = Array.from(
    { length: paragraphs },
    (_, i) => body[i % body.length] as (typeof body)[number],
  );
  const fixture: LetterFixture = { file: 'long.txt', header: base.header, paragraphs: repeated, parts: {} };
  return { name: `long-${paragraphs}.docx`, bytes: await fixtureToDocx(fixture) };
}
