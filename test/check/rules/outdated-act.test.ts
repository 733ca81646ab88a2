import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../src/check/types';
import { composedPlan, decisionOn, findingsOf, snapshot, tagged, untagged } from '../../support/check';

/** A short decision dated `date` whose request paragraph says which act it was decided under. */
const dated = (date: string, basis: string, ...more: string[]): DocumentSnapshot =>
  snapshot(
    'Søby Kommune',
    date,
    `Du har den 26. september anmodet om aktindsigt i sagen om Søby Skole. Vi har behandlet din anmodning efter ${basis}.`,
    'Afgørelse',
    'Vi afslår din anmodning om aktindsigt.',
    ...more,
  );

describe('outdated-act', () => {
  it.each([
    ['the composed letter (current consolidations)', tagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['a composed party letter typed by hand', untagged(composedPlan(decisionOn(['fvl-12'])))],
    [
      'a 2012 letter under the 1985 act',
      dated('15. oktober 2012', 'lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen'),
    ],
    [
      'environmental information in 2025: miljøoplysningsloven still points to the 1985 act',
      dated(
        '2. oktober 2025',
        'lov om aktindsigt i miljøoplysninger, jf. lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen',
      ),
    ],
    [
      'forvaltningsloven of 1985 (lov nr. 571) is in force',
      dated('2. oktober 2025', 'forvaltningsloven (lov nr. 571 af 19. december 1985 med senere ændringer)'),
    ],
    [
      'the current consolidations, by number and year',
      dated(
        '2. oktober 2025',
        'offentlighedsloven (lbk. 145/2020) og forvaltningsloven (LBK nr. 433 af 22. april 2014)',
      ),
    ],
    [
      'forvaltningsloven as LBK 988/2012 in a letter written before LBK 433/2014',
      dated('10. marts 2014', 'forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012'),
    ],
    [
      'a consolidation newer than the one we hold',
      dated('2. oktober 2027', 'offentlighedsloven, jf. lovbekendtgørelse nr. 200 af 1. marts 2027'),
    ],
    [
      'a consolidation of an act that is not ours',
      dated(
        '2. oktober 2025',
        'offentlighedsloven og arkivloven, jf. lovbekendtgørelse nr. 1201 af 28. september 2016',
      ),
    ],
    [
      'the repeal quoted in the legal basis',
      snapshot(
        '2. oktober 2025',
        'Afgørelse',
        'Vi afslår din anmodning om aktindsigt, jf. offentlighedslovens § 42, stk. 3.',
        'Lovgrundlag',
        '§ 42. Loven træder i kraft den 1. januar 2014.',
        'Stk. 3. Lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen ophæves.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('outdated-act', doc)).toEqual([]);
  });

  it.each([
    [
      'lov nr. 572 af 19. december 1985 (letter 26)',
      dated(
        '2. oktober 2025',
        'lov om offentlighed i forvaltningen (lov nr. 572 af 19. december 1985 med senere ændringer)',
      ),
      'act1985',
      'lov nr. 572 af 19. december 1985',
    ],
    [
      'the 1985 act in the legal basis heading',
      dated(
        '2. oktober 2025',
        'offentlighedsloven',
        'Uddrag af Lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen med senere ændringer',
      ),
      'act1985',
      'Lov nr. 572 af 19. december 1985',
    ],
    ['the act by number/year', dated('2. oktober 2025', 'lov 572/1985'), 'act1985', 'lov 572/1985'],
    [
      'the title with 1985',
      dated('2. oktober 2025', 'lov om offentlighed i forvaltningen af 19. december 1985'),
      'act1985',
      'lov om offentlighed i forvaltningen af 19. december 1985',
    ],
    [
      '"offentlighedsloven fra 1985"',
      dated('2. oktober 2025', 'offentlighedsloven fra 1985'),
      'act1985',
      'offentlighedsloven fra 1985',
    ],
    [
      '"1985-offentlighedsloven"',
      dated('2. oktober 2025', '1985-offentlighedsloven'),
      'act1985',
      '1985-offentlighedsloven',
    ],
    [
      'with a non-breaking space',
      dated('2. oktober 2025', 'lov nr.\u00a0572 af 19. december 1985'),
      'act1985',
      'lov nr.\u00a0572 af 19. december 1985',
    ],
    [
      'dated 1 January 2014, the day of the repeal',
      dated('1. januar 2014', 'lov nr. 572 af 19. december 1985'),
      'act1985',
      'lov nr. 572 af 19. december 1985',
    ],
    [
      'forvaltningsloven as LBK 988/2012 in 2025',
      dated('2. oktober 2025', 'forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012'),
      'outdatedConsolidation',
      'lovbekendtgørelse nr. 988 af 9. oktober 2012',
    ],
    [
      'an older offentlighedslov consolidation by number and year',
      dated('2. oktober 2025', 'offentlighedsloven (LBK 1144/2019)'),
      'outdatedConsolidation',
      'LBK 1144/2019',
    ],
  ])('fails: %s', (_, doc, messageId, text) => {
    const findings = findingsOf('outdated-act', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.text])).toEqual([
      [messageId, 'warning', text],
    ]);
    const [f] = findings;
    const paragraph = doc.paragraphs[f?.location.paragraph ?? -1]?.text ?? '';
    expect(paragraph.slice(f?.location.start, f?.location.end)).toBe(text);
  });

  it('names the current act in the message', () => {
    const [f] = findingsOf('outdated-act', dated('2. oktober 2025', 'lov nr. 572 af 19. december 1985'));
    expect(f?.message).toContain(
      'offentlighedsloven, jf. lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024',
    );
    // Before the 2024 amendment came into force, the consolidation alone is current.
    const [early] = findingsOf('outdated-act', dated('2. oktober 2023', 'lov nr. 572 af 19. december 1985'));
    expect(early?.message).toContain('lovbekendtgørelse nr. 145 af 24. februar 2020.');
  });

  it('offers the current consolidation as a replacement, not a new act for the 1985 one', () => {
    const [old] = findingsOf(
      'outdated-act',
      dated('2. oktober 2025', 'forvaltningsloven (Lovbekendtgørelse nr. 988 af 9. oktober 2012)'),
    );
    expect(old?.fix).toEqual({ kind: 'replace', replacement: 'Lovbekendtgørelse nr. 433 af 22. april 2014' });
    const [act1985] = findingsOf(
      'outdated-act',
      dated('2. oktober 2025', 'lov nr. 572 af 19. december 1985'),
    );
    expect(act1985?.fix).toBeUndefined();
  });

  it('judges a letter without a date of its own on the day of the check', () => {
    const undated = snapshot('Vi har behandlet din anmodning efter lov nr. 572 af 19. december 1985.');
    expect(findingsOf('outdated-act', undated, { today: '2025-03-10' })).toHaveLength(1);
    expect(findingsOf('outdated-act', undated, { today: '2013-03-10' })).toEqual([]);
  });
});
