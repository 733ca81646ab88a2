// quotation-differs on the 1985 texts held only in part (§§ 4, 7, 12, 13, from a secondary source): a quotation
// of a part we hold is compared word for word (a cut-off part up to the cut), a part we do not hold is not
// judged. The findings are infos ("kun kontrolleret mod en sekundær kilde"), since the source is secondary.
import { describe, expect, it } from 'vitest';
import { comparePartial, quotedUnits } from '../../../src/check/partial-quotation';
import { findSection } from '../../../src/law/catalogue';
import { statuteIn } from '../../../src/law/regime';
import { findingsOf, tagged } from '../../support/check';
import { molLetter, molPlan } from './mol-support';

const HEADING = 'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985';
const letter = (...quotation: string[]) =>
  molLetter(
    'Vi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, nr. 1, og § 13, stk. 1, nr. 4.',
    HEADING,
    ...quotation,
  );
const INTRO_13 =
  '§ 13. Retten til aktindsigt kan begrænses i det omfang, det er nødvendigt til beskyttelse af væsentlige hensyn til';
const INTRO_7 =
  '§ 7. Retten til aktindsigt omfatter ikke en myndigheds interne arbejdsdokumenter. Som interne arbejdsdokumenter anses';

describe('quotation-differs on a 1985 text held in part', () => {
  it.each([
    [
      'the composed extracts (§ 13, stk. 1, nr. 1 and 5; § 7, nr. 1)',
      tagged(molPlan(['offl1985-13-1-1', 'offl1985-13-1-5', 'offl1985-7-1'])),
    ],
    [
      '§ 13, nr. 1 and 2 quoted as held',
      letter(
        INTRO_13,
        '1) statens sikkerhed eller rigets forsvar,',
        '2) rigets udenrigspolitiske eller udenrigsøkonomiske interesser, herunder forholdet til fremmede magter eller mellemfolkelige institutioner,',
      ),
    ],
    [
      'nr. 3 and 6, not held, quoted in any words',
      letter(
        INTRO_13,
        '3) hvad som helst,',
        '6) private og offentlige interesser, hvor hemmeligholdelse er påkrævet.',
      ),
    ],
    [
      'nr. 4, cut off in a word, quoted whole',
      letter(
        INTRO_13,
        '4) gennemførelse af offentlig kontrol, regulerings- eller planlægningsvirksomhed eller af påtænkte skatteretlige foranstaltninger,',
      ),
    ],
    [
      '§ 13, stk. 2, not held',
      letter(
        INTRO_13,
        '5) det offentliges økonomiske interesser, herunder udførelsen af det offentliges forretningsvirksomhed, eller',
        'Stk. 2. Hvad som helst.',
      ),
    ],
    [
      '§ 4, stk. 1 cut off after "dokumenter,": the rest not judged',
      letter(
        '§ 4. Enhver kan med de undtagelser, der er nævnt i §§ 7-14, forlange at blive gjort bekendt med dokumenter, der er indgået til eller oprettet af en forvaltningsmyndighed.',
      ),
    ],
    [
      '§ 12, nr. 1 not held, nr. 2 cut off',
      letter(
        '§ 12. Retten til aktindsigt omfatter ikke oplysninger om',
        '1) enkeltpersoners private, herunder økonomiske, forhold,',
        '2) tekniske indretninger eller fremgangsmåder eller om drifts- eller forretningsforhold.',
      ),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('quotation-differs', doc)).toEqual([]);
  });

  it.each([
    [
      '§ 7, nr. 1 with the words of forvaltningslovens § 12 added',
      letter(
        INTRO_7,
        '1) dokumenter, der udarbejdes af en myndighed til eget brug ved behandlingen af en sag,',
      ),
      '»brug ved behandlingen af en sag,« i stedet for »brug,«',
    ],
    [
      '§ 13, nr. 4 with the hyphen of forvaltningslovens § 15 (before the cut)',
      letter(INTRO_13, '4) gennemførelse af offentlig kontrol-, regulerings- eller planlægningsvirksomhed,'),
      '»kontrol-,« i stedet for »kontrol,«',
    ],
    [
      'the opening words of § 13 changed',
      letter(
        '§ 13. Retten til aktindsigt kan begrænses, hvis det er nødvendigt til beskyttelse af væsentlige hensyn til',
        '1) statens sikkerhed eller rigets forsvar,',
      ),
      '»begrænses, hvis« i stedet for »begrænses i«',
    ],
    [
      '§ 4 changed before the cut',
      letter(
        '§ 4. Enhver kan med de undtagelser, der er nævnt i §§ 7-16, forlange at blive gjort bekendt med dokumenter, der er indgået til myndigheden.',
      ),
      '»7-16,« i stedet for »7-14,«',
    ],
    [
      'the word cut in the middle quoted as another word',
      letter(
        '§ 12. Retten til aktindsigt omfatter ikke oplysninger om',
        '2) tekniske indretninger eller metoder.',
      ),
      '»metoder.« i stedet for »fremgangsm…«',
    ],
  ])('fails: %s', (_, doc, diff) => {
    const findings = findingsOf('quotation-differs', doc);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['secondary', 'info']]);
    expect(findings[0]?.message).toContain(diff);
    expect(findings[0]?.message).toMatch(
      /i offentlighedsloven fra 1985 er kun kontrolleret mod en sekundær kilde/,
    );
    // No fix from a text held in part.
    expect(findings[0]?.fix).toBeUndefined();
  });
});

describe('comparePartial', () => {
  const held = (section: string, stk = 1) => {
    const version = findSection(statuteIn('offl1985', 'mol'), section)?.subsections.find(
      (s) => s.number === stk,
    )?.versions[0];
    if (!version) throw new Error(`no ${section}`);
    return version;
  };

  it('splits a quoted stk. into its opening words and items, on lines or inline', () => {
    expect(quotedUnits('Indledning til\n1) a,\n2) b')).toEqual({
      intro: 'Indledning til',
      items: new Map([
        [1, 'a,'],
        [2, 'b'],
      ]),
    });
    expect(quotedUnits('Indledning til 1) a, 2) b').items.get(2)).toBe('b');
  });

  it('an extract that quotes only a nr. is judged on that nr.', () => {
    expect(comparePartial('1) statens sikkerhed eller rigets forsvar,', held('13')).matches).toBe(true);
    expect(comparePartial('1) statens sikkerhed eller landets forsvar,', held('13')).matches).toBe(false);
  });
});
