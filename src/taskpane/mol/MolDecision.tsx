/**
 * Afgørelse, miljøoplysninger: the switch that marks the request as concerning environmental information (the
 * basis becomes miljøoplysningsloven's and the regime follows), one sentence on why the information decides the
 * act, and, when on, MOL § 3's six categories as the test with the paragraph itself one click away (loaded
 * lazily, with the statute data). Loaded lazily by the decision view: none of it is in the first render.
 */
import { Button, Field, makeStyles, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useId, useState, type JSX } from 'react';
import { MOL_CATEGORIES } from '../../grounds/bases';
import type { Decision } from '../../letter/types';
import type { PaneAction } from '../state/pane-state';
import { isMolBasis } from './mol-state';
import { MOL_STRINGS } from './strings';

const MolLawText = lazy(() => import('./MolLawText').then((m) => ({ default: m.MolLawText })));

const S = MOL_STRINGS.decision;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  test: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  button: { alignSelf: 'flex-start' },
});

export interface MolDecisionProps {
  decision: Decision;
  dispatch: (action: PaneAction) => void;
}

/** The environmental-information switch and, when on, the § 3 test. */
export function MolDecision({ decision, dispatch }: MolDecisionProps): JSX.Element {
  const styles = useStyles();
  const [showLaw, setShowLaw] = useState(false);
  const headingId = useId();
  const lawId = useId();
  const on = isMolBasis(decision.basis);
  return (
    <div className={styles.root}>
      <Field hint={S.toggleHint}>
        <Switch
          label={S.toggle}
          checked={on}
          onChange={(_, data) => dispatch({ type: 'environmental', on: data.checked })}
        />
      </Field>
      {on ? (
        <section className={styles.test} aria-labelledby={headingId}>
          <h3 id={headingId} className={styles.heading}>
            {S.categoriesHeading}
          </h3>
          {decision.basis === 'mol-party' ? <Text size={200}>{S.party}</Text> : null}
          <Text size={200}>{S.categoriesIntro}</Text>
          <ol className={styles.list} aria-label={S.categoriesHeading}>
            {MOL_CATEGORIES.map((c) => (
              <li key={c.item} value={c.item}>
                <Text size={200}>{c.label}</Text>
              </li>
            ))}
          </ol>
          <Button
            className={styles.button}
            size="small"
            aria-expanded={showLaw}
            aria-controls={showLaw ? lawId : undefined}
            onClick={() => setShowLaw((v) => !v)}
          >
            {showLaw ? S.hideLaw : S.showLaw}
          </Button>
          {showLaw ? (
            <div id={lawId}>
              <Suspense fallback={<Spinner size="tiny" label={S.loadingLaw} />}>
                <MolLawText lawRef={{ statute: 'mol', section: '3' }} date={decision.letterDate} />
              </Suspense>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
