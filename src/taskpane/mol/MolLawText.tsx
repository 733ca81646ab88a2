/**
 * A paragraph of the law as the statute data holds it, quoted verbatim (lines exactly as the act prints them)
 * under the heading that names the act's version. Loaded lazily: it brings the statute data with it.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { quoteBlock } from '../../law/quote';
import type { LegalRef } from '../../law/types';
import { MOL_STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface MolLawTextProps {
  /** The paragraph to quote. */
  lawRef: LegalRef;
  /** ISO date: the version in force then. */
  date: string;
}

/**
 * The quoted paragraph under miljøoplysningsloven's regime.
 * @example <MolLawText lawRef={{ statute: 'mol', section: '3' }} date="2025-03-10" />
 */
export function MolLawText({ lawRef, date }: MolLawTextProps): JSX.Element {
  const styles = useStyles();
  const block = quoteBlock([lawRef], { regime: 'mol', date });
  const group = block.groups[0];
  const section = group?.sections[0];
  if (!group || !section || section.lines.length === 0)
    return <Text size={200}>{MOL_STRINGS.decision.lawUnavailable}</Text>;
  return (
    <figure className={styles.root}>
      <figcaption>
        <Text size={200} className={styles.heading}>
          {group.heading}
        </Text>
      </figcaption>
      <blockquote className={styles.quote} data-testid="mol-law-text">
        {section.lines.map((line, i) => (
          <Text key={i} size={200} as="p" block>
            {line}
          </Text>
        ))}
      </blockquote>
    </figure>
  );
}
