/**
 * Plain-text (.txt) and Markdown (.md) letters: UTF-8 with or without a byte-order mark, UTF-16 with one,
 * or Windows-1252 (what Notepad and older systems save) when the bytes are not valid UTF-8. Every line
 * with text is a paragraph. In Markdown, `#` headings become heading levels, bullets list labels, and a
 * line wholly in bold or italics loses its markers.
 */
import type { DocumentSnapshot, SnapshotParagraph } from '../check/types';
import { readError } from './errors';
import type { ReadLimits } from './limits';

/**
 * Decodes text bytes.
 * @example decodeText(new Uint8Array([0x72, 0xe5])) // "rå" (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw readError('binaryText');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function markdownParagraph(line: string): SnapshotParagraph | undefined {
  const trimmed = line.trim();
  // Rules and table separator rows are layout.
  if (/^([-*_])(\s*\1){2,}$/.test(trimmed) || /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(trimmed)) {
    return undefined;
  }
  const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed);
  if (heading) return { text: unwrapEmphasis(heading[2] ?? ''), headingLevel: (heading[1] ?? '#').length };
  const bullet = /^[-*+]\s+(.*)$/.exec(trimmed);
  if (bullet) return { text: bullet[1] ?? '', listLabel: '•' };
  return { text: unwrapEmphasis(line) };
}

/** `**Afgørelse**` -> `Afgørelse`: a line in bold is how Markdown letters mark a heading. */
function unwrapEmphasis(text: string): string {
  const m = /^\s*(\*\*|__|\*|_)(.+)\1\s*$/.exec(text);
  return m ? (m[2] ?? '') : text;
}

/**
 * Reads a plain-text or Markdown letter.
 * @example readText(new TextEncoder().encode('Afgørelse\n\nVi afslår.'), false, DEFAULT_LIMITS).paragraphs.length // 2
 */
export function readText(bytes: Uint8Array, markdown: boolean, limits: ReadLimits): DocumentSnapshot {
  const text = decodeText(bytes);
  if (text.length > limits.maxTextChars) throw readError('textTooLong', limits.maxTextChars);
  const paragraphs: SnapshotParagraph[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (line.length > limits.maxParagraphChars) {
      throw readError('paragraphTooLong', paragraphs.length + 1, limits.maxParagraphChars);
    }
    const paragraph = markdown ? markdownParagraph(line) : { text: line };
    if (!paragraph) continue;
    if (paragraphs.length >= limits.maxParagraphs) throw readError('tooManyParagraphs', limits.maxParagraphs);
    paragraphs.push(paragraph);
  }
  return { paragraphs };
}
