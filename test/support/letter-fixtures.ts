/**
 * Reads the whole-letter fixtures in test/fixtures/letters/ (the checker's development corpus) and
 * test/fixtures/letters/heldout/ (never tuned on). A fixture is a plain-text letter, one paragraph per
 * line, with a header and inline markers that state what the checker should find, markdownlint-style:
 *
 *   ---
 *   title: Delvis aktindsigt, kommune, § 30, nr. 1
 *   kind: decision            decision | identification-request | delay-notice | acknowledgement | other
 *   outcome: partial          grant | partial | refusal | dismissal | unknown
 *   basis: offl-7             offl-7 | offl-8 | fvl-9 | offl1985 | mol | unknown
 *   authority: municipality   state | municipality | region | other
 *   date: 2025-03-10          the letter's own date (omit when the letter has none)
 *   received: 2025-03-03      the request's received date as the letter states it (omit when it does not)
 *   findings: missing-complaint-guidance, meroffentlighed-missing    letter-level expected findings (or none)
 *   ---
 *   {part:date}
 *   10. marts 2025
 *   {part:request_reference}
 *   Du har den 3. marts 2025 anmodet om ...
 *   {part:decision}
 *   Afgørelse
 *   Vi giver dig delvis aktindsigt ... {finding:cpr-number}
 *
 * `{part:<id>}` on a line of its own starts a part (ids of DESIGN.md's letter anatomy); the part runs
 * until the next `{part:...}` or `{/part}`. `{finding:<rule-id>}` at the end of a paragraph says a finding
 * of that rule points into it. Markers are removed from the text the checker sees. Empty lines are
 * skipped; every other line is one paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_IDS } from '../../src/letter/types';

export { PART_IDS };
export type FixturePart = (typeof PART_IDS)[number];

export const KINDS = [
  'decision',
  'identification-request',
  'delay-notice',
  'acknowledgement',
  'other',
] as const;
export const OUTCOMES = ['grant', 'partial', 'refusal', 'dismissal', 'unknown'] as const;
export const BASES = ['offl-7', 'offl-8', 'fvl-9', 'offl1985', 'mol', 'unknown'] as const;
export const AUTHORITIES = ['state', 'municipality', 'region', 'other'] as const;

export interface FixtureHeader {
  title: string;
  kind: (typeof KINDS)[number];
  outcome: (typeof OUTCOMES)[number];
  basis: (typeof BASES)[number];
  authority: (typeof AUTHORITIES)[number];
  date?: string;
  received?: string;
  /** Letter-level expected findings (rule ids). */
  findings: string[];
}

export interface FixtureParagraph {
  text: string;
  /** The part the paragraph belongs to, if marked. */
  part?: FixturePart;
  /** Rule ids of findings expected to point into this paragraph. */
  findings: string[];
}

export interface LetterFixture {
  file: string;
  header: FixtureHeader;
  paragraphs: FixtureParagraph[];
  /** Parts present, with the range of paragraph indexes (inclusive) each covers. */
  parts: Partial<Record<FixturePart, { first: number; last: number }>>;
}

/** Thrown with the file and line when a fixture does not follow the format. */
export class FixtureFormatError extends Error {
  override name = 'FixtureFormatError';
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
  what: string,
  where: string,
): T {
  if (value !== undefined && (values as readonly string[]).includes(value)) return value as T;
  throw new FixtureFormatError(
    `${where}: ${what} must be one of ${values.join(', ')}, not ${JSON.stringify(value)}`,
  );
}

/**
 * Parses one fixture's text.
 * @example parseLetterFixture('---\ntitle: x\nkind: other\noutcome: unknown\nbasis: unknown\nauthority: state\nfindings: none\n---\nHej', 'x.txt').paragraphs[0].text // "Hej"
 */
export function parseLetterFixture(source: string, file: string): LetterFixture {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0] !== '---') throw new FixtureFormatError(`${file}:1: a fixture starts with a "---" header`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new FixtureFormatError(`${file}: the header is not closed with "---"`);
  const fields = new Map<string, string>();
  for (const [i, line] of lines.slice(1, end).entries()) {
    const m = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!m) throw new FixtureFormatError(`${file}:${i + 2}: header lines are "key: value"`);
    fields.set(m[1] ?? '', (m[2] ?? '').trim());
  }
  const iso = (key: string): string | undefined => {
    const value = fields.get(key);
    if (value === undefined || value === '') return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new FixtureFormatError(`${file}: ${key} must be YYYY-MM-DD`);
    return value;
  };
  const findingsText = fields.get('findings') ?? '';
  const headerFindings = findingsText === 'none' || findingsText === '' ? [] : findingsText.split(/\s*,\s*/);
  for (const id of headerFindings) {
    if (!RULE_ID.test(id))
      throw new FixtureFormatError(`${file}: finding ${JSON.stringify(id)} is not a rule id`);
  }
  const header: FixtureHeader = {
    title: fields.get('title') ?? '',
    kind: oneOf(KINDS, fields.get('kind'), 'kind', file),
    outcome: oneOf(OUTCOMES, fields.get('outcome'), 'outcome', file),
    basis: oneOf(BASES, fields.get('basis'), 'basis', file),
    authority: oneOf(AUTHORITIES, fields.get('authority'), 'authority', file),
    findings: headerFindings,
  };
  if (!header.title) throw new FixtureFormatError(`${file}: the header needs a title`);
  const date = iso('date');
  if (date) header.date = date;
  const received = iso('received');
  if (received) header.received = received;

  const paragraphs: FixtureParagraph[] = [];
  const parts: LetterFixture['parts'] = {};
  let part: FixturePart | undefined;
  for (const [i, raw] of lines.slice(end + 1).entries()) {
    const where = `${file}:${end + 2 + i}`;
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const partMarker = /^\{part:([a-z_]+)\}$/.exec(line.trim());
    if (partMarker) {
      part = oneOf(PART_IDS, partMarker[1], 'part', where);
      if (parts[part]) throw new FixtureFormatError(`${where}: part ${part} is marked twice`);
      continue;
    }
    if (line.trim() === '{/part}') {
      part = undefined;
      continue;
    }
    const findings: string[] = [];
    const text = line.replace(/\s*\{finding:([a-z0-9-]+)\}/g, (_, id: string) => {
      findings.push(id);
      return '';
    });
    if (/\{(part|finding|\/part)[:}]/.test(text)) throw new FixtureFormatError(`${where}: misplaced marker`);
    const index = paragraphs.length;
    paragraphs.push(part ? { text, part, findings } : { text, findings });
    if (part) {
      const range = parts[part];
      if (range && range.last !== index - 1) {
        throw new FixtureFormatError(`${where}: part ${part} is not contiguous`);
      }
      parts[part] = { first: range?.first ?? index, last: index };
    }
  }
  if (paragraphs.length === 0) throw new FixtureFormatError(`${file}: the letter has no text`);
  return { file, header, paragraphs, parts };
}

/**
 * Every fixture in a folder (not recursive), sorted by file name.
 * @example loadLetterFixtures('test/fixtures/letters').length
 */
export function loadLetterFixtures(dir: string): LetterFixture[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseLetterFixture(readFileSync(join(dir, name), 'utf8'), name));
}
