/**
 * Grunde under miljøoplysningsloven: what MOL adds below the grounds. The emissions question when a ticked
 * ground is named in § 2, stk. 5; the refusal's MOL options (material under preparation, refused form,
 * meroffentlighed, off by default); the second track under the 2013 offentlighedslov (default from the
 * profile, never for a party) with its own grounds; each with the fields the composer asks for; and the statute
 * texts the legal basis cannot quote, which the jurist may supply. Loaded lazily by the grounds view.
 */
import {
  Checkbox,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import { groupsForBasis } from '../../grounds/index';
import type { Ground } from '../../grounds/types';
import type { AuthorityProfile, ChosenGround, Decision, EmissionsAnswer } from '../../letter/types';
import { usePanelStyles } from '../components/panel-styles';
import { TemplateFields } from '../components/TemplateFields';
import {
  emissionGrounds,
  fieldsKey,
  missingTexts,
  molOptionFields,
  type MolOptionBlock,
} from '../state/derive';
import type { PaneAction } from '../state/pane-state';
import { danishList } from '../strings';
import type { MolPatch } from './mol-state';
import { MOL_STRINGS } from './strings';
import { SuppliedTexts } from './SuppliedTexts';

const S = MOL_STRINGS.grounds;
const EMISSIONS = Object.keys(S.emissionsChoices) as EmissionsAnswer[];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface MolGroundsProps {
  decision: Decision;
  profile?: AuthorityProfile;
  dispatch: (action: PaneAction) => void;
}

/** The second track's grounds: the 2013 act's grounds for anyone (offentlighedslovens § 7), with their fields. */
function SecondTrackGrounds({
  chosen,
  dispatch,
}: {
  chosen: readonly ChosenGround[];
  dispatch: MolGroundsProps['dispatch'];
}): JSX.Element {
  const styles = useStyles();
  const panels = usePanelStyles();
  const groups = useMemo(() => groupsForBasis('offl-7'), []);
  const byId = new Map(chosen.map((g) => [g.groundId, g]));
  const item = (ground: Ground) => {
    const own = byId.get(ground.id);
    return (
      <div key={ground.id} className={styles.section}>
        <Checkbox
          checked={Boolean(own)}
          label={ground.label}
          onChange={(_, data) =>
            dispatch({
              type: 'mol',
              action: { kind: 'secondTrackGround', groundId: ground.id, checked: data.checked === true },
            })
          }
        />
        {own && ground.fields.length > 0 ? (
          <div className={panels.fields} role="group" aria-label={S.secondTrackFieldsOf(ground.label)}>
            <TemplateFields
              fields={ground.fields}
              values={own.values}
              onChange={(field, value) =>
                dispatch({
                  type: 'mol',
                  action: { kind: 'secondTrackValue', groundId: ground.id, field, value },
                })
              }
            />
          </div>
        ) : null}
      </div>
    );
  };
  return (
    <div className={panels.panel} role="group" aria-labelledby="mol-second-track-grounds">
      <h4 id="mol-second-track-grounds" className={panels.panelTitle}>
        {S.secondTrackGrounds}
      </h4>
      {groups.map(({ group, grounds }) => (
        <div key={group} className={styles.section}>
          <Text weight="semibold" size={200}>
            {group}
          </Text>
          {grounds.map(item)}
        </div>
      ))}
    </div>
  );
}

/**
 * The MOL part of the grounds view.
 * @example <MolGrounds decision={decision} profile={profile} dispatch={dispatch} />
 */
export function MolGrounds({ decision, profile, dispatch }: MolGroundsProps): JSX.Element {
  const styles = useStyles();
  const panels = usePanelStyles();
  const key = fieldsKey(decision);
  // Keyed on what the fields depend on, not the typed values (as the grounds view's companions).
  const party = decision.basis === 'mol-party';
  const secondTrack = !party && (decision.secondTrack ?? profile?.mol?.secondTrack ?? false);
  // The profile's default for the second track stands in for an unset choice, as in the composer.
  const options = useMemo(() => molOptionFields({ ...decision, secondTrack }), [key, secondTrack]);
  const emissions = useMemo(() => emissionGrounds(decision), [key]);
  const missing = useMemo(() => missingTexts(decision), [key, decision.letterDate, decision.suppliedTexts]);
  const patch = (p: MolPatch) => dispatch({ type: 'mol', action: { kind: 'patch', patch: p } });
  const isDecision = decision.kind === 'decision';
  const refusing = isDecision && decision.outcome !== 'grant';
  const values = decision.companionValues ?? {};

  const block = (id: MolOptionBlock) => {
    const fields = options[id];
    if (!fields) return null;
    const titleId = `mol-block-${id.replace(':', '-')}`;
    return (
      <div className={panels.panel} role="group" aria-labelledby={titleId}>
        <h4 id={titleId} className={panels.panelTitle}>
          {S.blockTitles[id]}
        </h4>
        <TemplateFields
          fields={fields}
          values={values}
          onChange={(field, value) => dispatch({ type: 'companionValue', field, value })}
        />
      </div>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="mol-grounds-heading">
      <h3 id="mol-grounds-heading" className={styles.heading}>
        {S.heading}
      </h3>
      {refusing && emissions.length > 0 ? (
        <Field label={S.emissions} hint={S.emissionsHint(danishList(emissions.map((g) => g.label)))}>
          <RadioGroup
            value={decision.emissions ?? ''}
            onChange={(_, data) => patch({ emissions: data.value as EmissionsAnswer })}
          >
            {EMISSIONS.map((id) => (
              <Radio key={id} value={id} label={S.emissionsChoices[id]} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {block('emissions')}
      {block('directive')}

      {refusing ? (
        <>
          <Field hint={S.underPreparationHint}>
            <Switch
              label={S.underPreparation}
              checked={decision.underPreparation === true}
              onChange={(_, data) => patch({ underPreparation: data.checked || undefined })}
            />
          </Field>
          {block('under-preparation')}
          <Field label={S.form} hint={S.formHint}>
            <RadioGroup
              value={decision.formRefusal === undefined ? '' : String(decision.formRefusal)}
              onChange={(_, data) =>
                patch({ formRefusal: data.value === '' ? undefined : (Number(data.value) as 1 | 2) })
              }
            >
              {S.formChoices.map((c) => (
                <Radio key={c.value} value={c.value} label={c.label} />
              ))}
            </RadioGroup>
          </Field>
          {block('form')}
          <Field hint={S.meroffentlighedHint}>
            <Switch
              label={S.meroffentlighed}
              checked={decision.meroffentlighed === true}
              onChange={(_, data) => patch({ meroffentlighed: data.checked || undefined })}
            />
          </Field>
          {block('meroffentlighed')}
        </>
      ) : null}

      {isDecision && !party ? (
        <Field hint={S.secondTrackHint}>
          <Switch
            label={S.secondTrack}
            checked={secondTrack}
            onChange={(_, data) => patch({ secondTrack: data.checked })}
          />
        </Field>
      ) : null}
      {secondTrack && refusing ? (
        <SecondTrackGrounds chosen={decision.secondTrackGrounds ?? []} dispatch={dispatch} />
      ) : null}
      {block('second-track')}
      {block('second-track:meroffentlighed')}

      <SuppliedTexts missing={missing} dispatch={dispatch} />
    </section>
  );
}
