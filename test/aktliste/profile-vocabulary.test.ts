/** The profile's aktliste.vocabulary: the administrator's shared reason wordings, validated in Danish. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, PROFILE_MESSAGES as M, parseProfile } from '../../src/letter/profile';

const withList = (aktliste: unknown) => parseProfile({ ...EXAMPLE_PROFILE, aktliste });

describe('profile.json: aktliste.vocabulary', () => {
  it('accepts wordings with grounds, and an empty grounds list ("not a ground")', () => {
    const parsed = withList({
      documentReference: 'titles',
      vocabulary: [
        { phrase: 'Oplysninger om ansattes helbred', grounds: ['offl-30-1'] },
        { phrase: ' Sendt til orientering ', grounds: [] },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.profile.aktliste?.vocabulary).toEqual([
        { phrase: 'Oplysninger om ansattes helbred', grounds: ['offl-30-1'] },
        { phrase: 'Sendt til orientering', grounds: [] },
      ]);
  });

  it.each([
    ['not a list', { vocabulary: 'offl-30-1' }, M.vocabularyNotList],
    ['an entry not an object', { vocabulary: ['x'] }, M.vocabularyEntryNotObject],
    ['a blank phrase', { vocabulary: [{ phrase: ' ', grounds: [] }] }, M.vocabularyPhraseMissing],
    ['no phrase', { vocabulary: [{ grounds: [] }] }, M.vocabularyPhraseMissing],
    [
      'grounds not a list',
      { vocabulary: [{ phrase: 'a', grounds: 'offl-30-1' }] },
      M.vocabularyGroundsNotList,
    ],
    [
      'a ground not an id',
      { vocabulary: [{ phrase: 'a', grounds: ['§ 30, nr. 1'] }] },
      M.vocabularyGroundInvalid,
    ],
    [
      'an unknown field',
      { vocabulary: [{ phrase: 'a', grounds: [], regime: 'offl' }] },
      M.unknownFields(['regime']),
    ],
  ])('refuses %s with a Danish message', (_, aktliste, message) => {
    const parsed = withList(aktliste);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toContain(message);
  });
});
