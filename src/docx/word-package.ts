/**
 * A Word package (zip or flat OPC, behind `PackageParts`) to a `DocumentSnapshot`: the main document, then its
 * headers, footers and notes, with styles and numbering. Shared by the .docx reader (read.ts) and the flat OPC
 * reader (flat-opc.ts); imports no zip code.
 */
import type { DocumentSnapshot, Region } from '../check/types';
import { readError } from './errors';
import type { ReadLimits } from './limits';
import { rootElement, wordNames } from './names';
import { Numbering } from './numbering';
import { wordParts, type PackageParts } from './opc';
import { readStyles, type StyleSheet } from './styles';
import { ParagraphCollector } from './wordml';
import { attrOf, childrenOf, nameOf, type XmlNode } from './xml';

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

/**
 * Reads the Word document in a package.
 * @example readPackage(new FlatPackage(root), DEFAULT_LIMITS).paragraphs
 */
export function readPackage(parts: PackageParts, limits: ReadLimits): DocumentSnapshot {
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

/** The collected paragraphs in reading order (see REGION_ORDER), flagged when there were tracked changes. */
export function snapshotOf(collector: ParagraphCollector): DocumentSnapshot {
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
