/**
 * The reader: bytes of a .docx, flat OPC XML, .txt or .md letter in, a `DocumentSnapshot` out, or a
 * `ReadError` with a Danish reason. Takes bytes, never a path: it runs in Node and in the browser, and it
 * never writes anywhere.
 */
import type { DocumentSnapshot } from '../check/types';
import { compoundKind, looksLikeCompoundFile } from './cfb';
import { mb, readError } from './errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readXml } from './flat-opc';
import { ZipPackage } from './package';
import { readText } from './text';
import { readPackage } from './word-package';
import { looksLikeZip } from './zip';

/** Flat OPC alone, without the zip code: import it from './flat-opc' where the zip is not needed (Word). */
export { readFlatOpc } from './flat-opc';

export type InputFormat = 'docx' | 'xml' | 'text' | 'markdown';

export interface ReadOptions {
  /** The file's name; its extension decides between text, Markdown and XML when the bytes do not. */
  fileName?: string;
  /** Overrides detection. */
  format?: InputFormat;
  limits?: Partial<ReadLimits>;
}

/** Extensions the reader knows, for callers that pick files from a folder. */
export const LETTER_EXTENSIONS = ['.docx', '.txt', '.md'] as const;

function extensionOf(fileName: string | undefined): string {
  if (!fileName) return '';
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** The first non-blank character after a byte-order mark is `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  while (
    at < bytes.length &&
    at < 1024 &&
    (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)
  ) {
    at++;
  }
  return bytes[at] === 0x3c;
}

/**
 * Which reader a file needs.
 * @example detectFormat(docxBytes, 'brev.docx') // "docx"
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): InputFormat | 'compound' | undefined {
  if (looksLikeCompoundFile(bytes)) return 'compound';
  if (looksLikeZip(bytes)) return 'docx';
  const extension = extensionOf(fileName);
  if (extension === '.txt') return 'text';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.docx' || extension === '.docm' || extension === '.dotx') return 'docx';
  if (looksLikeXml(bytes)) return 'xml';
  return fileName === undefined ? 'text' : undefined;
}

/**
 * Reads a letter.
 * @example readLetter(new TextEncoder().encode('Vi afslår din anmodning.'), { fileName: 'brev.txt' }).paragraphs[0].text
 */
export function readLetter(bytes: Uint8Array, options: ReadOptions = {}): DocumentSnapshot {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length === 0) throw readError('empty');
  if (bytes.length > limits.maxInputBytes)
    throw readError('tooLarge', mb(bytes.length), mb(limits.maxInputBytes));
  const format = options.format ?? detectFormat(bytes, options.fileName);
  switch (format) {
    case 'compound': {
      const kind = compoundKind(bytes);
      if (kind === 'encrypted') throw readError('encrypted');
      if (kind === 'doc') throw readError('legacyDoc');
      if (kind === 'other') throw readError('otherCompound');
      throw readError('damagedCompound');
    }
    case 'docx':
      if (!looksLikeZip(bytes)) throw readError('notZip');
      return readPackage(new ZipPackage(bytes, limits), limits);
    case 'xml':
      return readXml(bytes, limits);
    case 'text':
      return readText(bytes, false, limits);
    case 'markdown':
      return readText(bytes, true, limits);
    default:
      throw readError('unknownFormat', options.fileName ?? '');
  }
}
