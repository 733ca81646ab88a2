import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/law/resolve';
import type { LegalRef } from '../../src/law/types';

const offl = (section: string, rest: Partial<LegalRef> = {}): LegalRef => ({
  statute: 'offl',
  section,
  ...rest,
});
const fvl = (section: string, rest: Partial<LegalRef> = {}): LegalRef => ({
  statute: 'fvl',
  section,
  ...rest,
});

describe('resolve: found', () => {
  it('a whole paragraph gives all its stk.', () => {
    const r = resolve(offl('7'));
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.subsections.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(r.text.split('\n')[0]).toBe(
      'Enhver kan forlange at blive gjort bekendt med dokumenter, der er indgået til eller oprettet af en myndighed m.v. som led i administrativ sagsbehandling i forbindelse med dens virksomhed.',
    );
    expect(r.provenance).toMatchObject({ status: 'verified', sourceCount: 2 });
  });

  it('"§ 30, nr. 1" means stk. 1, nr. 1', () => {
    const r = resolve(offl('30', { item: 1 }));
    expect(r).toMatchObject({
      kind: 'found',
      text: 'enkeltpersoners private, herunder økonomiske, forhold og',
    });
  });

  it('"§ 30, stk. 1, nr. 2" is the same paragraph written in full', () => {
    const r = resolve(offl('30', { subsection: 1, item: 2 }));
    expect(r.kind === 'found' && r.text.startsWith('tekniske indretninger')).toBe(true);
  });

  it('a sentence (pkt.) of a stk.', () => {
    const r = resolve(offl('38', { subsection: 1, sentence: 2 }));
    expect(r).toMatchObject({
      kind: 'found',
      text: 'En henvendelse om at indbringe sagen for den kommunale og regionale tilsynsmyndighed skal rettes til den pågældende kommune eller region m.v. i overensstemmelse med ordningen i § 37, stk. 2.',
    });
  });

  it('§ 21, stk. 3, 2. pkt. is the sentence inserted in 2024; before then it was another', () => {
    const now = resolve(offl('21', { subsection: 3, sentence: 2 }), '2025-01-01');
    expect(now.kind === 'found' && now.text.startsWith('Der meddeles dog ikke indsigt')).toBe(true);
    const before = resolve(offl('21', { subsection: 3, sentence: 2 }), '2024-06-30');
    expect(
      before.kind === 'found' && before.text.startsWith('For så vidt angår ansatte i chefstillinger'),
    ).toBe(true);
  });

  it('picks the wording in force on the date', () => {
    const nr2 = (date: string) => resolve(offl('9', { subsection: 2, item: 2 }), date);
    expect(nr2('2024-06-30')).toMatchObject({
      text: 'anmodningen må antages at skulle tjene et retsstridigt formål el.lign.',
    });
    expect(nr2('2024-07-01')).toMatchObject({
      text: 'anmodningen må antages at skulle tjene et retsstridigt eller chikanøst formål el.lign.',
    });
    expect(nr2('2024-07-01')).toMatchObject({ provenance: { status: 'consolidated' } });
  });

  it('lettered paragraphs', () => {
    expect(resolve(fvl('15 b', { item: 5 })).kind).toBe('found');
    expect(resolve(fvl('9 a', { subsection: 1 })).kind).toBe('found');
  });

  it('a secondary text is found, with its provenance saying so', () => {
    expect(resolve({ statute: 'dbl', section: '10', subsection: 1 })).toMatchObject({
      kind: 'found',
      provenance: { status: 'secondary' },
    });
  });
});

describe('resolve: does not exist, by the act structure', () => {
  it.each([
    [offl('30', { item: 3 }), 'item', 'Offentlighedslovens § 30, nr. 3 findes ikke: § 30 har nr. 1-2.'],
    [
      offl('30', { subsection: 2 }),
      'subsection',
      'Offentlighedslovens § 30, stk. 2 findes ikke: § 30 har kun ét stk.',
    ],
    [
      offl('7', { subsection: 4 }),
      'subsection',
      'Offentlighedslovens § 7, stk. 4 findes ikke: § 7 har stk. 1-3.',
    ],
    [
      offl('9', { subsection: 2, item: 3 }),
      'item',
      'Offentlighedslovens § 9, stk. 2, nr. 3 findes ikke: stk. 2 har nr. 1-2.',
    ],
    [
      offl('14', { subsection: 1, item: 1 }),
      'item',
      'Offentlighedslovens § 14, stk. 1, nr. 1 findes ikke: stk. 1 har ingen numre.',
    ],
    [offl('45'), 'section', 'Offentlighedslovens § 45 findes ikke: offentlighedsloven slutter med § 44.'],
    [offl('30 a'), 'section', 'Offentlighedslovens § 30 a findes ikke i offentlighedsloven.'],
    [fvl('38'), 'section', 'Forvaltningslovens § 38 findes ikke: forvaltningsloven slutter med § 37.'],
    [
      offl('38', { subsection: 1, sentence: 3 }),
      'sentence',
      'Offentlighedslovens § 38, stk. 1, 3. pkt. findes ikke: teksten har 2 punktummer.',
    ],
  ] as const)('%o', (ref, level, message) => {
    expect(resolve(ref)).toEqual({ kind: 'not-found', ref, level, message });
  });
});

describe('resolve: exists but not usable', () => {
  it('a paragraph we know exists but hold no text for is text-missing, not "does not exist"', () => {
    expect(resolve(fvl('5'))).toEqual({
      kind: 'text-missing',
      ref: fvl('5'),
      message: 'Forvaltningslovens § 5 findes, men teksten er ikke med i lovdata.',
    });
    expect(resolve(fvl('32 a')).kind).toBe('text-missing');
  });

  it('a paragraph outside what we know of a partly known act is unknown', () => {
    expect(resolve(fvl('19 a')).kind).toBe('unknown');
    expect(resolve({ statute: 'dbl', section: '7' }).kind).toBe('unknown');
    expect(resolve({ statute: 'dbl', section: '99' }).kind).toBe('unknown');
  });

  it('a stk. added later is not in force before its date', () => {
    expect(resolve(fvl('9 a', { subsection: 2 }), '2024-03-01')).toEqual({
      kind: 'not-in-force',
      ref: fvl('9 a', { subsection: 2 }),
      message:
        'Forvaltningslovens § 9 a, stk. 2 var ikke i kraft den 1. marts 2024 (gælder fra 1. juli 2024).',
      from: '2024-07-01',
    });
    expect(resolve(fvl('9 a', { subsection: 2 }), '2024-07-01').kind).toBe('found');
  });

  it('a repealed paragraph', () => {
    expect(resolve(offl('44'))).toEqual({
      kind: 'repealed',
      ref: offl('44'),
      message: 'Offentlighedslovens § 44 er ophævet.',
    });
  });
});
