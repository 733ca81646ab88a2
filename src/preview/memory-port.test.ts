import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePlan } from '../letter/compose';
import { EXAMPLE_PROFILE } from '../letter/profile';
import type { Decision } from '../letter/types';
import { PortError } from '../port';
import { block, plan, stepArb } from '../../test/support/port-plans';
import { MemoryDocument, MemoryPort, type ParagraphInit } from './memory-port';

function setup(user: string[] = ['Kære Eva', 'Med venlig hilsen']) {
  const doc = new MemoryDocument(user.map((text) => ({ text })));
  return { doc, port: new MemoryPort(doc) };
}

const texts = (doc: MemoryDocument) =>
  doc.paragraphs.map((p) => (p.blockId ? `[${p.blockId}] ${p.text}` : p.text));

describe('MemoryPort.apply', () => {
  it.each([
    {
      name: 'inserts a plan into a blank letter in plan order',
      user: [],
      steps: [
        plan(block('date', 'date', '1. marts 2025'), block('decision', 'decision', 'Du får aktindsigt.')),
      ],
      expected: ['[date] 1. marts 2025', '[decision] Du får aktindsigt.'],
      last: { inserted: ['date', 'decision'], updated: [], removed: [], unchanged: [] },
    },
    {
      name: 'a second insert of the same plan changes nothing',
      user: ['Kære Eva'],
      steps: [plan(block('decision', 'decision', 'A')), plan(block('decision', 'decision', 'A'))],
      expected: ['Kære Eva', '[decision] A'],
      last: { inserted: [], updated: [], removed: [], unchanged: ['decision'] },
    },
    {
      name: 're-insert updates a changed block in place',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'Hilsen')),
        plan(block('decision', 'decision', 'B', 'B2'), block('sender', 'sender', 'Hilsen')),
      ],
      expected: ['Kære Eva', '[decision] B', '[decision] B2', '[sender] Hilsen'],
      last: { inserted: [], updated: ['decision'], removed: [], unchanged: ['sender'] },
    },
    {
      name: 'unticking removes the block and nothing else',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('reasoning:offl-30-1', 'reasoning', 'R')),
        plan(block('decision', 'decision', 'A')),
      ],
      expected: ['Kære Eva', '[decision] A'],
      last: { inserted: [], updated: [], removed: ['reasoning:offl-30-1'], unchanged: ['decision'] },
    },
    {
      name: 'a new block goes between the managed blocks it belongs between',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
        plan(
          block('decision', 'decision', 'A'),
          block('reasoning', 'reasoning', 'R'),
          block('sender', 'sender', 'S'),
        ),
      ],
      expected: ['Kære Eva', '[decision] A', '[reasoning] R', '[sender] S'],
      last: { inserted: ['reasoning'], updated: [], removed: [], unchanged: ['decision', 'sender'] },
    },
  ])('$name', async ({ user, steps, expected, last }) => {
    const { doc, port } = setup(user);
    let result;
    for (const step of steps) result = await port.apply(step, await port.read());
    expect(texts(doc)).toEqual(expected);
    expect(result).toMatchObject({ ...last, problems: [] });
  });

  it('puts the first blocks at the cursor', async () => {
    const { doc, port } = setup(['Kære Eva', 'Med venlig hilsen']);
    doc.setCursor(doc.paragraphs[0]?.key);
    await port.apply(plan(block('decision', 'decision', 'A')), await port.read());
    expect(texts(doc)).toEqual(['Kære Eva', '[decision] A', 'Med venlig hilsen']);
  });

  it('a fix (mode add) goes in the letter order and leaves the other blocks alone', async () => {
    const { doc, port } = setup(['Kære Eva']);
    await port.apply(
      plan(block('date', 'date', 'D'), block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
      await port.read(),
    );
    const result = await port.apply(
      plan(block('complaint-guidance', 'complaint_guidance', 'K')),
      await port.read(),
      {
        mode: 'add',
      },
    );
    expect(result.removed).toEqual([]);
    expect(texts(doc)).toEqual([
      'Kære Eva',
      '[date] D',
      '[decision] A',
      '[complaint-guidance] K',
      '[sender] S',
    ]);
  });

  it('a block deleted by hand since the base comes back as a problem, and the next insert restores it', async () => {
    const { doc, port } = setup(['Kære Eva']);
    const full = plan(
      block('decision', 'decision', 'A'),
      block('complaint-guidance', 'complaint_guidance', 'K'),
    );
    await port.apply(full, await port.read());
    const base = await port.read();
    doc.deleteBlock('complaint-guidance');
    const result = await port.apply(full, base);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'block-deleted', blockId: 'complaint-guidance' }),
    ]);
    expect(texts(doc)).toEqual(['Kære Eva', '[decision] A']);
    const again = await port.apply(full, await port.read());
    expect(again.inserted).toEqual(['complaint-guidance']);
  });

  it('a protected document refuses with a typed error', async () => {
    const { doc, port } = setup();
    doc.setProtected(true);
    await expect(
      port.apply(plan(block('decision', 'decision', 'A')), await port.read()),
    ).rejects.toMatchObject({
      code: 'protected',
    });
    await expect(port.apply(plan(), await port.read())).rejects.toBeInstanceOf(PortError);
  });

  it('a composed decision round-trips through the snapshot with tags and headings', async () => {
    const decision: Decision = {
      kind: 'decision',
      basis: 'offl-7',
      outcome: 'partial',
      request: { subject: 'sagen om Skolevej', receivedDate: '2025-03-03', requester: 'Eva Eksempel' },
      grounds: [{ groundId: 'offl-30-1', values: {} }],
      caseAreaId: 'byggesager',
      letterDate: '2025-03-10',
    };
    const { port } = setup([]);
    const composed = composePlan(decision, EXAMPLE_PROFILE);
    await port.apply(composed, await port.read());
    const snapshot = await port.read();
    const ids = [...new Set(snapshot.paragraphs.map((p) => p.blockId))];
    expect(ids).toEqual(composed.blocks.map((b) => b.id));
    expect(snapshot.paragraphs.some((p) => p.headingLevel === 2 && p.style === 'Heading 2')).toBe(true);
  });
});

describe('MemoryPort reveal, replace, annotate, letter state', () => {
  it('reveal highlights the span, following its text when paragraphs moved', async () => {
    const { doc, port } = setup(['Kære Eva', 'jf. § 30, nr. 1.']);
    await port.reveal({ paragraph: 0, text: '§ 30, nr. 1' });
    expect(doc.getView().highlight).toMatchObject({ key: doc.paragraphs[1]?.key, start: 4, end: 15 });
    await expect(port.reveal({ paragraph: 9 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('replaceText replaces exactly the span', async () => {
    const { doc, port } = setup(['Kære Eva', 'Det følger af § 3O.']);
    await port.replaceText({ paragraph: 1, start: 14, end: 18, text: '§ 3O' }, '§ 30');
    expect(doc.paragraphs[1]?.text).toBe('Det følger af § 30.');
  });

  it('annotate adds comments beside the paragraphs and clearAnnotations removes them', async () => {
    const { doc, port } = setup(['A', 'B']);
    await port.annotate([
      { ruleId: 'r', messageId: 'm', severity: 'error', message: 'Fejl', location: { paragraph: 1 } },
    ]);
    expect(doc.getView().comments).toMatchObject([{ paragraphKey: doc.paragraphs[1]?.key, text: 'Fejl' }]);
    await port.clearAnnotations();
    expect(doc.getView().comments).toEqual([]);
  });

  it('letter state is saved in the document and read back', async () => {
    const { port } = setup();
    expect(await port.loadLetterState()).toBeUndefined();
    const decision = {
      kind: 'decision',
      basis: 'offl-7',
      outcome: 'grant',
      request: { subject: 'x' },
      grounds: [],
      letterDate: '2025-01-01',
    } as Decision;
    await port.saveLetterState({ version: 1, decision });
    expect(await port.loadLetterState()).toEqual({ version: 1, decision });
  });
});

describe('MemoryPort property: user text is never touched', () => {
  it('keeps every user paragraph unchanged and in order, and never duplicates a block', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string(), { maxLength: 8 }),
        fc.array(stepArb, { maxLength: 6 }),
        async (user, steps) => {
          const init: ParagraphInit[] = user.map((text) => ({ text }));
          const doc = new MemoryDocument(init);
          const port = new MemoryPort(doc);
          const userKeys = doc.paragraphs.map((p) => p.key);
          for (const step of steps) {
            const base = await port.read();
            if (step.deleteBlock) doc.deleteBlock(step.deleteBlock);
            doc.setCursor(doc.paragraphs[step.cursor % Math.max(1, doc.paragraphs.length)]?.key);
            const result = await port.apply(step.plan, base);
            const users = doc.paragraphs.filter((p) => !p.blockId);
            expect(users.map((p) => p.key)).toEqual(userKeys);
            expect(users.map((p) => p.text)).toEqual(user);
            // Each block is one contiguous run, present once.
            const runs = doc.paragraphs.flatMap((p, i) =>
              p.blockId && doc.paragraphs[i - 1]?.blockId !== p.blockId ? [p.blockId] : [],
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
      { numRuns: 200 },
    );
  });
});
