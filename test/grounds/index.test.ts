/**
 * The catalogue's helpers: look-up by id, by basis, by picker group, and the search.
 */
import { describe, expect, it } from 'vitest';
import { GROUNDS } from '../../src/grounds/catalogue';
import {
  BASIS_LABELS,
  BASIS_REFS,
  CATALOGUE,
  GROUND_GROUPS,
  groundById,
  groundsForBasis,
  groupsForBasis,
  searchGrounds,
} from '../../src/grounds/index';
import type { RequestBasis } from '../../src/grounds/types';
import { formatRef } from '../../src/law/citations';
import { resolve } from '../../src/law/resolve';

const BASES: RequestBasis[] = ['offl-7', 'offl-8', 'fvl-9'];
const ids = (grounds: { id: string }[]) => grounds.map((g) => g.id);
const inCatalogueOrder = (grounds: { id: string }[]) => {
  const positions = grounds.map((g) => GROUNDS.findIndex((c) => c.id === g.id));
  return positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? -1));
};

describe('groundById', () => {
  it('finds a ground and nothing else', () => {
    expect(groundById('offl-30-1')?.label).toBe('Private forhold (offentlighedslovens § 30, nr. 1)');
    expect(groundById('offl-26')).toBeUndefined();
    expect(groundById('')).toBeUndefined();
  });
});

describe('groundsForBasis', () => {
  it.each(BASES)('%s: only grounds that serve it, in catalogue order', (basis) => {
    const grounds = groundsForBasis(basis);
    expect(grounds.length).toBeGreaterThan(0);
    expect(grounds.every((g) => g.bases.includes(basis))).toBe(true);
    expect(inCatalogueOrder(grounds)).toBe(true);
    expect(grounds.length).toBe(GROUNDS.filter((g) => g.bases.includes(basis)).length);
  });

  it('a party gets only forvaltningsloven; others only offentlighedsloven', () => {
    expect(groundsForBasis('fvl-9').every((g) => g.id.startsWith('fvl-'))).toBe(true);
    expect(groundsForBasis('offl-7').every((g) => g.id.startsWith('offl-'))).toBe(true);
    expect(groundsForBasis('offl-8').every((g) => g.id.startsWith('offl-'))).toBe(true);
  });

  it('own access: § 8, 2. pkt. and §§ 31-33, not § 30, § 9, stk. 2 or § 21, stk. 2', () => {
    const own = ids(groundsForBasis('offl-8'));
    expect(own).toEqual(
      expect.arrayContaining(['offl-8-2', 'offl-9-1', 'offl-19', 'offl-31', 'offl-33-5', 'offl-35']),
    );
    for (const id of ['offl-30-1', 'offl-30-2', 'offl-9-2-1', 'offl-9-2-2', 'offl-21-2'])
      expect(own).not.toContain(id);
    expect(ids(groundsForBasis('offl-7'))).not.toContain('offl-8-2');
  });
});

describe('groups', () => {
  it('the picker order', () => {
    expect(GROUND_GROUPS).toEqual([
      'Afvisning af anmodningen',
      'Undtagne sager',
      'Interne dokumenter',
      'Undtagne oplysninger',
      'Partsaktindsigt',
    ]);
  });

  it.each(BASES)(
    '%s: groups in picker order, none empty, together exactly the grounds for the basis',
    (basis) => {
      const groups = groupsForBasis(basis);
      const order = groups.map((e) => GROUND_GROUPS.indexOf(e.group));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(groups.every((e) => e.grounds.length > 0 && e.grounds.every((g) => g.group === e.group))).toBe(
        true,
      );
      expect(groups.every((e) => inCatalogueOrder(e.grounds))).toBe(true);
      expect(ids(groups.flatMap((e) => e.grounds)).sort()).toEqual(ids(groundsForBasis(basis)).sort());
    },
  );

  it('a party sees the refusal to process and the party grounds', () => {
    expect(groupsForBasis('fvl-9').map((e) => e.group)).toEqual([
      'Afvisning af anmodningen',
      'Partsaktindsigt',
    ]);
    expect(groupsForBasis('offl-7').map((e) => e.group)).not.toContain('Partsaktindsigt');
  });
});

describe('basis labels and references', () => {
  it.each(BASES)('%s', (basis) => {
    const refs = BASIS_REFS[basis];
    expect(refs).toHaveLength(1);
    for (const ref of refs) expect(resolve(ref).kind).toBe('found');
    const reference = formatRef(refs[0]!);
    expect(BASIS_LABELS[basis].startsWith(reference.charAt(0).toUpperCase() + reference.slice(1))).toBe(true);
    expect(BASIS_LABELS[basis]).toMatch(/\(.+\)$/);
  });
});

describe('searchGrounds', () => {
  const cases: {
    query: string;
    basis?: RequestBasis;
    first?: string;
    exactly?: string[];
    includes?: string[];
  }[] = [
    { query: '30, nr. 1', first: 'offl-30-1', exactly: ['offl-30-1'] },
    { query: 'offentlighedslovens § 30, stk. 1, nr. 2', exactly: ['offl-30-2'] },
    { query: 'private', first: 'offl-30-1' },
    { query: 'PRIVATE FORHOLD', first: 'offl-30-1' },
    { query: '§ 33', exactly: ['offl-33-1', 'offl-33-2', 'offl-33-3', 'offl-33-4', 'offl-33-5'] },
    { query: '15 b', exactly: ['fvl-15b-1', 'fvl-15b-2', 'fvl-15b-3', 'fvl-15b-4', 'fvl-15b-5'] },
    { query: 'fvl. § 15 b, nr. 2', exactly: ['fvl-15b-2'] },
    { query: '9, stk. 2', exactly: ['offl-9-2-1', 'offl-9-2-2'] },
    // The ground's own paragraph first, then a ground that only cites it.
    { query: '§ 24', exactly: ['offl-24-1-1', 'offl-24-1-2', 'offl-23-1-2'] },
    { query: '§ 8', first: 'offl-8-2' },
    { query: '§ 30', basis: 'offl-8', exactly: [] },
    { query: 'interne arbejdsdokumenter', first: 'fvl-12' },
    { query: 'ressourceforbrug', first: 'offl-9-2-1' },
    { query: 'chikane', basis: 'offl-7', includes: ['offl-9-2-2'] },
    { query: 'tavshedspligt', includes: ['offl-35'] },
    { query: 'xyzzy', exactly: [] },
  ];
  it.each(cases.map((c) => [`${c.query}${c.basis ? ` (${c.basis})` : ''}`, c] as const))('%s', (_, c) => {
    const found = ids(searchGrounds(c.query, c.basis));
    if (c.first) expect(found[0]).toBe(c.first);
    if (c.exactly) expect(found).toEqual(c.exactly);
    if (c.includes) expect(found).toEqual(expect.arrayContaining(c.includes));
    if (c.basis) expect(found.every((id) => groundById(id)?.bases.includes(c.basis!))).toBe(true);
  });

  it('an empty query gives every ground for the basis, in catalogue order', () => {
    expect(ids(searchGrounds(''))).toEqual(ids([...CATALOGUE]));
    expect(ids(searchGrounds('  ', 'fvl-9'))).toEqual(ids(groundsForBasis('fvl-9')));
  });
});
