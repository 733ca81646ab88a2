import { describe, expect, it } from 'vitest';
import { PINNED } from '../../../src/law/catalogue';
import type { DocumentSnapshot } from '../../../src/check/types';
import { findingsOf } from '../../support/check';

/** LBK 988/2012 § 12, stk. 1, as held, split into its paragraphs (intro, then each nr.). */
const HELD = PINNED['fvl-2012'].sections.find((s) => s.id === '12')?.subsections[0]?.versions[0]?.text ?? '';
const [INTRO = '', ...ITEMS] = HELD.split('\n');

const letter = (decision: string, quoted: string[] = []): DocumentSnapshot => ({
  paragraphs: [
    { text: '10. marts 2025' },
    {
      text: 'Du har som part i sagen den 3. marts 2025 anmodet om aktindsigt i miljøoplysninger om påbuddet til Eksempel A/S. Vi har behandlet anmodningen efter miljøoplysningsloven.',
    },
    { text: 'Afgørelse', headingLevel: 1 },
    { text: decision },
    ...(quoted.length
      ? [
          { text: 'Uddrag af relevante regler', headingLevel: 1 },
          { text: 'Forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012' },
          ...quoted.map((text) => ({ text })),
        ]
      : []),
  ],
});

const REFUSAL = 'Du får ikke aktindsigt i notatet, jf. forvaltningslovens § 12, stk. 1, nr. 1.';

describe('mol-fvl-version', () => {
  it('holds the 2012 text it compares with (guard)', () => {
    expect(INTRO).toMatch(/^Retten til aktindsigt omfatter ikke/);
    expect(ITEMS).toHaveLength(3);
  });

  it.each([
    ['the LBK 988/2012 wording quoted', letter(REFUSAL, [`§ 12. ${INTRO}`, ...ITEMS])],
    [
      '§ 15, stk. 1 cited (exists in 2012)',
      letter('Du får ikke aktindsigt, jf. forvaltningslovens § 15, stk. 1, nr. 1.'),
    ],
    [
      'not an MOL letter: § 15 b is today’s act',
      {
        paragraphs: [
          { text: 'Afgørelse', headingLevel: 1 },
          { text: 'Du får ikke aktindsigt, jf. forvaltningslovens § 15 b, nr. 1.' },
        ],
      },
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-fvl-version', doc)).toEqual([]);
  });

  it('fails: § 15 b cited in an MOL letter', () => {
    const findings = findingsOf(
      'mol-fvl-version',
      letter('Du får ikke aktindsigt, jf. forvaltningslovens § 15 b, nr. 1.'),
    );
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['currentOnly', 'warning']]);
    expect(findings[0]?.location.text).toBe('forvaltningslovens § 15 b, nr. 1');
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 6, stk\. 2/);
  });

  it('fails: a quotation that differs from the 2012 wording', () => {
    const changed = INTRO.replace('interne arbejdsdokumenter.', 'interne dokumenter.');
    expect(changed).not.toBe(INTRO);
    const findings = findingsOf('mol-fvl-version', letter(REFUSAL, [`§ 12. ${changed}`, ...ITEMS]));
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['differs', 'warning']]);
    expect(findings[0]?.message).toMatch(/lovbekendtgørelse nr\. 988 af 9\. oktober 2012/);
  });
});
