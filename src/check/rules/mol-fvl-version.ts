// Miljøoplysningslovens § 6, stk. 2, 2. pkt.: its references to forvaltningsloven mean lovbekendtgørelse nr.
// 988 af 9. oktober 2012, whatever the date. In an MOL letter a quotation of forvaltningsloven is checked
// against that wording (src/law/data/fvl-2012.json, §§ 12, 14, 15 and 16 as held), and a section of today's
// forvaltningslov that the 2012 wording does not have (mol-practice.md section 5, item 5: § 15 b) is flagged.
import { PINNED } from '../../law/catalogue';
import { compareQuotation } from '../../law/compare';
import { findQuotations } from '../quotations';
import { isBodyCitation, letterRegime } from '../regime';
import type { Rule } from '../rule';

const FVL_2012 = PINNED['fvl-2012'];

/** Sections of today's forvaltningslov not in LBK 988/2012 that a source names (mol-practice.md, item 5). */
export const CURRENT_ONLY_SECTIONS: readonly string[] = ['15 b'];

/** The LBK 988/2012 text of a stk., when held whole. */
function textOf(section: string, stk: number): string | undefined {
  const sub = FVL_2012.sections.find((s) => s.id === section)?.subsections.find((s) => s.number === stk);
  const version = sub?.versions[0];
  if (!version || version.provenance.status === 'missing' || version.provenance.status === 'secondary')
    return undefined;
  return version.text;
}

export const rule: Rule = {
  meta: {
    id: 'mol-fvl-version',
    severity: 'warning',
    title: 'Forvaltningsloven i en anden udgave end lovbekendtgørelse nr. 988 af 9. oktober 2012',
    enforces:
      'Miljøoplysningslovens § 6, stk. 2, 2. pkt.: henvisninger til forvaltningsloven gælder lovbekendtgørelse nr. 988 af 9. oktober 2012',
    doc: "In an MOL letter: a cited section of today's forvaltningslov that LBK 988/2012 does not have (§ 15 b), or a quotation of forvaltningsloven §§ 12, 14, 15 or 16 that differs from the LBK 988/2012 wording.",
    kinds: ['decision'],
    outcomes: ['grant', 'partial', 'refusal', 'dismissal', 'unknown'],
    messages: {
      currentOnly:
        '»{text}« findes ikke i forvaltningsloven som lovbekendtgørelse nr. 988 af 9. oktober 2012, som miljøoplysningsloven henviser til, jf. miljøoplysningslovens § 6, stk. 2.',
      differs:
        'Citatet af forvaltningslovens § {section}, stk. {stk}, svarer ikke til ordlyden i lovbekendtgørelse nr. 988 af 9. oktober 2012, som gælder i sager efter miljøoplysningsloven, jf. miljøoplysningslovens § 6, stk. 2.',
    },
  },
  check({ snapshot, analysis, report }) {
    if (letterRegime(analysis).regime !== 'mol') return;
    for (const c of analysis.citations) {
      if (c.ref.statute !== 'fvl' || !isBodyCitation(c, analysis)) continue;
      if (!CURRENT_ONLY_SECTIONS.includes(c.ref.section)) continue;
      report(
        'currentOnly',
        { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
        { text: c.text },
      );
    }
    for (const q of findQuotations(snapshot, analysis)) {
      // A text the jurist supplied is supplied-text's finding (unverified), not compared here.
      if (q.statute !== 'fvl' || q.supplied) continue;
      for (const [stk, quoted] of q.subsections) {
        const held = textOf(q.sectionId, stk);
        if (held === undefined || compareQuotation(quoted, held).matches) continue;
        const place = q.places.get(stk);
        const paragraph = place?.paragraph ?? q.first;
        report(
          'differs',
          { paragraph, text: snapshot.paragraphs[paragraph]?.text ?? '' },
          { section: q.sectionId, stk: String(stk) },
        );
      }
    }
  },
};
