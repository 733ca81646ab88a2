/**
 * XML parts, parsed with fast-xml-parser in its order-preserving mode. Its defaults are wrong for
 * WordprocessingML: `<w:t>010190</w:t>` would become a number, preserved spaces would vanish and sibling
 * order would be lost. Entities are never expanded: a part with a DOCTYPE is refused before parsing (XXE,
 * billion laughs), and the five predefined entities and character references are decoded here, in text we
 * read, and nowhere else.
 */
import { XMLParser } from 'fast-xml-parser';
import { readError } from './errors';
import type { ReadLimits } from './limits';

/** A node as the order-preserving parser gives it: `{ "w:p": [...children], ":@": {attributes} }` or `{ "#text": "..." }`. */
export type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

const parsers = new Map<number, XMLParser>();
function parserFor(maxDepth: number): XMLParser {
  let parser = parsers.get(maxDepth);
  if (!parser) {
    parser = new XMLParser({
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
      // Path strings for callbacks we do not use cost a third of the parse.
      jPath: false,
    });
    parsers.set(maxDepth, parser);
  }
  return parser;
}

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

/**
 * Parses an XML part into order-preserving nodes. Throws a `ReadError` naming the part when it has a
 * DOCTYPE, nests too deeply or cannot be parsed.
 * @example parseXml('<w:t xml:space="preserve"> 010190 </w:t>', 'word/document.xml', DEFAULT_LIMITS)
 */
export function parseXml(source: string | Uint8Array, partName: string, limits: ReadLimits): XmlNode[] {
  const xml = typeof source === 'string' ? source : decodeXmlBytes(source);
  if (hasDoctype(xml)) throw readError('doctype', partName);
  try {
    return parserFor(limits.maxXmlDepth).parse(xml) as XmlNode[];
  } catch (error) {
    if (error instanceof Error && /nested/i.test(error.message)) throw readError('xmlTooDeep', partName);
    throw readError('xmlInvalid', partName);
  }
}

/** The element's qualified name ("w:p"), or undefined for text. */
export function nameOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ATTRIBUTES && key !== TEXT) return key;
  return undefined;
}

/** The element's children (empty for text). */
export function childrenOf(node: XmlNode, name: string | undefined = nameOf(node)): XmlNode[] {
  if (name === undefined) return [];
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The raw text of a text node, entities still encoded. */
export function rawTextOf(node: XmlNode): string | undefined {
  const value = node[TEXT];
  return typeof value === 'string' ? value : undefined;
}

/** An attribute's value, entities decoded. */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** Every attribute, raw. */
export function attributesOf(node: XmlNode): Record<string, string> {
  return (node[ATTRIBUTES] as Record<string, string> | undefined) ?? {};
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
