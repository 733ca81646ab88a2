/**
 * The authority's own fields: name, unit, kind, address, signature, closing days and its standing under
 * miljøoplysningsloven, each with its message.
 */
import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { AuthorityKind } from '../../letter/types';
import { AUTHORITY_KIND_LABELS, SETTINGS_STRINGS as S } from '../strings-check';
import type { FieldErrors, ProfileDraft } from './draft';
import { MolAuthorityFields } from './MolAuthorityFields';
import { validation } from './validation';
import type { ProfileSettings } from './useProfileSettings';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select is as wide as its longest option; in Word's 320 px pane it must fit the pane instead.
  select: { width: '100%', minWidth: 0 },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

const KINDS = Object.keys(AUTHORITY_KIND_LABELS) as AuthorityKind[];

/** Enough rows to show every line typed, within reason: three to eight. */
function rowsFor(text: string): number {
  return Math.min(8, Math.max(3, text.split('\n').length));
}

export interface AuthorityFieldsProps {
  draft: ProfileDraft;
  errors: FieldErrors;
  setField: ProfileSettings['setField'];
}

/**
 * The authority's fields, each with its Danish validation message beside it.
 * @example <AuthorityFields draft={draft} errors={errors} setField={setField} />
 */
export function AuthorityFields({ draft, errors, setField }: AuthorityFieldsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field label={S.name} required {...validation(errors, 'name')}>
        <Input value={draft.name} onChange={(_, data) => setField('name', data.value)} />
      </Field>
      <Field label={S.unit} hint={S.unitHint} {...validation(errors, 'unit')}>
        <Input value={draft.unit} onChange={(_, data) => setField('unit', data.value)} />
      </Field>
      <Field label={S.kind} required {...validation(errors, 'kind')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={draft.kind}
          onChange={(_, data) => setField('kind', data.value as AuthorityKind | '')}
        >
          {draft.kind === '' && <option value="">{S.kindChoose}</option>}
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {AUTHORITY_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.address} hint={S.addressHint} required {...validation(errors, 'address')}>
        <Textarea
          resize="vertical"
          rows={rowsFor(draft.address)}
          value={draft.address}
          onChange={(_, data) => setField('address', data.value)}
        />
      </Field>
      <Field label={S.signature} hint={S.signatureHint} {...validation(errors, 'signature')}>
        <Textarea
          resize="vertical"
          rows={rowsFor(draft.signature)}
          value={draft.signature}
          onChange={(_, data) => setField('signature', data.value)}
        />
      </Field>
      <Field label={S.days} hint={S.daysHint} {...validation(errors, 'extraNonWorkingDays')}>
        <Textarea
          resize="vertical"
          rows={rowsFor(draft.extraNonWorkingDays)}
          value={draft.extraNonWorkingDays}
          onChange={(_, data) => setField('extraNonWorkingDays', data.value)}
        />
      </Field>
      <MolAuthorityFields mol={draft.mol} errors={errors} onChange={(mol) => setField('mol', mol)} />
    </div>
  );
}
