/** Letters the end-to-end tests open in the preview: fixture letters of the corpus, written as .docx. */
import { resolve } from 'node:path';
import { fixtureToDocx } from '../../support/letter-docx';
import { loadLetterFixtures, type LetterFixture } from '../../support/letter-fixtures';
import { writeUpload } from './browser';

const LETTERS = resolve(import.meta.dirname, '../../fixtures/letters');

/** A fixture letter of test/fixtures/letters by the start of its file name ("11-"). */
export function fixture(prefix: string): LetterFixture {
  const found = loadLetterFixtures(LETTERS).find((f) => f.file.startsWith(prefix));
  if (!found) throw new Error(`no fixture letter ${prefix}*`);
  return found;
}

/** The fixture letter as a .docx file on disk (header, Heading 2 headings, tables), for the file chooser. */
export async function fixtureDocx(prefix: string, name = `${prefix}brev.docx`): Promise<string> {
  return writeUpload(name, await fixtureToDocx(fixture(prefix)));
}
