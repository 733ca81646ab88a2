/**
 * Element names in WordprocessingML parts. Producers almost always bind the namespace to `w:`, but the
 * prefix is the document's choice: it is read from the part's root element, and names are built from it.
 */
import { attributesOf, nameOf, type XmlNode } from './xml';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const RELATIONSHIP_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/** The first element among parsed nodes (skipping declarations, comments and text). */
export function rootElement(nodes: readonly XmlNode[]): XmlNode | undefined {
  return nodes.find((node) => {
    const name = nameOf(node);
    return name !== undefined && !name.startsWith('?') && !name.startsWith('#');
  });
}

/** The prefix (with colon, or empty for a default namespace) the root binds to one of the namespaces. */
function prefixFor(root: XmlNode, namespaces: Set<string>, fallback: string): string {
  for (const [attribute, value] of Object.entries(attributesOf(root))) {
    if (!namespaces.has(value)) continue;
    if (attribute === 'xmlns') return '';
    if (attribute.startsWith('xmlns:')) return `${attribute.slice(6)}:`;
  }
  return fallback;
}

const LOCAL_NAMES = [
  'body',
  'p',
  'pPr',
  'pStyle',
  'numPr',
  'ilvl',
  'numId',
  'outlineLvl',
  'rPr',
  'r',
  't',
  'tab',
  'ptab',
  'br',
  'cr',
  'noBreakHyphen',
  'softHyphen',
  'sym',
  'delText',
  'instrText',
  'fldChar',
  'fldSimple',
  'hyperlink',
  'smartTag',
  'customXml',
  'ins',
  'del',
  'moveTo',
  'moveFrom',
  'sdt',
  'sdtPr',
  'sdtContent',
  'tag',
  'tbl',
  'tr',
  'trPr',
  'tc',
  'drawing',
  'pict',
  'object',
  'txbxContent',
  'sectPr',
  'headerReference',
  'footerReference',
  'footnote',
  'endnote',
  'style',
  'name',
  'basedOn',
  'abstractNum',
  'abstractNumId',
  'num',
  'lvl',
  'start',
  'numFmt',
  'lvlText',
  'lvlOverride',
  'startOverride',
  'bdo',
  'dir',
  'footnoteReference',
  'endnoteReference',
] as const;

export type WordNames = Record<(typeof LOCAL_NAMES)[number], string> & {
  /** The prefix of WordprocessingML attributes ("w:"). */
  attrPrefix: string;
  /** Attribute names. */
  val: string;
  type: string;
  id: string;
  char: string;
  fldCharType: string;
  styleId: string;
  default: string;
  rId: string;
  alternateContent: string;
  choice: string;
};

const cache = new Map<string, WordNames>();

/**
 * The qualified names for a part, from its root element's namespace declarations.
 * @example wordNames(root).p // "w:p"
 */
export function wordNames(root: XmlNode): WordNames {
  const w = prefixFor(root, WORD_NAMESPACES, 'w:');
  const mc = prefixFor(root, new Set([MC_NAMESPACE]), 'mc:');
  const r = prefixFor(root, RELATIONSHIP_NAMESPACES, 'r:');
  const key = `${w}|${mc}|${r}`;
  let names = cache.get(key);
  if (!names) {
    const elements = Object.fromEntries(LOCAL_NAMES.map((local) => [local, `${w}${local}`]));
    names = {
      ...(elements as Record<(typeof LOCAL_NAMES)[number], string>),
      // Unprefixed attributes belong to no namespace; WordprocessingML's are prefixed like its elements.
      attrPrefix: w || 'w:',
      val: `${w || 'w:'}val`,
      type: `${w || 'w:'}type`,
      id: `${w || 'w:'}id`,
      char: `${w || 'w:'}char`,
      fldCharType: `${w || 'w:'}fldCharType`,
      styleId: `${w || 'w:'}styleId`,
      default: `${w || 'w:'}default`,
      rId: `${r || 'r:'}id`,
      alternateContent: `${mc}AlternateContent`,
      choice: `${mc}Choice`,
    };
    cache.set(key, names);
  }
  return names;
}
