/**
 * Miljøoplysningsloven, the 1985 offentlighedslov and forvaltningsloven as LBK 988/2012: the texts against the
 * raw files (read here by a separate, simple reader), the oddities kept as the source has them, the 1985 act's
 * statuses and unknown structure, the regime choosing the edition, and the quotation under MOL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSection, getStatute, PINNED } from '../../src/law/catalogue';
import { quoteBlock, quoteLines, QUOTE_TEXTS } from '../../src/law/quote';
import { statuteIn } from '../../src/law/regime';
import { resolve } from '../../src/law/resolve';
import type { LegalRef } from '../../src/law/types';

const rawDir = join(import.meta.dirname, '../../src/law/raw');
const raw = (file: string) => readFileSync(join(rawDir, file), 'utf8');

/** The text lines under "## <heading>" up to the first note or heading: the law text as the file prints it. */
function rawLines(file: string, heading: string): string[] {
  const lines = raw(file).split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start, `${file}: ${heading}`).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#') || line.startsWith('*') || line === '---') break;
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

const r = (statute: LegalRef['statute'], section: string, rest: Partial<LegalRef> = {}): LegalRef => ({
  statute,
  section,
  ...rest,
});

describe('miljøoplysningsloven', () => {
  const mol = getStatute('mol');

  it('holds all 14 paragraphs, LBK 980/2017, structure complete', () => {
    expect(mol.version.consolidation).toBe('lovbekendtgørelse nr. 980 af 16. august 2017');
    expect(mol.sections.map((s) => s.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4 a',
      '4 b',
      '4 c',
      '4 d',
      '5',
      '5 a',
      '5 b',
      '5 c',
      '6',
      '7',
    ]);
    expect(resolve(r('mol', '8')).kind).toBe('not-found');
    expect(resolve(r('mol', '2', { subsection: 7 })).kind).toBe('not-found');
  });

  it.each(['1', '2', '3', '4', '4 a', '4 b', '4 c', '4 d', '5', '5 a', '5 b', '5 c', '6', '7'])(
    '§ %s quotes character for character as the raw file prints it',
    (id) => {
      const lines = quoteBlock([r('mol', id)], { regime: 'mol' }).groups[0]?.sections[0]?.lines ?? [];
      const expected = rawLines('miljoeoplysningsloven.md', `§ ${id}`);
      expected[0] = `§ ${id}. ${expected[0]}`;
      expect(lines).toEqual(expected);
    },
  );

  it('keeps its two oddities as the source has them', () => {
    const stk4 = resolve(r('mol', '2', { subsection: 4 }));
    expect(stk4.kind === 'found' && stk4.text).toBe(
      '§ 10, stk. 1, nr. 5, i lov om offentlighed i forvaltningen gælder ikke for miljøoplysninger, jf. dog § 4 a.',
    );
    const b4 = resolve(r('mol', '4 b', { subsection: 4 }));
    expect(b4.kind === 'found' && b4.text).toBe(
      'Indgives en klage ikke ved anvendelse af digital selvbetjening, skal myndigheden snarest videresende klagen til Miljø- Fødevareklagenævnet. I sådanne tilfælde finder stk. 3 ikke anvendelse',
    );
    expect(findSection(mol, '2')?.notes[0]).toMatch(/Ret det ikke/);
    expect(findSection(mol, '4 b')?.notes[0]).toMatch(/Ret det ikke/);
  });

  it('"§ 10, stk. 1, nr. 5" (sic) of § 2, stk. 4 resolves to the 1985 act’s § 10, nr. 5', () => {
    const sic = resolve(r('offl1985', '10', { subsection: 1, item: 5 }));
    const plain = resolve(r('offl1985', '10', { item: 5 }));
    expect(sic.kind).toBe('found');
    expect(sic.kind === 'found' && sic.text).toBe(
      'Materiale, der tilvejebringes som grundlag for udarbejdelse af offentlig statistik eller videnskabelige undersøgelser.',
    );
    expect(plain.kind === 'found' && plain.text).toBe(sic.kind === 'found' && sic.text);
  });
});

describe('the 1985 offentlighedslov', () => {
  const offl1985 = getStatute('offl1985');

  it('is its own act, never merged with the 2013 act', () => {
    expect(offl1985.id).toBe('offl1985');
    expect(offl1985.version.consolidation).toBe('lov nr. 572 af 19. december 1985 med senere ændringer');
    expect(
      getStatute('offl').sections.some((s) =>
        s.notes.some((n) => n.includes('elov.dk/offentlighedsloven-gammel')),
      ),
    ).toBe(false);
  });

  it('holds §§ 1, 10 and 17 verbatim, character for character', () => {
    for (const id of ['1', '10', '17']) {
      const section = findSection(offl1985, id);
      const statuses = section?.subsections.map((s) => s.versions[0]?.provenance.status);
      expect(
        statuses?.every((s) => s === 'verified'),
        `§ ${id}`,
      ).toBe(true);
      const expected = rawLines('offentlighedsloven-1985.md', `§ ${id}`);
      expected[0] = `§ ${id}. ${expected[0]}`;
      const stkLines = (section?.subsections ?? []).flatMap((s, i) =>
        `${i === 0 ? `§ ${id}.` : `Stk. ${s.number}.`} ${s.versions[0]?.text}`.split('\n'),
      );
      expect(stkLines, `§ ${id}`).toEqual(expected);
      // § 17 may have more stk. than its source shows: it is never quoted as if whole.
      const quoted = quoteBlock([r('offl1985', id)], { regime: 'mol' }).groups[0]?.sections[0];
      expect(quoted?.lines, `§ ${id}`).toEqual(id === '17' ? [] : expected);
    }
  });

  it('§§ 4, 7, 12 and 13 are secondary and partial; the rest of §§ 2-16 missing', () => {
    const status = (id: string) => findSection(offl1985, id)?.subsections[0]?.versions[0]?.provenance.status;
    expect(['4', '7', '12', '13'].map(status)).toEqual(['secondary', 'secondary', 'secondary', 'secondary']);
    for (const id of ['2', '3', '5', '6', '8', '9', '11', '14', '15', '16']) {
      expect(resolve(r('offl1985', id)).kind, `§ ${id}`).toBe('text-missing');
    }
    expect(resolve(r('offl1985', '2', { subsection: 1, sentence: 1 })).kind).toBe('text-missing');
    expect(resolve(r('offl1985', '13', { subsection: 2 })).kind).toBe('text-missing');
    expect(resolve(r('offl1985', '12', { subsection: 1, item: 1 })).kind).toBe('text-missing');
    // Cut off in the source ("fremgangsm[...]"): never a text.
    expect(resolve(r('offl1985', '12', { subsection: 1, item: 2 })).kind).toBe('text-missing');
    expect(resolve(r('offl1985', '7', { item: 3 })).kind).toBe('text-missing');
    expect(resolve(r('offl1985', '13', { subsection: 1, item: 4 })).kind).toBe('text-missing');
    expect(resolve(r('offl1985', '13', { subsection: 1, item: 1 })).kind).toBe('found');
  });

  it('what the text and its notes do not show is unknown, never "does not exist"', () => {
    const kinds = [
      r('offl1985', '18'),
      r('offl1985', '40'),
      r('offl1985', '17', { subsection: 5 }),
      r('offl1985', '7', { subsection: 2 }),
      r('offl1985', '7', { item: 4 }),
      r('offl1985', '13', { subsection: 1, item: 7 }),
      r('offl1985', '13', { subsection: 3 }),
      r('offl1985', '4', { subsection: 2 }),
      r('offl1985', '12', { subsection: 3 }),
    ].map((ref) => resolve(ref).kind);
    expect(
      kinds.every((k) => k === 'unknown'),
      kinds.join(', '),
    ).toBe(true);
  });

  it('only §§ 1 and 10 are closed', () => {
    expect(resolve(r('offl1985', '10', { subsection: 2 })).kind).toBe('not-found');
    expect(resolve(r('offl1985', '10', { item: 6 })).kind).toBe('not-found');
    expect(resolve(r('offl1985', '1', { subsection: 4 })).kind).toBe('not-found');
    expect(offl1985.sections.filter((s) => !s.open).map((s) => s.id)).toEqual(['1', '10']);
  });
});

describe('forvaltningsloven pinned to LBK 988/2012 by the MOL regime', () => {
  it('its raw file is the MOL file’s appendix, word for word', () => {
    const appendix = raw('miljoeoplysningsloven.md').split('# Bilag: forvaltningsloven')[1] ?? '';
    for (const id of ['12', '14', '15', '16']) {
      const inAppendix = appendix.split(`## FVL (LBK 988/2012) § ${id}\n`)[1]?.split('\n## ')[0]?.trim();
      const own = raw('forvaltningsloven-2012.md').split(`## § ${id}\n`)[1]?.split('\n## ')[0]?.trim();
      expect(own, `§ ${id}`).toBe(inAppendix);
    }
  });

  it('a regime chooses the edition, not the date', () => {
    expect(statuteIn('fvl', 'mol')).toBe(PINNED['fvl-2012']);
    expect(statuteIn('fvl', 'offl')).toBe(getStatute('fvl'));
    expect(statuteIn('fvl')).toBe(getStatute('fvl'));
    const ref = r('fvl', '15', { subsection: 1, item: 4 });
    const pinned = resolve(ref, { regime: 'mol', date: '2026-01-01' });
    expect(pinned.kind === 'found' && pinned.text).toBe(
      'gennemførelse af offentlig kontrol-, regulerings- eller planlægningsvirksomhed eller af påtænkte foranstaltninger i henhold til skatte- og afgiftslovgivningen, eller',
    );
    const stk1 = resolve(r('fvl', '12', { subsection: 1, item: 1 }), { regime: 'mol' });
    expect(stk1.kind === 'found' && stk1.text).toBe(
      'dokumenter, der udarbejdes af en myndighed til eget brug ved behandlingen af en sag,',
    );
    // § 15 b is today's forvaltningslov; LBK 988/2012 as we hold it does not show it.
    expect(resolve(r('fvl', '15 b'), { regime: 'mol' }).kind).toBe('unknown');
    expect(resolve(r('fvl', '15 b'), '2026-01-01').kind).toBe('found');
  });

  it('§§ 12, 14, 15 and 16 quote character for character from the appendix', () => {
    for (const id of ['12', '14', '15', '16']) {
      const lines = quoteBlock([r('fvl', id)], { regime: 'mol' }).groups[0]?.sections[0]?.lines;
      const expected = rawLines('forvaltningsloven-2012.md', `§ ${id}`);
      expected[0] = `§ ${id}. ${expected[0]}`;
      expect(lines, `§ ${id}`).toEqual(expected);
    }
  });
});

describe('the legal-basis quotation under MOL', () => {
  const refs: LegalRef[] = [
    r('mol', '2', { subsection: 3 }),
    r('offl1985', '13', { subsection: 1, item: 1 }),
    r('offl1985', '2', { subsection: 1, sentence: 1 }),
    r('offl1985', '10', { item: 4 }),
    r('fvl', '15', { subsection: 1, item: 4 }),
  ];
  const block = quoteBlock(refs, { regime: 'mol', date: '2026-03-01' });

  it('names each version in its heading, MOL first', () => {
    expect(block.groups.map((g) => g.heading)).toEqual([
      'Uddrag af miljøoplysningsloven (lovbekendtgørelse nr. 980 af 16. august 2017)',
      'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985 med senere ændringer, jf. miljøoplysningslovens § 6, stk. 2',
      'Uddrag af forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012, jf. miljøoplysningslovens § 6, stk. 2',
    ]);
  });

  it('quotes a secondary text as a marked extract of the opening words and the nr. relied on', () => {
    const s13 = block.groups[1]?.sections.find((s) => s.sectionId === '13');
    expect(s13?.kind).toBe('extract');
    const raw13 = rawLines('offentlighedsloven-1985.md', '§ 13');
    expect(s13?.lines).toEqual([`§ 13. ${raw13[0]}`, raw13[1]]);
    expect(s13?.note).toBe(QUOTE_TEXTS.extractNote('stk. 1, nr. 3 og 6 og resten af nr. 4; stk. 2'));
    expect(block.problems.find((p) => p.ref.section === '13')?.message).toMatch(
      /Kammeradvokatens Aktindsigtshåndbog/,
    );
  });

  it('never inserts a missing text: a placeholder names it', () => {
    const s2 = block.groups[1]?.sections.find((s) => s.sectionId === '2');
    expect(s2?.kind).toBe('missing');
    expect(s2?.lines).toEqual([]);
    expect(s2?.note).toBe(
      '[Ordlyden af 1985-offentlighedslovens § 2, stk. 1, 1. pkt., er ikke med i lovdata: indsæt den fra lov nr. 572 af 19. december 1985 med senere ændringer]',
    );
    expect(block.problems.some((p) => p.kind === 'text-missing' && p.ref.section === '2')).toBe(true);
  });

  it('never inserts a text cut off in its source', () => {
    const cut = quoteBlock([r('offl1985', '12', { subsection: 1, item: 2 })], { regime: 'mol' });
    expect(cut.groups[0]?.sections[0]?.kind).toBe('missing');
    expect(quoteLines(cut).join('\n')).not.toContain('fremgangsm');
  });

  it('quotes a text supplied by the jurist, marked as such, and never over a verbatim one', () => {
    const supplied = quoteBlock(
      [r('offl1985', '2', { subsection: 1, sentence: 1 }), r('offl1985', '10', { item: 1 })],
      {
        regime: 'mol',
        supplied: [
          {
            statute: 'offl1985',
            section: '2',
            text: 'Loven gælder ikke for sager X.',
            source: 'retsinformation.dk',
          },
          { statute: 'offl1985', section: '10', text: 'Noget andet.' },
        ],
      },
    );
    const [s2, s10] = supplied.groups[0]?.sections ?? [];
    expect(s2?.kind).toBe('supplied');
    expect(s2?.lines).toEqual(['§ 2. Loven gælder ikke for sager X.']);
    expect(s2?.note).toBe(
      '(Ordlyden af 1985-offentlighedslovens § 2 er indsat af sagsbehandleren efter retsinformation.dk.)',
    );
    expect(s10?.kind).toBeUndefined();
    expect(s10?.lines[0]).toBe('§ 10. Retten til aktindsigt omfatter ikke:');
    expect(supplied.problems.map((p) => p.kind)).toEqual(['supplied', 'supplied']);
  });

  it('the 2013 act and the 1985 act never share a group', () => {
    const both = quoteBlock([r('offl', '30', { item: 2 }), r('offl1985', '10', { item: 1 })], {
      regime: 'mol',
    });
    expect(both.groups.map((g) => g.statute)).toEqual(['offl1985', 'offl']);
  });
});
