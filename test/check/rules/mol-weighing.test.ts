import { describe, expect, it } from 'vitest';
import { edit, findingsOf, snapshot, tagged, untagged } from '../../support/check';
import { WEIGHING_FIELDS } from '../../../src/letter/compose-mol';
import { molLetter, molPlan } from './mol-support';

const REFUSAL = 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 12, stk. 1, nr. 2.';
const CONCRETE =
  'Vi har foretaget en konkret afvejning efter miljøoplysningslovens § 2, stk. 3. For udlevering taler, at naboerne har en interesse i at kende virksomhedens kemikalieforbrug. Imod udlevering taler, at oplysningerne om produktionsmetoden kan bruges af konkurrenterne. Efter en restriktiv anvendelse af bestemmelsen vejer hensynet til virksomheden tungere.';

describe('mol-weighing', () => {
  it.each([
    ['the composed MOL letter, fields filled', tagged(molPlan(['offl1985-12-1-2']))],
    ['typed by hand with a concrete weighing', molLetter(REFUSAL, CONCRETE)],
    [
      '§ 2, stk. 1 handled by the police (§ 2, stk. 3, 3. pkt.)',
      molLetter(
        'Vi giver dig afslag, jf. offentlighedslovens § 2, stk. 1.',
        'Sagen behandles af politiet som en straffesag.',
      ),
    ],
    [
      'not an MOL letter',
      snapshot('Afgørelse', 'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 30, nr. 2.'),
    ],
    [
      'a ground outside § 2, stk. 3 (§ 14, confidentiality)',
      molLetter('Vi giver dig afslag, jf. offentlighedslovens § 14.'),
    ],
    ['a grant', molLetter('Du får aktindsigt i alle dokumenterne.')],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('mol-weighing', doc)).toEqual([]);
  });

  it('the composed weighing with its fields unfilled: template-placeholder reports each, mol-weighing nothing', () => {
    const doc = tagged(
      molPlan(['offl1985-12-1-2'], {
        grounds: [{ groundId: 'offl1985-12-1-2', values: {} }],
      }),
    );
    expect(findingsOf('mol-weighing', doc)).toEqual([]);
    const marks = findingsOf('template-placeholder', doc).map((f) => f.location.text);
    for (const field of WEIGHING_FIELDS) expect(marks).toContain(`[${field.label}]`);
  });

  it.each([
    ['typed by hand, no weighing', molLetter(REFUSAL, 'Oplysningerne er forretningshemmeligheder.')],
    [
      'the composed letter with its weighing deleted',
      (() => {
        const doc = untagged(molPlan(['offl1985-7-1']));
        return {
          paragraphs: doc.paragraphs.filter((p) => !/afvejning|restriktiv/i.test(p.text)),
        };
      })(),
    ],
    [
      '1985 § 13, stk. 1, nr. 6 named with its year',
      molLetter('Vi giver dig afslag på aktindsigt, jf. § 13, stk. 1, nr. 6, i offentlighedsloven fra 1985.'),
    ],
    [
      'a party: forvaltningslovens § 15, stk. 1 (LBK 988/2012)',
      molLetter('Du får ikke aktindsigt, jf. forvaltningslovens § 15, stk. 1, nr. 1.'),
    ],
  ])('fails: %s', (_, doc) => {
    const findings = findingsOf('mol-weighing', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['missing', 'error']]);
    expect(findings[0]?.message).toMatch(/[Mm]iljøoplysningslovens § 2, stk\. 3/);
  });

  it('warns: a weighing that names no interest of the case', () => {
    const doc = molLetter(
      REFUSAL,
      'Vi har foretaget en konkret afvejning efter miljøoplysningslovens § 2, stk. 3, og finder ud fra hensynet bag bestemmelsen, at der ikke kan gives aktindsigt.',
    );
    const findings = findingsOf('mol-weighing', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['generic', 'warning']]);
  });

  it('the edit helper still finds the weighing sentence (guard)', () => {
    expect(() =>
      edit(
        molLetter(REFUSAL, CONCRETE),
        (t) => t.includes('afvejning'),
        (t) => t,
      ),
    ).not.toThrow();
  });
});
