import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../src/check/types';
import { EXAMPLE_PROFILE } from '../../../src/letter/profile';
import { composedPlan, decisionOn, findingsOf, snapshot, tagged, untagged } from '../../support/check';

const RECEIVED = 'Vi modtog den {received} din anmodning om aktindsigt i sagen om Skolevej.';

/** A grant typed by hand: date line 1, received date in paragraph 2 (after "Vi modtog den "). */
function letter(date: string, received: string, ...extra: string[]): DocumentSnapshot {
  return snapshot(
    'Eksempel Kommune',
    date,
    RECEIVED.replace('{received}', received),
    ...extra,
    'Afgørelse',
    'Vi imødekommer din anmodning om aktindsigt, jf. offentlighedslovens § 7.',
    'Med venlig hilsen',
    'Eva Sagsbehandler',
  );
}

/** Where the received date stands in `letter`: paragraph 2, after "Vi modtog den ". */
const at = (received: string) => ({
  paragraph: 2,
  start: 'Vi modtog den '.length,
  end: 'Vi modtog den '.length + received.length,
  text: received,
});

const composed = (received: string, letterDate: string, groundIds: string[] = []) =>
  composedPlan(
    decisionOn(groundIds, {
      ...(groundIds.length === 0 ? { outcome: 'grant' as const } : {}),
      letterDate,
      request: { receivedDate: received, subject: 'sagen om Skolevej', requester: 'Eva Eksempel' },
    }),
  );

describe('processing-time', () => {
  it.each([
    ['the composed letter (5 working days)', tagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['exactly 7 working days', letter('12. marts 2025', '3. marts 2025')],
    ['7 working days over Easter 2025', letter('28. april 2025', '14. april 2025')],
    ['7 working days over Kristi Himmelfartsdag 2025', letter('6. juni 2025', '26. maj 2025')],
    ['7 working days over pinse and Grundlovsdag 2025', letter('16. juni 2025', '3. juni 2025')],
    ['7 working days over Christmas and New Year', letter('6. januar 2026', '19. december 2025')],
    ['7 working days over Store Bededag 2023', letter('11. maj 2023', '1. maj 2023')],
    [
      'late, with the notice mentioned in words',
      letter(
        '24. marts 2025',
        '3. marts 2025',
        'Vi har tidligere orienteret dig om, at behandlingen ville tage længere tid.',
      ),
    ],
    [
      'late, with the notice letter named',
      letter('24. marts 2025', '3. marts 2025', 'Som nævnt i vores fristbrev af 12. marts 2025 ...'),
    ],
    [
      'late, citing § 36, stk. 2 in the body',
      letter(
        '24. marts 2025',
        '3. marts 2025',
        'Vi skrev til dig den 12. marts 2025, at du kunne forvente svar senest i dag, jf. offentlighedslovens § 36, stk. 2.',
      ),
    ],
    ['no received date stated', snapshot('24. marts 2025', 'Afgørelse', 'Vi imødekommer din anmodning.')],
    [
      'no letter date (judged when dated)',
      snapshot(
        RECEIVED.replace('{received}', '3. januar 2025'),
        'Afgørelse',
        'Vi imødekommer din anmodning.',
      ),
    ],
    ['before the 2013 act came into force', letter('15. oktober 2012', '1. oktober 2012')],
    ['received before the 2013 act came into force', letter('15. januar 2014', '16. december 2013')],
    ['a span of years (a misread date)', letter('13. marts 2025', '3. marts 2015')],
    [
      'environmental information (MOL § 4 has its own deadlines)',
      letter('24. marts 2025', '3. marts 2025', 'Anmodningen er behandlet efter miljøoplysningsloven.'),
    ],
    [
      'a § 36 notice is not a decision',
      snapshot(
        '24. marts 2025',
        RECEIVED.replace('{received}', '3. marts 2025'),
        'Vi kan ikke nå at besvare din anmodning inden for fristen på 7 arbejdsdage, jf. offentlighedslovens § 36, stk. 2.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('processing-time', doc)).toEqual([]);
  });

  it.each([
    ['8 working days', letter('13. marts 2025', '3. marts 2025'), '3. marts 2025', 8],
    ['8 working days over Easter 2025', letter('29. april 2025', '14. april 2025'), '14. april 2025', 8],
    [
      '8 working days over Kristi Himmelfartsdag 2026',
      letter('22. maj 2026', '11. maj 2026'),
      '11. maj 2026',
      8,
    ],
    ['8 working days over pinse 2024', letter('28. maj 2024', '15. maj 2024'), '15. maj 2024', 8],
    [
      '8 working days over Christmas and New Year',
      letter('7. januar 2026', '19. december 2025'),
      '19. december 2025',
      8,
    ],
    [
      'the Friday that was Store Bededag counts from 2024',
      letter('2. maj 2024', '22. april 2024'),
      '22. april 2024',
      8,
    ],
    ['received date written with digits', letter('13. marts 2025', '03.03.2025'), '03.03.2025', 8],
    [
      'the notice denied, though § 36 is cited',
      letter(
        '24. marts 2025',
        '3. marts 2025',
        'Vi har desværre ikke orienteret dig om forsinkelsen, jf. offentlighedslovens § 36, stk. 2.',
      ),
      '3. marts 2025',
      15,
    ],
    [
      'an apology is no notice',
      letter('24. marts 2025', '3. marts 2025', 'Vi beklager den lange sagsbehandlingstid.'),
      '3. marts 2025',
      15,
    ],
  ])('fails: %s', (_, doc, received, days) => {
    const findings = findingsOf('processing-time', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location])).toEqual([
      ['noNotice', 'warning', at(received)],
    ]);
    expect(findings[0]?.message).toContain(`${days} arbejdsdage efter modtagelsen`);
  });

  it('states the dates the Danish way, the deadline and the provision', () => {
    const [finding] = findingsOf('processing-time', letter('13. marts 2025', '3. marts 2025'));
    expect(finding?.message).toBe(
      'Brevet er dateret 13. marts 2025, 8 arbejdsdage efter modtagelsen af anmodningen den 3. marts 2025. ' +
        'Fristen på 7 arbejdsdage udløb den 12. marts 2025, og brevet nævner ikke, at ansøgeren er underrettet ' +
        'om grunden til fristoverskridelsen og om, hvornår svaret kunne ventes, jf. offentlighedslovens § 36, stk. 2.',
    );
  });

  it('counts the authority profile’s closing days (Friday after Kristi Himmelfartsdag)', () => {
    // 26 May 2025 -> 10 June 2025: 8 working days, or 7 when the authority closes on 30 May.
    const doc = letter('6. juni 2025', '26. maj 2025');
    expect(findingsOf('processing-time', doc)).toEqual([]);
    const doc8 = letter('10. juni 2025', '26. maj 2025');
    expect(findingsOf('processing-time', doc8).map((f) => f.messageId)).toEqual(['noNotice']);
    expect(findingsOf('processing-time', doc8, { profile: EXAMPLE_PROFILE })).toEqual([]);
  });

  it('past 40 working days warns even with a notice, and twice without one', () => {
    const notified = letter(
      '2. maj 2025',
      '3. marts 2025',
      'Vi har tidligere orienteret dig om, at behandlingen ville tage længere tid.',
    );
    expect(findingsOf('processing-time', notified).map((f) => [f.messageId, f.severity, f.location])).toEqual(
      [['beyondForty', 'warning', at('3. marts 2025')]],
    );
    expect(findingsOf('processing-time', notified)[0]?.message).toContain('41 arbejdsdage');
    const silent = letter('2. maj 2025', '3. marts 2025');
    expect(findingsOf('processing-time', silent).map((f) => f.messageId)).toEqual([
      'noNotice',
      'beyondForty',
    ]);
    // 3 March -> 1 May 2025: 40 working days (Easter skipped), not past the limit.
    expect(
      findingsOf('processing-time', letter('1. maj 2025', '3. marts 2025')).map((f) => f.messageId),
    ).toEqual(['noNotice']);
  });

  it("a party's request under forvaltningsloven names FVL § 16, stk. 2", () => {
    const plan = composed('2025-03-03', '2025-03-13', ['fvl-12']);
    for (const doc of [tagged(plan), untagged(plan)]) {
      const findings = findingsOf('processing-time', doc);
      expect(findings.map((f) => [f.messageId, f.location.text])).toEqual([['noNotice', '3. marts 2025']]);
      expect(findings[0]?.message).toMatch(/jf\. forvaltningslovens § 16, stk\. 2\.$/);
    }
  });

  it('a composed OFL letter names OFL § 36, stk. 2 and points at the stated date of receipt', () => {
    const doc = tagged(composed('2025-03-03', '2025-03-13'));
    const findings = findingsOf('processing-time', doc);
    const paragraph = doc.paragraphs.findIndex((p) => p.text.startsWith('Du har den 3. marts 2025'));
    expect(findings.map((f) => [f.messageId, f.location])).toEqual([
      [
        'noNotice',
        {
          paragraph,
          start: 'Du har den '.length,
          end: 'Du har den 3. marts 2025'.length,
          text: '3. marts 2025',
        },
      ],
    ]);
    expect(findings[0]?.message).toMatch(/jf\. offentlighedslovens § 36, stk\. 2\.$/);
  });
});
