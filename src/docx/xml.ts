/**
 * XML parts as a small tree of element and text nodes: sibling order kept, text kept as written (digits
 * stay text, preserved spaces stay), entities never expanded. A part with a DOCTYPE is refused before
 * parsing (XXE, billion laughs); only the five predefined entities and character references are decoded,
 * any other reference stays as written.
 *
 * Two parsers, for speed without changing what a damaged letter gives: saxes, a strict streaming parser,
 * reads every well-formed part (several times faster than building fast-xml-parser's generic tree, and
 * lighter on memory); a part it finds not well-formed is read again by fast-xml-parser in its lenient,
 * order-preserving mode, so a letter with damaged XML is read as far as it goes, exactly as before. That
 * mode's defaults are wrong for WordprocessingML (`<w:t>010190</w:t>` would become a number, preserved
 * spaces would vanish), hence its options below.
 */
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { readError } from './errors';
import type { ReadLimits } from './limits';

/** An element (`name` set, `children` in order) or a text node (`name` undefined, `text` set). */
export class XmlNode {
  constructor(
    /** The qualified name ("w:p"), undefined for text. */
    readonly name: string | undefined,
    /** Attribute values, entities decoded. */
    readonly attributes: Readonly<Record<string, string>>,
    readonly children: XmlNode[],
    /** A text node's text, entities decoded; "" for an element. */
    readonly text: string,
  ) {}
}

const NO_ATTRIBUTES = Object.freeze(Object.create(null)) as Record<string, string>;
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];

class TooDeep extends Error {}
class NotWellFormed extends Error {}

/**
 * Bytes of an XML part as text: UTF-8 unless a byte-order mark says UTF-16.
 * @example decodeXmlBytes(new TextEncoder().encode('<a/>')) // "<a/>"
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** True when the text declares a document type or an entity anywhere (both are markup; escaped text cannot contain `<!`). */
export function hasDoctype(xml: string): boolean {
  for (let at = xml.indexOf('<!'); at >= 0; at = xml.indexOf('<!', at + 2)) {
    const word = xml.slice(at + 2, at + 9).toUpperCase();
    if (word === 'DOCTYPE' || word.startsWith('ENTITY')) return true;
  }
  return false;
}

/** True when attributes has no key. */
function isEmpty(attributes: Record<string, string>): boolean {
  for (const _ in attributes) return false;
  return true;
}

/**
 * A carriage return written as such after the prolog: an XML parser reads it as a line feed, the lenient
 * parser keeps it; such a part goes to the lenient parser, so its text reads as it always has. (Word
 * writes one only between the XML declaration and the root element.)
 */
function hasRawCarriageReturn(xml: string): boolean {
  let root = xml.indexOf('<');
  while (root >= 0 && (xml[root + 1] === '?' || xml[root + 1] === '!')) root = xml.indexOf('<', root + 1);
  return root >= 0 && xml.indexOf('\r', root) >= 0;
}

/**
 * The nodes of a well-formed part, read by saxes; throws NotWellFormed at the first error and TooDeep for
 * an element nested deeper than `maxDepth`.
 */
function strictTree(xml: string, maxDepth: number): XmlNode[] {
  const top: XmlNode[] = [];
  const stack: XmlNode[][] = [top];
  let children = top;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', () => {
    throw new NotWellFormed();
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    // Counted as the lenient parser counts: open elements only, the root and `maxDepth` more.
    if (!tag.isSelfClosing && stack.length > maxDepth + 1) throw new TooDeep();
    const attributes = tag.attributes as Record<string, string>;
    const own = tag.isSelfClosing ? NO_CHILDREN : [];
    children.push(new XmlNode(tag.name, isEmpty(attributes) ? NO_ATTRIBUTES : attributes, own, ''));
    if (!tag.isSelfClosing) {
      stack.push(own);
      children = own;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    stack.pop();
    children = stack[stack.length - 1] as XmlNode[];
  });
  parser.on('text', (text) => {
    children.push(new XmlNode(undefined, NO_ATTRIBUTES, NO_CHILDREN, text));
  });
  // The lenient parser reads CDATA as text whose references are then decoded: leave such parts to it.
  parser.on('cdata', () => {
    throw new NotWellFormed();
  });
  parser.write(xml).close();
  return top;
}

const lenientDepth = new Map<number, XMLParser>();

/** fast-xml-parser, order-preserving, nothing converted or trimmed, entities left to `decodeEntities`. */
function lenientParserFor(maxDepth: number): XMLParser {
  let lenientParser = lenientDepth.get(maxDepth);
  if (!lenientParser) {
    lenientParser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: false,
      htmlEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      maxNestedTags: maxDepth,
      jPath: false,
    });
    lenientDepth.set(maxDepth, lenientParser);
  }
  return lenientParser;
}

/** fast-xml-parser's order-preserving nodes (`{ "w:p": [...], ":@": {...} }`, `{ "#text": "..." }`) as ours. */
function fromLenient(nodes: readonly Record<string, unknown>[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    let name: string | undefined;
    for (const key in node) {
      if (key !== ':@' && key !== '#text') {
        name = key;
        break;
      }
    }
    if (name === undefined) {
      const text = node['#text'];
      if (typeof text === 'string')
        out.push(new XmlNode(undefined, NO_ATTRIBUTES, NO_CHILDREN, decodeEntities(text)));
      continue;
    }
    const raw = node[':@'] as Record<string, unknown> | undefined;
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key in raw) {
      const value = raw[key];
      if (typeof value === 'string') attributes[key] = decodeEntities(value);
    }
    const value = node[name];
    const children = Array.isArray(value) ? fromLenient(value as Record<string, unknown>[]) : [];
    out.push(new XmlNode(name, attributes, children, ''));
  }
  return out;
}

/** The part read leniently: what fast-xml-parser makes of XML that is not well-formed. */
function lenientTree(xml: string, maxDepth: number): XmlNode[] {
  let nodes: Record<string, unknown>[];
  try {
    nodes = lenientParserFor(maxDepth).parse(xml) as Record<string, unknown>[];
  } catch (error) {
    if (error instanceof Error && /nested/i.test(error.message)) throw new TooDeep();
    throw error;
  }
  return fromLenient(nodes);
}

/**
 * Parses an XML part into nodes. Throws a `ReadError` naming the part when it has a DOCTYPE, nests too
 * deeply or cannot be parsed even leniently.
 * @example parseXml('<w:t xml:space="preserve"> 010190 </w:t>', 'word/document.xml', DEFAULT_LIMITS)
 */
export function parseXml(source: string | Uint8Array, partName: string, limits: ReadLimits): XmlNode[] {
  const xml = typeof source === 'string' ? source : decodeXmlBytes(source);
  if (hasDoctype(xml)) throw readError('doctype', partName);
  try {
    try {
      if (!hasRawCarriageReturn(xml)) return strictTree(xml, limits.maxXmlDepth);
    } catch (error) {
      if (!(error instanceof NotWellFormed)) throw error;
    }
    return lenientTree(xml, limits.maxXmlDepth);
  } catch (error) {
    if (error instanceof TooDeep) throw readError('xmlTooDeep', partName);
    throw readError('xmlInvalid', partName);
  }
}

/** The element's qualified name ("w:p"), or undefined for text. */
export function nameOf(node: XmlNode): string | undefined {
  return node.name;
}

/** The element's children (empty for text). The second argument, the node's name, is accepted for callers that have it. */
export function childrenOf(node: XmlNode, _name?: string): XmlNode[] {
  return node.children;
}

/** The text of a text node, entities decoded; undefined for an element. */
export function textOf(node: XmlNode): string | undefined {
  return node.name === undefined ? node.text : undefined;
}

/** An attribute's value, entities decoded. */
export function attrOf(node: XmlNode, name: string): string | undefined {
  return node.attributes[name];
}

/** Every attribute, entities decoded. */
export function attributesOf(node: XmlNode): Readonly<Record<string, string>> {
  return node.attributes;
}
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references; any other reference stays as written
 * (there is no DTD to define it, and we never expand one).
 * @example decodeEntities('A &amp; B &#xA0;C &foo;') // "A & B \u00a0C &foo;"
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const end = text.indexOf(';', at);
    if (end < 0) break;
    if (end - at > 12) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    const name = text.slice(at + 1, end);
    let replacement: string | undefined = PREDEFINED[name];
    if (replacement === undefined && name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const digits = name.slice(hex ? 2 : 1);
      const valid = (hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits);
      const code = parseInt(digits, hex ? 16 : 10);
      if (valid && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
        replacement = String.fromCodePoint(code);
      }
    }
    if (replacement !== undefined) {
      out += text.slice(from, at) + replacement;
      from = end + 1;
    }
    at = text.indexOf('&', replacement !== undefined ? end + 1 : at + 1);
  }
  return out + text.slice(from);
}
