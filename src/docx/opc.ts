/**
 * An Open Packaging Conventions package, from flat OPC XML (`pkg:package`, what Word's `getOoxml()` returns) or
 * from a zip (ZipPackage in package.ts): parts by name, relationships, and the parts of a Word document found
 * through them (main document, styles, numbering, headers, footers, footnotes, endnotes). No zip here: Word's
 * adapter reads flat OPC only, and this module keeps fflate out of its chunk (a test checks the import graph).
 */
import { readError } from './errors';
import { rootElement } from './names';
import { attrOf, attributesOf, childrenOf, nameOf, type XmlNode } from './xml';

/** Parts by name, without a leading slash; names compare case-insensitively (OPC). */
export interface PackageParts {
  has(name: string): boolean;
  /** The part's parsed XML, or undefined when the package has no such part. */
  xml(name: string): XmlNode[] | undefined;
  /** Makes the named parts ready in one go (a zip inflates them in one pass). */
  prefetch(names: readonly string[]): void;
  /** The part's bytes before parsing, where the package has them (a zip; flat OPC arrives parsed). */
  raw(name: string): Uint8Array | undefined;
}

const PACKAGE_NAMESPACE = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** Flat OPC: every XML part inline under `pkg:part/pkg:xmlData`. Binary parts (`pkg:binaryData`) are skipped. */
export class FlatPackage implements PackageParts {
  private readonly parts = new Map<string, XmlNode[]>();

  constructor(root: XmlNode) {
    let prefix = 'pkg:';
    for (const [attribute, value] of Object.entries(attributesOf(root))) {
      if (value !== PACKAGE_NAMESPACE) continue;
      prefix = attribute === 'xmlns' ? '' : `${attribute.slice(6)}:`;
    }
    for (const part of childrenOf(root)) {
      if (nameOf(part) !== `${prefix}part`) continue;
      const name = attrOf(part, `${prefix}name`);
      const data = childrenOf(part).find((child) => nameOf(child) === `${prefix}xmlData`);
      if (name === undefined || !data) continue;
      this.parts.set(name.replace(/^\/+/, '').toLowerCase(), childrenOf(data));
    }
  }

  /** True when the XML's root is a flat OPC package. */
  static isPackage(root: XmlNode): boolean {
    return (
      (nameOf(root) ?? '').split(':').pop() === 'package' &&
      Object.values(attributesOf(root)).includes(PACKAGE_NAMESPACE)
    );
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  xml(name: string): XmlNode[] | undefined {
    return this.parts.get(name.toLowerCase());
  }

  prefetch(): void {}

  raw(): undefined {
    return undefined;
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part; undefined for external or unsafe targets. */
  target?: string;
}

/**
 * Resolves a relationship target against the folder of its source part.
 * @example resolveTarget('word/document.xml', 'media/image1.png') // "word/media/image1.png"
 */
export function resolveTarget(source: string, target: string): string | undefined {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships part of a part: `word/document.xml` -> `word/_rels/document.xml.rels`. */
function relsName(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/**
 * The relationships of a part (the package itself when `source` is empty).
 */
export function relationships(parts: PackageParts, source: string): Relationship[] {
  const nodes = parts.xml(relsName(source));
  const root = nodes && rootElement(nodes);
  if (!root) return [];
  const out: Relationship[] = [];
  for (const child of childrenOf(root)) {
    if ((nameOf(child) ?? '').split(':').pop() !== 'Relationship') continue;
    const id = attrOf(child, 'Id');
    const type = attrOf(child, 'Type');
    const target = attrOf(child, 'Target');
    if (id === undefined || type === undefined || target === undefined) continue;
    const relationship: Relationship = { id, type };
    if (attrOf(child, 'TargetMode') !== 'External') {
      const resolved = resolveTarget(source, target);
      if (resolved !== undefined) relationship.target = resolved;
    }
    out.push(relationship);
  }
  return out;
}

/** The Word parts of a package, by role. */
export interface WordParts {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  /** Header and footer parts by relationship id. */
  byId: Map<string, string>;
}

const typeIs = (type: string, suffix: string) => type.endsWith(`/${suffix}`);

/**
 * Finds the main document and its companion parts through the relationships; falls back to the usual
 * names (`word/document.xml`) when a package has no relationships.
 */
export function wordParts(parts: PackageParts): WordParts {
  parts.prefetch([
    '_rels/.rels',
    'word/document.xml',
    'word/_rels/document.xml.rels',
    'word/styles.xml',
    'word/numbering.xml',
    'word/footnotes.xml',
    'word/endnotes.xml',
  ]);
  const main = relationships(parts, '').find((r) => typeIs(r.type, 'officeDocument'))?.target;
  const document = main !== undefined && parts.has(main) ? main : 'word/document.xml';
  if (!parts.has(document)) throw readError('missingDocument');
  const found: WordParts = { document, byId: new Map() };
  for (const r of relationships(parts, document)) {
    if (r.target === undefined || !parts.has(r.target)) continue;
    if (typeIs(r.type, 'styles')) found.styles = r.target;
    else if (typeIs(r.type, 'numbering')) found.numbering = r.target;
    else if (typeIs(r.type, 'footnotes')) found.footnotes = r.target;
    else if (typeIs(r.type, 'endnotes')) found.endnotes = r.target;
    else if (typeIs(r.type, 'header') || typeIs(r.type, 'footer')) found.byId.set(r.id, r.target);
  }
  return found;
}
