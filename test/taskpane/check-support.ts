/** Letters for the check view's tests, loaded into the preview's in-memory document. */
import { join } from 'node:path';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile } from '../../src/letter/types';
import { MemoryDocument, MemoryPort } from '../../src/preview/memory-port';
import { loadLetterFixtures } from '../support/letter-fixtures';

const fixtures = loadLetterFixtures(join(import.meta.dirname, '../fixtures/letters'));

/** The paragraphs of a corpus letter, by the start of its file name. */
export function letter(prefix: string): string[] {
  const found = fixtures.find((f) => f.file.startsWith(prefix));
  if (!found) throw new Error(`fixture ${prefix} missing`);
  return found.paragraphs.map((p) => p.text);
}

/** An in-memory document holding a corpus letter, and the port over it. */
export function memoryLetter(prefix: string): { doc: MemoryDocument; port: MemoryPort } {
  const doc = new MemoryDocument(letter(prefix).map((text) => ({ text })));
  return { doc, port: new MemoryPort(doc) };
}

/** Vesterå Kommune's profile for letter 11: one case area, Dagtilbud, on the § 38 route. */
export const VESTERAA: AuthorityProfile = {
  ...EXAMPLE_PROFILE,
  name: 'Vesterå Kommune',
  unit: 'Dagtilbud',
  caseAreas: [{ id: 'dagtilbud', name: 'Dagtilbud', supervisionRoute: true }],
};
