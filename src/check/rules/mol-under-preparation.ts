// Miljøoplysningslovens § 4, stk. 4, 2. pkt.: a refusal because the material is still being prepared must
// name the authority preparing it and when it is expected in final form.
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { EXPECTED_DATE, PREPARING_AUTHORITY, UNDER_PREPARATION } from '../vocabulary-mol';

export const rule: Rule = {
  meta: {
    id: 'mol-under-preparation',
    severity: 'error',
    title: 'Afslag på materiale under udarbejdelse uden myndighed og forventet tidspunkt',
    enforces:
      'Miljøoplysningslovens § 4, stk. 4, 2. pkt.: navnet på den myndighed, der udarbejder materialet, og hvornår det forventes at foreligge i endelig form',
    doc: 'An MOL refusal that gives "under udarbejdelse" as its reason without naming the preparing authority or the date the material is expected in final form (in that paragraph or the next).',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      noAuthority:
        'Afslaget begrundes med, at materialet er under udarbejdelse, men nævner ikke den myndighed, der udarbejder materialet, jf. miljøoplysningslovens § 4, stk. 4, 2. pkt.',
      noDate:
        'Afslaget begrundes med, at materialet er under udarbejdelse, men oplyser ikke, hvornår materialet forventes at foreligge i endelig form, jf. miljøoplysningslovens § 4, stk. 4, 2. pkt.',
    },
  },
  check({ snapshot, analysis, report }) {
    if (letterRegime(analysis).regime !== 'mol') return;
    const texts = analysis.normalised;
    const own = (i: number) =>
      analysis.partOf[i] !== 'legal_basis' && analysis.partOf[i] !== 'complaint_guidance';
    const at = texts.findIndex((t, i) => own(i) && UNDER_PREPARATION.some((re) => re.test(t)));
    if (at < 0) return;
    // The paragraph and the next one of the letter's own text.
    const near = [at, at + 1].filter((i) => i < texts.length && own(i)).map((i) => texts[i] ?? '');
    const text = snapshot.paragraphs[at]?.text ?? '';
    const m = /under udarbejdelse|endnu ikke (?:er )?(?:færdig|endelig)\w*/i.exec(text);
    const location = m
      ? { paragraph: at, start: m.index, end: m.index + m[0].length, text: m[0] }
      : { paragraph: at, text };
    if (!near.some((t) => PREPARING_AUTHORITY.some((re) => re.test(t)))) report('noAuthority', location);
    if (!near.some((t) => EXPECTED_DATE.some((re) => re.test(t)))) report('noDate', location);
  },
};
