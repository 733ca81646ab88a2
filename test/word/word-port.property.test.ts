// The preview port's property (src/preview/memory-port.test.ts; the generators in test/support/port-plans.ts), run
// against the Word port over the fake Word object model: whatever the plans, the cursor and the blocks the
// user deletes by hand, the user's paragraphs stay as they were and each block is present once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordDocumentPort } from '../../src/word';
import { stepArb } from '../support/port-plans';
import { FakeWord } from './fake-word';

// Text a Word paragraph can hold (no control characters), Danish letters included.
const userText = fc
  .string({ maxLength: 20 })
  .map((s) => [...s].map((ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join(''))
  .chain((s) => fc.constantFrom(s, `${s} æøå §`));

describe('WordDocumentPort property (the preview port property, on the fake Word)', () => {
  it('keeps every user paragraph unchanged and in order, and never duplicates a block', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(userText, { maxLength: 8 }),
        fc.array(stepArb, { maxLength: 6 }),
        async (user, steps) => {
          const word = new FakeWord(user);
          const port = new WordDocumentPort(word.host());
          const initial = word.paragraphs.map((p) => ({ key: p.key, text: word.text(p) }));
          for (const step of steps) {
            const base = await port.read();
            if (step.deleteBlock) word.deleteControl(`aktindsigt:${step.deleteBlock}`);
            word.setCursor(word.paragraphs[step.cursor % Math.max(1, word.paragraphs.length)]?.key);
            const syncsBefore = word.syncs;
            const result = await port.apply(step.plan, base);
            // One sync, or three when a block vanished since the read (read again, then apply).
            expect([1, 3]).toContain(word.syncs - syncsBefore);
            const users = word.paragraphs.filter((p) => p.control === undefined);
            expect(users.map((p) => ({ key: p.key, text: word.text(p) }))).toEqual(initial);
            const tags = word.paragraphs.map((p) =>
              p.control === undefined ? undefined : word.controls.get(p.control)?.tag,
            );
            // Each block is one contiguous run, present once.
            const runs = tags.flatMap((tag, i) =>
              tag && tags[i - 1] !== tag ? [tag.slice('aktindsigt:'.length)] : [],
            );
            expect(new Set(runs).size).toBe(runs.length);
            const deleted = new Set(result.problems.map((p) => p.blockId));
            expect(runs.sort()).toEqual(
              step.plan.blocks
                .map((b) => b.id)
                .filter((id) => !deleted.has(id))
                .sort(),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
