/**
 * Reads a consolidated act pasted from Retsinformation as plain text:
 *
 *   Kapitel 2
 *   Lovens anvendelsesområde
 *   § 7. Enhver kan forlange ...
 *   Stk. 2. Retten til aktindsigt omfatter med de i §§ 19-35 nævnte undtagelser
 *   1) alle dokumenter, ...
 *   § 9 a. ...
 *   § 44. (Ophævet)
 *
 * Chapter headings and mellemrubrikker are dropped: they are not part of the paragraphs we quote.
 */
import { addTextLine, LawImportError, type RawAct, type RawSection } from './raw-act';

const SECTION_START = /^§ (\d+(?: [a-z])?)\.\s*(.*)$/;
const CHAPTER = /^Kapitel \d+[a-z]?\s*$/;

/**
 * Parses Retsinformation plain text. Every paragraph gets the given status line, e.g.
 * "ordret, 1 kilde (retsinformation.dk, LBK nr. 145 af 24. februar 2020)".
 * @example parseRetsinformationText('§ 2. Loven finder anvendelse.', 'ordret, 1 kilde').sections[0].id // "2"
 */
export function parseRetsinformationText(text: string, statusLine: string): RawAct {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.trim());
  const sections: RawSection[] = [];
  let current: RawSection | undefined;
  let inChapterHeading = false;

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line === '') return;
    if (CHAPTER.test(line)) {
      inChapterHeading = true;
      current = undefined;
      return;
    }
    const start = SECTION_START.exec(line);
    if (start) {
      inChapterHeading = false;
      const id = start[1] ?? '';
      if (sections.some((s) => s.id === id)) {
        throw new LawImportError(`§ ${id} (line ${lineNo}) appears twice`);
      }
      current = {
        id,
        subsections: [],
        repealed: false,
        notes: [],
        statuses: [{ text: statusLine }],
        line: lineNo,
      };
      sections.push(current);
      const rest = start[2] ?? '';
      if (/^\(Ophævet\)\.?$/.test(rest)) current.repealed = true;
      else if (rest) addTextLine(current, rest, lineNo);
      return;
    }
    if (inChapterHeading || !current) return;
    if (isMellemrubrik(lines, index)) return;
    addTextLine(current, line, lineNo);
  });
  if (sections.length === 0) throw new LawImportError('No paragraph ("§ 1. ...") found in the text');
  return { sections };
}

/** A short line without final punctuation followed by a new paragraph is a heading between paragraphs. */
function isMellemrubrik(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (line.length > 120 || /[.,;:)]$/.test(line)) return false;
  for (let i = index + 1; i < lines.length; i++) {
    const next = lines[i] ?? '';
    if (next === '') continue;
    return SECTION_START.test(next) || CHAPTER.test(next);
  }
  return false;
}
