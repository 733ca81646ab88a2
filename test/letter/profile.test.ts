import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, mergeProfile, parseProfile, PROFILE_MESSAGES as M } from '../../src/letter/profile';
import type { AuthorityProfile, CaseArea } from '../../src/letter/types';

/** A deep copy of the example as loose JSON, to break in one place. */
function example(): Record<string, unknown> & { caseAreas: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(EXAMPLE_PROFILE)) as Record<string, unknown> & {
    caseAreas: Record<string, unknown>[];
  };
}

function broken(change: (p: ReturnType<typeof example>) => void): unknown {
  const p = example();
  change(p);
  return p;
}

function errorsOf(input: unknown): string[] {
  const result = parseProfile(input);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.errors;
}

describe('parseProfile: valid profiles', () => {
  it('accepts the example profile unchanged', () => {
    expect(parseProfile(EXAMPLE_PROFILE)).toEqual({ ok: true, profile: EXAMPLE_PROFILE });
  });

  const minimal = {
    name: 'Eksempel Region',
    kind: 'region',
    address: ['Regionsgården 1', '9999 Eksempelby'],
    caseAreas: [{ id: 'sygehuse', name: 'Sygehusvæsenet', supervisionRoute: true }],
  };

  it.each<[string, unknown, Partial<AuthorityProfile>]>([
    ['a region with the § 38 route', minimal, { kind: 'region' }],
    [
      'a kommunalt fællesskab (kind other) with the § 38 route',
      { ...minimal, name: 'Eksempel Affaldsselskab I/S', kind: 'other' },
      { kind: 'other' },
    ],
    [
      'a state authority with an appeal body',
      {
        ...minimal,
        name: 'Eksempelstyrelsen',
        kind: 'state',
        caseAreas: [{ id: 'tilskud', name: 'Tilskud', appealBody: 'Eksempelministeriet' }],
      },
      {
        caseAreas: [
          { id: 'tilskud', name: 'Tilskud', appealBody: 'Eksempelministeriet', supervisionRoute: false },
        ],
      },
    ],
    [
      'missing signature and closing days default to empty',
      minimal,
      { signature: [], extraNonWorkingDays: [] },
    ],
    ['text is trimmed', { ...minimal, name: '  Eksempel Region ' }, { name: 'Eksempel Region' }],
  ])('%s', (_label, input, expected) => {
    const result = parseProfile(input);
    expect(result.ok ? result.profile : result.errors).toMatchObject(expected);
  });
});

describe('parseProfile: each fault gives its Danish message, prefixed with where it is', () => {
  it.each<[string, unknown, string[]]>([
    ['name missing', broken((p) => delete p.name), [`Navn: ${M.nameMissing}`]],
    ['name blank', broken((p) => (p.name = '  ')), [`Navn: ${M.nameMissing}`]],
    ['name not text', broken((p) => (p.name = 7)), [`Navn: ${M.lineNotText}`]],
    ['unit blank', broken((p) => (p.unit = '')), [`Enhed: ${M.unitEmpty}`]],
    ['kind unknown', broken((p) => (p.kind = 'kommune')), [`Myndighedstype: ${M.kindInvalid}`]],
    ['address missing', broken((p) => delete p.address), [`Adresse: ${M.addressMissing}`]],
    ['address empty', broken((p) => (p.address = [])), [`Adresse: ${M.addressMissing}`]],
    ['address not a list', broken((p) => (p.address = 'Rådhuspladsen 1')), [`Adresse: ${M.addressNotList}`]],
    [
      'address line blank',
      broken((p) => (p.address = ['Rådhuspladsen 1', ' '])),
      [`Adresse, linje 2: ${M.lineEmpty}`],
    ],
    [
      'signature line blank',
      broken((p) => (p.signature = ['Venlig hilsen', ''])),
      [`Underskrift, linje 2: ${M.lineEmpty}`],
    ],
    [
      'signature line not text',
      broken((p) => (p.signature = [1])),
      [`Underskrift, linje 1: ${M.lineNotText}`],
    ],
    [
      'signature not a list',
      broken((p) => (p.signature = 'Venlig hilsen')),
      [`Underskrift: ${M.signatureNotList}`],
    ],
    [
      'month 13',
      broken((p) => (p.extraNonWorkingDays = ['2025-13-01'])),
      ['Lukkedage, nr. 1: Datoen 2025-13-01 er ikke gyldig (brug ÅÅÅÅ-MM-DD).'],
    ],
    [
      '29 February in a common year',
      broken((p) => (p.extraNonWorkingDays = ['2024-02-29', '2025-02-29'])),
      [`Lukkedage, nr. 2: ${M.invalidDate('2025-02-29')}`],
    ],
    [
      'Danish date order',
      broken((p) => (p.extraNonWorkingDays = ['24-12-2025'])),
      [`Lukkedage, nr. 1: ${M.invalidDate('24-12-2025')}`],
    ],
    [
      'date without zeros',
      broken((p) => (p.extraNonWorkingDays = ['2025-6-5'])),
      [`Lukkedage, nr. 1: ${M.invalidDate('2025-6-5')}`],
    ],
    [
      'date not text',
      broken((p) => (p.extraNonWorkingDays = [20251224])),
      [`Lukkedage, nr. 1: ${M.invalidDate('20251224')}`],
    ],
    [
      'case areas not a list',
      broken((p) => ((p as Record<string, unknown>).caseAreas = {})),
      [`Sagsområder: ${M.caseAreasNotList}`],
    ],
    [
      'case area not an object',
      broken((p) => ((p.caseAreas as unknown[])[1] = 'Byggesager')),
      [`Sagsområde 2: ${M.caseAreaNotObject}`],
    ],
    [
      'case area id blank',
      broken((p) => (p.caseAreas[1]!.id = '')),
      [`Sagsområde 2 (Byggesager): ${M.caseAreaIdMissing}`],
    ],
    [
      'case area name blank',
      broken((p) => (p.caseAreas[1]!.name = ' ')),
      [`Sagsområde 2: ${M.caseAreaNameMissing}`],
    ],
    [
      'case area ids repeated',
      broken((p) => (p.caseAreas[2]!.id = 'sociale-sager')),
      [`Sagsområde 3 (Plansager): ${M.caseAreaIdDuplicate('sociale-sager')}`],
    ],
    [
      'appeal body and § 38 route together',
      broken((p) => (p.caseAreas[1]!.supervisionRoute = true)),
      ['Sagsområde 2 (Byggesager): Sagsområdet »Byggesager« har både klageinstans og § 38-vej; vælg én.'],
    ],
    [
      '§ 38 route for a state authority',
      broken((p) => (p.kind = 'state')),
      [
        `Sagsområde 4 (Personalesager): ${M.supervisionForState('Personalesager')}`,
        `Sagsområde 5 (Kommunens økonomi og administration): ${M.supervisionForState('Kommunens økonomi og administration')}`,
      ],
    ],
    [
      'appeal body blank',
      broken((p) => (p.caseAreas[1]!.appealBody = '')),
      [`Sagsområde 2 (Byggesager): ${M.appealBodyEmpty}`],
    ],
    [
      'party appeal body blank',
      broken((p) => (p.caseAreas[0]!.partyAppealBody = ' ')),
      [`Sagsområde 1 (Sociale sager): ${M.partyAppealBodyEmpty}`],
    ],
    [
      'complaint deadline blank',
      broken((p) => (p.caseAreas[0]!.complaintDeadline = '')),
      [`Sagsområde 1 (Sociale sager): ${M.complaintDeadlineEmpty}`],
    ],
    [
      'supervisionRoute not a boolean',
      broken((p) => (p.caseAreas[3]!.supervisionRoute = 'ja')),
      [`Sagsområde 4 (Personalesager): ${M.supervisionRouteNotBoolean}`],
    ],
    ['misspelt field', broken((p) => (p.adresse = ['x'])), [`Profil: ${M.unknownFields(['adresse'])}`]],
    [
      'misspelt case-area field',
      broken((p) => (p.caseAreas[1]!.apealBody = 'Byggeklageenheden')),
      [`Sagsområde 2 (Byggesager): ${M.unknownFields(['apealBody'])}`],
    ],
    ['null', null, [`Profil: ${M.notObject}`]],
    ['a list', [EXAMPLE_PROFILE], [`Profil: ${M.notObject}`]],
  ])('%s', (_label, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('reports every fault at once, each with its place', () => {
    const errors = errorsOf(
      broken((p) => {
        delete p.name;
        p.extraNonWorkingDays = ['2025-13-01'];
        p.caseAreas[1]!.supervisionRoute = true;
      }),
    );
    expect(errors).toEqual([
      `Navn: ${M.nameMissing}`,
      `Lukkedage, nr. 1: ${M.invalidDate('2025-13-01')}`,
      `Sagsområde 2 (Byggesager): ${M.bothRoutes('Byggesager')}`,
    ]);
  });

  it('every message is a Danish sentence', () => {
    const messages = Object.values(M).map((m) => (typeof m === 'function' ? m(['x'] as never) : m));
    for (const message of messages) expect(message).toMatch(/^[A-ZÆØÅ»].*[.]$/s);
  });
});

describe('mergeProfile', () => {
  const oneArea: CaseArea = { id: 'skole', name: 'Skolesager', supervisionRoute: true };

  it.each<[string, Partial<AuthorityProfile>, Partial<AuthorityProfile>]>([
    ['replaces the case areas wholesale', { caseAreas: [oneArea] }, { caseAreas: [oneArea] }],
    [
      'replaces the signature wholesale',
      { signature: ['Med venlig hilsen'] },
      { signature: ['Med venlig hilsen'] },
    ],
    ['an empty list replaces a full one', { extraNonWorkingDays: [] }, { extraNonWorkingDays: [] }],
    [
      'replaces a single field',
      { unit: 'Teknik og Miljø' },
      { unit: 'Teknik og Miljø', name: 'Eksempel Kommune' },
    ],
    ['ignores fields set to undefined', { unit: undefined }, { unit: 'Juridisk Sekretariat' }],
    ['no overrides: the base', {}, EXAMPLE_PROFILE],
  ])('%s', (_label, overrides, expected) => {
    const merged = mergeProfile(EXAMPLE_PROFILE, overrides);
    expect(merged).toMatchObject(expected);
    for (const key of ['caseAreas', 'signature', 'extraNonWorkingDays', 'address'] as const) {
      expect(merged[key]).toHaveLength((overrides[key] ?? EXAMPLE_PROFILE[key]).length);
    }
  });

  it('shares nothing with its inputs and changes neither', () => {
    const before = JSON.stringify(EXAMPLE_PROFILE);
    const overrides = { signature: ['Venlig hilsen', 'Eva Eksempel'] };
    const merged = mergeProfile(EXAMPLE_PROFILE, overrides);
    merged.signature.push('Jurist');
    merged.address.push('Postboks 1');
    merged.caseAreas[0]!.name = 'Ændret';
    expect(overrides.signature).toEqual(['Venlig hilsen', 'Eva Eksempel']);
    expect(JSON.stringify(EXAMPLE_PROFILE)).toBe(before);
  });

  it('a merged profile of valid parts is valid', () => {
    expect(
      parseProfile(mergeProfile(EXAMPLE_PROFILE, { caseAreas: [oneArea], unit: 'Børn og Unge' })).ok,
    ).toBe(true);
  });
});

describe('EXAMPLE_PROFILE', () => {
  it('names the real appeal bodies and invents no deadline', () => {
    const byName = Object.fromEntries(EXAMPLE_PROFILE.caseAreas.map((a) => [a.name, a]));
    expect(byName['Sociale sager']).toMatchObject({
      appealBody: 'Ankestyrelsen',
      partyAppealBody: 'Ankestyrelsen',
    });
    expect(byName['Byggesager']?.appealBody).toBe('Byggeklageenheden');
    expect(byName['Plansager']?.appealBody).toBe('Planklagenævnet');
    for (const name of ['Personalesager', 'Kommunens økonomi og administration']) {
      expect(byName[name]).toMatchObject({ supervisionRoute: true });
      expect(byName[name]?.appealBody).toBeUndefined();
    }
    for (const area of EXAMPLE_PROFILE.caseAreas) expect(area.complaintDeadline).toBeUndefined();
  });
});
