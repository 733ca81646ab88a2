// @vitest-environment jsdom
import { renderInPane } from './setup-check';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AuthorityProfile } from '../../src/letter/types';
import { MOL_STRINGS } from '../../src/taskpane/mol/strings';
import { createBrowserProfileStore, OVERRIDES_KEY } from '../../src/taskpane/profile-store';
import { draftOf, overridesOf, validateDraft } from '../../src/taskpane/settings/draft';
import { SETTINGS_STRINGS as S } from '../../src/taskpane/strings-check';
import { SettingsView } from '../../src/taskpane/views/SettingsView';

const M = MOL_STRINGS.settings;

const ADMIN: AuthorityProfile = {
  name: 'Nordby Kommune',
  kind: 'municipality',
  address: ['Torvet 1', '9990 Nordby'],
  signature: [],
  extraNonWorkingDays: [],
  caseAreas: [{ id: 'miljoe', name: 'Miljøsager', supervisionRoute: false }],
};

const FULL: AuthorityProfile = {
  ...ADMIN,
  mol: { utility: true, organ: false, howToComplain: 'Send klagen til os på mail.', secondTrack: true },
  aktliste: { documentReference: 'titles' },
  caseAreas: [
    {
      id: 'miljoe',
      name: 'Miljøsager',
      supervisionRoute: false,
      molAppealBody: 'Miljø- og Fødevareklagenævnet',
      molComplaintDeadline: '4 uger',
    },
    { id: 'veje', name: 'Veje', supervisionRoute: false, molNoAppealBody: 'Afgørelsen kan ikke påklages.' },
  ],
};

describe('the profile draft under miljøoplysningsloven', () => {
  test('mol, the case areas’ MOL fields and the aktliste section survive the form unchanged', () => {
    const result = validateDraft(draftOf(FULL));
    expect(result).toEqual({ ok: true, profile: FULL });
  });

  test('a profile without a mol section is saved without one, and nothing counts as changed', () => {
    const result = validateDraft(draftOf(ADMIN));
    expect(result.ok && result.profile).toEqual(ADMIN);
    expect(result.ok && overridesOf(ADMIN, result.profile)).toEqual({});
  });

  test('blank MOL texts mean "not given", as every optional field of the form', () => {
    const draft = draftOf(FULL);
    draft.mol.howToComplain = '   ';
    draft.caseAreas[0]!.molAppealBody = ' ';
    draft.caseAreas[1]!.molNoAppealBody = '';
    const result = validateDraft(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.mol).toEqual({ utility: true, organ: false, secondTrack: true });
    expect(result.profile.caseAreas[0]).not.toHaveProperty('molAppealBody');
    expect(result.profile.caseAreas[1]).not.toHaveProperty('molNoAppealBody');
    // A complaint deadline stays only where the authority's data give one.
    expect(result.profile.caseAreas[0]!.molComplaintDeadline).toBe('4 uger');
    expect(result.profile.caseAreas[1]).not.toHaveProperty('molComplaintDeadline');
  });
});

describe('Indstillinger: miljøoplysninger', { timeout: 30_000 }, () => {
  beforeEach(() => localStorage.clear());

  test('the MOL fields are edited, validated and saved as overrides', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(ADMIN), { status: 200 }));
    const store = createBrowserProfileStore({ fetchFn, storage: localStorage });
    const onProfileChange = vi.fn();
    renderInPane(<SettingsView store={store} onProfileChange={onProfileChange} />);
    await screen.findByDisplayValue('Nordby Kommune');
    const user = userEvent.setup({ delay: null });

    const group = screen.getByRole('group', { name: M.heading });
    await user.click(within(group).getByRole('switch', { name: M.utility }));
    await user.click(within(group).getByRole('switch', { name: M.secondTrack }));
    const howTo = within(group).getByRole('textbox', { name: M.howToComplain });
    await user.click(howTo);
    await user.paste('  ');
    expect(howTo).toHaveProperty('value', '  ');
    const area = screen.getByRole('group', { name: S.caseArea(1, 'Miljøsager') });
    await user.click(within(area).getByRole('textbox', { name: M.appealBody }));
    await user.paste('Miljø- og Fødevareklagenævnet');

    await user.clear(howTo);
    await user.click(screen.getByRole('button', { name: S.save }));
    await waitFor(() => expect(onProfileChange).toHaveBeenCalled());
    const saved = onProfileChange.mock.calls[0]![0] as AuthorityProfile;
    expect(saved.mol).toEqual({ utility: true, secondTrack: true });
    expect(saved.caseAreas[0]!.molAppealBody).toBe('Miljø- og Fødevareklagenævnet');
    const overrides = JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}') as Partial<AuthorityProfile>;
    expect(overrides.mol).toEqual({ utility: true, secondTrack: true });
  });
});
