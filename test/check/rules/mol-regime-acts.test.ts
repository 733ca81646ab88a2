// Issue 12, section 5: under miljøoplysningsloven the 2013-era rules read "offentlighedsloven" as the 1985 act
// and "forvaltningsloven" as LBK 988/2012 (regime.ts), so the 1985 citations of an MOL letter give no false
// nonexistent-reference, cited-not-quoted, quoted-not-cited or quotation-differs, and the MOL composer's marks
// are template-placeholder's findings.
import { describe, expect, it } from 'vitest';
import { EMISSIONS_LABEL } from '../../../src/letter/compose-mol';
import { findingsOf, snapshot, tagged } from '../../support/check';
import { molDecision, molLetter, molPlan } from './mol-support';

const RULES = ['nonexistent-reference', 'cited-not-quoted', 'quoted-not-cited', 'quotation-differs'];
const ids = (doc: Parameters<typeof findingsOf>[1]) =>
  RULES.flatMap((rule) => findingsOf(rule, doc).map((f) => `${rule}: ${f.message}`));

describe('the 1985 act and LBK 988/2012 under miljøoplysningsloven', () => {
  it.each([
    'Vi giver dig afslag, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
    'Vi giver dig afslag, jf. offentlighedslovens § 7, nr. 1.',
    'Vi giver dig afslag, jf. offentlighedslovens § 13, stk. 1, nr. 6.',
    // Structure the 1985 data does not hold is unknown, never nonexistent.
    'Vi giver dig afslag, jf. offentlighedslovens § 13, stk. 1, nr. 9.',
    'Vi giver dig afslag, jf. forvaltningslovens § 15, stk. 1, nr. 1.',
  ])('no nonexistent-reference: %s', (decision) => {
    expect(findingsOf('nonexistent-reference', molLetter(decision))).toEqual([]);
  });

  it("the same 1985 citation in a letter under today's act is checked against today's act", () => {
    const doc = snapshot(
      '10. marts 2025',
      'Du har den 3. marts 2025 anmodet om aktindsigt i kommunens sag om byggetilladelsen.',
      'Afgørelse',
      'Vi giver dig afslag, jf. offentlighedslovens § 12, stk. 1, nr. 2.',
    );
    expect(findingsOf('nonexistent-reference', doc).map((f) => f.messageId)).toEqual(['notFound']);
  });

  it('fails: a stk. forvaltningsloven as LBK 988/2012 does not have', () => {
    const doc = molLetter('Vi giver dig afslag, jf. forvaltningslovens § 15, stk. 9.');
    expect(findingsOf('nonexistent-reference', doc).map((f) => f.location.text)).toEqual([
      'forvaltningslovens § 15, stk. 9',
    ]);
  });

  it.each(['offl1985-13-1-1', 'offl1985-12-1-2', 'offl1985-14', 'offl1985-7-1'])(
    'a composed MOL refusal on %s: its quotations and citations agree',
    (id) => {
      expect(ids(tagged(molPlan([id])))).toEqual([]);
    },
  );

  it("a 1985 text the data lacks: the placeholder is template-placeholder's, not cited-not-quoted", () => {
    const doc = tagged(molPlan(['offl1985-12-1-2']));
    expect(findingsOf('cited-not-quoted', doc)).toEqual([]);
    const marks = findingsOf('template-placeholder', doc).map((f) => f.location.text ?? '');
    expect(marks.some((m) => m.startsWith('[Ordlyden af 1985-offentlighedslovens § 12'))).toBe(true);
  });

  it('fails: a 1985 section cited but neither quoted nor said to be missing', () => {
    const doc = tagged(molPlan(['offl1985-12-1-2']));
    const paragraphs = doc.paragraphs.filter((p) => !p.text.startsWith('[Ordlyden af'));
    const findings = findingsOf('cited-not-quoted', { paragraphs });
    expect(findings.map((f) => f.message)).toEqual([
      '§ 12 i offentlighedsloven fra 1985 er nævnt i brevet, men ikke citeret i lovgrundlaget.',
    ]);
  });

  it('fails: a fully held 1985 text (§ 17, stk. 1) quoted with a word changed; checked against the 1985 act', () => {
    const basis = (line: string) =>
      tagged(molPlan(['offl1985-13-1-1'])).paragraphs.concat(
        {
          text: 'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985',
          blockId: 'legal-basis',
        },
        { text: line, blockId: 'legal-basis' },
      );
    const right = basis('§ 17. Loven træder i kraft den 1. januar 1987.');
    expect(findingsOf('quotation-differs', { paragraphs: right })).toEqual([]);
    const wrong = basis('§ 17. Loven træder i kraft den 1. juli 1987.');
    const findings = findingsOf('quotation-differs', { paragraphs: wrong });
    expect(findings.map((f) => f.message)).toEqual([
      '§ 17 i offentlighedsloven fra 1985, stk. 1, afviger fra lovteksten: »juli« i stedet for »januar«.',
    ]);
  });
});

describe("template-placeholder knows the MOL composer's marks", () => {
  it('reports the emissions question and the weighing left unfilled', () => {
    const decision = molDecision(['offl1985-12-1-2']);
    const doc = tagged(
      molPlan(['offl1985-12-1-2'], {
        emissions: undefined,
        grounds: decision.grounds.map((g) => ({ ...g, values: {} })),
      }),
    );
    const marks = findingsOf('template-placeholder', doc).map((f) => f.location.text);
    expect(marks).toContain(`[${EMISSIONS_LABEL}]`);
    expect(marks).toContain('[Resultatet af den konkrete afvejning]');
    expect(findingsOf('mol-weighing', doc)).toEqual([]);
  });
});

describe('dialogue-missing under miljøoplysningsloven', () => {
  it("gives way to mol-2013-ground when the 2013 resource ground is the MOL refusal's ground", () => {
    const doc = molLetter('Vi giver dig afslag, jf. offentlighedslovens § 9, stk. 2, nr. 1.');
    expect(findingsOf('dialogue-missing', doc)).toEqual([]);
    expect(findingsOf('mol-2013-ground', doc)).toHaveLength(1);
  });

  it('fails: the same ground in a stated 2013 second track without the dialogue', () => {
    const doc = molLetter(
      'Vi giver dig afslag, jf. offentlighedslovens § 7, nr. 1.',
      'Vi har også vurderet anmodningen efter offentlighedsloven af 2013 og giver også afslag efter offentlighedslovens § 9, stk. 2, nr. 1.',
    );
    expect(findingsOf('dialogue-missing', doc).map((f) => f.location.paragraph)).toEqual([4]);
  });
});
