/**
 * WordprocessingML parts -> snapshot paragraphs. Walks the body, headers, footers and footnotes in reading
 * order and keeps, per paragraph, its text (tracked insertions in, deletions out; field results in,
 * instructions out; soft hyphens and non-breaking spaces as they are), style name, heading level, list
 * label, table position, region and the `aktindsigt:` content control it sits in.
 */
import type { Region, SnapshotParagraph } from '../check/types';
import { readError } from './errors';
import type { ReadLimits } from './limits';
import { wordNames, type WordNames } from './names';
import type { Numbering } from './numbering';
import { headingLevelOfName, readNumPr, type StyleSheet } from './styles';
import { attrOf, childrenOf, nameOf, textOf, type XmlNode } from './xml';

export const BLOCK_TAG_PREFIX = 'aktindsigt:';

interface Scope {
  region: Region;
  blockId?: string;
  table?: { table: number; row: number; cell: number };
}

/** Collects paragraphs from one part after another, sharing list counters and table numbers. */
export class ParagraphCollector {
  readonly paragraphs: SnapshotParagraph[] = [];
  trackedChanges = false;
  /** The body refers to footnotes or endnotes (the notes parts are read only then). */
  notesReferenced = false;
  private textChars = 0;
  private tables = 0;
  /** Open complex fields, innermost last; text counts only when no open field is in its instruction. */
  private fields: ('instruction' | 'result')[] = [];
  private instructionDepth = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
    private readonly limits: ReadLimits,
  ) {}

  /**
   * Adds the paragraphs of a part's root element (`w:document`, `w:hdr`, `w:ftr`, `w:footnotes`, `w:endnotes`).
   */
  addPart(root: XmlNode, region: Region): void {
    const n = wordNames(root);
    this.fields = [];
    this.instructionDepth = 0;
    const local = (nameOf(root) ?? '').split(':').pop();
    if (local === 'document') {
      const body = childrenOf(root).find((child) => nameOf(child) === n.body);
      if (body) this.blocks(childrenOf(body), n, { region });
    } else if (local === 'footnotes' || local === 'endnotes') {
      for (const note of childrenOf(root)) {
        const noteName = nameOf(note);
        if (noteName !== n.footnote && noteName !== n.endnote) continue;
        // Separators are layout, not text.
        const type = attrOf(note, n.type);
        if (type !== undefined && type !== 'normal') continue;
        this.blocks(childrenOf(note), n, { region });
      }
    } else {
      this.blocks(childrenOf(root), n, { region });
    }
  }

  private blocks(nodes: readonly XmlNode[], n: WordNames, scope: Scope): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === undefined) continue;
      if (name === n.p) this.paragraph(node, n, scope);
      else if (name === n.tbl) this.table(node, n, scope);
      else if (name === n.sdt) {
        const { content, scope: inner } = this.contentControl(node, n, scope);
        this.blocks(content, n, inner);
      } else if (name === n.customXml) this.blocks(childrenOf(node, name), n, scope);
      else if (name === n.ins || name === n.moveTo) {
        this.trackedChanges = true;
        this.blocks(childrenOf(node, name), n, scope);
      } else if (name === n.del || name === n.moveFrom) this.trackedChanges = true;
      else if (name === n.alternateContent) this.blocks(this.choice(node, n), n, scope);
    }
  }

  /** The first `mc:Choice` of an `mc:AlternateContent` (the fallback repeats it for older readers). */
  private choice(node: XmlNode, n: WordNames): XmlNode[] {
    const choice = childrenOf(node).find((child) => nameOf(child) === n.choice);
    return choice ? childrenOf(choice) : [];
  }

  private contentControl(node: XmlNode, n: WordNames, scope: Scope): { content: XmlNode[]; scope: Scope } {
    let tag: string | undefined;
    let content: XmlNode[] = [];
    for (const child of childrenOf(node)) {
      const name = nameOf(child);
      if (name === n.sdtPr) {
        const tagNode = childrenOf(child).find((prop) => nameOf(prop) === n.tag);
        if (tagNode) tag = attrOf(tagNode, n.val);
      } else if (name === n.sdtContent) content = childrenOf(child);
    }
    if (tag?.startsWith(BLOCK_TAG_PREFIX)) {
      return { content, scope: { ...scope, blockId: tag.slice(BLOCK_TAG_PREFIX.length) } };
    }
    return { content, scope };
  }

  private table(node: XmlNode, n: WordNames, scope: Scope): void {
    const table = this.tables++;
    let row = 0;
    const rows = (nodes: readonly XmlNode[], rowScope: Scope): void => {
      for (const child of nodes) {
        const name = nameOf(child);
        if (name === n.tr) {
          if (this.rowDeleted(child, n)) {
            this.trackedChanges = true;
            continue;
          }
          cells(childrenOf(child, name), rowScope, row++);
        } else if (name === n.sdt) {
          const { content, scope: inner } = this.contentControl(child, n, rowScope);
          rows(content, inner);
        } else if (name === n.customXml) rows(childrenOf(child, name), rowScope);
      }
    };
    const cells = (nodes: readonly XmlNode[], cellScope: Scope, rowIndex: number): void => {
      let cell = 0;
      const walk = (list: readonly XmlNode[], inner: Scope): void => {
        for (const child of list) {
          const name = nameOf(child);
          if (name === n.tc) {
            this.blocks(childrenOf(child, name), n, {
              ...inner,
              table: { table, row: rowIndex, cell: cell++ },
            });
          } else if (name === n.sdt) {
            const control = this.contentControl(child, n, inner);
            walk(control.content, control.scope);
          } else if (name === n.customXml) walk(childrenOf(child, name), inner);
        }
      };
      walk(nodes, cellScope);
    };
    rows(childrenOf(node), scope);
  }

  /** A row whose deletion is tracked (`w:trPr/w:del`). */
  private rowDeleted(row: XmlNode, n: WordNames): boolean {
    const props = childrenOf(row).find((child) => nameOf(child) === n.trPr);
    return props !== undefined && childrenOf(props).some((prop) => nameOf(prop) === n.del);
  }

  private paragraph(node: XmlNode, n: WordNames, scope: Scope): void {
    const pieces: string[] = [];
    let length = 0;
    let styleId: string | undefined;
    let numbering: { numId?: string; ilvl?: number } | undefined;
    let outlineLevel: number | undefined;
    let inlineBlockId: string | undefined;
    const textBoxes: XmlNode[][] = [];
    const number = this.paragraphs.length + 1;

    const push = (text: string): void => {
      if (this.instructionDepth > 0 || text === '') return;
      length += text.length;
      if (length > this.limits.maxParagraphChars) {
        throw readError('paragraphTooLong', number, this.limits.maxParagraphChars);
      }
      pieces.push(text);
    };

    const properties = (pPr: XmlNode): void => {
      for (const prop of childrenOf(pPr)) {
        const name = nameOf(prop);
        if (name === n.pStyle) styleId = attrOf(prop, n.val);
        else if (name === n.numPr) numbering = readNumPr(prop, n.numId, n.ilvl, n.val);
        else if (name === n.outlineLvl) outlineLevel = Number(attrOf(prop, n.val));
        else if (name === n.rPr) {
          // A tracked insertion or deletion of the paragraph mark itself.
          if (childrenOf(prop).some((c) => nameOf(c) === n.ins || nameOf(c) === n.del)) {
            this.trackedChanges = true;
          }
        }
      }
    };

    const findTextBoxes = (nodes: readonly XmlNode[]): void => {
      for (const child of nodes) {
        const name = nameOf(child);
        if (name === undefined) continue;
        if (name === n.txbxContent) textBoxes.push(childrenOf(child, name));
        else if (name === n.alternateContent) findTextBoxes(this.choice(child, n));
        else findTextBoxes(childrenOf(child, name));
      }
    };

    const run = (nodes: readonly XmlNode[]): void => {
      for (const child of nodes) {
        const name = nameOf(child);
        if (name === undefined) continue;
        if (name === n.t) {
          let text = '';
          for (const part of childrenOf(child, name)) text += textOf(part) ?? '';
          push(text);
        } else if (name === n.tab || name === n.ptab) push('\t');
        else if (name === n.br) {
          const type = attrOf(child, n.type);
          if (type === undefined || type === 'textWrapping') push('\n');
        } else if (name === n.cr) push('\n');
        else if (name === n.noBreakHyphen) push('\u2011');
        else if (name === n.softHyphen) push('\u00ad');
        else if (name === n.sym) {
          const code = parseInt(attrOf(child, n.char) ?? '', 16);
          if (Number.isInteger(code) && code > 0 && code < 0xffff) push(String.fromCharCode(code));
        } else if (name === n.fldChar) this.fieldChar(attrOf(child, n.fldCharType));
        else if (name === n.footnoteReference || name === n.endnoteReference) this.notesReferenced = true;
        else if (name === n.drawing || name === n.pict || name === n.object || name === n.alternateContent) {
          findTextBoxes([child]);
        }
      }
    };

    const inline = (nodes: readonly XmlNode[]): void => {
      for (const child of nodes) {
        const name = nameOf(child);
        if (name === undefined) continue;
        if (name === n.r) run(childrenOf(child, name));
        else if (name === n.pPr) properties(child);
        else if (
          name === n.hyperlink ||
          name === n.smartTag ||
          name === n.customXml ||
          name === n.fldSimple ||
          name === n.bdo ||
          name === n.dir
        ) {
          inline(childrenOf(child, name));
        } else if (name === n.ins || name === n.moveTo) {
          this.trackedChanges = true;
          inline(childrenOf(child, name));
        } else if (name === n.del || name === n.moveFrom) this.trackedChanges = true;
        else if (name === n.sdt) {
          const control = this.contentControl(child, n, scope);
          if (control.scope.blockId !== scope.blockId) inlineBlockId ??= control.scope.blockId;
          inline(control.content);
        } else if (name === n.alternateContent) inline(this.choice(child, n));
      }
    };

    inline(childrenOf(node));

    const style = styleId === undefined ? this.styles.defaultStyle : this.styles.byId.get(styleId);
    const paragraph: SnapshotParagraph = { text: pieces.join('') };
    const styleName = style?.name ?? styleId;
    if (styleName !== undefined) paragraph.style = styleName;
    const headingLevel =
      outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 8
        ? outlineLevel + 1
        : // A style missing from styles.xml still says what it is by its id ("Overskrift1").
          (style?.headingLevel ??
          (style === undefined && styleId !== undefined ? headingLevelOfName(styleId) : undefined));
    if (headingLevel !== undefined) paragraph.headingLevel = headingLevel;
    const numId = numbering?.numId ?? style?.numbering?.numId;
    if (numId !== undefined && numId !== '0') {
      const label = this.numbering.next(numId, numbering?.ilvl ?? style?.numbering?.ilvl ?? 0);
      if (label) paragraph.listLabel = label;
    }
    if (scope.table) paragraph.table = scope.table;
    const blockId = scope.blockId ?? inlineBlockId;
    if (blockId !== undefined) paragraph.blockId = blockId;
    paragraph.region = scope.region;
    this.emit(paragraph);
    for (const box of textBoxes) this.blocks(box, n, scope);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push('instruction');
      this.instructionDepth++;
    } else if (type === 'separate') {
      const last = this.fields.length - 1;
      if (this.fields[last] === 'instruction') {
        this.fields[last] = 'result';
        this.instructionDepth--;
      }
    } else if (type === 'end') {
      if (this.fields.pop() === 'instruction') this.instructionDepth--;
    }
  }

  private emit(paragraph: SnapshotParagraph): void {
    if (this.paragraphs.length >= this.limits.maxParagraphs) {
      throw readError('tooManyParagraphs', this.limits.maxParagraphs);
    }
    this.textChars += paragraph.text.length;
    if (this.textChars > this.limits.maxTextChars) throw readError('textTooLong', this.limits.maxTextChars);
    this.paragraphs.push(paragraph);
  }
}
