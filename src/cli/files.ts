/**
 * The CLI's only contact with the file system: finding the letters under the paths given, and reading
 * each one's bytes. Nothing here writes.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS, LETTER_EXTENSIONS } from '../docx';
import { mb, READ_MESSAGES } from '../docx/errors';

/** A path to check, or the reason it cannot be (a path that does not exist, a folder that cannot be read). */
export type Target = { file: string } | { file: string; problem: string };

/** Folders are walked for letters and for old .doc files, which then get their reason printed. */
const WALKED = new Set<string>([...LETTER_EXTENSIONS, '.doc']);

function wanted(name: string): boolean {
  // Word's owner files ("~$brev.docx") and hidden files are not letters.
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && WALKED.has(name.slice(dot).toLowerCase());
}

function fsProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'Filen eller mappen findes ikke.';
  if (code === 'EACCES' || code === 'EPERM') return 'Adgang nægtet: filen eller mappen kan ikke læses.';
  if (code === 'EISDIR') return 'Det er en mappe, ikke en fil.';
  return `Filen kan ikke læses (${code ?? 'ukendt fejl'}).`;
}

async function walk(folder: string, out: Target[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ file: folder, problem: fsProblem(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed (no loops); links to files are read like files.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, out);
    } else if (wanted(entry.name)) {
      if (entry.isFile()) out.push({ file: path });
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (target?.isFile()) out.push({ file: path });
      }
    }
  }
}

/**
 * The files to check, in the order given, folders expanded (sorted by name). A file named explicitly is
 * read whatever its extension, so it gets a reason if it is not a letter.
 * @example await collectTargets(['breve/']) // [{ file: 'breve/a.docx' }, { file: 'breve/b.txt' }]
 */
export async function collectTargets(paths: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await lstat(path);
      if (info.isSymbolicLink()) info = await stat(path);
    } catch (error) {
      out.push({ file: path, problem: fsProblem(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path, out);
    else out.push({ file: path });
  }
  return out;
}

/** A file's bytes, or a Danish reason; files over the reader's size limit are refused without reading them. */
export async function readBytes(file: string): Promise<Uint8Array | { code: string; problem: string }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { code: 'fileSystem', problem: fsProblem({ code: 'EISDIR' }) };
    if (info.size > DEFAULT_LIMITS.maxInputBytes) {
      return {
        code: 'tooLarge',
        problem: READ_MESSAGES.tooLarge(mb(info.size), mb(DEFAULT_LIMITS.maxInputBytes)),
      };
    }
    const buffer = await readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    return { code: 'fileSystem', problem: fsProblem(error) };
  }
}
