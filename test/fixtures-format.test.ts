import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureFormatError, loadLetterFixtures, parseLetterFixture } from './support/letter-fixtures';

const RULE_IDS = [
  'required-parts',
  'cited-not-quoted',
  'quoted-not-cited',
  'quotation-differs',
  'quoted-twice',
  'nonexistent-reference',
  'outdated-act',
  'complaint-route',
  'meroffentlighed-missing',
  'extraction-missing',
  'dialogue-missing',
  'aktliste-ground',
  'processing-time',
  'anonymisation',
  'template-placeholder',
];

const HEADER =
  '---\ntitle: T\nkind: decision\noutcome: refusal\nbasis: offl-7\nauthority: state\nfindings: none\n---\n';

describe('the letter corpus', () => {
  const corpus = loadLetterFixtures(join(import.meta.dirname, 'fixtures/letters'));
  const heldout = loadLetterFixtures(join(import.meta.dirname, 'fixtures/letters/heldout'));

  it('parses, and names only known rules', () => {
    for (const fixture of [...corpus, ...heldout]) {
      const ids = [...fixture.header.findings, ...fixture.paragraphs.flatMap((p) => p.findings)];
      for (const id of ids) expect(RULE_IDS, `${fixture.file}: ${id}`).toContain(id);
    }
  });

  it('includes the seed letter', () => {
    expect(corpus.map((f) => f.file)).toContain('00-seed-koebenhavn-socialforvaltningen.txt');
  });
});

describe('the fixture format', () => {
  it('reads parts, paragraph findings and header fields', () => {
    const fixture = parseLetterFixture(
      `${HEADER}{part:date}\n10. marts 2025\n{part:decision}\nAfgørelse\nVi afslår. {finding:cited-not-quoted}\n{/part}\nHilsen`,
      't.txt',
    );
    expect(fixture.paragraphs).toEqual([
      { text: '10. marts 2025', part: 'date', findings: [] },
      { text: 'Afgørelse', part: 'decision', findings: [] },
      { text: 'Vi afslår.', part: 'decision', findings: ['cited-not-quoted'] },
      { text: 'Hilsen', findings: [] },
    ]);
    expect(fixture.parts).toEqual({ date: { first: 0, last: 0 }, decision: { first: 1, last: 2 } });
    expect(fixture.header.outcome).toBe('refusal');
  });

  it.each([
    ['no header', 'Hej'],
    ['an unknown outcome', HEADER.replace('refusal', 'afslag') + 'Hej'],
    ['an unknown part', `${HEADER}{part:afgoerelse}\nHej`],
    ['a part marked twice', `${HEADER}{part:date}\nA\n{part:decision}\nB\n{part:date}\nC`],
    ['a bad date', HEADER.replace('findings: none', 'findings: none\ndate: 10.03.2025') + 'Hej'],
  ])('refuses %s', (_, source) => {
    expect(() => parseLetterFixture(source, 'bad.txt')).toThrow(FixtureFormatError);
  });
});
