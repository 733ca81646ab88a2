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

/**
 * Where a block sits against another: plan order when both are in the plan (`planIndex`), else the letter's
 * part order; within one part, the block already in the document (not in the plan) stays first. Every host
 * places new blocks by this order.
 */
export function compareBlocks(
  a: { id: string; part: PartId | undefined },
  b: { id: string; part: PartId | undefined },
  planIndex: ReadonlyMap<string, number>,
): number {
  const ia = planIndex.get(a.id);
  const ib = planIndex.get(b.id);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  const byPart = partRank(a.part) - partRank(b.part);
  if (byPart !== 0) return byPart;
  return ia === undefined ? -1 : 1;
}
