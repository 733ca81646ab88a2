/**
 * Insertion plans for the DocumentPort contract tests, shared by the preview's in-memory port
 * (src/preview/memory-port.test.ts) and the Word port over the fake Word model (test/word/): a block of plain
 * paragraphs, a plan of blocks, and fast-check generators of plans and of apply steps.
 */
import fc from 'fast-check';
import type { Block, InsertionPlan, PartId } from '../../src/letter/types';

/** A managed block of plain paragraphs, titled by its id. */
export const block = (id: string, part: PartId, ...texts: string[]): Block => ({
  id,
  part,
  title: id,
  paragraphs: texts.map((text) => ({ runs: [{ text }] })),
});

/** A plan of the blocks given, with nothing missing. */
export const plan = (...blocks: Block[]): InsertionPlan => ({ blocks, missing: [], warnings: [] });

/** Every block a generated plan may hold, in the letter's order. */
export const POOL: Block[] = [
  block('date', 'date', 'D'),
  block('request-reference', 'request_reference', 'Anmodning'),
  block('decision', 'decision', 'A'),
  block('reasoning:offl-30-1', 'reasoning', 'R1'),
  block('reasoning:offl-33-5', 'reasoning', 'R2', 'R2b'),
  block('meroffentlighed', 'meroffentlighed', 'M'),
  block('complaint-guidance', 'complaint_guidance', 'K'),
  block('sender', 'sender', 'S'),
  block('legal-basis', 'legal_basis', 'L1', 'L2'),
];

/** A plan: a subset of the pool, in pool order, each block's text in one of two versions. */
export const planArb = fc
  .array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: POOL.length, maxLength: POOL.length })
  .map((choices) =>
    plan(
      ...POOL.flatMap((b, i) => {
        const [on, variant] = choices[i] ?? [false, false];
        if (!on) return [];
        return [variant ? { ...b, paragraphs: [...b.paragraphs, { runs: [{ text: 'ændret' }] }] } : b];
      }),
    ),
  );

/** One step of a session: a plan to apply, where the cursor stands, and a block the user may delete first. */
export const stepArb = fc.record({
  plan: planArb,
  cursor: fc.nat(),
  deleteBlock: fc.option(fc.constantFrom(...POOL.map((b) => b.id)), { nil: undefined }),
});
