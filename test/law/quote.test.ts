import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStatute, STATUTES } from '../../src/law/catalogue';
import { catalogueStatutes, renderLawCatalogue } from '../../src/law/catalogue-doc';
import { compareQuotation, normaliseQuotation } from '../../src/law/compare';
import { quoteBlock, quoteLines, versionText } from '../../src/law/quote';
import type { LegalRef } from '../../src/law/types';

const offl = (section: string, rest: Partial<LegalRef> = {}): LegalRef => ({
  statute: 'offl',
  section,
  ...rest,
});

describe('versionText', () => {
  it('names the amending acts in force on the date', () => {
    expect(versionText(getStatute('offl'), '2025-02-10')).toBe(
      'lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024',
    );
    expect(versionText(getStatute('offl'), '2024-01-10')).toBe(
      'lovbekendtgørelse nr. 145 af 24. februar 2020',
    );
    expect(versionText(getStatute('fvl'), '2025-02-10')).toBe(
      'lovbekendtgørelse nr. 433 af 22. april 2014, som ændret ved lov nr. 503 af 23. maj 2018 og lov nr. 655 af 11. juni 2024',
    );
  });
});

describe('quoteBlock', () => {
  it('quotes whole paragraphs once each, in the law order, grouped per act', () => {
    const block = quoteBlock(
      [
        offl('30', { item: 1 }),
        offl('7'),
        offl('14', { subsection: 1 }),
        offl('30'),
        { statute: 'fvl', section: '25' },
        offl('11'),
      ],
      '2025-02-10',
    );
    expect(block.problems).toEqual([]);
    expect(block.groups.map((g) => g.heading)).toEqual([
      'Uddrag af offentlighedsloven (lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024)',
      'Uddrag af forvaltningsloven (lovbekendtgørelse nr. 433 af 22. april 2014, som ændret ved lov nr. 503 af 23. maj 2018 og lov nr. 655 af 11. juni 2024)',
    ]);
    expect(block.groups[0]?.sections.map((s) => s.sectionId)).toEqual(['7', '11', '14', '30']);
    expect(block.groups[0]?.sections[0]?.lines).toEqual([
      '§ 7. Enhver kan forlange at blive gjort bekendt med dokumenter, der er indgået til eller oprettet af en myndighed m.v. som led i administrativ sagsbehandling i forbindelse med dens virksomhed.',
      'Stk. 2. Retten til aktindsigt omfatter med de i §§ 19-35 nævnte undtagelser',
      '1) alle dokumenter, der vedrører den pågældende sag, og',
      '2) indførelser i journaler, registre og andre fortegnelser vedrørende den pågældende sags dokumenter.',
      'Stk. 3. Retten til aktindsigt efter stk. 2, nr. 1, i et dokument, der er afsendt af myndigheden m.v., gælder først fra dagen efter afsendelsen af dokumentet.',
    ]);
    expect(block.groups[0]?.sections[3]?.lines[0]).toBe(
      '§ 30. Retten til aktindsigt omfatter ikke oplysninger om',
    );
  });

  it('lettered paragraphs sort after their number', () => {
    const block = quoteBlock([
      { statute: 'fvl', section: '15 b' },
      { statute: 'fvl', section: '15' },
      { statute: 'fvl', section: '9 a' },
      { statute: 'fvl', section: '10' },
    ]);
    expect(block.groups[0]?.sections.map((s) => s.sectionId)).toEqual(['9 a', '10', '15', '15 b']);
  });

  it('quotes the wording in force on the letter date', () => {
    const before = quoteBlock([offl('9')], '2024-05-01').groups[0]?.sections[0]?.lines;
    const after = quoteBlock([offl('9')], '2024-08-01').groups[0]?.sections[0]?.lines;
    expect(before).toContain('2) anmodningen må antages at skulle tjene et retsstridigt formål el.lign.');
    expect(after).toContain(
      '2) anmodningen må antages at skulle tjene et retsstridigt eller chikanøst formål el.lign.',
    );
    expect(
      quoteBlock([{ statute: 'fvl', section: '9 a' }], '2024-05-01').groups[0]?.sections[0]?.lines,
    ).toHaveLength(1);
  });

  it('never inserts a text it does not hold, and says why in Danish', () => {
    const block = quoteBlock([
      offl('30', { item: 3 }),
      { statute: 'fvl', section: '5' },
      offl('44'),
      { statute: 'dbl', section: '7' },
    ]);
    expect(block.groups).toEqual([]);
    expect(block.problems.map((p) => p.kind)).toEqual(['not-found', 'text-missing', 'repealed', 'unknown']);
    expect(block.problems[1]?.message).toBe(
      'Forvaltningslovens § 5 findes, men teksten er ikke med i lovdata.',
    );
  });

  it('quotes a secondary text with a warning', () => {
    const block = quoteBlock([{ statute: 'dbl', section: '10', subsection: 1 }]);
    expect(block.groups[0]?.heading).toBe('Uddrag af databeskyttelsesloven (lov nr. 502 af 23. maj 2018)');
    expect(block.problems).toEqual([
      {
        ref: { statute: 'dbl', section: '10' },
        kind: 'secondary',
        message:
          'Teksten til databeskyttelseslovens § 10 er kun set i en sekundær kilde. Kontrollér den mod retsinformation.dk, før brevet sendes.',
      },
    ]);
  });

  it('quoteLines gives the heading then the lines', () => {
    const lines = quoteLines(quoteBlock([offl('22')], '2025-01-01'));
    expect(lines).toEqual([
      'Uddrag af offentlighedsloven (lovbekendtgørelse nr. 145 af 24. februar 2020, som ændret ved lov nr. 655 af 11. juni 2024)',
      '§ 22. Retten til aktindsigt omfatter ikke sager om førelse af en kalender.',
    ]);
  });

  it('every paragraph the data holds quotes character for character from its stk. texts', () => {
    for (const statute of STATUTES) {
      for (const section of statute.sections) {
        const block = quoteBlock([{ statute: statute.id, section: section.id }]);
        // Paragraphs held only in part (the 1985 act) are never quoted whole: see mol-quote.test.ts.
        if (section.repealed || section.open || section.subsections.length === 0) continue;
        const lines = block.groups[0]?.sections[0]?.lines.join('\n') ?? '';
        const expected = section.subsections
          .map(
            (s, i) =>
              `${i === 0 ? `§ ${section.id}.` : `Stk. ${s.number}.`} ${s.versions[s.versions.length - 1]?.text}`,
          )
          .join('\n');
        expect(lines, `${statute.id} § ${section.id}`).toBe(expected);
      }
    }
  });
});

describe('compareQuotation', () => {
  const seedLetter = readFileSync(
    join(import.meta.dirname, '../fixtures/seeds/000_d5b51ebb6e20dbe0.txt'),
    'utf8',
  );
  const appendixOf = (start: string, end: string) => {
    const from = seedLetter.indexOf(start);
    return seedLetter.slice(from, seedLetter.indexOf(end, from));
  };
  const lawText = (section: string) =>
    quoteBlock([offl(section)], '2025-02-10').groups[0]?.sections[0]?.lines.join('\n') ?? '';

  it('finds both misquotations in the seed letter’s § 7: "med" missing and "indførsler"', () => {
    const quoted = appendixOf('§ 7. Enhver kan', '§ 11. Enhver kan');
    const result = compareQuotation(quoted, lawText('7'));
    expect(result.matches).toBe(false);
    expect(result.differences.map(({ expected, actual }) => ({ expected, actual }))).toEqual([
      { expected: 'med', actual: '' },
      { expected: 'indførelser', actual: 'indførsler' },
      // The appendix drops § 7, stk. 3 altogether.
      {
        expected:
          'Stk. 3. Retten til aktindsigt efter stk. 2, nr. 1, i et dokument, der er afsendt af myndigheden m.v., gælder først fra dagen efter afsendelsen af dokumentet.',
        actual: '',
      },
    ]);
  });

  it('accepts the seed letter’s §§ 11, 14 and 38 despite PDF line breaks and hyphenation', () => {
    expect(
      compareQuotation(appendixOf('§ 11. Enhver kan', '§ 14. Det skal'), lawText('11')).differences,
    ).toEqual([]);
    expect(compareQuotation(appendixOf('§ 14. Det skal', '§ 30. Retten'), lawText('14')).differences).toEqual(
      [],
    );
    expect(compareQuotation(appendixOf('§ 38. En afgørelse', '\n \n \n'), lawText('38')).differences).toEqual(
      [],
    );
  });

  it('ignores non-breaking spaces and soft hyphens, not changed words', () => {
    expect(
      compareQuotation(
        'Retten til aktindsigt omfatter ikke sager om førelse af en kalender.',
        'Retten til aktindsigt omfatter ikke sager om førelse af en kalender.',
      ).matches,
    ).toBe(true);
    expect(
      compareQuotation(
        'Retten\u00a0til akt\u00adindsigt omfatter ikke sager om førelse af en kalender.',
        'Retten til aktindsigt omfatter ikke sager om førelse af en kalender.',
      ).matches,
    ).toBe(true);
    expect(
      compareQuotation(
        'Retten til aktindsigt omfatter ikke sager om føring af en kalender.',
        'Retten til aktindsigt omfatter ikke sager om førelse af en kalender.',
      ).differences,
    ).toEqual([{ expected: 'førelse', actual: 'føring', index: 7 }]);
  });

  it('normalises "el.lign. ," and keeps real hyphens', () => {
    expect(normaliseQuotation('drifts- eller forretningsforhold el.lign. , for så vidt')).toBe(
      'drifts- eller forretningsforhold el.lign., for så vidt',
    );
    expect(normaliseQuotation('offentligheds-\nloven')).toBe('offentlighedsloven');
  });
});

describe('docs/law-catalogue.md', () => {
  it('is current (run `npm run docs` after changing the law data)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/law-catalogue.md'), 'utf8');
    expect(committed).toBe(renderLawCatalogue(catalogueStatutes()));
  });
});
