/**
 * Fixes that insert a missing companion part: the block the composer would have written, with the
 * jurist's own assessment left as a marked field to fill in. The task pane inserts it like its own blocks.
 */
import type { Companion } from '../grounds/types';
import { COMPANION_TEXTS } from '../letter/companions';
import { formatRefList } from '../letter/fill';
import { fillTemplate, heading } from '../letter/fill';
import type { LegalRef } from '../law/types';
import type { BlockParagraph } from '../letter/types';
import type { Fix } from './types';

/**
 * The insert fix for a companion, citing `refs`.
 * @example companionFix('meroffentlighed', [{ statute: 'offl', section: '14', subsection: 1 }])?.label // "Indsæt afsnit om meroffentlighed"
 */
export function companionFix(companion: Companion, refs: LegalRef[]): Fix | undefined {
  const text = COMPANION_TEXTS[companion];
  if (!text) return undefined;
  const template = text.template.replace('{reference}', formatRefList(refs));
  const paragraphs: BlockParagraph[] = text.heading ? [heading(text.heading)] : [];
  paragraphs.push(...fillTemplate(template, text.fields, {}, companion).paragraphs);
  return {
    kind: 'insert',
    label: `Indsæt afsnit om ${text.title.toLowerCase()}`,
    blocks: [{ id: companion, part: text.part, title: text.title, paragraphs }],
  };
}
