// Pure logic: what the pane derives from a decision under miljøoplysningsloven (no DOM).
import { describe, expect, test } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { composePlan } from '../../src/letter/compose';
import { WEIGHING_FIELDS } from '../../src/letter/compose-mol';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision } from '../../src/letter/types';
import {
  emissionGrounds,
  fieldsKey,
  groundFields,
  missingTexts,
  molOptionFields,
} from '../../src/taskpane/state/derive';
import { emptyDecision } from '../../src/taskpane/state/pane-state';

const REFUSAL: Decision = {
  ...emptyDecision('2025-03-10'),
  basis: 'mol',
  regime: 'mol',
  environmentalInformation: true,
  outcome: 'refusal',
};
const chose = (...ids: string[]) => ids.map((groundId) => ({ groundId, values: {} }));
const names = (fields: { name: string }[] | undefined) => (fields ?? []).map((f) => f.name);

describe('MOL fields the pane derives', () => {
  test('the police flag takes the weighing fields away from § 2, stk. 1, 1. pkt. only', () => {
    const criminal = groundById('offl1985-2-1-1')!;
    const weighing = WEIGHING_FIELDS.map((f) => f.name);
    expect(names(groundFields(criminal, REFUSAL))).toEqual(expect.arrayContaining(weighing));
    const police = { groundId: criminal.id, values: {}, policeOrProsecution: true };
    expect(names(groundFields(criminal, REFUSAL, police))).not.toContain('afvejning');
    expect(fieldsKey({ ...REFUSAL, grounds: [police] })).not.toBe(
      fieldsKey({ ...REFUSAL, grounds: chose(criminal.id) }),
    );
  });

  test("the MOL options bring the composer's own fields, and only under MOL on a decision", () => {
    const d: Decision = {
      ...REFUSAL,
      grounds: chose('offl1985-12-1-2'),
      underPreparation: true,
      formRefusal: 1,
      meroffentlighed: true,
    };
    const fields = molOptionFields(d);
    expect(names(fields['under-preparation'])).toEqual(['udarbejdende_myndighed', 'forventet_endelig']);
    expect(names(fields.form)).toEqual(['oensket_form', 'tilgaengelig_form']);
    expect(names(fields.meroffentlighed)).toEqual(['meroffentlighed']);
    expect(names(molOptionFields({ ...d, formRefusal: 2 }).form)).toEqual([
      'oensket_form',
      'anden_form',
      'begrundelse_form',
    ]);
    // Every field shown is one the composer reports blank.
    const plan = composePlan({ ...d, companionValues: {} }, EXAMPLE_PROFILE);
    for (const [block, list] of Object.entries(fields))
      for (const f of list ?? [])
        expect(plan.missing.some((m) => m.blockId === block && m.field === f.name)).toBe(true);
    expect(molOptionFields({ ...d, basis: 'offl-7', regime: undefined })).toEqual({});
    expect(molOptionFields({ ...d, kind: 'delay-notice' })).toEqual({});
  });

  test('emissions: asked for the grounds § 2, stk. 5 names; its fields follow the answer', () => {
    expect(emissionGrounds({ ...REFUSAL, grounds: chose('offl1985-7-1') })).toEqual([]);
    const d = { ...REFUSAL, grounds: chose('offl1985-7-1', 'offl1985-12-1-2') };
    expect(emissionGrounds(d).map((g) => g.id)).toEqual(['offl1985-12-1-2']);
    expect(emissionGrounds({ ...d, outcome: 'grant' })).toEqual([]);
    expect(molOptionFields(d).emissions).toBeUndefined();
    expect(molOptionFields({ ...d, emissions: 'no' }).emissions).toBeUndefined();
    expect(names(molOptionFields({ ...d, emissions: 'yes' }).emissions)).toEqual(['artikel_4_2_emissioner']);
    expect(names(molOptionFields({ ...d, emissions: 'partly' }).emissions)).toEqual([
      'emissionsoplysninger',
      'artikel_4_2_emissioner',
    ]);
  });

  test('the second track: its result field without grounds, none for a party', () => {
    const d = { ...REFUSAL, secondTrack: true };
    expect(names(molOptionFields(d)['second-track'])).toEqual(['resultat_offl']);
    expect(molOptionFields({ ...d, secondTrackGrounds: chose('offl-30-1') })['second-track']).toBeUndefined();
    expect(
      names(
        molOptionFields({ ...d, secondTrackGrounds: chose('offl-30-1') })['second-track:meroffentlighed'],
      ),
    ).toEqual(['meroffentlighed_2013']);
    expect(molOptionFields({ ...d, basis: 'mol-party' })['second-track']).toBeUndefined();
  });
});

describe('missingTexts', () => {
  test('names each 1985 paragraph the legal basis cannot quote, once, with what was supplied', () => {
    const d = { ...REFUSAL, grounds: chose('offl1985-14', 'offl1985-10-1') };
    const missing = missingTexts(d);
    expect(missing.map((m) => [m.statute, m.section])).toEqual([['offl1985', '14']]);
    expect(missing[0]!.label).toBe('1985-offentlighedslovens § 14');
    expect(missing[0]!.reason).toMatch(/ikke med i lovdata/);
    // Nothing is filled in: no text until the jurist supplies one.
    expect(missing[0]!.supplied).toBeUndefined();
    const supplied = { statute: 'offl1985' as const, section: '14', text: '§ 14. Indsat' };
    expect(missingTexts({ ...d, suppliedTexts: [supplied] })[0]!.supplied).toEqual(supplied);
    // The composer reports the same paragraph as missing in the legal basis.
    const plan = composePlan(d, EXAMPLE_PROFILE);
    expect(plan.missing.filter((m) => m.blockId === 'legal-basis').map((m) => m.field)).toEqual([
      'lovtekst:offl1985-14',
    ]);
  });

  test('meroffentlighed under the 1985 act adds its § 4; nothing outside MOL', () => {
    expect(missingTexts({ ...REFUSAL, meroffentlighed: true }).map((m) => m.section)).toEqual(['4']);
    expect(missingTexts({ ...REFUSAL, basis: 'mol-party', meroffentlighed: true })).toEqual([]);
    expect(missingTexts({ ...REFUSAL, basis: 'offl-7', grounds: chose('offl-30-1') })).toEqual([]);
  });
});
