/**
 * Miljøoplysningslovens § 4, stk. 3: a decision dated more than 1 month after the request was received must say
 * why the extent and complexity of the case required longer. Shows the field the composer asks for then, with
 * its label and hint as the composer gives them, and nothing otherwise. Loaded lazily (it runs the composer).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import { composePlan } from '../../letter/compose';
import type { AuthorityProfile, Decision } from '../../letter/types';
import { TemplateFields } from '../components/TemplateFields';
import type { FieldSpec } from '../state/derive';
import type { PaneAction } from '../state/pane-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const NO_PROFILE: AuthorityProfile = {
  name: '',
  kind: 'other',
  address: [],
  signature: [],
  extraNonWorkingDays: [],
  caseAreas: [],
};

/** The request-reference fields the composer asks for beyond the request's own (date and subject). */
export function deadlineFields(decision: Decision): FieldSpec[] {
  try {
    const plan = composePlan({ ...decision, companionValues: {} }, NO_PROFILE);
    return plan.missing
      .filter((m) => m.blockId === 'request-reference' && m.field !== 'modtaget' && m.field !== 'emne')
      .map((m) => ({ name: m.field, label: m.label, required: true }));
  } catch {
    // A date the composer cannot read: the date fields say so.
    return [];
  }
}

export interface MolDeadlineProps {
  decision: Decision;
  dispatch: (action: PaneAction) => void;
}

/** The reason for the longer period, when the letter's date calls for one. */
export function MolDeadline({ decision, dispatch }: MolDeadlineProps): JSX.Element | null {
  const styles = useStyles();
  const { receivedDate } = decision.request;
  const fields = useMemo(
    () => deadlineFields(decision),
    // Only the dates, the basis and the kind decide whether the field is asked for.
    [receivedDate, decision.letterDate, decision.basis, decision.kind],
  );
  if (fields.length === 0) return null;
  return (
    <div className={styles.root}>
      <TemplateFields
        fields={fields}
        values={decision.companionValues ?? {}}
        onChange={(field, value) => dispatch({ type: 'companionValue', field, value })}
      />
    </div>
  );
}
