// Miljøoplysningslovens § 6, stk. 2, 1. pkt.: in a case under MOL "offentlighedsloven" means the 1985 act (lov nr.
// 572 af 19. december 1985). A letter that cites MOL but numbers its grounds as the 2013 act does ("§ 30, nr. 1",
// "§ 23"), calls the 2013 meroffentlighed rule "§ 14", or quotes the 2013 text under the 1985 act's heading, with
// no separate 2013 track stated, cites the wrong act (mol-practice.md, section 5, item 4: warning). The 1985
// act's § 17 is its commencement paragraph and its grounds are in §§ 2-14, so a ground cited as § 18 or later is
// read as 2013 numbering; § 24 and § 9, stk. 2 are mol-2013-ground's errors. Not in a part of the letter that
// is not about environmental information (environmental-parts.ts).
import { getStatute, versionOn, findSection } from '../../law/catalogue';
import { compareQuotation, normaliseQuotation } from '../../law/compare';
import { notEnvironmental } from '../environmental-parts';
import { molGrounds } from '../mol-grounds';
import { findQuotations } from '../quotations';
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import { COUNTERPARTS_1985, MEROFFENTLIGHED_WORDS } from '../vocabulary-mol';

/** The 1985 act's last paragraph (its commencement): a ground cited beyond it follows the 2013 numbering. */
const LAST_1985_SECTION = 17;
/** mol-2013-ground's: ministerbetjening (§ 24) and the resource rule (§ 9, stk. 2). */
const OWN_RULE = ['24'];
/** Share of a quotation's words that must equal the 2013 text for it to be read as the 2013 text. */
const SAME_TEXT = 0.8;

export const rule: Rule = {
  meta: {
    id: 'mol-2013-numbering',
    severity: 'warning',
    title: 'Offentlighedsloven af 2013 citeret i en sag efter miljøoplysningsloven',
    enforces:
      'Miljøoplysningslovens § 6, stk. 2, 1. pkt.: henvisninger til offentlighedsloven gælder loven fra 1985 (lov nr. 572 af 19. december 1985)',
    doc: "An MOL letter with no stated 2013 track whose grounds use the 2013 numbering (offentlighedslovens § 18 or later, e.g. § 30, nr. 1 or § 23; § 24 is mol-2013-ground's), that calls meroffentlighed § 14, or that quotes the 2013 text under the 1985 act's heading; not in a part not about environmental information.",
    kinds: ['decision'],
    outcomes: ['grant', 'partial', 'refusal', 'dismissal', 'unknown'],
    messages: {
      numbering:
        '»{text}« følger nummereringen i offentlighedsloven af 2013. I en sag efter miljøoplysningsloven henviser »offentlighedsloven« til loven fra 1985 (lov nr. 572 af 19. december 1985), jf. miljøoplysningslovens § 6, stk. 2.{counterpart} Skal sagen også vurderes efter offentlighedsloven af 2013, så skriv det udtrykkeligt.',
      meroffentlighed:
        '»{text}« er meroffentlighedsreglen i offentlighedsloven af 2013. I en sag efter miljøoplysningsloven henviser »offentlighedsloven« til loven fra 1985, jf. miljøoplysningslovens § 6, stk. 2, hvor meroffentlighed følger af § 4, stk. 1, 2. pkt. Skal sagen også vurderes efter offentlighedsloven af 2013, så skriv det udtrykkeligt.',
      quoted2013:
        'Citatet under overskriften for offentlighedsloven fra 1985 er ordlyden af offentlighedslovens § {section} af 2013. I en sag efter miljøoplysningsloven gælder loven fra 1985, jf. miljøoplysningslovens § 6, stk. 2.',
    },
  },
  check({ snapshot, analysis, date, report }) {
    const regime = letterRegime(analysis);
    // A stated 2013 track anywhere in the letter: its 2013 citations may be that track's.
    if (regime.regime !== 'mol' || regime.marks2013.size > 0) return;
    const other = notEnvironmental(snapshot, analysis);
    for (const { citation, act } of molGrounds(analysis)) {
      if (act !== 'offl1985' || other.has(citation.paragraph)) continue;
      const { paragraph, start, end, text } = citation;
      const location = { paragraph, start, end, text };
      const n = Number.parseInt(citation.ref.section, 10);
      if (n > LAST_1985_SECTION && !OWN_RULE.includes(citation.ref.section)) {
        const key = citation.ref.item !== undefined ? `${n}:${citation.ref.item}` : String(n);
        const found = COUNTERPARTS_1985[key] ?? COUNTERPARTS_1985[String(n)];
        const counterpart = found
          ? ` Den nærmeste bestemmelse i loven fra 1985 er ${found} (kun til orientering).`
          : '';
        report('numbering', location, { text, counterpart });
      } else if (citation.ref.section === '14') {
        const own = analysis.normalised[paragraph] ?? '';
        if (MEROFFENTLIGHED_WORDS.some((re) => re.test(own))) report('meroffentlighed', location, { text });
      }
    }

    // The 2013 text quoted under the 1985 act's heading.
    const offl = getStatute('offl');
    for (const q of findQuotations(snapshot, analysis)) {
      if (q.statute !== 'offl1985' || q.supplied) continue;
      const section = findSection(offl, q.sectionId);
      const quoted = q.subsections.get(1);
      const held = section?.subsections.find((s) => s.number === 1);
      const version = held ? versionOn(held.versions, date) : undefined;
      if (!quoted || !version) continue;
      const words = normaliseQuotation(version.text).split(' ').length;
      const changed = compareQuotation(quoted, version.text).differences.reduce(
        (sum, d) => sum + Math.max(d.expected.split(' ').length, d.actual.split(' ').length),
        0,
      );
      if (changed > words * (1 - SAME_TEXT)) continue;
      report(
        'quoted2013',
        { paragraph: q.first, text: snapshot.paragraphs[q.first]?.text ?? '' },
        { section: q.sectionId },
      );
    }
  },
};
