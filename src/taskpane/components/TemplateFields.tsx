/**
 * The fields of a reasoning template or a companion block: one Fluent `Field` each, required ones marked,
 * a blank required field flagged once the jurist has left it.
 */
import { Field, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { FieldSpec } from '../state/derive';
import { STRINGS } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface TemplateFieldsProps {
  fields: readonly FieldSpec[];
  values: Readonly<Record<string, string>>;
  onChange: (field: string, value: string) => void;
}

function OneField({
  spec,
  value,
  onChange,
}: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
}): JSX.Element {
  const [left, setLeft] = useState(false);
  const empty = spec.required && left && value.trim() === '';
  const hint = spec.required ? spec.hint : [STRINGS.fields.optional, spec.hint].filter(Boolean).join('. ');
  return (
    <Field
      label={spec.label}
      required={spec.required}
      hint={hint}
      validationState={empty ? 'warning' : 'none'}
      validationMessage={empty ? STRINGS.fields.requiredEmpty : undefined}
    >
      {spec.choices ? (
        <Select value={value} onChange={(_, data) => onChange(data.value)} onBlur={() => setLeft(true)}>
          <option value="">{STRINGS.fields.choose}</option>
          {spec.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      ) : (
        <Textarea
          value={value}
          resize="vertical"
          rows={2}
          onChange={(_, data) => onChange(data.value)}
          onBlur={() => setLeft(true)}
        />
      )}
    </Field>
  );
}

/** The fields, in order, with the values given. */
export function TemplateFields({ fields, values, onChange }: TemplateFieldsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {fields.map((spec) => (
        <OneField
          key={spec.name}
          spec={spec}
          value={values[spec.name] ?? ''}
          onChange={(value) => onChange(spec.name, value)}
        />
      ))}
    </div>
  );
}
