import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUNDS } from '../../src/grounds/catalogue';
import type { Ground, Outcome, RequestBasis } from '../../src/grounds/types';
import { parseCitations } from '../../src/law/citations';
import { quoteBlock } from '../../src/law/quote';
import { COMPANION_TEXTS } from '../../src/letter/companions';
import { composePlan } from '../../src/letter/compose';
import { formatRefList } from '../../src/letter/fill';
import { paragraphsText } from '../../src/letter/fill';
import { planDiff } from '../../src/letter/plan-diff';
import { renderPlanText } from '../../src/letter/plan-text';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Block, Decision, InsertionPlan } from '../../src/letter/types';

const LETTER_DATE = '2025-03-10';

function decisionWith(ground: Ground, overrides: Partial<Decision> = {}): Decision {
  const outcome: Outcome = ground.outcomes.includes('refusal')
    ? 'refusal'
    : (ground.outcomes[0] ?? 'refusal');
  return {
    kind: 'decision',
    basis: ground.bases[0] as RequestBasis,
    outcome,
    request: {
      receivedDate: '2025-03-03',
      subject: 'sagen om renovering af Skolevej',
      requester: 'Eva Eksempel',
    },
    grounds: [
      { groundId: ground.id, values: Object.fromEntries(ground.fields.map((f) => [f.name, `«${f.name}»`])) },
    ],
    caseAreaId: 'sociale-sager',
    letterDate: LETTER_DATE,
    ...overrides,
  };
}

/** Section keys ("offl 30") quoted in the legal-basis block, in order, with repeats. */
function quotedSections(plan: InsertionPlan): string[] {
  const legal = plan.blocks.find((b) => b.id === 'legal-basis');
  const keys: string[] = [];
  let statute = '';
  for (const p of legal?.paragraphs ?? []) {
    const text = p.runs.map((r) => r.text).join('');
    if (text.startsWith('Uddrag af offentlighedsloven')) statute = 'offl';
    else if (text.startsWith('Uddrag af forvaltningsloven')) statute = 'fvl';
    else if (text.startsWith('Uddrag af databeskyttelsesloven')) statute = 'dbl';
    const m = /^§ (\d+(?: [a-z])?)\. /.exec(text);
    if (p.quote && m) keys.push(`${statute} ${m[1]}`);
  }
  return keys;
}

/** Section keys cited anywhere outside the legal basis. */
function citedSections(plan: InsertionPlan): string[] {
  const text = plan.blocks
    .filter((b) => b.id !== 'legal-basis')
    .map((b) => paragraphsText(b.paragraphs))
    .join('\n');
  return [...new Set(parseCitations(text).map((c) => `${c.ref.statute} ${c.ref.section}`))];
}

const block = (plan: InsertionPlan, id: string): Block | undefined => plan.blocks.find((b) => b.id === id);
const text = (b: Block | undefined): string => (b ? paragraphsText(b.paragraphs) : '');

describe('every ground composes a complete refusal', () => {
  it.each(GROUNDS.map((g) => [g.id, g] as const))('%s', async (id, ground) => {
    const plan = composePlan(decisionWith(ground), EXAMPLE_PROFILE);
    const ids = plan.blocks.map((b) => b.id);
    expect(ids).toContain(`reasoning:${id}`);
    expect(ids).toContain('decision');
    expect(ids).toContain('complaint-guidance');
    expect(ids).toContain('legal-basis');
    for (const companion of ground.requires) {
      if (companion === 'extraction-29') continue; // only when the case concerns a bill or a published report
      if (!COMPANION_TEXTS[companion]) continue; // carried by the ground's own template
      expect(ids, companion).toContain(companion);
    }
    // The legal basis quotes the ground's own provisions, character for character from the law data.
    const quoted = quotedSections(plan);
    for (const ref of ground.refs) expect(quoted).toContain(`${ref.statute} ${ref.section}`);
    const legal =
      block(plan, 'legal-basis')
        ?.paragraphs.filter((p) => p.quote)
        .map((p) => p.runs[0]?.text) ?? [];
    const expected = quoteBlock(
      quoted.map((k) => ({ statute: k.split(' ')[0] as 'offl', section: k.slice(k.indexOf(' ') + 1) })),
      LETTER_DATE,
    ).groups.flatMap((g) => g.sections.flatMap((s) => s.lines));
    expect(legal).toEqual(expected);
    // Every field was given a value, so nothing is missing except companion fields.
    expect(plan.missing.filter((m) => m.blockId === `reasoning:${id}`)).toEqual([]);
    await expect(renderPlanText(plan)).toMatchFileSnapshot(`./__snapshots__/grounds/${id}.txt`);
  });
});

describe('the legal basis and the citations agree', () => {
  const bases: RequestBasis[] = ['offl-7', 'offl-8', 'fvl-9'];
  it('for random sets of grounds: each paragraph quoted once, every cited one quoted, every quoted one cited', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.constantFrom<Outcome>('refusal', 'partial'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (basis, outcome, picks) => {
          const pool = GROUNDS.filter((g) => g.bases.includes(basis));
          const chosen = [
            ...new Set(picks.map((i) => pool[i % pool.length]).filter((g): g is Ground => !!g)),
          ];
          const decision: Decision = {
            kind: 'decision',
            basis,
            outcome,
            request: { receivedDate: '2025-03-03', subject: 'sagen' },
            grounds: chosen.map((g) => ({ groundId: g.id, values: {} })),
            caseAreaId: 'sociale-sager',
            letterDate: LETTER_DATE,
          };
          const plan = composePlan(decision, EXAMPLE_PROFILE);
          const quoted = quotedSections(plan);
          expect(new Set(quoted).size).toBe(quoted.length);
          expect([...quoted].sort()).toEqual([...citedSections(plan)].sort());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a § 22 refusal never gets a § 14 block; a § 30 refusal always does', () => {
    const g22 = GROUNDS.find((g) => g.id === 'offl-22') as Ground;
    expect(composePlan(decisionWith(g22), EXAMPLE_PROFILE).blocks.map((b) => b.id)).not.toContain(
      'meroffentlighed',
    );
    for (const id of ['offl-30-1', 'offl-30-2']) {
      const plan = composePlan(decisionWith(GROUNDS.find((g) => g.id === id) as Ground), EXAMPLE_PROFILE);
      expect(text(block(plan, 'meroffentlighed'))).toContain('offentlighedslovens § 14, stk. 1');
    }
  });

  it('§§ 19-21 refusals cite § 14, stk. 2; a party gets forvaltningslovens § 10', () => {
    const g19 = GROUNDS.find((g) => g.id === 'offl-19') as Ground;
    expect(text(block(composePlan(decisionWith(g19), EXAMPLE_PROFILE), 'meroffentlighed'))).toContain(
      'offentlighedslovens § 14, stk. 2',
    );
    const fvl12 = GROUNDS.find((g) => g.id === 'fvl-12') as Ground;
    const party = composePlan(decisionWith(fvl12), EXAMPLE_PROFILE);
    expect(text(block(party, 'meroffentlighed'))).toContain('forvaltningslovens § 10, stk. 1');
    expect(text(block(party, 'extraction'))).toContain('forvaltningslovens § 14 a, stk. 1');
  });
});

describe('composition', () => {
  const g30 = GROUNDS.find((g) => g.id === 'offl-30-1') as Ground;
  const g23 = GROUNDS.find((g) => g.id === 'offl-23-1-1') as Ground;

  it('is idempotent, and ticking order does not matter', () => {
    const a = decisionWith(g30, {
      grounds: [
        { groundId: 'offl-30-1', values: {} },
        { groundId: 'offl-23-1-1', values: {} },
      ],
    });
    const b = decisionWith(g30, {
      grounds: [
        { groundId: 'offl-23-1-1', values: {} },
        { groundId: 'offl-30-1', values: {} },
      ],
    });
    expect(composePlan(a, EXAMPLE_PROFILE)).toEqual(composePlan(a, EXAMPLE_PROFILE));
    expect(composePlan(a, EXAMPLE_PROFILE)).toEqual(composePlan(b, EXAMPLE_PROFILE));
  });

  it('planDiff: unticking a ground removes its blocks; a new value updates only its block', () => {
    const both = decisionWith(g30, {
      grounds: [
        { groundId: 'offl-30-1', values: {} },
        { groundId: 'offl-23-1-1', values: {} },
      ],
    });
    const before = composePlan(both, EXAMPLE_PROFILE);
    const onlyThirty = composePlan(
      decisionWith(g30, { grounds: [{ groundId: 'offl-30-1', values: {} }] }),
      EXAMPLE_PROFILE,
    );
    const diff = planDiff(before, onlyThirty);
    expect(diff.remove).toContain('reasoning:offl-23-1-1');
    expect(diff.remove).toContain('extraction');
    expect(diff.add).toEqual([]);

    const field = g23.fields[0]?.name ?? '';
    const filled = composePlan(
      {
        ...both,
        grounds: [
          { groundId: 'offl-30-1', values: {} },
          { groundId: 'offl-23-1-1', values: { [field]: 'notaterne' } },
        ],
      },
      EXAMPLE_PROFILE,
    );
    const changed = planDiff(before, filled);
    expect(changed.update.map((b) => b.id)).toEqual(['reasoning:offl-23-1-1']);
    expect(changed.add).toEqual([]);
    expect(changed.remove).toEqual([]);
    expect(planDiff(undefined, before).add).toHaveLength(before.blocks.length);
  });

  it('keeps unfilled required fields visible as marked placeholders and reports them', () => {
    const plan = composePlan(
      decisionWith(g30, { grounds: [{ groundId: 'offl-30-1', values: {} }] }),
      EXAMPLE_PROFILE,
    );
    const required = g30.fields.filter((f) => f.required);
    for (const f of required) {
      expect(plan.missing).toContainEqual({ blockId: 'reasoning:offl-30-1', field: f.name, label: f.label });
      const runs = block(plan, 'reasoning:offl-30-1')?.paragraphs.flatMap((p) => p.runs) ?? [];
      expect(runs).toContainEqual({ text: `[${f.label}]`, bold: true });
    }
  });

  it('a full grant has no reasoning, companions or complaint guidance', () => {
    const plan = composePlan(decisionWith(g30, { outcome: 'grant', grounds: [] }), EXAMPLE_PROFILE);
    expect(plan.blocks.map((b) => b.id)).toEqual([
      'date',
      'request-reference',
      'decision',
      'sender',
      'legal-basis',
    ]);
    expect(text(block(plan, 'decision'))).toContain('Vi imødekommer din anmodning om aktindsigt.');
  });

  it('warns when a ground does not fit the request basis', () => {
    const plan = composePlan(decisionWith(g30, { basis: 'offl-8' }), EXAMPLE_PROFILE);
    expect(plan.warnings.some((w) => w.includes('Private forhold'))).toBe(true);
  });

  it('formats reference lists the Danish way', () => {
    expect(
      formatRefList([
        { statute: 'offl', section: '23', subsection: 1, item: 1 },
        { statute: 'offl', section: '30', item: 1 },
      ]),
    ).toBe('offentlighedslovens § 23, stk. 1, nr. 1, og § 30, nr. 1');
    expect(
      formatRefList([
        { statute: 'offl', section: '7' },
        { statute: 'offl', section: '11' },
      ]),
    ).toBe('offentlighedslovens § 7 og § 11');
  });

  it('the aktliste becomes a table that cites its grounds', () => {
    const plan = composePlan(
      decisionWith(g30, {
        outcome: 'partial',
        documents: [
          { number: '1', title: 'Ansøgning', date: '2025-01-05', decision: 'granted', groundIds: [] },
          {
            number: '2',
            title: 'Lægeerklæring',
            date: '2025-01-20',
            decision: 'withheld',
            groundIds: ['offl-30-1'],
          },
        ],
      }),
      EXAMPLE_PROFILE,
    );
    const rows = block(plan, 'document-list')
      ?.paragraphs.filter((p) => p.cells)
      .map((p) => p.cells);
    expect(rows).toEqual([
      ['Akt nr.', 'Dato', 'Titel', 'Aktindsigt', 'Hjemmel'],
      ['1', '5. januar 2025', 'Ansøgning', 'Ja', ''],
      ['2', '20. januar 2025', 'Lægeerklæring', 'Nej', 'offl. § 30, nr. 1'],
    ]);
  });
});

describe('letters beyond the decision', () => {
  const base: Decision = {
    kind: 'delay-notice',
    basis: 'offl-7',
    outcome: 'refusal',
    request: { receivedDate: '2025-03-03', subject: 'sagen om renovering af Skolevej' },
    grounds: [],
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-12',
    companionValues: {
      aarsag: 'anmodningen omfatter omkring 300 dokumenter',
      forventet_dato: '4. april 2025',
    },
  };

  it('a § 36 notice gives the reason, the expected date and the § 39 complaint', () => {
    const plan = composePlan(base, EXAMPLE_PROFILE);
    expect(plan.blocks.map((b) => b.id)).toEqual([
      'date',
      'request-reference',
      'delay',
      'complaint-guidance',
      'sender',
      'legal-basis',
    ]);
    expect(text(block(plan, 'delay'))).toContain('offentlighedslovens § 36, stk. 2');
    expect(text(block(plan, 'delay'))).toContain('senest den 4. april 2025');
    expect(quotedSections(plan)).toContain('offl 39');
    expect(plan.missing).toEqual([]);
  });

  it('for a party the notice cites forvaltningslovens § 16, stk. 2', () => {
    const plan = composePlan({ ...base, basis: 'fvl-9' }, EXAMPLE_PROFILE);
    expect(text(block(plan, 'delay'))).toContain('forvaltningslovens § 16, stk. 2');
  });

  it('a request to identify the documents is not a decision: no complaint guidance', () => {
    const plan = composePlan(
      {
        ...base,
        kind: 'identification-request',
        grounds: [{ groundId: 'offl-9-1', values: {} }],
        companionValues: {},
      },
      EXAMPLE_PROFILE,
    );
    expect(plan.blocks.map((b) => b.id)).not.toContain('complaint-guidance');
    expect(text(block(plan, 'identification-request'))).toContain('offentlighedslovens § 9, stk. 1');
    expect(plan.missing.map((m) => m.field)).toEqual(['uklart', 'svarfrist']);
  });

  it('an offer to narrow the request (§ 9, stk. 2, nr. 1 dialogue)', () => {
    const plan = composePlan(
      {
        ...base,
        kind: 'identification-request',
        grounds: [{ groundId: 'offl-9-2-1', values: {} }],
        companionValues: {},
      },
      EXAMPLE_PROFILE,
    );
    expect(text(block(plan, 'identification-request'))).toContain('offentlighedslovens § 9, stk. 2, nr. 1');
  });
});
