/**
 * One finding of the check: its rule, Danish message, the text it is about, and the buttons to show it in the
 * letter and, where the checker offers one, to apply its fix.
 */
import { Body1, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { RULES } from '../../check/registry';
import type { DocumentSnapshot, Finding } from '../../check/types';
import { CHECK_STRINGS as S } from '../strings-check';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  head: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  message: { margin: 0 },
  excerpt: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  fix: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));
const EXCERPT_LENGTH = 160;

/**
 * The text a finding is about, shortened: its span's text. A finding without a span (a missing part, placed
 * where the part belongs) has none: the paragraph there is not what it is about.
 * @example excerptOf({ location: { paragraph: 0, text: '§ 30' } } as Finding, { paragraphs: [] }) // "§ 30"
 */
export function excerptOf(finding: Finding, snapshot: DocumentSnapshot | undefined): string | undefined {
  const { location } = finding;
  const paragraph = snapshot?.paragraphs[location.paragraph]?.text;
  const span =
    location.start !== undefined && paragraph !== undefined
      ? paragraph.slice(location.start, location.end ?? paragraph.length)
      : undefined;
  const text = (location.text ?? span ?? '').trim();
  if (!text) return undefined;
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

/** What the fix does, in Danish. */
function fixLabel(finding: Finding): string | undefined {
  const { fix } = finding;
  if (!fix) return undefined;
  if (fix.kind === 'insert') return fix.label;
  const shown =
    fix.replacement.length > EXCERPT_LENGTH
      ? `${fix.replacement.slice(0, EXCERPT_LENGTH - 1)}…`
      : fix.replacement;
  return S.replaceFix(shown);
}

export interface FindingItemProps {
  finding: Finding;
  snapshot: DocumentSnapshot | undefined;
  disabled: boolean;
  onReveal: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
}

/**
 * A finding as a list item with "Vis i brevet" and, where it has a fix, "Ret".
 * @example <FindingItem finding={finding} snapshot={snapshot} disabled={false} onReveal={reveal} onFix={fix} />
 */
export function FindingItem({ finding, snapshot, disabled, onReveal, onFix }: FindingItemProps): JSX.Element {
  const styles = useStyles();
  const messageId = useId();
  const fixId = useId();
  const excerpt = excerptOf(finding, snapshot);
  const fix = fixLabel(finding);
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Text weight="semibold">{TITLES.get(finding.ruleId) ?? finding.ruleId}</Text>
        <Caption1>{S.paragraph(finding.location.paragraph + 1)}</Caption1>
      </div>
      <Body1 as="p" id={messageId} className={styles.message}>
        {finding.message}
      </Body1>
      {excerpt && (
        <Caption1 as="p" className={styles.excerpt}>
          »{excerpt}«
        </Caption1>
      )}
      {fix && (
        <Caption1 as="p" id={fixId} className={styles.fix}>
          {fix}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button size="small" aria-describedby={messageId} onClick={() => onReveal(finding)}>
          {S.reveal}
        </Button>
        {finding.fix && (
          <Button
            size="small"
            appearance="primary"
            aria-describedby={`${messageId} ${fixId}`}
            disabled={disabled}
            onClick={() => onFix(finding)}
          >
            {S.fix}
          </Button>
        )}
      </div>
    </li>
  );
}
