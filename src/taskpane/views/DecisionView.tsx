/**
 * Afgørelse: what kind of letter, the request's legal basis, the outcome, the request (received, what, who),
 * the case area that picks the complaint route, the letter's date and case number. A delay notice or a
 * request to narrow shows its own fields here.
 */
import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type JSX } from 'react';
import { BASIS_LABELS } from '../../grounds/bases';
import type { Outcome, RequestBasis } from '../../grounds/types';
import type { AuthorityProfile, Decision, LetterKind } from '../../letter/types';
import type { ProfileStore } from '../../port';
import { DateField } from '../components/DateField';

const KindFields = lazy(() => import('../components/KindFields').then((m) => ({ default: m.KindFields })));
// Miljøoplysninger: its own chunk, so the first render does not grow.
const MolDecision = lazy(() => import('../mol/MolDecision').then((m) => ({ default: m.MolDecision })));
const MolDeadline = lazy(() => import('../mol/MolDeadline').then((m) => ({ default: m.MolDeadline })));
// The document list: its own chunk with the list reader, loaded when the view opens, never in the first render.
const AktlisteSection = lazy(() =>
  import('../aktliste/AktlisteSection').then((m) => ({ default: m.AktlisteSection })),
);
import type { PaneAction } from '../state/pane-state';
import { STRINGS } from '../strings';

const S = STRINGS.decision;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

export interface DecisionViewProps {
  decision: Decision;
  profile?: AuthorityProfile;
  dispatch: (action: PaneAction) => void;
  /** The profile store: the aktliste section keeps the user's column and reason choices in it. */
  profileStore?: ProfileStore;
}

const KIND_IDS = Object.keys(S.kinds) as LetterKind[];
const OUTCOME_IDS = Object.keys(S.outcomes) as Outcome[];
const BASIS_IDS = Object.keys(BASIS_LABELS) as RequestBasis[];

/** The decision form. */
export function DecisionView({ decision, profile, dispatch, profileStore }: DecisionViewProps): JSX.Element {
  const styles = useStyles();
  const [subjectLeft, setSubjectLeft] = useState(false);
  const { request } = decision;
  const areas = profile?.caseAreas ?? [];
  const receivedAfterLetter =
    request.receivedDate !== undefined && request.receivedDate > decision.letterDate
      ? S.receivedAfterLetter
      : undefined;
  const subjectMissing = subjectLeft && request.subject.trim() === '';
  const caseAreaMissing =
    decision.kind !== 'identification-request' && areas.length > 0 && !decision.caseAreaId;

  return (
    <div className={styles.root}>
      <Field label={S.kind}>
        <RadioGroup
          value={decision.kind}
          onChange={(_, data) => dispatch({ type: 'set', patch: { kind: data.value as LetterKind } })}
        >
          {KIND_IDS.map((id) => (
            <Radio key={id} value={id} label={S.kinds[id]} />
          ))}
        </RadioGroup>
      </Field>

      {decision.kind !== 'decision' ? (
        <Suspense fallback={<Spinner size="tiny" label={STRINGS.app.loadingView} />}>
          <KindFields decision={decision} dispatch={dispatch} />
        </Suspense>
      ) : null}

      <Field label={S.basis} hint={S.basisHint}>
        <RadioGroup
          value={decision.basis}
          onChange={(_, data) => dispatch({ type: 'set', patch: { basis: data.value as RequestBasis } })}
        >
          {BASIS_IDS.map((id) => (
            <Radio key={id} value={id} label={BASIS_LABELS[id]} />
          ))}
        </RadioGroup>
      </Field>

      <Suspense fallback={null}>
        <MolDecision decision={decision} dispatch={dispatch} />
      </Suspense>

      {decision.kind === 'decision' ? (
        <Field label={S.outcome}>
          <RadioGroup
            value={decision.outcome}
            onChange={(_, data) => dispatch({ type: 'set', patch: { outcome: data.value as Outcome } })}
          >
            {OUTCOME_IDS.map((id) => (
              <Radio key={id} value={id} label={S.outcomes[id]} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}

      <DateField
        label={S.received}
        required
        value={request.receivedDate}
        error={receivedAfterLetter}
        onChange={(iso) => dispatch({ type: 'request', patch: { receivedDate: iso } })}
      />

      <Field
        label={S.subject}
        required
        hint={S.subjectHint}
        validationState={subjectMissing ? 'warning' : 'none'}
        validationMessage={subjectMissing ? S.subjectMissing : undefined}
      >
        <Textarea
          value={request.subject}
          resize="vertical"
          rows={2}
          onChange={(_, data) => dispatch({ type: 'request', patch: { subject: data.value } })}
          onBlur={() => setSubjectLeft(true)}
        />
      </Field>

      <Field label={S.requester} hint={S.requesterHint}>
        <Input
          value={request.requester ?? ''}
          onChange={(_, data) =>
            dispatch({ type: 'request', patch: { requester: data.value === '' ? undefined : data.value } })
          }
        />
      </Field>

      <Field
        label={S.caseArea}
        hint={areas.length === 0 ? S.caseAreaNone : S.caseAreaHint}
        validationState={caseAreaMissing ? 'warning' : 'none'}
        validationMessage={caseAreaMissing ? S.caseAreaMissing : undefined}
      >
        <Select
          value={decision.caseAreaId ?? ''}
          disabled={areas.length === 0}
          onChange={(_, data) =>
            dispatch({ type: 'set', patch: { caseAreaId: data.value === '' ? undefined : data.value } })
          }
        >
          <option value="">{S.caseAreaChoose}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </Select>
      </Field>

      <DateField
        label={S.letterDate}
        required
        value={decision.letterDate}
        error={decision.letterDate ? undefined : S.letterDateMissing}
        onChange={(iso) => dispatch({ type: 'set', patch: { letterDate: iso ?? '' } })}
      />

      {/* Miljøoplysningslovens § 4, stk. 3: the reason for a decision later than 1 month, when due. */}
      {(decision.basis === 'mol' || decision.basis === 'mol-party') &&
      decision.kind === 'decision' &&
      request.receivedDate ? (
        <Suspense fallback={null}>
          <MolDeadline decision={decision} dispatch={dispatch} />
        </Suspense>
      ) : null}

      <Field label={S.caseNumber}>
        <Input
          value={decision.caseNumber ?? ''}
          onChange={(_, data) =>
            dispatch({ type: 'set', patch: { caseNumber: data.value === '' ? undefined : data.value } })
          }
        />
      </Field>

      {decision.kind === 'decision' ? (
        <Suspense fallback={<Spinner size="tiny" label={STRINGS.app.loadingView} />}>
          <AktlisteSection decision={decision} profile={profile} dispatch={dispatch} store={profileStore} />
        </Suspense>
      ) : null}
    </div>
  );
}
