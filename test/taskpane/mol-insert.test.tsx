// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { groundById } from '../../src/grounds/index';
import { EMISSIONS_LABEL, WEIGHING_FIELDS, weighingTitle } from '../../src/letter/compose-mol';
import { MOL_STRINGS } from '../../src/taskpane/mol/strings';
import { STRINGS } from '../../src/taskpane/strings';
import { memoryPort, openTab, pick, renderPane } from './helpers';

const D = STRINGS.decision;
const I = STRINGS.insert;
const BUSINESS = groundById('offl1985-12-1-2')!;
const APPEAL_BODY = 'Klageinstansen efter miljøoplysningslovens § 4, stk. 6';

describe('Indsæt under miljøoplysningsloven', () => {
  test('the unfilled weighing, the unanswered emissions question and the missing appeal body are reported', async () => {
    const { user } = await renderPane({ port: memoryPort() });
    await user.click(await screen.findByRole('switch', { name: MOL_STRINGS.decision.toggle }));
    await pick(user, D.outcome, D.outcomes.refusal);
    // Byggesager: the example profile names no MOL appeal body for it.
    await user.selectOptions(screen.getByRole('combobox', { name: new RegExp(D.caseArea) }), 'byggesager');
    await openTab(user, STRINGS.tabs.grounds);
    await user.click(await screen.findByRole('checkbox', { name: BUSINESS.label }));
    await openTab(user, STRINGS.tabs.insert);

    const list = await screen.findByRole('list', {
      name: new RegExp(I.missingHeading(2).replace(/^2 /, '')),
    });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const weighingBlock = weighingTitle(BUSINESS);
    for (const field of WEIGHING_FIELDS) expect(items).toContain(I.missingItem(weighingBlock, field.label));
    expect(items).toContain(I.missingItem(MOL_STRINGS.grounds.blockTitles.emissions, EMISSIONS_LABEL));
    expect(items).toContain(I.missingItem('Klagevejledning', APPEAL_BODY));

    // The weighing is filled in under Grunde.
    await user.click(
      within(list).getByRole('button', { name: I.missingItem(weighingBlock, WEIGHING_FIELDS[0]!.label) }),
    );
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: STRINGS.tabs.grounds })).toHaveProperty('ariaSelected', 'true'),
    );
    // Answering the emissions question takes it off the list.
    const question = await screen.findByRole(
      'radiogroup',
      { name: MOL_STRINGS.grounds.emissions },
      { timeout: 30_000 },
    );
    await user.click(within(question).getByRole('radio', { name: MOL_STRINGS.grounds.emissionsChoices.no }));
    await openTab(user, STRINGS.tabs.insert);
    const after = await screen.findByRole('list', {
      name: new RegExp(I.missingHeading(2).replace(/^2 /, '')),
    });
    const left = within(after)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(left).not.toContain(I.missingItem(MOL_STRINGS.grounds.blockTitles.emissions, EMISSIONS_LABEL));
    expect(left).toContain(I.missingItem('Klagevejledning', APPEAL_BODY));
  });
});
