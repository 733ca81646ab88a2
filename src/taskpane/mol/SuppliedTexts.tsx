/**
 * The statute texts the MOL letter's legal basis cannot quote from the law data: which is missing and why, and
 * a text area per paragraph where the jurist may paste it from Retsinformation for this letter only, marked as
 * supplied and not checked. Never prefilled: nothing is taken from the 2013 act or today's forvaltningslov.
 */
import { Badge, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { MissingText } from '../state/derive';
import type { PaneAction } from '../state/pane-state';
import { MOL_STRINGS } from './strings';

const S = MOL_STRINGS.supplied;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  badge: { alignSelf: 'flex-start' },
});

export interface SuppliedTextsProps {
  missing: readonly MissingText[];
  dispatch: (action: PaneAction) => void;
}

/**
 * One text area (and its source) per paragraph that cannot be quoted.
 * @example <SuppliedTexts missing={missingTexts(decision)} dispatch={dispatch} />
 */
export function SuppliedTexts({ missing, dispatch }: SuppliedTextsProps): JSX.Element | null {
  const styles = useStyles();
  if (missing.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="mol-supplied-heading">
      <h3 id="mol-supplied-heading" className={styles.heading}>
        {S.heading}
      </h3>
      <Text size={200}>{S.intro}</Text>
      {missing.map((m) => {
        const text = m.supplied?.text ?? '';
        const source = m.supplied?.source ?? '';
        const supply = (next: { text?: string; source?: string }) =>
          dispatch({
            type: 'mol',
            action: {
              kind: 'supplied',
              statute: m.statute,
              section: m.section,
              text: next.text ?? text,
              source: next.source ?? source,
            },
          });
        return (
          <div key={`${m.statute}-${m.section}`} className={styles.item} role="group" aria-label={m.label}>
            <Field label={S.text(m.label)} hint={m.reason}>
              <Textarea
                resize="vertical"
                rows={3}
                value={text}
                onChange={(_, data) => supply({ text: data.value })}
              />
            </Field>
            {text.trim() !== '' ? (
              <Badge className={styles.badge} appearance="tint" color="warning" shape="rounded">
                {S.mark}
              </Badge>
            ) : null}
            <Field label={S.source(m.label)} hint={S.sourceHint}>
              <Input value={source} onChange={(_, data) => supply({ source: data.value })} />
            </Field>
          </div>
        );
      })}
    </section>
  );
}
