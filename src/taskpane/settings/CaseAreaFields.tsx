/**
 * One case area of the profile as a group of fields: id, name, appeal body, the § 38 route, the appeal body for
 * a party's access, the complaint deadline, and the route under miljøoplysningsloven (appeal body, the text for
 * a case without one, a deadline only from the authority's own data), with a button that removes the row.
 */
import { Button, Field, Input, makeStyles, Switch } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { MOL_STRINGS } from '../mol/strings';
import { SETTINGS_STRINGS as S } from '../strings-check';
import { caseAreaKey, type CaseAreaDraft, type CaseAreaField, type FieldErrors } from './draft';
import { validation } from './validation';
import { useGroupStyles } from './group-styles';
import type { ProfileSettings } from './useProfileSettings';

const M = MOL_STRINGS.settings;

const useStyles = makeStyles({ remove: { alignSelf: 'flex-start' } });

export interface CaseAreaFieldsProps {
  row: CaseAreaDraft;
  index: number;
  errors: FieldErrors;
  setCaseArea: ProfileSettings['setCaseArea'];
  onRemove: (row: string) => void;
  autoFocus?: boolean;
}

/**
 * A case area row as a named group ("Sagsområde 2: Byggesager") with its fields and "Fjern sagsområde 2".
 * @example <CaseAreaFields row={row} index={1} errors={errors} setCaseArea={set} onRemove={remove} />
 */
export function CaseAreaFields({
  row,
  index,
  errors,
  setCaseArea,
  onRemove,
  autoFocus,
}: CaseAreaFieldsProps): JSX.Element {
  const styles = { ...useGroupStyles(), ...useStyles() };
  const legendId = useId();
  const errorsOf = (field: CaseAreaField) => validation(errors, caseAreaKey(row.key, field));
  const text = (field: Exclude<CaseAreaField, 'supervisionRoute'>) => ({
    value: row[field],
    onChange: (_: unknown, data: { value: string }) => setCaseArea(row.key, field, data.value),
  });
  return (
    <fieldset className={styles.group} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {S.caseArea(index + 1, row.name)}
      </legend>
      <Field label={S.caseAreaId} hint={S.caseAreaIdHint} required {...errorsOf('id')}>
        <Input {...text('id')} autoFocus={autoFocus} />
      </Field>
      <Field label={S.caseAreaName} required {...errorsOf('name')}>
        <Input {...text('name')} />
      </Field>
      <Field label={S.appealBody} hint={S.appealBodyHint} {...errorsOf('appealBody')}>
        <Input {...text('appealBody')} />
      </Field>
      <Field {...errorsOf('supervisionRoute')}>
        <Switch
          label={S.supervisionRoute}
          checked={row.supervisionRoute}
          onChange={(_, data) => setCaseArea(row.key, 'supervisionRoute', data.checked)}
        />
      </Field>
      <Field label={S.partyAppealBody} {...errorsOf('partyAppealBody')}>
        <Input {...text('partyAppealBody')} />
      </Field>
      <Field label={S.complaintDeadline} hint={S.complaintDeadlineHint} {...errorsOf('complaintDeadline')}>
        <Input {...text('complaintDeadline')} />
      </Field>
      <Field label={M.appealBody} hint={M.appealBodyHint} {...errorsOf('molAppealBody')}>
        <Input {...text('molAppealBody')} />
      </Field>
      <Field label={M.noAppealBody} hint={M.noAppealBodyHint} {...errorsOf('molNoAppealBody')}>
        <Input {...text('molNoAppealBody')} />
      </Field>
      <Field label={M.complaintDeadline} hint={M.complaintDeadlineHint} {...errorsOf('molComplaintDeadline')}>
        <Input {...text('molComplaintDeadline')} />
      </Field>
      <Button className={styles.remove} onClick={() => onRemove(row.key)}>
        {S.removeCaseArea(index + 1)}
      </Button>
    </fieldset>
  );
}
