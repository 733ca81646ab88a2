/**
 * Pure helpers every host shares for managed blocks: the part a block id belongs to, and how a plan's block
 * orders against the blocks already in a document.
 */
import { PART_IDS, type PartId } from '../letter/types';
import { LETTER_ORDER } from './types';

const COMPANION_PARTS: Record<string, PartId> = {
  'extraction-29': 'extraction',
  'partial-34': 'reasoning',
  dialogue: 'reasoning',
  identification: 'reasoning',
  'data-extract': 'reasoning',
  'data-extract-personal': 'reasoning',
  delay: 'decision',
  'identification-request': 'decision',
};

/**
 * The letter part a managed block belongs to, read from its id (a Word content control carries only its tag).
 * @example partOfBlockId('reasoning:offl-30-1') // "reasoning"
 * @example partOfBlockId('complaint-guidance') // "complaint_guidance"
 */
export function partOfBlockId(blockId: string): PartId | undefined {
  const head = blockId.split(':')[0] ?? blockId;
  const fixed = COMPANION_PARTS[head];
  if (fixed) return fixed;
  const part = head.replace(/-/g, '_');
  return (PART_IDS as readonly string[]).includes(part) ? (part as PartId) : undefined;
}

/**
 * The rank of a part in the letter's order; parts not known rank last.
 * @example partRank('date') < partRank('decision') // true
 */
export function partRank(part: PartId | undefined): number {
  const index = part ? LETTER_ORDER.indexOf(part) : -1;
  return index < 0 ? LETTER_ORDER.length : index;
}
