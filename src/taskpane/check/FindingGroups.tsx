/** The findings grouped by severity, errors first, each group a section of an accordion with its count. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { DocumentSnapshot, Finding, Severity } from '../../check/types';
import { SEVERITY_STRINGS } from '../strings-check';
import { FindingItem } from './FindingItem';
import { SEVERITIES } from './ReportSummary';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface FindingGroupsProps {
  findings: readonly Finding[];
  snapshot: DocumentSnapshot | undefined;
  disabled: boolean;
  onReveal: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
}

/**
 * One accordion section per severity that has findings ("Fejl (1)", "Advarsler (3)", "Oplysninger (2)").
 * @example <FindingGroups findings={report.findings} snapshot={snapshot} disabled={false} onReveal={reveal} onFix={fix} />
 */
export function FindingGroups({
  findings,
  snapshot,
  disabled,
  onReveal,
  onFix,
}: FindingGroupsProps): JSX.Element {
  const styles = useStyles();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
  // Every group starts open, also one that first appears on a later run; a group the user closed stays closed.
  const [open, setOpen] = useState<Severity[]>([...SEVERITIES]);
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) => setOpen(data.openItems as Severity[])}
    >
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity}>
          <AccordionHeader as="h4">
            {`${SEVERITY_STRINGS[group.severity].group} (${group.findings.length})`}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.map((finding, i) => (
                <FindingItem
                  key={`${finding.ruleId}:${finding.messageId}:${finding.location.paragraph}:${i}`}
                  finding={finding}
                  snapshot={snapshot}
                  disabled={disabled}
                  onReveal={onReveal}
                  onFix={onFix}
                />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
