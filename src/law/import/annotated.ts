/**
 * Reads the annotated statute files kept in src/law/raw (copied from the shared law folder): a markdown file
 * with one "## § N" heading per paragraph, the paragraph's text in Retsinformation's layout ("Stk. 2.",
 * "1)"), and italic notes under it ending with a "Status: ..." line.
 */
import { addTextLine, LawImportError, type RawAct, type RawSection, type RawStatus } from './raw-act';

const SECTION_HEADING = /^## § (\d+(?: [a-z])?)\s*$/;
const STATUS = /Status( stk\. [\d\-, og]+)?:\s*(.+?)\*?$/;

/**
 * Parses an annotated statute file.
 * @example parseAnnotatedAct('## § 2\nLoven finder anvendelse.\n\n*Kilde: X. Status: ordret, 1 kilde.*').sections[0].id // "2"
 */
export function parseAnnotatedAct(markdown: string): RawAct {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const sections: RawSection[] = [];
  let current: RawSection | undefined;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      current = {
        id: heading[1] ?? '',
        subsections: [],
        repealed: false,
        notes: [],
        statuses: [],
        line: lineNo,
      };
      sections.push(current);
      return;
    }
    // Any other heading or a rule ends the paragraph (e.g. the GDPR articles after databeskyttelsesloven).
    if (/^#{1,6} /.test(line) || line === '---') {
      current = undefined;
      return;
    }
    if (!current || line.trim() === '') return;
    if (line.startsWith('**') && line.endsWith('**')) {
      // An editor's annotation such as "**Gældende fra 1. juli 2024 ...**": not law text.
      current.notes.push(line.slice(2, -2));
      return;
    }
    if (line.startsWith('*') && line.endsWith('*')) {
      const note = line.slice(1, -1);
      current.notes.push(note);
      const status = parseStatus(note);
      if (status) current.statuses.push(status);
      return;
    }
    if (/^\(Resten af .*TEKST IKKE FUNDET\*\*\)$/.test(line)) {
      // "(Resten af § 4: **TEKST IKKE FUNDET**)": the words after what we hold are not held.
      current.notes.push(line.slice(1, -1).replace(/\*\*/g, ''));
      current.restMissing = true;
      return;
    }
    if (line === '(Ophævet)') {
      current.repealed = true;
      return;
    }
    if (line.startsWith('*') || line.startsWith('>') || line.startsWith('- ')) {
      throw new LawImportError(`§ ${current.id} (line ${lineNo}): unexpected markup in law text: ${line}`);
    }
    addTextLine(current, line.trim(), lineNo);
  });

  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id))
      throw new LawImportError(`§ ${section.id} (line ${section.line}) appears twice`);
    seen.add(section.id);
  }
  return { sections };
}

function parseStatus(note: string): RawStatus | undefined {
  const match = STATUS.exec(note);
  if (!match) return undefined;
  const scopeText = match[1];
  const text = (match[2] ?? '').trim();
  return scopeText ? { scope: parseStkList(scopeText.replace(/^ stk\. /, '')), text } : { text };
}

/**
 * "1-3 og 5" -> [1, 2, 3, 5].
 * @example parseStkList('1-2') // [1, 2]
 */
export function parseStkList(text: string): number[] {
  const result: number[] = [];
  for (const part of text.split(/,|\bog\b/)) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!range) continue;
    const from = Number(range[1]);
    const to = range[2] ? Number(range[2]) : from;
    for (let n = from; n <= to; n++) result.push(n);
  }
  return result;
}
