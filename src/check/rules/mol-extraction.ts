// Under miljøoplysningsloven the extraction duty is the 1985 act's § 11 (for a party, forvaltningslovens § 12,
// stk. 2, and § 14, stk. 2, as LBK 988/2012), which applies when § 7 or § 10, nr. 1-4 (for a party § 12, stk.
// 1, or § 14, stk. 1) is used. A refusal on them with no sign that extraction of facts was considered is
// reported as info (mol-practice.md, section 5, item 10): the 1985 § 11 wording is not held, so its reach is
// not verified. The 2013 rule (extraction-missing) gives way under MOL.
import { molGrounds, type MolGroundCitation } from '../mol-grounds';
import type { Rule } from '../rule';
import { EXTRACTION_CONSIDERED } from '../vocabulary-mol';

/** The grounds whose use brings the extraction duty, and the provision that lays it down. */
export function extractionDuty({ citation, act }: MolGroundCitation): 'offl1985' | '12' | '14' | undefined {
  const { section, subsection, item } = citation.ref;
  if (act === 'offl1985') {
    if (section === '7') return 'offl1985';
    if (section === '10' && item !== undefined && item >= 1 && item <= 4) return 'offl1985';
    return undefined;
  }
  if (act === 'fvl-2012' && (subsection ?? 1) === 1 && (section === '12' || section === '14')) return section;
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'mol-extraction',
    severity: 'info',
    title: 'Ingen overvejelse om ekstrahering efter miljøoplysningsloven',
    enforces:
      'Miljøoplysningslovens § 6, stk. 2: ekstrahering efter § 11 i offentlighedsloven fra 1985, for en part forvaltningslovens § 12, stk. 2, og § 14, stk. 2 (lovbekendtgørelse nr. 988 af 9. oktober 2012)',
    doc: 'An MOL refusal on 1985 § 7 or § 10, nr. 1-4 (for a party FVL 2012 § 12, stk. 1, or § 14, stk. 1) with no sign that extracting facts was considered (ekstrahering, faktiske oplysninger/omstændigheder). Info: the 1985 § 11 wording is not held.',
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      missing1985:
        'Afslaget bygger på »{text}«, men brevet siger ikke, om oplysninger om sagens faktiske omstændigheder er overvejet ekstraheret efter § 11 i offentlighedsloven fra 1985, jf. miljøoplysningslovens § 6, stk. 2. Ordlyden af § 11 er ikke med i lovdata; kontrollér pligten mod retsinformation.dk.',
      missingParty:
        'Afslaget bygger på »{text}«, men brevet siger ikke, om oplysninger om sagens faktiske omstændigheder er overvejet meddelt efter forvaltningslovens § {section}, stk. 2 (lovbekendtgørelse nr. 988 af 9. oktober 2012), jf. miljøoplysningslovens § 6, stk. 2.',
    },
  },
  check({ analysis, report }) {
    const grounds = molGrounds(analysis);
    const found = grounds.map((g) => ({ g, duty: extractionDuty(g) })).find((x) => x.duty !== undefined);
    if (!found?.duty) return;
    if (analysis.parts.some((p) => p.part === 'extraction' && p.present)) return;
    const considered = analysis.normalised.some(
      (t, i) => analysis.partOf[i] !== 'legal_basis' && EXTRACTION_CONSIDERED.some((re) => re.test(t)),
    );
    // A citation of the extraction provision itself (1985 § 11; LBK 988/2012 § 12, stk. 2, or § 14, stk. 2).
    const cited = grounds.some(
      ({ citation, act }) =>
        (act === 'offl1985' && citation.ref.section === '11') ||
        (act === 'fvl-2012' &&
          (citation.ref.section === '12' || citation.ref.section === '14') &&
          citation.ref.subsection === 2),
    );
    if (considered || cited) return;
    const { paragraph, start, end, text } = found.g.citation;
    const location = { paragraph, start, end, text };
    if (found.duty === 'offl1985') report('missing1985', location, { text });
    else report('missingParty', location, { text, section: found.duty });
  },
};
