// Environmental information must be decided under miljøoplysningsloven (Ombudsmanden, "Hvad er
// miljøoplysninger?"; FOB 2018-2; FOB 2018-4; MFKN 18/07397): a refusal of plainly environmental information
// on the 2013 offentlighedslov's grounds alone, with no word of MOL, is wrong in law. "Plainly" means the
// letter's own text uses a specific term of MOL § 3 (src/check/vocabulary-mol.ts), never an everyday word.
// A ground, or a term, in a part of the letter that is not about environmental information
// (environmental-parts.ts) does not count.
import { notEnvironmental } from '../environmental-parts';
import { groundsRelied } from '../grounds-relied';
import { environmentalTerm, letterRegime } from '../regime';
import type { Rule } from '../rule';

/** The 2013 grounds that refuse: §§ 19-35, § 9, stk. 2. */
function isRefusalGround2013(section: string, subsection: number | undefined): boolean {
  const n = Number.parseInt(section, 10);
  return (n >= 19 && n <= 35) || (n === 9 && subsection === 2);
}

export const rule: Rule = {
  meta: {
    id: 'mol-not-considered',
    severity: 'error',
    title: 'Miljøoplysninger afgjort uden miljøoplysningsloven',
    enforces:
      'Miljøoplysningslovens § 2, stk. 1, og § 3: anmodninger om miljøoplysninger afgøres efter miljøoplysningsloven',
    doc: "A refusal on 2013 grounds (§§ 19-35, § 9, stk. 2) of information the letter's own text plainly shows to be environmental (a specific term kept as data in vocabulary-mol.ts), with no word of miljøoplysningsloven or miljøoplysninger; grounds and terms in a part not about environmental information (a paragraph saying so, or a section headed “Øvrige dokumenter” with no environmental term) do not count.",
    kinds: ['decision'],
    outcomes: ['refusal', 'partial'],
    messages: {
      notConsidered:
        'Brevet nævner »{term}«, og oplysningerne er derfor formentlig miljøoplysninger, men afslaget er kun begrundet i offentlighedsloven af 2013. Miljøoplysninger afgøres efter miljøoplysningsloven og offentlighedsloven fra 1985, jf. miljøoplysningslovens § 2, stk. 1, og § 3. Vurdér, om anmodningen skal behandles efter miljøoplysningsloven.',
    },
  },
  check({ analysis, report, snapshot }) {
    if (letterRegime(analysis).regime === 'mol' || analysis.offl1985) return;
    const other = notEnvironmental(snapshot, analysis);
    const ground = groundsRelied(analysis).find(
      ({ citation }) =>
        citation.ref.statute === 'offl' &&
        !other.has(citation.paragraph) &&
        isRefusalGround2013(citation.ref.section, citation.ref.subsection),
    );
    if (!ground) return;
    const own = (i: number) => {
      const part = analysis.partOf[i];
      return part !== 'legal_basis' && part !== 'complaint_guidance';
    };
    for (const [paragraph, text] of analysis.normalised.entries()) {
      if (!own(paragraph) || other.has(paragraph)) continue;
      const term = environmentalTerm(text);
      if (!term) continue;
      const original = snapshot.paragraphs[paragraph]?.text ?? '';
      const start = original.toLowerCase().indexOf(term);
      const location =
        start >= 0
          ? { paragraph, start, end: start + term.length, text: original.slice(start, start + term.length) }
          : { paragraph, text: original };
      report('notConsidered', location, { term });
      return;
    }
  },
};
