/**
 * "Indstillinger": the authority profile (name, kind, address, signature, closing days, case areas with their
 * appeal bodies and the § 38 route), validated with the profile's Danish messages by the field they concern.
 * "Gem" stores only what differs from the administrator's profile; the form keeps whatever the user typed,
 * valid or not.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type JSX } from 'react';
import type { ProfileStore } from '../../letter/profile';
import type { AuthorityProfile } from '../../letter/types';
import { AuthorityFields } from '../settings/AuthorityFields';
import { CaseAreaFields } from '../settings/CaseAreaFields';
import { ResetButton } from '../settings/ResetButton';
import { useProfileSettings } from '../settings/useProfileSettings';
import { CHECK_STRINGS, SETTINGS_STRINGS as S } from '../strings-check';

export interface SettingsViewProps {
  store: ProfileStore;
  /** The profile the pane uses now: shown while the store loads, and if it cannot. */
  profile?: AuthorityProfile;
  /** Called with the new profile after "Gem" or "Nulstil". */
  onProfileChange: (profile: AuthorityProfile) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  add: { alignSelf: 'flex-start' },
});

/**
 * The settings view.
 * @example <SettingsView store={createBrowserProfileStore()} profile={profile} onProfileChange={setProfile} />
 */
export function SettingsView({ store, profile, onProfileChange }: SettingsViewProps): JSX.Element {
  const styles = useStyles();
  const settings = useProfileSettings(store, profile, onProfileChange);
  const { draft, details, errors, notice, warnings, busy, loading } = settings;
  const [focusRow, setFocusRow] = useState<string>();
  const addButton = useRef<HTMLButtonElement>(null);

  const source =
    details?.source === 'example' ? S.sourceExample : details?.source === 'user' ? S.sourceUser : undefined;
  return (
    <section className={styles.root} aria-labelledby="aktindsigt-settings-heading">
      <Title3 as="h2" id="aktindsigt-settings-heading" className={styles.heading}>
        {S.heading}
      </Title3>
      <Body1 as="p" className={styles.text}>
        {S.intro}
      </Body1>
      {loading && !draft && <Spinner size="small" labelPosition="after" label={S.loading} />}
      {source && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{source}</MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={settings.dismissNotice}>
              {CHECK_STRINGS.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {draft && (
        <form
          className={styles.root}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void settings.save();
          }}
        >
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>
              {S.authorityHeading}
            </Subtitle2>
            <AuthorityFields draft={draft} errors={errors} setField={settings.setField} />
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>
              {S.caseAreasHeading}
            </Subtitle2>
            <Body1 as="p" className={styles.text}>
              {S.caseAreasIntro}
            </Body1>
            {draft.caseAreas.length === 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{S.noCaseAreas}</MessageBarBody>
              </MessageBar>
            )}
            {errors.caseAreas && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{errors.caseAreas.join(' ')}</MessageBarBody>
              </MessageBar>
            )}
            {draft.caseAreas.map((row, index) => (
              <CaseAreaFields
                key={row.key}
                row={row}
                index={index}
                errors={errors}
                setCaseArea={settings.setCaseArea}
                autoFocus={row.key === focusRow}
                onRemove={(key) => {
                  settings.removeCaseArea(key);
                  addButton.current?.focus();
                }}
              />
            ))}
            <Button
              ref={addButton}
              className={styles.add}
              onClick={() => setFocusRow(settings.addCaseArea())}
            >
              {S.addCaseArea}
            </Button>
          </div>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {S.save}
            </Button>
            <Button onClick={settings.exportProfile}>{S.export}</Button>
            <ResetButton disabled={busy} onReset={() => void settings.reset()} />
          </div>
        </form>
      )}
    </section>
  );
}
