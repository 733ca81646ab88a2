import { describe, expect, test } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision } from '../../src/letter/types';
import { PORT_MESSAGES, PortError } from '../../src/port';
import { formatShortDate, fromIso, parseDanishDate, toIso } from '../../src/taskpane/state/dates';
import {
  blockTitle,
  companionsFor,
  groundBlocked,
  groundFields,
  insertPreview,
  kindFields,
  quoteStatus,
} from '../../src/taskpane/state/derive';
import {
  emptyDecision,
  initialPaneState,
  normaliseDecision,
  paneReducer,
} from '../../src/taskpane/state/pane-state';
import { portMessage } from '../../src/taskpane/state/port-message';
import { profileDetails } from '../../src/taskpane/state/use-pane';
import { STRINGS } from '../../src/taskpane/strings';

const decision = (patch: Partial<Decision>): Decision => ({ ...emptyDecision('2025-03-10'), ...patch });
const chosen = (...ids: string[]) => ids.map((groundId) => ({ groundId, values: {} }));

describe('dates', () => {
  test.each([
    ['03.03.2025', '2025-03-03'],
    ['3.3.2025', '2025-03-03'],
    ['3.3.25', '2025-03-03'],
    ['3/3-2025', '2025-03-03'],
    ['3-3-2025', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['3. marts 2025', '2025-03-03'],
    ['3 mar 2025', '2025-03-03'],
    [' 29.02.2024 ', '2024-02-29'],
  ])('reads %s', (text, iso) => {
    const date = parseDanishDate(text);
    expect(date && toIso(date)).toBe(iso);
  });

  test.each(['29.02.2025', '32.01.2025', '03.13.2025', 'i går', '', '3. marsk 2025'])(
    'refuses %s',
    (text) => {
      expect(parseDanishDate(text)).toBeNull();
    },
  );

  test('shows dd.mm.yyyy and round-trips ISO in local time', () => {
    expect(formatShortDate(fromIso('2025-03-03'))).toBe('03.03.2025');
    expect(formatShortDate(undefined)).toBe('');
    expect(fromIso('2025-02-30')).toBeUndefined();
    expect(toIso(fromIso('2025-12-31')!)).toBe('2025-12-31');
  });
});

describe('the reducer', () => {
  const ready = paneReducer(initialPaneState(), {
    type: 'loaded',
    profileFailed: false,
    profile: EXAMPLE_PROFILE,
  });

  test('unticking a ground keeps what was typed; ticking again brings it back', () => {
    let state = paneReducer(ready, { type: 'ground', groundId: 'offl-30-1', checked: true });
    state = paneReducer(state, {
      type: 'groundValue',
      groundId: 'offl-30-1',
      field: 'oplysninger',
      value: 'x',
    });
    state = paneReducer(state, { type: 'ground', groundId: 'offl-30-1', checked: false });
    expect(state.decision.grounds).toEqual([]);
    state = paneReducer(state, { type: 'ground', groundId: 'offl-30-1', checked: true });
    expect(state.decision.grounds).toEqual([{ groundId: 'offl-30-1', values: { oplysninger: 'x' } }]);
    expect(state.parked).toEqual({});
  });

  test('restores a saved decision and its applied plan', () => {
    const saved = decision({ outcome: 'partial', grounds: chosen('offl-30-1') });
    const plan = composePlan(saved, EXAMPLE_PROFILE);
    const state = paneReducer(initialPaneState(), {
      type: 'loaded',
      letterState: { version: 1, decision: saved, applied: plan },
      profileFailed: false,
    });
    expect(state.phase).toBe('ready');
    expect(state.decision).toEqual(saved);
    expect(state.applied).toBe(plan);
  });

  test('after an insert, the document holds what the result says', () => {
    const state = paneReducer(
      { ...ready, present: ['date', 'reasoning:offl-30-1'] },
      {
        type: 'applied',
        plan: { blocks: [], missing: [], warnings: [] },
        result: {
          inserted: ['decision'],
          updated: ['date'],
          removed: ['reasoning:offl-30-1'],
          unchanged: [],
          problems: [],
        },
      },
    );
    expect(state.present).toEqual(['date', 'decision']);
  });

  test('a damaged saved decision is made whole, keeping what is valid', () => {
    const restored = normaliseDecision(
      {
        outcome: 'refusal',
        basis: 'nonsense',
        grounds: [{ groundId: 'offl-30-1' }, 7],
        letterDate: '2025-02-30',
        request: { subject: 5 },
      },
      '2025-03-10',
    );
    expect(restored.outcome).toBe('refusal');
    expect(restored.basis).toBe('offl-7');
    expect(restored.grounds).toEqual([{ groundId: 'offl-30-1', values: {} }]);
    expect(restored.letterDate).toBe('2025-03-10');
    expect(restored.request.subject).toBe('');
    expect(normaliseDecision(null, '2025-03-10')).toEqual(emptyDecision('2025-03-10'));
  });
});

describe('companions', () => {
  test('follow the composer: § 30 refusal brings § 34 and meroffentlighed, none on a grant', () => {
    const refusal = decision({ outcome: 'refusal', grounds: chosen('offl-30-1') });
    const needs = companionsFor(refusal);
    expect(needs.map((n) => n.id)).toEqual(['partial-34', 'meroffentlighed']);
    const plan = composePlan(refusal, EXAMPLE_PROFILE);
    for (const need of needs) expect(plan.blocks.some((b) => b.id === need.id)).toBe(true);
    expect(needs[0]!.fields.map((f) => f.name)).toEqual(['undtagelse_34', 'begrundelse_34']);
    expect(needs[0]!.fields[0]!.choices).toBe(STRINGS.fields.exception34);
    expect(needs[1]!.requiredBy).toEqual([groundById('offl-30-1')]);
    expect(companionsFor({ ...refusal, outcome: 'grant' })).toEqual([]);
  });

  test('a partial grant under § 30 asks nothing for § 34 (the rest is handed out)', () => {
    const needs = companionsFor(decision({ outcome: 'partial', grounds: chosen('offl-30-1') }));
    expect(needs.find((n) => n.id === 'partial-34')?.fields).toEqual([]);
  });

  test('internal documents bring extraction, and the optional § 29 extraction', () => {
    const needs = companionsFor(decision({ outcome: 'refusal', grounds: chosen('offl-23-1-1') }));
    expect(needs.map((n) => n.id)).toEqual(['meroffentlighed', 'extraction', 'extraction-29']);
    expect(needs[2]!.fields.every((f) => !f.required)).toBe(true);
  });

  test('a delay notice asks for its reason and expected date', () => {
    expect(kindFields(decision({ kind: 'delay-notice' })).map((f) => f.name)).toEqual([
      'aarsag',
      'forventet_dato',
    ]);
    expect(kindFields(decision({}))).toEqual([]);
  });

  test('fields are found even while the letter date is half typed', () => {
    expect(kindFields(decision({ kind: 'delay-notice', letterDate: '' })).length).toBe(2);
  });
});

describe('under miljøoplysningsloven', () => {
  const mol = decision({ basis: 'mol', outcome: 'refusal', grounds: chosen('offl1985-12-1-1') });

  test('a ground needing the concrete weighing shows the weighing fields with its own, not on a grant', () => {
    const ground = groundById('offl1985-12-1-1')!;
    const names = groundFields(ground, mol).map((f) => f.name);
    expect(names).toEqual([
      ...ground.fields.map((f) => f.name),
      'for_udlevering',
      'imod_udlevering',
      'afvejning',
    ]);
    expect(groundFields(ground, { ...mol, outcome: 'grant' }).map((f) => f.name)).toEqual(
      ground.fields.map((f) => f.name),
    );
    // Every weighing field the composer reports missing is one the pane shows.
    const plan = composePlan(mol, EXAMPLE_PROFILE);
    const weighing = plan.missing.filter((m) => m.blockId === `weighing:${ground.id}`).map((m) => m.field);
    expect(weighing.length).toBeGreaterThan(0);
    for (const field of weighing) expect(names).toContain(field);
  });

  test('companions without a text of their own come with the title and fields the composer gives them', () => {
    const needs = companionsFor(mol);
    const plan = composePlan(mol, EXAMPLE_PROFILE);
    for (const need of needs) {
      expect(need.title).toBe(plan.blocks.find((b) => b.id === need.id)!.title);
      const missing = plan.missing.filter((m) => m.blockId === need.id).map((m) => m.field);
      expect(need.fields.map((f) => f.name)).toEqual(missing);
    }
  });

  test('a 1985 provision whose text is not held is marked; a ground the regime rules out is blocked', () => {
    expect(quoteStatus(groundById('offl1985-12-1-1')!, '2025-03-10', 'mol').missing[0]?.kind).toBe(
      'text-missing',
    );
    expect(groundBlocked(groundById('offl1985-10-5')!, 'mol')).toMatch(/^Kan ikke bruges/);
    expect(groundBlocked(groundById('offl-30-1')!, 'offl-7')).toBeUndefined();
  });
});

describe('insert preview', () => {
  const first = composePlan(decision({ outcome: 'refusal', grounds: chosen('offl-30-1') }), EXAMPLE_PROFILE);
  const second = composePlan(decision({ outcome: 'refusal', grounds: chosen('offl-30-2') }), EXAMPLE_PROFILE);

  test('an empty document: every block is inserted', () => {
    const preview = insertPreview(first, undefined, []);
    expect(preview.add.map((b) => b.id)).toEqual(first.blocks.map((b) => b.id));
    expect(preview.update).toEqual([]);
    expect(preview.remove).toEqual([]);
  });

  test('another ground: its reasoning replaces the old one, which is removed by title', () => {
    const present = first.blocks.map((b) => b.id);
    const preview = insertPreview(second, first, present);
    expect(preview.add.map((b) => b.id)).toEqual(['reasoning:offl-30-2']);
    expect(preview.remove).toEqual([{ id: 'reasoning:offl-30-1', title: 'Begrundelse: Private forhold' }]);
    expect(preview.update.map((b) => b.id)).toContain('decision');
    expect(preview.unchanged).toContain('sender');
  });

  test('a block the user deleted by hand is inserted again', () => {
    const present = first.blocks.map((b) => b.id).filter((id) => id !== 'complaint-guidance');
    expect(insertPreview(first, first, present).add.map((b) => b.id)).toEqual(['complaint-guidance']);
  });

  test('titles of blocks the pane did not insert come from their id', () => {
    expect(blockTitle('complaint-guidance')).toBe('Klagevejledning');
    expect(blockTitle('reasoning:offl-30-1')).toBe(`Begrundelse: ${groundById('offl-30-1')!.label}`);
  });
});

describe('messages', () => {
  test('the result in Danish, counting right', () => {
    expect(STRINGS.insert.result(3, 1, 1)).toBe('3 afsnit indsat, 1 opdateret, 1 fjernet.');
    expect(STRINGS.insert.result(1, 0, 0)).toBe('1 afsnit indsat.');
    expect(STRINGS.insert.result(0, 2, 0)).toBe('2 afsnit opdateret.');
    expect(STRINGS.insert.result(0, 0, 0)).toMatch(/^Intet ændret/);
    expect(STRINGS.insert.missingHeading(1)).toBe('1 felt ikke udfyldt');
    expect(STRINGS.insert.missingHeading(2)).toBe('2 felter ikke udfyldt');
  });

  test('port errors: a PortError says what, anything else is unknown', () => {
    expect(portMessage(new PortError('protected'))).toBe(PORT_MESSAGES.protected);
    expect(portMessage(new TypeError('Failed to fetch'))).toBe(PORT_MESSAGES.unknown);
    expect(portMessage('nope')).toBe(PORT_MESSAGES.unknown);
  });

  test("a profile store's Danish reasons are shown; other errors have none", () => {
    expect(
      profileDetails(Object.assign(new Error('x'), { errors: ['Navn: Myndighedens navn mangler.'] })),
    ).toEqual(['Navn: Myndighedens navn mangler.']);
    expect(profileDetails(new Error('boom'))).toEqual([]);
  });

  test("a ground's provisions are quoted, or the ground says why not", () => {
    const status = quoteStatus(groundById('offl-30-1')!, '2025-03-10', 'offl-7');
    expect(status).toEqual({ missing: [], secondary: [] });
    // A provision we hold no text for is reported, so the picker can mark it.
    const made = { ...groundById('offl-30-1')!, refs: [{ statute: 'offl' as const, section: '99' }] };
    expect(quoteStatus(made, '2025-03-10', 'offl-7').missing.length).toBe(1);
  });
});
