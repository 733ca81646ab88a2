/**
 * Grunde: the catalogue's grounds for the request's basis, grouped as the catalogue groups them, with a search
 * by words, paragraph ("30, nr. 1", "§ 33") or label. Each ground is a checkbox with its guidance one click
 * away; ticking shows its fields, and the companion blocks the choices require appear below with why.
 * Grounds whose statute text is not in the law data are marked: the letter will not quote them.
 */
import {
  Badge,
  Checkbox,
  Field,
  InfoLabel,
  type LabelProps,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, memo, Suspense, useMemo, useState, type JSX } from 'react';
import { BASIS_REGIME, groupsForBasis, searchGrounds } from '../../grounds/index';
import type { Ground, Outcome, RequestBasis } from '../../grounds/types';
import type { AuthorityProfile, ChosenGround, Decision } from '../../letter/types';
import { documentsField } from '../../letter/document-list';
import { MOL_STRINGS } from '../mol/strings';
import { AKTLISTE_STRINGS } from '../aktliste/strings';
import { usePanelStyles } from '../components/panel-styles';
import { TemplateFields } from '../components/TemplateFields';
import {
  chosenGrounds,
  companionsFor,
  fieldsKey,
  groundBlocked,
  groundFields,
  quoteStatus,
} from '../state/derive';
import type { PaneAction } from '../state/pane-state';
import { STRINGS } from '../strings';

const S = STRINGS.grounds;

// What miljøoplysningsloven adds below the grounds: its own chunk, loaded only under MOL.
const MolGrounds = lazy(() => import('../mol/MolGrounds').then((m) => ({ default: m.MolGrounds })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  notes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  note: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
});

interface GroundItemProps {
  ground: Ground;
  chosen?: ChosenGround;
  basis: RequestBasis;
  outcome: Outcome;
  letterDate: string;
  dispatch: (action: PaneAction) => void;
  /** What the composer fills a blank `{dokumenter}` with from the aktliste ("akt 3 og 7"); "" without one. */
  fromList?: string;
}

/**
 * One ground: its checkbox with the guidance button, its law-data marks, and its fields when ticked. Memoised:
 * typing in one ground's field re-renders that ground only, not the whole catalogue.
 */
const GroundItem = memo(function GroundItem({
  ground,
  chosen,
  basis,
  outcome,
  letterDate,
  dispatch,
  fromList,
}: GroundItemProps): JSX.Element {
  const styles = useStyles();
  const panels = usePanelStyles();
  const status = useMemo(() => quoteStatus(ground, letterDate, basis), [ground, letterDate, basis]);
  const blocked = groundBlocked(ground, basis);
  const fields = groundFields(ground, { basis, outcome }, chosen).map((f) =>
    // The list fills a blank {dokumenter}: the field says with what, and is no longer missing.
    fromList && f.name === 'dokumenter'
      ? { ...f, required: false, hint: AKTLISTE_STRINGS.documentsFromList(fromList) }
      : f,
  );
  // The law-data marks describe the checkbox, so a screen reader hears them with the ground.
  const hasNotes = blocked !== undefined || status.missing.length > 0 || status.secondary.length > 0;
  const notesId = `ground-notes-${ground.id}`;
  return (
    <div className={styles.item}>
      <Checkbox
        checked={Boolean(chosen)}
        // A ground the regime rules out cannot be ticked; one ticked before can still be unticked.
        disabled={blocked !== undefined && !chosen}
        aria-describedby={hasNotes ? notesId : undefined}
        onChange={(_, data) =>
          dispatch({ type: 'ground', groundId: ground.id, checked: data.checked === true })
        }
        label={{
          children: (_: unknown, props: LabelProps) => (
            <InfoLabel {...props} info={ground.guidance} infoButton={{ 'aria-label': S.guidance }}>
              {ground.label}
            </InfoLabel>
          ),
        }}
      />
      {hasNotes ? (
        <div id={notesId} className={styles.notes}>
          {status.missing.length > 0 || status.secondary.length > 0 ? (
            <div className={styles.badges}>
              {status.missing.length > 0 ? (
                <Badge appearance="tint" color="danger" shape="rounded">
                  {S.textMissing}
                </Badge>
              ) : null}
              {status.secondary.length > 0 ? (
                <Badge appearance="tint" color="warning" shape="rounded">
                  {S.secondary}
                </Badge>
              ) : null}
            </div>
          ) : null}
          {blocked ? (
            <Text size={200} className={styles.note}>
              {blocked}
            </Text>
          ) : null}
          {status.missing.length > 0 ? (
            <Text size={200} className={styles.note}>
              {S.textMissingDetail} {status.missing.map((p) => p.message).join(' ')}
            </Text>
          ) : null}
          {status.secondary.length > 0 ? (
            <Text size={200} className={styles.note}>
              {status.secondary.map((p) => p.message).join(' ')}
            </Text>
          ) : null}
        </div>
      ) : null}
      {chosen && ground.weighing === 'unless-police' && BASIS_REGIME[basis] === 'mol' ? (
        <Checkbox
          className={styles.note}
          checked={chosen.policeOrProsecution === true}
          label={MOL_STRINGS.grounds.police}
          aria-description={MOL_STRINGS.grounds.policeHint}
          onChange={(_, data) =>
            dispatch({
              type: 'mol',
              action: { kind: 'police', groundId: ground.id, value: data.checked === true },
            })
          }
        />
      ) : null}
      {chosen && fields.length > 0 ? (
        <div className={panels.fields} role="group" aria-label={S.fieldsOf(ground.label)}>
          <TemplateFields
            fields={fields}
            values={chosen.values}
            onChange={(field, value) => dispatch({ type: 'groundValue', groundId: ground.id, field, value })}
          />
        </div>
      ) : null}
    </div>
  );
});

export interface GroundsViewProps {
  decision: Decision;
  /** The authority profile: its MOL defaults (the second track). */
  profile?: AuthorityProfile;
  dispatch: (action: PaneAction) => void;
}

/** The grounds picker. */
export function GroundsView({ decision, profile, dispatch }: GroundsViewProps): JSX.Element {
  const styles = useStyles();
  const panels = usePanelStyles();
  const [query, setQuery] = useState('');
  const { basis, outcome, letterDate } = decision;
  const chosenById = new Map(decision.grounds.map((g) => [g.groundId, g]));
  const searching = query.trim() !== '';
  const found = useMemo(() => (searching ? searchGrounds(query, basis) : []), [searching, query, basis]);
  const groups = useMemo(() => groupsForBasis(basis), [basis]);
  const unfit = chosenGrounds(decision).filter((g) => !g.bases.includes(basis));
  const key = fieldsKey(decision);
  // Keyed on `key`, which holds all of the decision the fields depend on (not the typed values).
  const companions = useMemo(() => companionsFor(decision), [key]);

  const item = (ground: Ground) => (
    <GroundItem
      key={ground.id}
      ground={ground}
      chosen={chosenById.get(ground.id)}
      basis={basis}
      outcome={outcome}
      letterDate={letterDate}
      dispatch={dispatch}
      fromList={
        decision.documents && chosenById.has(ground.id)
          ? documentsField(decision, ground.id, profile ?? {})
          : undefined
      }
    />
  );

  return (
    <div className={styles.root}>
      <Field label={S.search} hint={S.searchHint}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <Text role="status" size={200}>
        {searching
          ? found.length === 0
            ? S.noResults(query.trim())
            : S.results(found.length)
          : S.chosen(decision.grounds.length)}
      </Text>

      {decision.kind !== 'decision' && decision.grounds.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{S.otherKindNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {decision.kind === 'decision' && decision.outcome === 'grant' && decision.grounds.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{S.grantNote}</MessageBarBody>
        </MessageBar>
      ) : null}

      {unfit.length > 0 ? (
        <section className={styles.section} aria-labelledby="grounds-unfit">
          <h3 id="grounds-unfit" className={styles.heading}>
            {S.notForBasis}
          </h3>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{S.notForBasisText}</MessageBarBody>
          </MessageBar>
          {unfit.map(item)}
        </section>
      ) : null}

      {searching ? (
        <div className={styles.section}>{found.map(item)}</div>
      ) : (
        groups.map(({ group, grounds }, index) => (
          <section key={group} className={styles.section} aria-labelledby={`grounds-group-${index}`}>
            <h3 id={`grounds-group-${index}`} className={styles.heading}>
              {group}
            </h3>
            {grounds.map(item)}
          </section>
        ))
      )}

      {BASIS_REGIME[basis] === 'mol' ? (
        <Suspense fallback={<Spinner size="tiny" label={STRINGS.app.loadingView} />}>
          <MolGrounds decision={decision} profile={profile} dispatch={dispatch} />
        </Suspense>
      ) : null}

      {decision.kind === 'decision' && decision.outcome !== 'grant' && decision.grounds.length > 0 ? (
        <section className={styles.section} aria-labelledby="grounds-companions">
          <h3 id="grounds-companions" className={styles.heading}>
            {S.companionsHeading}
          </h3>
          {companions.length === 0 ? <Text size={200}>{S.companionsNone}</Text> : null}
          {companions.map((companion) => (
            <div
              key={companion.id}
              className={panels.panel}
              role="group"
              aria-labelledby={`companion-${companion.id}`}
            >
              <h4 id={`companion-${companion.id}`} className={panels.panelTitle}>
                {companion.title}
              </h4>
              {companion.why ? <Text size={200}>{companion.why}</Text> : null}
              <Text size={200} weight="semibold">
                {S.requiredBy(companion.requiredBy.map((g) => g.label))}
              </Text>
              <TemplateFields
                fields={companion.fields}
                values={decision.companionValues ?? {}}
                onChange={(field, value) => dispatch({ type: 'companionValue', field, value })}
              />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
