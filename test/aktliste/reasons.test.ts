import { describe, expect, it } from 'vitest';
import type { RequestBasis } from '../../src/grounds/types';
import { mapReason } from '../../src/aktliste/reasons';
import { REASON_VOCABULARY, type ReasonTarget } from '../../src/aktliste/vocabulary';
import { CATALOGUE } from '../../src/grounds';
import { groundsNamed } from '../../src/aktliste/reasons';
import { getStatute, findSection } from '../../src/law/catalogue';

const ids = (reason: string, basis: RequestBasis = 'offl-7') =>
  mapReason(reason, { basis }).grounds.map((g) => g.id ?? `(${g.ref.statute} § ${g.ref.section})`);
const codes = (reason: string, basis: 'offl-7' | 'fvl-9' = 'offl-7') =>
  mapReason(reason, { basis }).problems.map((p) => p.code);

describe('reasons -> grounds: citations first', () => {
  it.each([
    ['offentlighedslovens § 30, nr. 1', ['offl-30-1']],
    ['offl. § 23, stk. 1, nr. 1', ['offl-23-1-1']],
    ['§ 33, nr. 5', ['offl-33-5']],
    ['Internt dokument, jf. offl. § 23, stk. 1, nr. 1', ['offl-23-1-1']],
    ['offl. § 30 nr. 1 og § 33, nr. 5', ['offl-30-1', 'offl-33-5']],
    ['§ 35', ['offl-35']],
  ])('%s', (reason, expected) => {
    expect(ids(reason)).toEqual(expected);
    expect(codes(reason)).toEqual([]);
  });

  it('reads a bare § in the request act: forvaltningsloven for a party', () => {
    expect(ids('§ 12', 'fvl-9')).toEqual(['fvl-12']);
    expect(ids('fvl § 15 b, nr. 2', 'fvl-9')).toEqual(['fvl-15b-2']);
    expect(ids('§ 15 b, nr. 5', 'fvl-9')).toEqual(['fvl-15b-5']);
  });

  it('keeps a bare paragraph with several grounds as the paragraph, with no id', () => {
    const [ground] = mapReason('§ 30', { basis: 'offl-7' }).grounds;
    expect(ground?.id).toBeUndefined();
    expect(ground?.ref).toEqual({ statute: 'offl', section: '30' });
    expect(groundsNamed(ground!.ref).map((g) => g.id)).toEqual(['offl-30-1', 'offl-30-2']);
  });

  it('flags a number that does not exist and keeps it', () => {
    const mapping = mapReason('offl. § 30, nr. 3', { basis: 'offl-7' });
    expect(mapping.grounds.map((g) => g.ref)).toEqual([{ statute: 'offl', section: '30', item: 3 }]);
    expect(mapping.problems.map((p) => p.code)).toEqual(['nonexistentReference']);
    expect(codes('offl. § 99')).toEqual(['nonexistentReference']);
  });

  it('keeps a cited paragraph that is no ground (§ 34) with a problem', () => {
    const mapping = mapReason('§ 34', { basis: 'offl-7' });
    expect(mapping.grounds).toHaveLength(1);
    expect(mapping.problems.map((p) => p.code)).toEqual(['notAGround']);
  });

  it('flags a ground the request basis cannot use', () => {
    expect(codes('fvl § 12', 'offl-7')).toEqual(['groundNotForBasis']);
  });
});

describe('reasons -> grounds: the vocabulary', () => {
  // The phrases issue 11 lists, with the ground each means under offentlighedsloven and forvaltningsloven.
  it.each([
    ['Internt dokument', 'offl-23-1-1', 'fvl-12'],
    ['Internt dokument - ufærdigt arbejdsdokument', 'offl-23-1-1', 'fvl-12'],
    ['Internt dokument - foreløbige og sagsforberedende overvejelser', 'offl-23-1-1', 'fvl-12'],
    ['Internt dokument - del af intern beslutningsproces', 'offl-23-1-1', 'fvl-12'],
    ['Korrespondance med sagkyndig rådgiver vedr. tvistsag', 'offl-27-4', 'fvl-14-3'],
    ['Særlige dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag', 'offl-27-4', 'fvl-14-3'],
    ['Straffesag', 'offl-19', 'fvl-11-1'],
    ['Særlige dokumenter - straffesag', 'offl-19', 'fvl-11-1'],
    ['Tavshedsbelagte oplysninger - om private forhold', 'offl-30-1', 'fvl-15b-5'],
    ['Tavshedsbelagte oplysninger - forretningsforhold', 'offl-30-2', 'fvl-15b-5'],
    ['Tavshedsbelagte oplysninger - om erhvervsmæssige forhold', 'offl-30-2', 'fvl-15b-5'],
    ['Oplysninger om private forhold', 'offl-30-1', 'fvl-15b-5'],
    ['Forretningshemmeligheder', 'offl-30-2', 'fvl-15b-5'],
    ['Andre dokumenter - vedr. udførelse af sekretariatsopgave', 'offl-27-3', 'fvl-14-2'],
  ])('%s', (phrase, offl, fvl) => {
    expect(ids(phrase)).toEqual([offl]);
    expect(ids(phrase, 'fvl-9')).toEqual([fvl]);
  });

  it('is case, space and punctuation insensitive, and reads a reason segment by segment', () => {
    expect(ids('  TAVSHEDSBELAGTE OPLYSNINGER – OM PRIVATE FORHOLD ')).toEqual(['offl-30-1']);
    expect(ids('Internt dokument; Forretningshemmeligheder')).toEqual(['offl-23-1-1', 'offl-30-2']);
    expect(ids('Internt dokument - ufærdigt arbejdsdokument (udkast af 3. marts)')).toEqual(['offl-23-1-1']);
  });

  it('maps a wording without a nr. to the bare paragraph (Ministerbetjening: § 24, stk. 1)', () => {
    const [ground] = mapReason('Ministerbetjening', { basis: 'offl-7' }).grounds;
    expect(ground?.ref).toEqual({ statute: 'offl', section: '24', subsection: 1 });
    expect(ground?.id).toBeUndefined();
  });

  it('never guesses a catch-all, and leaves a wording without a ground under the regime unmapped', () => {
    for (const reason of [
      'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)',
      'Andre dokumenter - Andet (uddybes i afgørelse)',
      'Særlige dokumenter - noget - Andet (uddybes i afgørelsen)',
    ]) {
      const mapping = mapReason(reason, { basis: 'offl-7' });
      expect(mapping.grounds).toEqual([]);
      expect(mapping.problems.map((p) => p.code)).toEqual(['catchAll']);
      expect(mapping.unmapped).toEqual([reason]);
    }
    expect(mapReason('Ministerbetjening', { basis: 'fvl-9' }).grounds).toEqual([]);
    expect(
      mapReason('Særlige dokumenter - statistik og undersøgelser', { basis: 'fvl-9' }).unmapped,
    ).toHaveLength(1);
  });

  it('leaves an unknown reason unmapped', () => {
    const mapping = mapReason('Det vurderes at være fortroligt', { basis: 'offl-7' });
    expect(mapping.grounds).toEqual([]);
    expect(mapping.unmapped).toEqual(['Det vurderes at være fortroligt']);
  });

  it('says a document outside the request has no ground', () => {
    for (const reason of [
      'Ikke omfattet af anmodningen',
      'Ikke omfattet af sagen',
      'ikke omfattet af ansøgningen',
    ]) {
      const mapping = mapReason(reason, { basis: 'offl-7' });
      expect(mapping.outside).toBe(true);
      expect(mapping.grounds).toEqual([]);
    }
  });

  it('consults the user vocabulary before the shipped one', () => {
    const userVocabulary = [
      {
        phrases: ['Politiets efterforskning', 'Straffesag'],
        targets: { offl: { ground: 'offl-33-1' } },
        why: 'user',
      },
    ];
    const mapping = mapReason('Politiets efterforskning', { basis: 'offl-7', userVocabulary });
    expect(mapping.grounds.map((g) => [g.id, g.source])).toEqual([['offl-33-1', 'user']]);
    expect(ids('Straffesag')).toEqual(['offl-19']);
    expect(mapReason('Straffesag', { basis: 'offl-7', userVocabulary }).grounds[0]?.id).toBe('offl-33-1');
  });
});

describe('the vocabulary as data', () => {
  const targets = REASON_VOCABULARY.flatMap((entry) =>
    Object.entries(entry.targets).map(([regime, target]) => ({
      regime,
      target: target as ReasonTarget,
      entry,
    })),
  );

  it('every target ground exists in the catalogue and serves its regime', () => {
    for (const { regime, target, entry } of targets) {
      if (!('ground' in target)) continue;
      const ground = CATALOGUE.find((g) => g.id === target.ground);
      expect(ground, `${entry.phrases[0]} -> ${target.ground}`).toBeDefined();
      const basis = { offl: 'offl-7', fvl: 'fvl-9', mol: 'mol', molParty: 'mol-party' }[
        regime
      ] as RequestBasis;
      expect(ground?.bases, `${entry.phrases[0]} (${regime})`).toContain(basis);
      expect(ground?.blocked, `${entry.phrases[0]} (${regime})`).toBeUndefined();
    }
  });

  it('every bare-paragraph target exists in the act and has grounds under it', () => {
    for (const { target, entry } of targets) {
      if (!('paragraph' in target)) continue;
      const { statute, section } = target.paragraph;
      expect(findSection(getStatute(statute), section), entry.phrases[0]).toBeDefined();
      expect(groundsNamed(target.paragraph).length, entry.phrases[0]).toBeGreaterThan(1);
    }
  });

  it('no wording is claimed twice, and each entry says why', () => {
    const seen = new Set<string>();
    for (const entry of REASON_VOCABULARY) {
      expect(entry.why.length).toBeGreaterThan(20);
      for (const phrase of entry.phrases) {
        const key = phrase
          .toLocaleLowerCase('da')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        expect(seen.has(key), phrase).toBe(false);
        seen.add(key);
      }
    }
  });
});

describe('under miljøoplysningsloven', () => {
  it("reads a bare § in the 1985 act, and a party's fvl as of LBK 988/2012", () => {
    expect(ids('§ 12, stk. 1, nr. 2', 'mol')).toEqual(['offl1985-12-1-2']);
    expect(ids('§ 10, nr. 4', 'mol')).toEqual(['offl1985-10-4']);
    expect(ids('fvl § 12, stk. 1, nr. 1', 'mol-party')).toEqual(['fvl-12-1-1']);
    expect(ids('fvl § 12', 'fvl-9')).toEqual(['fvl-12']);
  });

  it('reads "offentlighedsloven" as the 1985 act unless the words mark the 2013 act (the second track)', () => {
    const problems = (reason: string) => mapReason(reason, { basis: 'mol' }).problems.map((p) => p.code);
    // The letter's own table writes the 1985 act "offl. 1985"; a list may write it in full.
    expect(ids('offl. 1985 § 7, nr. 1', 'mol')).toEqual(['offl1985-7-1']);
    expect(ids('offentlighedslovens § 13, stk. 1, nr. 1', 'mol')).toEqual(['offl1985-13-1-1']);
    expect(problems('offl. 1985 § 7, nr. 1')).toEqual([]);
    // The table marks the second track's references "2013-offl."; they are grounds of offentlighedslovens § 7.
    expect(ids('2013-offl. § 30, nr. 1', 'mol')).toEqual(['offl-30-1']);
    expect(problems('2013-offl. § 30, nr. 1')).toEqual([]);
    expect(ids('offentlighedsloven af 2013 § 30, nr. 1', 'mol')).toEqual(['offl-30-1']);
    // Outside miljøoplysningsloven nothing changes.
    expect(ids('offentlighedslovens § 30, nr. 1', 'offl-7')).toEqual(['offl-30-1']);
  });

  it('uses its own column: the 2013 grounds are never proposed, and what we cannot ground stays with the jurist', () => {
    expect(ids('Internt dokument - ufærdigt arbejdsdokument', 'mol')).toEqual(['offl1985-7-1']);
    expect(ids('Særlige dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag', 'mol')).toEqual([
      'offl1985-10-4',
    ]);
    expect(ids('Internt dokument', 'mol-party')).toEqual(['fvl-12-1-1']);
    for (const phrase of [
      'Tavshedsbelagte oplysninger - om private forhold',
      'Straffesag',
      'Særlige dokumenter - statistik og undersøgelser',
    ]) {
      const mapping = mapReason(phrase, { basis: 'mol' });
      expect(mapping.grounds, phrase).toEqual([]);
      expect(mapping.unmapped, phrase).toEqual([phrase]);
    }
  });
});
