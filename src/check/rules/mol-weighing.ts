// Miljøoplysningslovens § 2, stk. 3: a refusal of environmental information on a ground in its list (the 1985
// act's §§ 2, 7 and 10, § 12, stk. 1, and § 13, stk. 1; forvaltningslovens §§ 12, stk. 1, 14, stk. 1, and
// 15, stk. 1, as LBK 988/2012) needs a concrete weighing of the public's interest in disclosure against the
// interest protected, with the ground applied restrictively (FOB 08.191, FOB 2018-4). Not for criminal cases
// handled by the police or the prosecution (§ 2, stk. 3, 3. pkt.).
import { WEIGHING_FIELDS } from '../../letter/compose-mol';
import { molGrounds, needsWeighing } from '../mol-grounds';
import type { Rule } from '../rule';
import { POLICE_OR_PROSECUTION, WEIGHING_CONCRETE, WEIGHING_MENTIONS } from '../vocabulary-mol';

/** The composer's marks for the weighing's unfilled fields: "[Hvad taler for udlevering ...]". */
const FIELD_MARKS = WEIGHING_FIELDS.map((f) => `[${f.label}]`);

export const rule: Rule = {
  meta: {
    id: 'mol-weighing',
    severity: 'error',
    title: 'Afslag efter miljøoplysningsloven uden konkret afvejning',
    enforces:
      'Miljøoplysningslovens § 2, stk. 3: konkret afvejning og restriktiv anvendelse af undtagelserne',
    doc: 'An MOL refusal on a ground of § 2, stk. 3 (1985 §§ 2, 7, 10, 12(1), 13(1); FVL 2012 §§ 12(1), 14(1), 15(1)) with no weighing (error), or a generic one (warning); not judged while its composed fields are unfilled (template-placeholder reports them); not for cases handled by the police or the prosecution.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      missing:
        'Afslaget efter {ground} indeholder ingen konkret afvejning af offentlighedens interesse i udlevering af miljøoplysningerne over for de interesser, afslaget beskytter, jf. miljøoplysningslovens § 2, stk. 3.',
      generic:
        'Afvejningen nævner ikke, hvad der konkret taler for og imod udlevering i denne sag. En henvisning til hensynet bag bestemmelsen er ikke en konkret afvejning efter miljøoplysningslovens § 2, stk. 3.',
    },
  },
  check({ snapshot, analysis, report }) {
    const grounds = molGrounds(analysis).filter(needsWeighing);
    const first = grounds[0];
    if (!first) return;
    const own = (i: number) => analysis.partOf[i] !== 'legal_basis';
    const texts = analysis.normalised;
    // § 2, stk. 1, 1. pkt. (criminal cases) handled by the police or the prosecution needs no weighing.
    const police =
      grounds.every((g) => g.act === 'offl1985' && g.citation.ref.section === '2') &&
      texts.some((t, i) => own(i) && POLICE_OR_PROSECUTION.some((re) => re.test(t)));
    if (police) return;

    // The composer's weighing left unfilled is template-placeholder's finding; the weighing is not judged yet.
    const unfilled = snapshot.paragraphs.some(
      (p, i) => own(i) && FIELD_MARKS.some((m) => p.text.includes(m)),
    );
    if (unfilled) return;

    const weighing = texts.flatMap((t, i) =>
      own(i) && WEIGHING_MENTIONS.some((re) => re.test(t)) ? [i] : [],
    );
    const { citation } = first;
    const location = {
      paragraph: citation.paragraph,
      start: citation.start,
      end: citation.end,
      text: citation.text,
    };
    if (weighing.length === 0) {
      report('missing', location, { ground: citation.text });
      return;
    }
    const concrete = weighing.some((i) => WEIGHING_CONCRETE.some((re) => re.test(texts[i] ?? '')));
    if (!concrete) {
      const at = weighing[0] ?? citation.paragraph;
      report(
        'generic',
        { paragraph: at, text: snapshot.paragraphs[at]?.text ?? '' },
        {},
        { severity: 'warning' },
      );
    }
  },
};
