/** Reading and checking one letter file, shared by the plain run and the --aktliste run. */
import { checkDocument, type CheckOptions } from '../check/check';
import { readLetter, ReadError } from '../docx';
import { readBytes } from './files';
import type { FileResult } from './report';

/** Reads and checks one file; never throws (a failure is the file's result). */
export async function checkFile(file: string, check: CheckOptions): Promise<FileResult> {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return { file, error: { code: bytes.code, message: bytes.problem } };
  try {
    const snapshot = readLetter(bytes, { fileName: file });
    return { file, snapshot, report: checkDocument(snapshot, check) };
  } catch (error) {
    if (error instanceof ReadError) return { file, error: { code: error.code, message: error.message } };
    // A bug in the checker must not stop the other files; the file counts as not checked.
    const detail = error instanceof Error ? error.message : String(error);
    return { file, error: { code: 'internal', message: `Uventet fejl under kontrollen: ${detail}` } };
  }
}
