// DESIGN.md, the check: each quotation is word for word the law in force on the letter's date.
import { findSection, getStatute, versionOn } from '../../law/catalogue';
import { compareQuotation } from '../../law/compare';
import { statuteIn } from '../../law/regime';
import { comparePartial, isPartial } from '../partial-quotation';
import { findQuotations } from '../quotations';
import { letterRegime } from '../regime';
import type { Fix, Location } from '../types';
import { ALL_KINDS, ALL_OUTCOMES, sectionName, type Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'quotation-differs',
    severity: 'error',
    title: 'Citatet afviger fra loven',
    enforces: 'Lovteksten skal gengives ordret i den affattelse, der gælder på brevets dato',
    doc: "Each stk. quoted equals the law data in force on the letter date; shows the word differences. A text held only in part (the 1985 act's §§ 4, 7, 12, 13) is compared where held (its cut-off parts up to the cut) and not judged where not held; a text the jurist supplied (the composer's note says so) is left to supplied-text.",
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    messages: {
      differs: '{ref}, stk. {stk}, afviger fra lovteksten: {diff}.',
      notHeld: '{ref} kan ikke kontrolleres: teksten er ikke med i lovdata.',
      secondary: '{ref} er kun kontrolleret mod en sekundær kilde: {diff}.',
    },
  },
  check({ snapshot, analysis, date, report }) {
    const mol = letterRegime(analysis).regime === 'mol';
    for (const q of findQuotations(snapshot, analysis)) {
      // A text the jurist supplied is not the law data's: supplied-text reports it as unverified.
      if (q.supplied) continue;
      // Under miljøoplysningsloven forvaltningsloven is LBK 988/2012, compared by mol-fvl-version.
      if (mol && q.statute === 'fvl') continue;
      if (q.statute === 'offl1985' && !mol) {
        report(
          'notHeld',
          { paragraph: q.first },
          { ref: sectionName(q.statute, q.sectionId) },
          { severity: 'info' },
        );
        continue;
      }
      // Under miljøoplysningsloven the 1985 act is compared with its text where held, and skipped where not.
      const statute = mol ? statuteIn(q.statute, 'mol') : getStatute(q.statute);
      const section = findSection(statute, q.sectionId);
      const ref = sectionName(q.statute, q.sectionId);
      if (q.statute === 'offl1985' && !section?.subsections.some((s) => s.versions.length > 0)) continue;
      if (!section || section.subsections.length === 0) {
        if (statute.sectionIds.includes(q.sectionId) || !statute.structureComplete) {
          report('notHeld', { paragraph: q.first }, { ref }, { severity: 'info' });
        }
        continue;
      }
      for (const [n, quoted] of q.subsections) {
        const versions = section.subsections.find((s) => s.number === n)?.versions ?? [];
        // The 1985 act is quoted as it stood when it was replaced, whatever the letter's date.
        const version = versionOn(versions, date) ?? (q.statute === 'offl1985' ? versions.at(-1) : undefined);
        if (!version) continue;
        // A text held only in part (the 1985 act's §§ 4, 7, 12, 13) is compared where held, part by part.
        const result = isPartial(version)
          ? comparePartial(quoted, version)
          : compareQuotation(quoted, version.text);
        if (result.matches) continue;
        const diff = result.differences
          .map((d) =>
            d.actual
              ? d.expected
                ? `»${d.actual}« i stedet for »${d.expected}«`
                : `»${d.actual}« er tilføjet`
              : `»${d.expected}« mangler`,
          )
          .join('; ');
        const secondary = version.provenance.status === 'secondary';
        const place = q.places.get(n);
        const text = snapshot.paragraphs[place?.paragraph ?? q.first]?.text ?? '';
        const location: Location = place?.whole
          ? { paragraph: place.paragraph, start: place.start, end: text.trimEnd().length }
          : { paragraph: place?.paragraph ?? q.first };
        location.text = text.slice(location.start ?? 0, location.end ?? text.length);
        // The fix puts the law's words in place of the quoted stk. (items on one line, as the letter has them).
        const fix: Fix | undefined =
          place?.whole && !secondary && !isPartial(version)
            ? { kind: 'replace', replacement: version.text.replace(/\n/g, ' ') }
            : undefined;
        report(
          secondary ? 'secondary' : 'differs',
          location,
          { ref, stk: String(n), diff },
          { ...(secondary ? { severity: 'info' as const } : {}), ...(fix ? { fix } : {}) },
        );
      }
    }
  },
};
