/**
 * The reader: bytes of a .docx, flat OPC XML, .txt or .md letter in, a `DocumentSnapshot` out, or a
 * `ReadError` with a Danish reason. Takes bytes, never a path: it runs in Node and in the browser, and it
 * never writes anywhere.
 */
import type { DocumentSnapshot, Region } from '../check/types';
import { compoundKind, looksLikeCompoundFile } from './cfb';
import { mb, readError } from './errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { rootElement, wordNames } from './names';
import { Numbering } from './numbering';
import { FlatPackage, wordParts, ZipPackage, type PackageParts } from './package';
import { readStyles, type StyleSheet } from './styles';
import { readText } from './text';
import { ParagraphCollector } from './wordml';
import { attrOf, childrenOf, decodeXmlBytes, nameOf, parseXml, type XmlNode } from './xml';
import { looksLikeZip } from './zip';

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

/**
 * Reads flat OPC XML as Word's `getOoxml()` returns it (or a bare `w:document`), so Word and the CLI share
 * one reader.
 * @example readFlatOpc(await range.getOoxml()).paragraphs
 */
export function readFlatOpc(xml: string, limits: Partial<ReadLimits> = {}): DocumentSnapshot {
  return readXml(xml, { ...DEFAULT_LIMITS, ...limits });
}

function readXml(source: string | Uint8Array, limits: ReadLimits): DocumentSnapshot {
  const xml = typeof source === 'string' ? source : decodeXmlBytes(source);
  if (xml.length > limits.maxPartBytes) {
    throw readError('partTooLarge', 'XML', mb(xml.length), mb(limits.maxPartBytes));
  }
  const nodes = parseXml(xml, 'XML', limits);
  const root = rootElement(nodes);
  if (!root) throw readError('notWordXml');
  if (FlatPackage.isPackage(root)) return readPackage(new FlatPackage(root), limits);
  if ((nameOf(root) ?? '').split(':').pop() === 'document') {
    const collector = new ParagraphCollector(readStyles(undefined), new Numbering(() => undefined), limits);
    collector.addPart(root, 'body');
    return snapshotOf(collector);
  }
  throw readError('notWordXml');
}

/** Relationship ids of the headers and footers the sections use, in document order, each once. */
function sectionReferences(document: XmlNode): { headers: string[]; footers: string[] } {
  const n = wordNames(document);
  const headers: string[] = [];
  const footers: string[] = [];
  const section = (sectPr: XmlNode) => {
    for (const ref of childrenOf(sectPr)) {
      const name = nameOf(ref);
      const id = attrOf(ref, n.rId);
      if (id === undefined) continue;
      if (name === n.headerReference && !headers.includes(id)) headers.push(id);
      else if (name === n.footerReference && !footers.includes(id)) footers.push(id);
    }
  };
  const body = childrenOf(document).find((child) => nameOf(child) === n.body);
  for (const child of body ? childrenOf(body) : []) {
    const name = nameOf(child);
    if (name === n.sectPr) section(child);
    else if (name === n.p) {
      const pPr = childrenOf(child).find((c) => nameOf(c) === n.pPr);
      const sectPr = pPr && childrenOf(pPr).find((c) => nameOf(c) === n.sectPr);
      if (sectPr) section(sectPr);
    }
  }
  return { headers, footers };
}

/**
 * Letters from one authority share their template's styles.xml, so a folder of them would parse the same
 * part again and again: parsed style sheets are kept by a hash of their bytes. A forged collision can only
 * mislabel the styles of the forger's own file.
 */
const styleCache = new Map<string, StyleSheet>();
const STYLE_CACHE_SIZE = 16;

function stylesOf(parts: PackageParts, name: string | undefined): StyleSheet {
  if (name === undefined) return readStyles(undefined);
  const bytes = parts.raw(name);
  if (!bytes) return readStyles(parts.xml(name));
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  const key = `${bytes.length}:${hash >>> 0}`;
  let sheet = styleCache.get(key);
  if (!sheet) {
    sheet = readStyles(parts.xml(name));
    if (styleCache.size >= STYLE_CACHE_SIZE) styleCache.delete(styleCache.keys().next().value as string);
    styleCache.set(key, sheet);
  }
  return sheet;
}

function readPackage(parts: PackageParts, limits: ReadLimits): DocumentSnapshot {
  const found = wordParts(parts);
  const document = rootElement(parts.xml(found.document) ?? []);
  if (!document) throw readError('missingDocument');
  const refs = sectionReferences(document);
  const headerParts = refs.headers.flatMap((id) => found.byId.get(id) ?? []);
  const footerParts = refs.footers.flatMap((id) => found.byId.get(id) ?? []);
  parts.prefetch([...headerParts, ...footerParts]);
  const styles = stylesOf(parts, found.styles);
  const numbering = new Numbering(() => (found.numbering ? parts.xml(found.numbering) : undefined));
  const collector = new ParagraphCollector(styles, numbering, limits);
  const add = (name: string | undefined, region: Region) => {
    const root = name === undefined ? undefined : rootElement(parts.xml(name) ?? []);
    if (root) collector.addPart(root, region);
  };
  collector.addPart(document, 'body');
  for (const name of new Set(headerParts)) add(name, 'header');
  for (const name of new Set(footerParts)) add(name, 'footer');
  if (collector.notesReferenced) {
    add(found.footnotes, 'footnote');
    add(found.endnotes, 'footnote');
  }
  return snapshotOf(collector);
}

/**
 * Reading order in the snapshot: the page furniture first (headers and footers, where the sender and date
 * often live), then the notes, then the body last. The checker reads the snapshot as one stream, and a
 * footer after the body would run on into the letter's last part (a page number read as part of the last
 * quotation). The parts are walked body first, so notes are read only when the body refers to them.
 */
const REGION_ORDER: Record<Region, number> = { header: 0, footer: 1, footnote: 2, body: 3 };

function snapshotOf(collector: ParagraphCollector): DocumentSnapshot {
  const paragraphs = collector.paragraphs
    .map((paragraph, index) => ({ paragraph, index }))
    .sort(
      (a, b) =>
        REGION_ORDER[a.paragraph.region ?? 'body'] - REGION_ORDER[b.paragraph.region ?? 'body'] ||
        a.index - b.index,
    )
    .map((entry) => entry.paragraph);
  const snapshot: DocumentSnapshot = { paragraphs };
  if (collector.trackedChanges) snapshot.trackedChanges = true;
  return snapshot;
}
