/**
 * What `apply` does to the document, decided before anything is sent to Word: which managed blocks are left
 * as they are, updated in place, removed, and where each new block goes. Pure, so the one batch that carries
 * it out is a straight list of commands, and the order rules are the preview's (`LETTER_ORDER`, plan order).
 */
import type { DocumentSnapshot, SnapshotParagraph } from '../check/types';
import type { Block, InsertionPlan, PartId } from '../letter/types';
import {
  compareBlocks,
  partOfBlockId,
  PORT_MESSAGES,
  type ApplyMode,
  type ApplyProblem,
  type ApplyResult,
} from '../port';

/**
 * Where a new block's content control is created: beside a managed block; where a removed block stood (the
 * plan replaces every block the letter had, and the caret may be inside one of them); or after the cursor's
 * paragraph.
 */
export type Anchor = { before: string } | { after: string } | { replacing: string } | 'cursor';

export type Step = { kind: 'update'; block: Block } | { kind: 'insert'; block: Block; anchor: Anchor };

export interface ApplySteps {
  /** Managed blocks that must still exist when the batch runs: checked first, before any change. */
  guards: string[];
  removals: string[];
  steps: Step[];
  result: ApplyResult;
}

/** What the port's read knew about the managed blocks beyond the snapshot. */
export interface BlockFacts {
  /** Blocks whose content control is locked (cannot be edited or deleted). */
  locked: ReadonlySet<string>;
  /** Content control titles by block id. */
  titles: ReadonlyMap<string, string>;
}

/** The managed blocks of a snapshot in document order, each once, with their paragraphs. */
export function blocksOf(snapshot: DocumentSnapshot): Map<string, SnapshotParagraph[]> {
  const blocks = new Map<string, SnapshotParagraph[]>();
  for (const paragraph of snapshot.paragraphs) {
    if (!paragraph.blockId) continue;
    const list = blocks.get(paragraph.blockId);
    if (list) list.push(paragraph);
    else blocks.set(paragraph.blockId, [paragraph]);
  }
  return blocks;
}

/** What a block says, as a snapshot would read it back: text, heading level, table cell per paragraph. */
function contentOfBlock(block: Block): string {
  const rows: [string, number, number][] = [];
  for (const p of block.paragraphs) {
    if (p.cells) p.cells.forEach((text, cell) => rows.push([text, 0, cell]));
    else rows.push([p.runs.map((r) => r.text).join(''), p.heading ?? 0, -1]);
  }
  return JSON.stringify(rows);
}

function contentOfParagraphs(paragraphs: readonly SnapshotParagraph[]): string {
  return JSON.stringify(
    paragraphs.map((p) => [p.text, p.table ? 0 : (p.headingLevel ?? 0), p.table ? p.table.cell : -1]),
  );
}

const locked = (block: { id: string; title: string }): ApplyProblem => ({
  kind: 'block-locked',
  blockId: block.id,
  title: block.title,
  message: PORT_MESSAGES.blockLocked(block.title),
});

/**
 * Decides the changes that make the document hold the plan's blocks, given the snapshot the plan was made
 * from. Blocks are compared with what the snapshot read back, so an unchanged block is not rewritten; a locked
 * block is never touched (a problem when the plan would change or remove it).
 * @example planSteps(plan, base, 'sync', { locked: new Set(), titles: new Map() }).steps
 */
export function planSteps(
  plan: InsertionPlan,
  base: DocumentSnapshot,
  mode: ApplyMode,
  facts: BlockFacts,
): ApplySteps {
  const result: ApplyResult = { inserted: [], updated: [], removed: [], unchanged: [], problems: [] };
  const present = blocksOf(base);
  const planIds = new Set(plan.blocks.map((b) => b.id));
  const planIndex = new Map(plan.blocks.map((b, i) => [b.id, i]));
  const guards = new Set<string>();
  const removals: string[] = [];
  const sequence: { id: string; part: PartId | undefined }[] = [];

  for (const id of present.keys()) {
    if (mode === 'sync' && !planIds.has(id)) {
      if (facts.locked.has(id)) {
        result.problems.push(locked({ id, title: facts.titles.get(id) ?? id }));
      } else {
        removals.push(id);
        guards.add(id);
        result.removed.push(id);
        continue;
      }
    }
    sequence.push({ id, part: partOfBlockId(id) });
  }

  const steps: Step[] = [];
  for (const block of plan.blocks) {
    const existing = present.get(block.id);
    if (existing) {
      guards.add(block.id);
      const title = facts.titles.get(block.id);
      const same =
        contentOfParagraphs(existing) === contentOfBlock(block) &&
        (title === undefined || title === block.title);
      if (same) result.unchanged.push(block.id);
      else if (facts.locked.has(block.id)) result.problems.push(locked(block));
      else {
        steps.push({ kind: 'update', block });
        result.updated.push(block.id);
      }
      continue;
    }
    const target = { id: block.id, part: block.part };
    const at = sequence.findIndex((other) => compareBlocks(other, target, planIndex) > 0);
    const next = at >= 0 ? sequence[at] : undefined;
    const previous = sequence[(at >= 0 ? at : sequence.length) - 1];
    const removed = removals[0];
    const anchor: Anchor = next
      ? { before: next.id }
      : previous
        ? { after: previous.id }
        : removed !== undefined
          ? { replacing: removed }
          : 'cursor';
    if (next && present.has(next.id)) guards.add(next.id);
    else if (!next && previous && present.has(previous.id)) guards.add(previous.id);
    sequence.splice(at >= 0 ? at : sequence.length, 0, target);
    steps.push({ kind: 'insert', block, anchor });
    result.inserted.push(block.id);
  }
  return { guards: [...guards], removals, steps, result };
}
