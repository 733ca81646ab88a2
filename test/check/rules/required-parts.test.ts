import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../../../src/letter/profile';
import {
  composedPlan,
  decisionOn,
  findingsOf,
  snapshot,
  tagged,
  untagged,
  withoutBlocks,
} from '../../support/check';

const refusal = tagged(composedPlan(decisionOn(['offl-30-1'])));
const grant = tagged(composedPlan(decisionOn([], { outcome: 'grant' })));

describe('required-parts', () => {
  it.each([
    ['a composed refusal', refusal],
    ['a composed refusal typed by hand', untagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['a full grant needs no reasoning or complaint guidance', withoutBlocks(grant, 'complaint-guidance')],
    [
      'a § 36 notice is not a decision',
      snapshot(
        '12. marts 2025',
        'Du har den 3. marts 2025 anmodet om aktindsigt i sagen om Skolevej.',
        'Vi kan ikke nå at besvare din anmodning inden for fristen på 7 arbejdsdage, jf. offentlighedslovens § 36, stk. 2.',
        'Med venlig hilsen',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('required-parts', doc)).toEqual([]);
  });

  it.each([
    [
      'refusal without complaint guidance',
      withoutBlocks(refusal, 'complaint-guidance'),
      ['Brevet mangler klagevejledningen.'],
    ],
    [
      'refusal without reasoning',
      withoutBlocks(refusal, 'reasoning', 'reasoning:offl-30-1', 'partial-34'),
      ['Brevet mangler begrundelsen.'],
    ],
    ['refusal without sender', withoutBlocks(refusal, 'sender'), ['Brevet mangler afsenderen.']],

    [
      'citations but no legal basis',
      withoutBlocks(refusal, 'legal-basis'),
      ['Brevet henviser til lovbestemmelser, men citerer dem ikke (lovgrundlag).'],
    ],
  ])('fails: %s', (_, doc, messages) => {
    const findings = findingsOf('required-parts', doc);
    expect(findings.map((f) => f.message)).toEqual(messages);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('required-parts: where and how hard', () => {
  it('a letter without a date gets a warning, not an error (letterheads often carry it)', () => {
    const findings = findingsOf('required-parts', withoutBlocks(grant, 'date'));
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['missingDate', 'warning']]);
  });

  it('points at where the missing part belongs: the complaint guidance before the sender', () => {
    const doc = withoutBlocks(refusal, 'complaint-guidance');
    const [finding] = findingsOf('required-parts', doc);
    expect(doc.paragraphs[finding?.location.paragraph ?? -1]?.blockId).toBe('sender');
  });
});

describe('required-parts: the fix for a missing complaint guidance', () => {
  it('offers the complaint guidance the add-in writes for the profile’s case area', () => {
    const doc = withoutBlocks(refusal, 'complaint-guidance');
    const single = {
      ...EXAMPLE_PROFILE,
      caseAreas: EXAMPLE_PROFILE.caseAreas.filter((a) => a.id === 'sociale-sager'),
    };
    const [finding] = findingsOf('required-parts', doc, { profile: single });
    expect(finding?.fix?.kind).toBe('insert');
    const blocks = finding?.fix?.kind === 'insert' ? finding.fix.blocks : [];
    const expected = refusal.paragraphs.filter((p) => p.blockId === 'complaint-guidance').map((p) => p.text);
    expect(blocks.flatMap((b) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')))).toEqual(
      expected,
    );
  });

  it('offers no fix without a profile', () => {
    const [finding] = findingsOf('required-parts', withoutBlocks(refusal, 'complaint-guidance'));
    expect(finding?.fix).toBeUndefined();
  });
});
