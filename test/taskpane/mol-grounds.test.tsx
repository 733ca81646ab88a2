// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BASIS_LABELS } from '../../src/grounds/bases';
import { groundById } from '../../src/grounds/index';
import { WEIGHING_FIELDS } from '../../src/letter/compose-mol';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import { MOL_STRINGS } from '../../src/taskpane/mol/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { fill, memoryPort, openTab, pick, profileStore, renderPane } from './helpers';

const D = STRINGS.decision;
const G = STRINGS.grounds;
const M = MOL_STRINGS.grounds;
const INTERNAL = groundById('offl1985-7-1')!;
const BUSINESS = groundById('offl1985-12-1-2')!;
const CRIMINAL = groundById('offl1985-2-1-1')!;
const STATISTICS = groundById('offl1985-10-5')!;
const CONFIDENTIALITY = groundById('offl1985-14')!;
const PRIVATE_2013 = groundById('offl-30-1')!;

type User = Awaited<ReturnType<typeof renderPane>>['user'];

async function molRefusal(user: User, basis: 'mol' | 'mol-party' = 'mol') {
  await pick(user, D.basis, BASIS_LABELS[basis]);
  await pick(user, D.outcome, D.outcomes.refusal);
  await openTab(user, STRINGS.tabs.grounds);
  await screen.findByRole('heading', { name: M.heading }, { timeout: 30_000 });
}

const textbox = (scope: HTMLElement, name: string) => within(scope).getByRole('textbox', { name });

describe('Grunde under miljøoplysningsloven', () => {
  test('only the regime’s grounds; the blocked one disabled with its reason; weighing fields per ground', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await molRefusal(user);
    expect(screen.queryByRole('checkbox', { name: PRIVATE_2013.label })).toBeNull();
    const statistics = screen.getByRole('checkbox', { name: STATISTICS.label });
    expect(statistics).toHaveProperty('disabled', true);
    expect(screen.getByText(STATISTICS.blocked!.reason)).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: INTERNAL.label }));
    const fields = screen.getByRole('group', { name: G.fieldsOf(INTERNAL.label) });
    for (const f of WEIGHING_FIELDS) expect(textbox(fields, f.label)).toBeTruthy();
    // § 7 is not named in § 2, stk. 5: no emissions question.
    expect(screen.queryByRole('radiogroup', { name: M.emissions })).toBeNull();
  });

  test('the police flag on § 2, stk. 1, 1. pkt. takes the weighing fields away', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await molRefusal(user);
    expect(screen.queryByRole('checkbox', { name: M.police })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: CRIMINAL.label }));
    const weighing = WEIGHING_FIELDS[2]!.label;
    expect(textbox(screen.getByRole('group', { name: G.fieldsOf(CRIMINAL.label) }), weighing)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: M.police }));
    expect(screen.queryByRole('textbox', { name: weighing })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: M.police }));
    expect(screen.getByRole('textbox', { name: weighing })).toBeTruthy();
  });

  test('a ground named in § 2, stk. 5 brings the emissions question; "delvis" asks which information', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await molRefusal(user);
    await user.click(screen.getByRole('checkbox', { name: BUSINESS.label }));
    const question = screen.getByRole('radiogroup', { name: M.emissions });
    expect(
      within(question)
        .getAllByRole('radio')
        .every((r) => !(r as HTMLInputElement).checked),
    ).toBe(true);
    expect(screen.queryByRole('group', { name: M.blockTitles.emissions })).toBeNull();
    await user.click(within(question).getByRole('radio', { name: M.emissionsChoices.partly }));
    const block = screen.getByRole('group', { name: M.blockTitles.emissions });
    expect(textbox(block, 'Hvilke oplysninger angår emissioner')).toBeTruthy();
    await fill(user, textbox(block, 'Hvilke oplysninger angår emissioner'), 'målingerne af kvælstof');
    await user.click(within(question).getByRole('radio', { name: M.emissionsChoices.no }));
    expect(screen.queryByRole('group', { name: M.blockTitles.emissions })).toBeNull();
    // The typed value is kept for when the answer changes back.
    await user.click(within(question).getByRole('radio', { name: M.emissionsChoices.partly }));
    expect(
      textbox(
        screen.getByRole('group', { name: M.blockTitles.emissions }),
        'Hvilke oplysninger angår emissioner',
      ),
    ).toHaveProperty('value', 'målingerne af kvælstof');
  });

  test('under preparation, refused form and meroffentlighed: options with their required fields', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await molRefusal(user);
    const meroffentlighed = screen.getByRole('switch', { name: M.meroffentlighed });
    expect((meroffentlighed as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole('switch', { name: M.underPreparation }));
    const prep = screen.getByRole('group', { name: M.blockTitles['under-preparation'] });
    expect(textbox(prep, 'Myndigheden, der udarbejder materialet')).toBeTruthy();
    expect(textbox(prep, 'Hvornår materialet forventes at foreligge i endelig form')).toBeTruthy();

    await pick(user, M.form, M.formChoices[2].label);
    const form = screen.getByRole('group', { name: M.blockTitles.form });
    expect(within(form).getAllByRole('textbox')).toHaveLength(3);
    await pick(user, M.form, M.formChoices[0].label);
    expect(screen.queryByRole('group', { name: M.blockTitles.form })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: BUSINESS.label }));
    await user.click(meroffentlighed);
    expect(
      textbox(
        screen.getByRole('group', { name: M.blockTitles.meroffentlighed }),
        'Vurdering af meroffentlighed',
      ),
    ).toBeTruthy();
  });

  test('the second track: default from the profile, its own 2013 grounds with fields; none for a party', async () => {
    const profile = { ...structuredClone(EXAMPLE_PROFILE), mol: { secondTrack: true } };
    const { user } = await renderPane({ port: memoryPort(), profileStore: profileStore(profile) });
    await molRefusal(user);
    const toggle = screen.getByRole('switch', { name: M.secondTrack }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    const list = screen.getByRole('group', { name: M.secondTrackGrounds });
    // Without 2013 grounds the letter asks for the result of the assessment.
    expect(
      textbox(
        screen.getByRole('group', { name: M.blockTitles['second-track'] }),
        'Resultatet efter offentlighedsloven',
      ),
    ).toBeTruthy();
    await user.click(within(list).getByRole('checkbox', { name: PRIVATE_2013.label }));
    const fields = screen.getByRole('group', { name: M.secondTrackFieldsOf(PRIVATE_2013.label) });
    expect(textbox(fields, PRIVATE_2013.fields[0]!.label)).toBeTruthy();
    expect(screen.getByRole('group', { name: M.blockTitles['second-track:meroffentlighed'] })).toBeTruthy();
    await user.click(toggle);
    expect(screen.queryByRole('group', { name: M.secondTrackGrounds })).toBeNull();

    await openTab(user, STRINGS.tabs.decision);
    await molRefusal(user, 'mol-party');
    expect(screen.queryByRole('switch', { name: M.secondTrack })).toBeNull();
  });

  test('a missing 1985 text: named, pasted for this letter, marked as not checked, and quoted as supplied', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await molRefusal(user);
    expect(screen.queryByRole('heading', { name: MOL_STRINGS.supplied.heading })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: CONFIDENTIALITY.label }));
    const group = screen.getByRole('group', { name: '1985-offentlighedslovens § 14' });
    const area = textbox(group, MOL_STRINGS.supplied.text('1985-offentlighedslovens § 14'));
    // Never prefilled.
    expect(area).toHaveProperty('value', '');
    expect(within(group).queryByText(MOL_STRINGS.supplied.mark)).toBeNull();
    await fill(user, area, '§ 14. Tekst indsat af sagsbehandleren');
    expect(within(group).getByText(MOL_STRINGS.supplied.mark)).toBeTruthy();
    await fill(
      user,
      textbox(group, MOL_STRINGS.supplied.source('1985-offentlighedslovens § 14')),
      'retsinformation.dk',
    );

    await openTab(user, STRINGS.tabs.insert);
    const warnings = await screen.findByRole('list', { name: STRINGS.insert.warningsHeading });
    await waitFor(() =>
      expect(
        within(warnings).getByText(/1985-offentlighedslovens § 14 er indsat af sagsbehandleren/),
      ).toBeTruthy(),
    );
    // Back on Grunde, the text is still there.
    await openTab(user, STRINGS.tabs.grounds);
    expect(
      await screen.findByDisplayValue('§ 14. Tekst indsat af sagsbehandleren', undefined, {
        timeout: 30_000,
      }),
    ).toBeTruthy();
  });
});
