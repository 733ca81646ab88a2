/**
 * The authority profile's parts for miljøoplysningsloven: per case area the MOL appeal body, a text for cases
 * without one and a time limit from the profile's own data; the authority as a § 1, stk. 2 organ or a utility,
 * its sentence on how to complain and its default second track.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, mergeProfile, parseProfile, PROFILE_MESSAGES } from '../../src/letter/profile';

const base = {
  name: 'Eksempel Forsyning A/S',
  kind: 'other',
  address: ['Værksvej 2'],
  caseAreas: [{ id: 'spildevand', name: 'Spildevand', molAppealBody: 'Miljø- og Fødevareklagenævnet' }],
};

describe('profile: miljøoplysningsloven', () => {
  it('accepts the MOL fields', () => {
    const result = parseProfile({
      ...base,
      mol: { utility: true, howToComplain: 'Send klagen til os på mail.', secondTrack: false },
      caseAreas: [
        {
          id: 'spildevand',
          name: 'Spildevand',
          molAppealBody: 'Miljø- og Fødevareklagenævnet',
          molComplaintDeadline: '4 uger',
        },
        { id: 'vej', name: 'Vejsager', molNoAppealBody: 'Der er ingen klageinstans.' },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.profile.mol).toEqual({
        utility: true,
        howToComplain: 'Send klagen til os på mail.',
        secondTrack: false,
      });
      expect(result.profile.caseAreas[1]?.molNoAppealBody).toBe('Der er ingen klageinstans.');
    }
  });

  it('old profiles without MOL fields stay valid', () => {
    expect(parseProfile(base).ok).toBe(true);
    expect(parseProfile({ ...EXAMPLE_PROFILE }).ok).toBe(true);
  });

  it('rejects blank texts, wrong types and misspelt fields with Danish messages', () => {
    const blank = parseProfile({ ...base, caseAreas: [{ id: 'a', name: 'A', molAppealBody: ' ' }] });
    expect(blank.ok === false && blank.errors).toEqual([
      `Sagsområde 1 (A): ${PROFILE_MESSAGES.molAppealBodyEmpty}`,
    ]);
    const flag = parseProfile({ ...base, mol: { utility: 'ja' } });
    expect(flag.ok === false && flag.errors[0]).toContain(PROFILE_MESSAGES.molFlagNotBoolean);
    const typo = parseProfile({ ...base, mol: { utilty: true } });
    expect(typo.ok === false && typo.errors[0]).toContain('Ukendt felt »utilty«');
  });

  it('mergeProfile copies the MOL part', () => {
    const merged = mergeProfile(EXAMPLE_PROFILE, { mol: { secondTrack: true } });
    expect(merged.mol).toEqual({ secondTrack: true });
    expect(mergeProfile(EXAMPLE_PROFILE, {}).mol).toBeUndefined();
  });
});
