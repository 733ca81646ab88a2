/**
 * The intermediate form both importers produce: paragraphs split into stk. and nr. exactly as the source
 * prints them, before act metadata (versions, amendments, structure) is applied.
 */

export interface RawItem {
  number: number;
  text: string;
}

export interface RawSubsection {
  number: number;
  /** Text before the first item, or the whole text when there are no items. */
  intro: string;
  items: RawItem[];
  /** A line after the last item that is not part of it. */
  tail?: string;
}

/** A status line under a paragraph, optionally scoped to some stk. ("Status stk. 2: ..."). */
export interface RawStatus {
  /** The stk. the line is scoped to by its label, or undefined for the whole paragraph. */
  scope?: number[];
  /** The text after "Status" and its scope, verbatim. */
  text: string;
}

export interface RawSection {
  id: string;
  subsections: RawSubsection[];
  repealed: boolean;
  /** Notes under the paragraph (source notes, warnings), verbatim without the markdown emphasis. */
  notes: string[];
  statuses: RawStatus[];
  /** True when the source says the rest of the paragraph after the text held is not held. */
  restMissing?: boolean;
  /** Where the paragraph starts in the source (1-based line), for error messages. */
  line: number;
}

export interface RawAct {
  sections: RawSection[];
}

/** Thrown when a raw text cannot be imported; the message names the paragraph and line. */
export class LawImportError extends Error {
  override name = 'LawImportError';
}

const STK_LINE = /^Stk\. ?(\d+)\.\s*(.*)$/;
const ITEM_LINE = /^(\d+)\)\s+(.*)$/;

/**
 * Adds one text line of a paragraph to its subsections: "Stk. N." starts a subsection, "N)" an item,
 * anything else continues the subsection (or becomes its tail after the items).
 */
export function addTextLine(section: RawSection, line: string, lineNo: number): void {
  const stk = STK_LINE.exec(line);
  if (stk) {
    const number = Number(stk[1]);
    const expected = section.subsections.length + 1;
    if (number !== expected) {
      throw new LawImportError(
        `§ ${section.id} (line ${lineNo}): expected "Stk. ${expected}." but found "Stk. ${number}."`,
      );
    }
    section.subsections.push({ number, intro: stk[2] ?? '', items: [] });
    return;
  }
  let current = section.subsections[section.subsections.length - 1];
  if (!current) {
    current = { number: 1, intro: '', items: [] };
    section.subsections.push(current);
  }
  const item = ITEM_LINE.exec(line);
  if (item) {
    const number = Number(item[1]);
    const expected = current.items.length + 1;
    if (number !== expected) {
      throw new LawImportError(
        `§ ${section.id}, stk. ${current.number} (line ${lineNo}): expected item "${expected})" but found "${number})"`,
      );
    }
    current.items.push({ number, text: item[2] ?? '' });
    return;
  }
  if (current.items.length > 0) {
    current.tail = current.tail ? `${current.tail} ${line}` : line;
  } else {
    current.intro = current.intro ? `${current.intro} ${line}` : line;
  }
}
