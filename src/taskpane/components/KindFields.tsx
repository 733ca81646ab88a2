/**
 * The fields of a letter that is not a decision (a delay notice, a request to identify or narrow), as the
 * composer asks for them. Loaded lazily by the Afgørelse view: finding the fields composes the letter, and the
 * composer with the law data stays out of the pane's first bundle.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import type { Decision } from '../../letter/types';
import { fieldsKey, kindFields } from '../state/derive';
import type { PaneAction } from '../state/pane-state';
import { STRINGS } from '../strings';
import { TemplateFields } from './TemplateFields';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface KindFieldsProps {
  decision: Decision;
  dispatch: (action: PaneAction) => void;
}

/** The letter kind's own fields, under a heading; nothing for a decision. */
export function KindFields({ decision, dispatch }: KindFieldsProps): JSX.Element | null {
  const styles = useStyles();
  const key = fieldsKey(decision);
  // Keyed on `key`, which holds all of the decision the fields depend on (not the typed values).
  const fields = useMemo(() => kindFields(decision), [key]);
  if (decision.kind === 'decision' || fields.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby="pane-kind-fields">
      <h3 id="pane-kind-fields" className={styles.title}>
        {STRINGS.decision.kindFields[decision.kind]}
      </h3>
      <TemplateFields
        fields={fields}
        values={decision.companionValues ?? {}}
        onChange={(field, value) => dispatch({ type: 'companionValue', field, value })}
      />
    </section>
  );
}
