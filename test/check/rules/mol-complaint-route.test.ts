import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../src/check/types';
import { EXAMPLE_PROFILE } from '../../../src/letter/profile';
import { findingsOf, tagged } from '../../support/check';
import { molPlan } from './mol-support';

const REFUSAL =
  'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, jf. miljøoplysningslovens § 2, stk. 1.';
const BASE =
  'Du kan klage over afgørelsen til Miljø- og Fødevareklagenævnet, jf. miljøoplysningslovens § 4, stk. 6. Klagen skal indgives skriftligt til os. Hvis vi fastholder afgørelsen, sender vi klagen videre til nævnet senest 3 uger efter, at vi har modtaget den, jf. miljøoplysningslovens § 4 b, stk. 1.';
// Klageportalen named without making it mandatory (no info on it).
const GOOD = `${BASE} Klager over afgørelser om aktindsigt kan ikke indgives via Klageportalen.`;

/** An MOL refusal from `sender` with the given complaint guidance paragraphs. */
const letter = (guidance: string[], sender = 'Eksempel Kommune, Teknik og Miljø'): DocumentSnapshot => ({
  paragraphs: [
    { text: sender },
    { text: '10. marts 2025' },
    { text: 'Afgørelse', headingLevel: 1 },
    { text: REFUSAL },
    ...(guidance.length ? [{ text: 'Klagevejledning', headingLevel: 1 }] : []),
    ...guidance.map((text) => ({ text })),
    { text: 'Med venlig hilsen' },
    { text: 'Eva Jurist' },
  ],
});

const ids = (doc: DocumentSnapshot, options = {}) =>
  findingsOf('mol-complaint-route', doc, options).map((f) => [f.messageId, f.severity]);

describe('mol-complaint-route', () => {
  it.each([
    ['a kommune, MOL route', letter([GOOD])],
    ['a utility naming the board, lodged with the utility', letter([GOOD], 'Eksempel Forsyning A/S')],
    ['no fee, said so', letter([`${GOOD} Der skal ikke betales gebyr for klagen.`])],
    [
      "the board's own final decision",
      letter([], 'Miljø- og Fødevareklagenævnet').paragraphs.concat({
        text: 'Nævnets afgørelse er endelig og kan ikke indbringes for anden administrativ myndighed.',
      }),
    ],
    [
      'not an MOL letter (2013 route is fine there)',
      {
        paragraphs: [
          { text: 'Afgørelse', headingLevel: 1 },
          { text: 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 1.' },
          { text: 'Klagevejledning', headingLevel: 1 },
          {
            text: 'Du kan klage til Ankestyrelsen, jf. offentlighedslovens § 38. Klagen sendes til os inden 7 arbejdsdage.',
          },
        ],
      },
    ],
    [
      'Klageportalen not named where the appeal body is not the board',
      letter([
        'Du kan klage over afgørelsen til Planklagenævnet, jf. miljøoplysningslovens § 4, stk. 6. Klagen skal indgives skriftligt til os.',
      ]),
    ],
    ['no complaint time limit, said so', letter([`${GOOD} Der gælder ingen klagefrist.`])],
  ])('passes: %s', (_, doc) => {
    const snapshot = Array.isArray(doc) ? { paragraphs: doc } : doc;
    expect(ids(snapshot)).toEqual([]);
  });

  it.each([
    ['no complaint guidance', letter([]), [['missing', 'error']]],
    [
      'the 2013 route, § 37',
      letter([
        'Du kan klage til Miljøstyrelsen. Hvis vi fastholder afgørelsen, sender vi klagen videre inden 7 arbejdsdage, jf. offentlighedslovens § 37, stk. 2.',
      ]),
      [['route2013', 'warning']],
    ],
    [
      'the 2013 route in words only',
      letter([
        'Du kan klage til Miljøstyrelsen. Vi sender klagen videre senest 7 arbejdsdage efter modtagelsen.',
      ]),
      [['route2013', 'warning']],
    ],
    ['a fee', letter([`${GOOD} Du skal betale et gebyr på 900 kr. for at klage.`]), [['fee', 'warning']]],
    [
      'sent straight to the board',
      letter(['Du kan sende din klage direkte til Miljø- og Fødevareklagenævnet via Klageportalen.']),
      [['direct', 'warning']],
    ],
    [
      'a utility naming Ankestyrelsen',
      letter(
        ['Du kan klage til Ankestyrelsen. Klagen skal indgives skriftligt til os.'],
        'Eksempel Vand A/S, Eksempel Forsyning',
      ),
      [['utilityBody', 'error']],
    ],
    ['Klageportalen not named (the sources conflict)', letter([BASE]), [['portalOmitted', 'info']]],
    [
      'Klageportalen made mandatory',
      letter([`${BASE} Klagen skal indgives via Klageportalen på borger.dk.`]),
      [['portalMandatory', 'info']],
    ],
    ['a complaint time limit', letter([`${GOOD} Klagefristen er 4 uger.`]), [['deadline', 'info']]],
    [
      'a complaint time limit in words',
      letter([`${GOOD} Du skal klage inden 4 uger efter, at du har modtaget afgørelsen.`]),
      [['deadline', 'info']],
    ],
  ])('fails: %s', (_, doc, expected) => {
    expect(ids(doc)).toEqual(expected);
  });

  it("a complaint time limit from the profile's own data is not reported", () => {
    const doc = letter([`${GOOD} Klagefristen er 4 uger.`]);
    const [area, ...rest] = EXAMPLE_PROFILE.caseAreas;
    if (!area) throw new Error('no case area');
    const profile = { ...EXAMPLE_PROFILE, caseAreas: [{ ...area, molComplaintDeadline: '4 uger' }, ...rest] };
    expect(ids(doc, { profile })).toEqual([]);
  });

  it('the infos name the provision and report facts, not a verdict', () => {
    const [omitted] = findingsOf('mol-complaint-route', letter([BASE]));
    expect(omitted?.message).toMatch(/miljøoplysningslovens § 4 b, stk\. 2/);
    expect(omitted?.message).toMatch(/Kilderne er uenige/);
    expect(omitted?.location.text).toBe('Miljø- og Fødevareklagenævnet');
    const [deadline] = findingsOf('mol-complaint-route', letter([`${GOOD} Klagefristen er 4 uger.`]));
    expect(deadline?.message).toMatch(/§ 4, stk\. 6, og § 4 b/);
    expect(deadline?.location.text).toBe('Klagefristen');
  });

  it("the composed MOL letter without an appeal body in the profile: its field is template-placeholder's", () => {
    const doc = tagged(molPlan(['offl1985-12-1-2']));
    expect(findingsOf('mol-complaint-route', doc)).toEqual([]);
    const marks = findingsOf('template-placeholder', doc).map((f) => f.location.text);
    expect(marks).toContain('[Klageinstansen efter miljøoplysningslovens § 4, stk. 6]');
  });

  it('fails: an appeal body typed as a placeholder of its own', () => {
    const doc = letter([
      'Du kan klage over afgørelsen til [klageinstansen], jf. miljøoplysningslovens § 4, stk. 6.',
    ]);
    expect(ids(doc)).toEqual([['bodyPlaceholder', 'error']]);
  });

  it('a utility by the profile (--authority), not by its name', () => {
    const doc = letter(
      ['Du kan klage til Ankestyrelsen. Klagen skal indgives skriftligt til os.'],
      'Eksempel Vand',
    );
    expect(ids(doc)).toEqual([]);
    const profile = { ...EXAMPLE_PROFILE, mol: { utility: true } };
    expect(ids(doc, { profile })).toEqual([['utilityBody', 'error']]);
  });

  it('every message names its provision', () => {
    const findings = findingsOf('mol-complaint-route', letter([]));
    expect(findings[0]?.message).toMatch(/miljøoplysningslovens § 4, stk\. 4/);
  });
});
