import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, PROFILE_MESSAGES } from '../../src/letter/profile';
import { draftOf, isoOf, overridesOf, validateDraft } from '../../src/taskpane/settings/draft';
import { SETTINGS_STRINGS as S } from '../../src/taskpane/strings-check';

describe('the settings form model', () => {
  it('round-trips a profile through the draft unchanged', () => {
    const result = validateDraft(draftOf(EXAMPLE_PROFILE));
    expect(result).toEqual({ ok: true, profile: EXAMPLE_PROFILE });
  });

  it("leaves blank lines out and places a line's message by its line number as typed", () => {
    const draft = {
      ...draftOf(EXAMPLE_PROFILE),
      address: 'Torvet 1\n\n   \n9990 Nordby',
      extraNonWorkingDays: '\n2025-02-30',
    };
    const result = validateDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.extraNonWorkingDays).toEqual([
      `${S.line(2)}: ${PROFILE_MESSAGES.invalidDate('2025-02-30')}`,
    ]);
    expect(result.errors.address).toBeUndefined();
  });

  it('takes Danish dates (d.m.åååå) as ISO', () => {
    expect(isoOf('5.6.2025')).toBe('2025-06-05');
    expect(isoOf('2025-06-05')).toBe('2025-06-05');
    const result = validateDraft({ ...draftOf(EXAMPLE_PROFILE), extraNonWorkingDays: '24.12.2026' });
    expect(result.ok && result.profile.extraNonWorkingDays).toEqual(['2026-12-24']);
  });

  it("puts a case area's message on that row's field", () => {
    const draft = draftOf({ ...EXAMPLE_PROFILE, kind: 'state' });
    const row = draft.caseAreas[3];
    const result = validateDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok || !row) return;
    expect(result.errors[`caseArea:${row.key}:supervisionRoute`]).toEqual([
      PROFILE_MESSAGES.supervisionForState('Personalesager'),
    ]);
  });

  it("a blank unit cannot take away the administrator's unit", () => {
    const result = validateDraft({ ...draftOf(EXAMPLE_PROFILE), unit: '' }, EXAMPLE_PROFILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.unit).toEqual([S.unitFromAdmin]);
    expect(validateDraft({ ...draftOf(EXAMPLE_PROFILE), unit: '' }).ok).toBe(true);
  });

  it("overrides are only the fields that differ from the administrator's profile", () => {
    expect(overridesOf(EXAMPLE_PROFILE, EXAMPLE_PROFILE)).toEqual({});
    const areas = EXAMPLE_PROFILE.caseAreas.map((a) => ({ ...a }));
    areas.reverse();
    expect(
      overridesOf(EXAMPLE_PROFILE, { ...EXAMPLE_PROFILE, name: 'Anden Kommune', caseAreas: areas }),
    ).toEqual({
      name: 'Anden Kommune',
      caseAreas: areas,
    });
    // Key order inside a case area is not a difference.
    const reordered = EXAMPLE_PROFILE.caseAreas.map((a) => Object.fromEntries(Object.entries(a).reverse()));
    expect(
      overridesOf(EXAMPLE_PROFILE, { ...EXAMPLE_PROFILE, caseAreas: reordered as typeof areas }),
    ).toEqual({});
    // With no administrator profile, everything is the user's own.
    expect(overridesOf(undefined, EXAMPLE_PROFILE)).toEqual(EXAMPLE_PROFILE);
  });
});
