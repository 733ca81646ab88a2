import { describe, expect, it } from 'vitest';
import {
  composedPlan,
  decisionOn,
  findingsOf,
  snapshot,
  tagged,
  untagged,
  withoutBlocks,
} from '../../support/check';

const refusing = (...more: string[]) =>
  snapshot(
    'Afgørelse',
    'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 9, stk. 2, nr. 1.',
    'Det vil tage os ca. 60 timer at behandle anmodningen.',
    ...more,
  );

describe('dialogue-missing', () => {
  it.each([
    ['the composed letter', tagged(composedPlan(decisionOn(['offl-9-2-1'])))],
    ['typed by hand', untagged(composedPlan(decisionOn(['offl-9-2-1'])))],
    [
      'a dialogue told in words',
      refusing('Vi ringede til dig den 3. marts 2025 for at tale om, hvordan anmodningen kunne afgrænses.'),
    ],
    [
      'an offer to narrow the request',
      refusing('Vi har tilbudt dig at indsnævre din anmodning, men du har fastholdt den.'),
    ],
    [
      '§ 9, stk. 2, nr. 2 needs no dialogue',
      snapshot('Afgørelse', 'Vi afslår din anmodning, jf. offentlighedslovens § 9, stk. 2, nr. 2.'),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('dialogue-missing', doc)).toEqual([]);
  });

  it.each([
    [
      'the composed letter without its dialogue block',
      withoutBlocks(tagged(composedPlan(decisionOn(['offl-9-2-1']))), 'dialogue'),
    ],
    ['typed by hand', refusing()],
  ])('fails: %s', (_, doc) => {
    const findings = findingsOf('dialogue-missing', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['missing', 'error']]);
    expect(findings[0]?.location.text).toMatch(/§ 9, stk\. 2, nr\. 1/);
    const inserted = findings[0]?.fix?.kind === 'insert' ? findings[0].fix.blocks : [];
    expect(inserted.map((b) => b.id)).toEqual(['dialogue']);
  });
});
