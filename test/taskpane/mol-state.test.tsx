// Pure logic: the pane's reducer and the letter state under miljøoplysningsloven (no DOM).
import { describe, expect, test } from 'vitest';
import type { Decision } from '../../src/letter/types';
import {
  emptyDecision,
  initialPaneState,
  normaliseDecision,
  paneReducer,
  type PaneState,
} from '../../src/taskpane/state/pane-state';

const TODAY = '2025-03-10';

function ready(decision: Partial<Decision> = {}): PaneState {
  return { ...initialPaneState(), phase: 'ready', decision: { ...emptyDecision(TODAY), ...decision } };
}

describe('environmental information on and off', () => {
  test.each([
    ['offl-7', 'mol'],
    ['offl-8', 'mol'],
    ['fvl-9', 'mol-party'],
  ] as const)('%s becomes %s, regime and flag set, and off restores %s', (before, after) => {
    const on = paneReducer(ready({ basis: before }), { type: 'environmental', on: true });
    expect(on.decision.basis).toBe(after);
    expect(on.decision.regime).toBe('mol');
    expect(on.decision.environmentalInformation).toBe(true);
    const off = paneReducer(on, { type: 'environmental', on: false });
    expect(off.decision.basis).toBe(before);
    expect(off.decision.regime).toBeUndefined();
    expect(off.decision.environmentalInformation).toBeUndefined();
  });

  test('turning it off keeps the grounds, values and MOL answers typed', () => {
    let state = paneReducer(ready(), { type: 'environmental', on: true });
    state = paneReducer(state, { type: 'ground', groundId: 'offl1985-7-1', checked: true });
    state = paneReducer(state, {
      type: 'groundValue',
      groundId: 'offl1985-7-1',
      field: 'afvejning',
      value: 'min afvejning',
    });
    state = paneReducer(state, { type: 'mol', action: { kind: 'patch', patch: { emissions: 'no' } } });
    const off = paneReducer(state, { type: 'environmental', on: false });
    expect(off.decision.grounds).toEqual([
      { groundId: 'offl1985-7-1', values: { afvejning: 'min afvejning' } },
    ]);
    expect(off.decision.emissions).toBe('no');
  });

  test('picking a basis directly sets the regime consistently', () => {
    const mol = paneReducer(ready(), { type: 'set', patch: { basis: 'mol-party' } });
    expect(mol.decision.regime).toBe('mol');
    expect(mol.decision.environmentalInformation).toBe(true);
    const back = paneReducer(mol, { type: 'set', patch: { basis: 'offl-8' } });
    expect(back.decision.regime).toBeUndefined();
    expect(back.decision.environmentalInformation).toBeUndefined();
    // Without a basis before, off falls back to the plain act's counterpart.
    expect(paneReducer(mol, { type: 'environmental', on: false }).decision.basis).toBe('fvl-9');
  });
});

describe('MOL options', () => {
  test('patch sets and clears values; undefined removes the key', () => {
    let state = paneReducer(ready({ basis: 'mol' }), {
      type: 'mol',
      action: { kind: 'patch', patch: { formRefusal: 2, underPreparation: true } },
    });
    expect(state.decision).toMatchObject({ formRefusal: 2, underPreparation: true });
    state = paneReducer(state, { type: 'mol', action: { kind: 'patch', patch: { formRefusal: undefined } } });
    expect('formRefusal' in state.decision).toBe(false);
  });

  test('the police flag is set on the ground and removed again', () => {
    let state = ready({ basis: 'mol', grounds: [{ groundId: 'offl1985-2-1-1', values: { x: 'y' } }] });
    state = paneReducer(state, {
      type: 'mol',
      action: { kind: 'police', groundId: 'offl1985-2-1-1', value: true },
    });
    expect(state.decision.grounds[0]).toEqual({
      groundId: 'offl1985-2-1-1',
      values: { x: 'y' },
      policeOrProsecution: true,
    });
    state = paneReducer(state, {
      type: 'mol',
      action: { kind: 'police', groundId: 'offl1985-2-1-1', value: false },
    });
    expect(state.decision.grounds[0]).toEqual({ groundId: 'offl1985-2-1-1', values: { x: 'y' } });
  });

  test('a second-track ground unticked keeps its values for when it is ticked again', () => {
    let state = paneReducer(ready({ basis: 'mol' }), {
      type: 'mol',
      action: { kind: 'secondTrackGround', groundId: 'offl-30-1', checked: true },
    });
    state = paneReducer(state, {
      type: 'mol',
      action: { kind: 'secondTrackValue', groundId: 'offl-30-1', field: 'oplysninger', value: 'helbred' },
    });
    state = paneReducer(state, {
      type: 'mol',
      action: { kind: 'secondTrackGround', groundId: 'offl-30-1', checked: false },
    });
    expect(state.decision.secondTrackGrounds).toEqual([]);
    state = paneReducer(state, {
      type: 'mol',
      action: { kind: 'secondTrackGround', groundId: 'offl-30-1', checked: true },
    });
    expect(state.decision.secondTrackGrounds).toEqual([
      { groundId: 'offl-30-1', values: { oplysninger: 'helbred' } },
    ]);
  });

  test('a supplied text is replaced per paragraph, and an emptied one without source goes', () => {
    const supply = (text: string, source?: string) =>
      ({
        type: 'mol',
        action: { kind: 'supplied', statute: 'offl1985', section: '7', text, source },
      }) as const;
    let state = paneReducer(ready({ basis: 'mol' }), supply('§ 7. Retten'));
    state = paneReducer(state, supply('§ 7. Retten til aktindsigt', 'retsinformation.dk'));
    expect(state.decision.suppliedTexts).toEqual([
      { statute: 'offl1985', section: '7', text: '§ 7. Retten til aktindsigt', source: 'retsinformation.dk' },
    ]);
    state = paneReducer(state, supply(''));
    expect(state.decision.suppliedTexts).toEqual([]);
  });
});

describe('normaliseDecision keeps the MOL state, validated', () => {
  test('valid MOL fields survive a save and read back', () => {
    const decision: Decision = {
      ...emptyDecision(TODAY),
      basis: 'mol',
      regime: 'mol',
      environmentalInformation: true,
      outcome: 'refusal',
      grounds: [{ groundId: 'offl1985-2-1-1', values: {}, policeOrProsecution: true }],
      emissions: 'partly',
      secondTrack: true,
      secondTrackGrounds: [{ groundId: 'offl-30-1', values: { a: 'b' } }],
      suppliedTexts: [
        { statute: 'offl1985', section: '7', text: '§ 7. tekst', source: 'retsinformation.dk' },
      ],
      meroffentlighed: true,
      underPreparation: true,
      formRefusal: 1,
    };
    expect(normaliseDecision(JSON.parse(JSON.stringify(decision)), TODAY)).toEqual(decision);
  });

  test('invalid MOL values are dropped, never kept as they came', () => {
    const out = normaliseDecision(
      {
        basis: 'mol',
        emissions: 'måske',
        secondTrack: 'ja',
        formRefusal: 3,
        underPreparation: 1,
        meroffentlighed: null,
        secondTrackGrounds: [{ groundId: 7 }, { groundId: 'offl-30-1', values: { a: 1, b: 'c' } }],
        suppliedTexts: [
          { statute: 'nope', section: '7', text: 'x' },
          { statute: 'offl1985', section: 7, text: 'x' },
          { statute: 'offl1985', section: '12', text: '§ 12. x', source: 5 },
        ],
        grounds: [{ groundId: 'offl1985-2-1-1', values: {}, policeOrProsecution: 'yes' }],
      },
      TODAY,
    );
    expect(out.emissions).toBeUndefined();
    expect(out.secondTrack).toBeUndefined();
    expect(out.formRefusal).toBeUndefined();
    expect(out.underPreparation).toBeUndefined();
    expect(out.meroffentlighed).toBeUndefined();
    expect(out.secondTrackGrounds).toEqual([{ groundId: 'offl-30-1', values: { b: 'c' } }]);
    expect(out.suppliedTexts).toEqual([{ statute: 'offl1985', section: '12', text: '§ 12. x' }]);
    expect(out.grounds).toEqual([{ groundId: 'offl1985-2-1-1', values: {} }]);
    expect(out.regime).toBe('mol');
    expect(out.environmentalInformation).toBe(true);
  });

  test('a letter marked MOL on another basis reads as MOL; a stray regime on a plain basis goes', () => {
    expect(normaliseDecision({ basis: 'fvl-9', regime: 'mol' }, TODAY).basis).toBe('mol-party');
    expect(normaliseDecision({ basis: 'offl-8', environmentalInformation: true }, TODAY).basis).toBe('mol');
    const plain = normaliseDecision({ basis: 'offl-7', regime: 'fvl' }, TODAY);
    expect(plain.regime).toBeUndefined();
    expect(plain.basis).toBe('offl-7');
  });
});
