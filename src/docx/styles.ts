/**
 * Paragraph styles from styles.xml: the name a user sees, the heading level (from built-in and localised
 * names, "heading 1" = "Overskrift 1", or an outline level), and numbering a style carries, each resolved
 * through `basedOn`.
 */
import { wordNames, rootElement } from './names';
import { attrOf, childrenOf, nameOf, type XmlNode } from './xml';

export interface ParagraphStyle {
  name: string;
  headingLevel?: number;
  numbering?: { numId: string; ilvl: number };
}

export interface StyleSheet {
  byId: Map<string, ParagraphStyle>;
  /** The style of a paragraph without `w:pStyle`. */
  defaultStyle?: ParagraphStyle;
}

/** Heading names in the languages Word is localised to here and nearby; Word stores built-ins in English. */
const HEADING_NAME = /^(heading|overskrift|rubrik|überschrift|titre|kop|otsikko)\s*([1-9])$/i;

/**
 * The heading level a style name or id states.
 * @example headingLevelOfName('Overskrift 2') // 2
 */
export function headingLevelOfName(name: string): number | undefined {
  const m = HEADING_NAME.exec(name.trim());
  return m ? Number(m[2]) : undefined;
}

/** Built-in names are stored in lower case ("heading 1"); show them as Word does. */
function displayName(name: string): string {
  return /^heading [1-9]$/.test(name) ? `H${name.slice(1)}` : name;
}

interface RawStyle {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: { numId?: string; ilvl?: number };
}

/**
 * Reads styles.xml; an absent or unreadable part gives an empty sheet.
 * @example readStyles(parseXml(stylesXml, 'word/styles.xml', DEFAULT_LIMITS)).byId.get('Heading1')?.headingLevel // 1
 */
export function readStyles(nodes: readonly XmlNode[] | undefined): StyleSheet {
  const sheet: StyleSheet = { byId: new Map() };
  const root = nodes && rootElement(nodes);
  if (!root) return sheet;
  const n = wordNames(root);
  const raw = new Map<string, RawStyle>();
  let defaultId: string | undefined;
  for (const style of childrenOf(root)) {
    if (nameOf(style) !== n.style || attrOf(style, n.type) !== 'paragraph') continue;
    const id = attrOf(style, n.styleId);
    if (id === undefined) continue;
    const entry: RawStyle = {};
    for (const child of childrenOf(style)) {
      const name = nameOf(child);
      if (name === n.name) entry.name = attrOf(child, n.val);
      else if (name === n.basedOn) entry.basedOn = attrOf(child, n.val);
      else if (name === n.pPr) {
        for (const prop of childrenOf(child)) {
          const propName = nameOf(prop);
          if (propName === n.outlineLvl) entry.outlineLevel = Number(attrOf(prop, n.val));
          else if (propName === n.numPr) entry.numbering = readNumPr(prop, n.numId, n.ilvl, n.val);
        }
      }
    }
    raw.set(id, entry);
    const isDefault = attrOf(style, n.default);
    if (isDefault === '1' || isDefault === 'true') defaultId = id;
  }
  for (const [id, entry] of raw) {
    const name = entry.name ?? id;
    const style: ParagraphStyle = { name: displayName(name) };
    let headingLevel = headingLevelOfName(name) ?? headingLevelOfName(id);
    let numbering = entry.numbering;
    // Walk basedOn for an outline level or numbering the style inherits (bounded: chains can be cyclic).
    let current: RawStyle | undefined = entry;
    for (let hops = 0; current && hops < 20; hops++) {
      if (headingLevel === undefined && current.outlineLevel !== undefined) {
        if (current.outlineLevel >= 0 && current.outlineLevel <= 8) headingLevel = current.outlineLevel + 1;
      }
      if (!numbering?.numId && current.numbering?.numId) {
        numbering = { ilvl: numbering?.ilvl ?? current.numbering.ilvl ?? 0, numId: current.numbering.numId };
      }
      current = current.basedOn === undefined ? undefined : raw.get(current.basedOn);
    }
    if (headingLevel !== undefined) style.headingLevel = headingLevel;
    if (numbering?.numId) style.numbering = { numId: numbering.numId, ilvl: numbering.ilvl ?? 0 };
    sheet.byId.set(id, style);
  }
  if (defaultId !== undefined) {
    const style = sheet.byId.get(defaultId);
    if (style) sheet.defaultStyle = style;
  }
  return sheet;
}

/** `w:numPr`: numbering instance and level. */
export function readNumPr(
  numPr: XmlNode,
  numIdName: string,
  ilvlName: string,
  valName: string,
): { numId?: string; ilvl?: number } {
  const out: { numId?: string; ilvl?: number } = {};
  for (const child of childrenOf(numPr)) {
    const name = nameOf(child);
    const value = attrOf(child, valName);
    if (value === undefined) continue;
    if (name === numIdName) out.numId = value;
    else if (name === ilvlName) {
      const level = Number(value);
      if (Number.isInteger(level) && level >= 0 && level <= 8) out.ilvl = level;
    }
  }
  return out;
}
