/**
 * Fills `{field}` placeholders in Danish prose. A blank required field stays visible as a marked
 * placeholder ("[Oplysningerne]", bold) and is reported; a sentence holding a blank optional field is
 * dropped, so the letter never reads with a hole in it. Also the small pieces both composers (today's acts
 * and miljøoplysningsloven) build letters from: paragraphs, headings, reference lists, the sender block.
 */
import type { Ground, TemplateField } from '../grounds/types';
import { formatRef, formatSectionOnly } from '../law/citations';
import type { LegalRef } from '../law/types';
export { danishDate } from '../law/dates';
import type { AuthorityProfile, Block, BlockParagraph, MissingField, TextRun } from './types';

const PLACEHOLDER = /\{([a-zæøå0-9_]+)\}/g;

export interface FillResult {
  paragraphs: BlockParagraph[];
  missing: MissingField[];
}

/**
 * Fills a template (paragraphs separated by a blank line) with values.
 * @example fillTemplate('Vi undtager {oplysninger}.', [{ name: 'oplysninger', label: 'Oplysninger', hint: '', required: true }], {}, 'b').missing.length // 1
 */
export function fillTemplate(
  template: string,
  fields: TemplateField[],
  values: Record<string, string>,
  blockId: string,
): FillResult {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const missing: MissingField[] = [];
  const reported = new Set<string>();
  const paragraphs: BlockParagraph[] = [];

  for (const rawParagraph of template.split(/\n\s*\n/)) {
    const sentences = rawParagraph.trim().split(/(?<=[.!?:])\s+(?=[A-ZÆØÅ[{])/);
    const kept = sentences.filter((sentence) =>
      [...sentence.matchAll(PLACEHOLDER)].every((m) => {
        const field = byName.get(m[1] ?? '');
        return !field || field.required || (values[field.name] ?? '').trim() !== '';
      }),
    );
    if (kept.length === 0) continue;
    const runs: TextRun[] = [];
    const text = kept.join(' ');
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      const field = byName.get(name);
      const value = (values[name] ?? '').trim();
      if (match.index > last) runs.push({ text: text.slice(last, match.index) });
      if (value) {
        runs.push({ text: value });
      } else {
        runs.push({ text: `[${field?.label ?? name}]`, bold: true });
        if (!reported.has(name)) {
          reported.add(name);
          missing.push({ blockId, field: name, label: field?.label ?? name });
        }
      }
      last = match.index + match[0].length;
    }
    if (last < text.length) runs.push({ text: text.slice(last) });
    paragraphs.push({ runs: mergeRuns(runs) });
  }
  return { paragraphs, missing };
}

/** Adjacent runs with the same formatting as one run, so equal text gives equal plans. */
export function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && Boolean(prev.bold) === Boolean(run.bold) && Boolean(prev.italic) === Boolean(run.italic)) {
      prev.text += run.text;
    } else {
      out.push({ ...run });
    }
  }
  return out;
}

/** A paragraph of plain text. */
export function plain(text: string): BlockParagraph {
  return { runs: [{ text }] };
}

/** A heading paragraph at a built-in level. */
export function heading(text: string, level: 1 | 2 | 3 = 2): BlockParagraph {
  return { runs: [{ text }], heading: level };
}

/** The plain text of paragraphs, one line each (table rows as cells joined by tabs). */
export function paragraphsText(paragraphs: BlockParagraph[]): string {
  return paragraphs
    .map((p) => (p.cells ? p.cells.join('\t') : p.runs.map((r) => r.text).join('')))
    .join('\n');
}

/**
 * Fills a block's template and adds its missing required fields to the composer's list.
 * @example fillInto(ctx, 'reasoning:offl-30-1', 'Vi undtager {oplysninger}.', fields, {}) // ctx.missing gains "oplysninger"
 */
export function fillInto(
  ctx: { missing: MissingField[] },
  blockId: string,
  template: string,
  fields: readonly TemplateField[],
  values: Record<string, string>,
): BlockParagraph[] {
  const filled = fillTemplate(template, [...fields], values, blockId);
  ctx.missing.push(...filled.missing);
  return filled.paragraphs;
}

/**
 * A list of references the Danish way, the act named once per run:
 * "offentlighedslovens § 23, stk. 1, nr. 1, og § 30, nr. 1".
 */
export function formatRefList(refs: readonly LegalRef[]): string {
  const parts = refs.map((ref, i) =>
    i > 0 && refs[i - 1]?.statute === ref.statute ? formatSectionOnly(ref) : formatRef(ref),
  );
  if (parts.length <= 1) return parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const before = refs[refs.length - 2];
  const comma =
    before && (before.subsection !== undefined || before.item !== undefined || before.sentence !== undefined)
      ? ','
      : '';
  return `${parts.slice(0, -1).join(', ')}${comma} og ${last}`;
}

/**
 * The short name of a ground for a sub-heading: its label without the reference in brackets.
 * @example shortLabel({ label: 'Private forhold (offentlighedslovens § 30, nr. 1)' } as Ground) // "Private forhold"
 */
export function shortLabel(ground: Pick<Ground, 'label'>): string {
  return ground.label.replace(/\s*\([^)]*\)\s*$/, '');
}

/** The closing lines: the profile's signature, its unit and its name. */
export function senderBlock(profile: AuthorityProfile): Block {
  const lines = [...profile.signature];
  if (profile.unit) lines.push(profile.unit);
  lines.push(profile.name);
  return { id: 'sender', part: 'sender', title: 'Afsender', paragraphs: lines.map(plain) };
}
