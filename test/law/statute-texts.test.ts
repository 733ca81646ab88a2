/**
 * The statute data against texts written into the tests by hand (see expected-texts.ts for the sources).
 */
import { describe, expect, it } from 'vitest';
import { findSection, getStatute, versionOn } from '../../src/law/catalogue';
import { EXPECTED_PARAGRAPHS, paragraphMismatch } from './expected-texts';

describe('expected paragraph texts', () => {
  it.each(
    EXPECTED_PARAGRAPHS.map((e) => [`${e.statute} § ${e.id}${e.date ? ` on ${e.date}` : ''}`, e] as const),
  )('%s', (_, expected) => {
    expect(paragraphMismatch(getStatute(expected.statute), expected)).toBeUndefined();
  });

  it('covers at least 20 paragraphs', () => {
    expect(new Set(EXPECTED_PARAGRAPHS.map((e) => `${e.statute} ${e.id}`)).size).toBeGreaterThanOrEqual(20);
  });
});

describe('dated and deliberate wordings', () => {
  it('§ 21, stk. 3 before and after 1 July 2024', () => {
    const first =
      'I sager som nævnt i stk. 2 skal der i overensstemmelse med lovens almindelige regler meddeles indsigt i oplysninger om den ansattes navn, stilling, uddannelse, arbejdsopgaver, lønmæssige forhold og tjenesterejser.';
    const rest =
      'For så vidt angår ansatte i chefstillinger, gælder lovens almindelige regler endvidere for oplysninger om disciplinære reaktioner i form af advarsel eller derover. Det gælder dog kun for et tidsrum af 2 år efter, at den endelige afgørelse er truffet.';
    const inserted =
      'Der meddeles dog ikke indsigt i oplysninger om den ansattes navn, hvis væsentlige hensyn til den ansattes tryghed taler herimod.';
    const stk3 = (date: string) =>
      versionOn(findSection(getStatute('offl'), '21')?.subsections[2]?.versions ?? [], date)?.text;
    expect(stk3('2024-06-30')).toBe(`${first} ${rest}`);
    expect(stk3('2024-07-01')).toBe(`${first} ${inserted} ${rest}`);
  });

  it('§ 15 b keeps "opklaring" and "kontrol-," where offentlighedslovens § 33 says otherwise', () => {
    const items = findSection(getStatute('fvl'), '15 b')?.subsections[0]?.versions[0]?.items ?? [];
    expect(items).toHaveLength(5);
    expect(items[0]?.text).toMatch(/^forebyggelse, opklaring og forfølgning af lovovertrædelser/);
    expect(items[1]?.text).toMatch(
      /^gennemførelse af offentlig kontrol-, regulerings- eller planlægningsvirksomhed/,
    );
    const offl33 = findSection(getStatute('offl'), '33')?.subsections[0]?.versions[0]?.items ?? [];
    expect(offl33[0]?.text).toMatch(/efterforskning/);
    expect(offl33[1]?.text).toMatch(/offentlig kontrol, regulerings-/);
  });
});

describe('databeskyttelsesloven', () => {
  it('§ 10 has stk. 1-5 and three items in stk. 3', () => {
    const section = findSection(getStatute('dbl'), '10');
    expect(section?.subsections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(section?.subsections[2]?.versions[0]?.items.map((i) => i.text)).toEqual([
      'sker til behandling uden for databeskyttelsesforordningens territoriale anvendelsesområde, jf. databeskyttelsesforordningens artikel 3,',
      'vedrører biologisk materiale eller',
      'sker med henblik på offentliggørelse i et anerkendt videnskabeligt tidsskrift el.lign.',
    ]);
  });
});
