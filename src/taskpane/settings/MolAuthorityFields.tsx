/**
 * The authority under miljøoplysningsloven: a § 1, stk. 2 organ or a utility (complaints then go to Miljø- og
 * Fødevareklagenævnet, § 4 a), its own sentence on how to complain, and the default for the second track.
 */
import { Field, Switch, Text, Textarea } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { MOL_STRINGS } from '../mol/strings';
import { useGroupStyles } from './group-styles';
import { validation } from './validation';
import type { FieldErrors, MolDraft } from './draft';

const S = MOL_STRINGS.settings;

export interface MolAuthorityFieldsProps {
  mol: MolDraft;
  errors: FieldErrors;
  onChange: (mol: MolDraft) => void;
}

/**
 * The `mol` section of the profile as a named group of fields.
 * @example <MolAuthorityFields mol={draft.mol} errors={errors} onChange={(mol) => setField('mol', mol)} />
 */
export function MolAuthorityFields({ mol, errors, onChange }: MolAuthorityFieldsProps): JSX.Element {
  const styles = useGroupStyles();
  const legendId = useId();
  const flag = (name: 'organ' | 'utility' | 'secondTrack', label: string) => (
    <Field {...validation(errors, `mol:${name}`)}>
      <Switch
        label={label}
        checked={mol[name] === true}
        onChange={(_, data) => onChange({ ...mol, [name]: data.checked })}
      />
    </Field>
  );
  return (
    <fieldset className={styles.group} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {S.heading}
      </legend>
      <Text size={200}>{S.intro}</Text>
      {flag('organ', S.organ)}
      {flag('utility', S.utility)}
      <Field label={S.howToComplain} hint={S.howToComplainHint} {...validation(errors, 'mol:howToComplain')}>
        <Textarea
          resize="vertical"
          rows={3}
          value={mol.howToComplain}
          onChange={(_, data) => onChange({ ...mol, howToComplain: data.value })}
        />
      </Field>
      {flag('secondTrack', S.secondTrack)}
    </fieldset>
  );
}
