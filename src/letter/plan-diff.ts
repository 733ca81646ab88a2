/**
 * What changes between two plans for the same letter: which managed blocks to add, update or remove.
 * The Word adapter applies exactly this, so the user's own text is never touched.
 */
import type { Block, InsertionPlan } from './types';

export interface PlanDiff {
  add: Block[];
  update: Block[];
  /** Ids of blocks in the old plan that the new one no longer has. */
  remove: string[];
  unchanged: string[];
}

function sameBlock(a: Block, b: Block): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares two plans block by block, by id.
 * @example planDiff(before, after).remove // ["reasoning:offl-30-1"] after unticking § 30, nr. 1
 */
export function planDiff(previous: InsertionPlan | undefined, next: InsertionPlan): PlanDiff {
  const old = new Map((previous?.blocks ?? []).map((b) => [b.id, b]));
  const diff: PlanDiff = { add: [], update: [], remove: [], unchanged: [] };
  for (const block of next.blocks) {
    const before = old.get(block.id);
    if (!before) diff.add.push(block);
    else if (sameBlock(before, block)) diff.unchanged.push(block.id);
    else diff.update.push(block);
  }
  const ids = new Set(next.blocks.map((b) => b.id));
  for (const id of old.keys()) if (!ids.has(id)) diff.remove.push(id);
  return diff;
}
