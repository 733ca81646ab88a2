/**
 * The list rules' tester: cases of a list and a letter, valid (no finding of the rule) or invalid (the
 * findings by message id and list row), run through the whole comparison so part detection counts.
 */
import { expect, it } from 'vitest';
import { compareWithList, type ListRule } from '../../../src/aktliste/compare';
import type { Aktliste } from '../../../src/aktliste/rows';
import { LIST_RULES } from '../../../src/aktliste/rules';
import type { DocumentSnapshot } from '../../../src/check/types';

export interface ListCase {
  name: string;
  list: Aktliste;
  letter: DocumentSnapshot;
  /** [messageId, list row] per finding, in order; empty for a valid case. */
  expected: [string, number | undefined][];
  /** Checks on the findings' locations (paragraph texts). */
  at?: (texts: string[]) => void;
}

export function runListRule(rule: ListRule, cases: ListCase[]): void {
  if (!LIST_RULES.includes(rule)) throw new Error(`${rule.meta.id} is not registered`);
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const findings = compareWithList(c.list, c.letter, LIST_RULES).filter((f) => f.ruleId === rule.meta.id);
    expect(findings.map((f) => [f.messageId, f.row?.row])).toEqual(c.expected);
    for (const f of findings) {
      expect(f.location.paragraph).toBeGreaterThanOrEqual(0);
      expect(f.location.paragraph).toBeLessThan(c.letter.paragraphs.length);
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
    c.at?.(findings.map((f) => c.letter.paragraphs[f.location.paragraph]?.text ?? ''));
  });
}
