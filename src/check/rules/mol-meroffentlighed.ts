// Meroffentlighed under miljøoplysningsloven (mol-practice.md, section 5, item 21: info, never an error): under
// the 1985 act (§ 4, stk. 1, 2. pkt., per Kammeradvokatens Aktindsigtshåndbog) the authority need not consider
// it unless the requester asked for it, and whether the 2013 act's § 14 duty applies in MOL cases is
// "uafklaret i praksis" (Aktindsigtshåndbogen). A refusal that does not mention meroffentlighed is a hint to
// check whether the requester asked. The 2013 rule (meroffentlighed-missing) gives way under MOL.
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { MEROFFENTLIGHED_WORDS } from '../vocabulary-mol';

export const rule: Rule = {
  meta: {
    id: 'mol-meroffentlighed',
    severity: 'info',
    title: 'Meroffentlighed er ikke nævnt (miljøoplysningsloven)',
    enforces:
      'Miljøoplysningslovens § 6, stk. 2: meroffentlighed efter § 4, stk. 1, 2. pkt., i offentlighedsloven fra 1985 (pligt til at overveje den, hvis ansøgeren beder om det); offentlighedslovens § 14 af 2013 i sager efter miljøoplysningsloven er uafklaret',
    doc: 'An MOL refusal or partial refusal that never mentions meroffentlighed (or access "i videre omfang"). Info, never an error: no duty under the 1985 act unless the requester asked, and the 2013 § 14 duty in MOL cases is unsettled.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      notMentioned:
        'Brevet nævner ikke meroffentlighed. Efter offentlighedsloven fra 1985 (§ 4, stk. 1, 2. pkt., jf. miljøoplysningslovens § 6, stk. 2) skal meroffentlighed kun overvejes, hvis ansøgeren har bedt om det, og om offentlighedslovens § 14 af 2013 også gælder i sager efter miljøoplysningsloven, er uafklaret i praksis. Tjek, om ansøgeren har bedt om aktindsigt i videre omfang.',
    },
  },
  check({ snapshot, analysis, report }) {
    if (letterRegime(analysis).regime !== 'mol') return;
    if (analysis.parts.some((p) => p.part === 'meroffentlighed' && p.present)) return;
    const mentioned = analysis.normalised.some(
      (t, i) => analysis.partOf[i] !== 'legal_basis' && MEROFFENTLIGHED_WORDS.some((re) => re.test(t)),
    );
    if (mentioned) return;
    const at = analysis.outcomeEvidence?.paragraph ?? 0;
    report('notMentioned', { paragraph: at, text: snapshot.paragraphs[at]?.text ?? '' });
  },
};
