/**
 * The grounds under miljøoplysningsloven: coverage, ids, regimes, the weighing of § 2, stk. 3, the restrictions
 * of § 2, stk. 4-6, templates citing exactly their references, guidance naming the 2013 counterpart without
 * quoting it.
 */
import { describe, expect, it } from 'vitest';
import { MOL_GROUNDS } from '../../src/grounds/catalogue-mol';
import {
  BASIS_REFS,
  BASIS_REGIME,
  blockedReason,
  CATALOGUE,
  GROUNDS,
  groundsForBasis,
  MOL_CATEGORIES,
  regimesOfGround,
} from '../../src/grounds/index';
import { resolve } from '../../src/law/resolve';
import type { Ground } from '../../src/grounds/types';
import { getStatute } from '../../src/law/catalogue';
import { formatRef } from '../../src/law/citations';
import type { LegalRef } from '../../src/law/types';

const own = (g: Ground): LegalRef => g.refs[0] as LegalRef;
const table = MOL_GROUNDS.map((g) => [g.id, g] as const);

const COVERAGE = [
  'offl1985-2-1-1',
  'offl1985-7-1',
  'offl1985-7-2',
  'offl1985-7-3',
  'offl1985-10-1',
  'offl1985-10-2',
  'offl1985-10-3',
  'offl1985-10-4',
  'offl1985-10-5',
  'offl1985-12-1-1',
  'offl1985-12-1-2',
  'offl1985-13-1-1',
  'offl1985-13-1-2',
  'offl1985-13-1-3',
  'offl1985-13-1-4',
  'offl1985-13-1-5',
  'offl1985-13-1-6',
  'offl1985-14',
  'fvl-12-1-1',
  'fvl-12-1-2',
  'fvl-12-1-3',
  'fvl-14-1-1',
  'fvl-14-1-2',
  'fvl-14-1-3',
  'fvl-15-1-1',
  'fvl-15-1-2',
  'fvl-15-1-3',
  'fvl-15-1-4',
  'fvl-15-1-5',
];

/** Miljøoplysningslovens § 2, stk. 3's list, by the ground's own reference. */
function inWeighingList(ref: LegalRef): boolean {
  if (ref.statute === 'offl1985') {
    if (['2', '7', '10'].includes(ref.section)) return true;
    return ['12', '13'].includes(ref.section) && ref.subsection === 1;
  }
  return ref.statute === 'fvl' && ['12', '14', '15'].includes(ref.section) && ref.subsection === 1;
}

describe('coverage and ids', () => {
  it('has exactly the grounds of the issue, in the law order', () => {
    expect(MOL_GROUNDS.map((g) => g.id)).toEqual(COVERAGE);
  });

  it('ids are unique across the whole catalogue', () => {
    const ids = CATALOGUE.map((g) => g.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(table)('%s: id from refs[0]', (id, g) => {
    const ref = own(g);
    const derived = [ref.statute, ref.section.replace(/\s+/g, ''), ref.subsection, ref.item, ref.sentence]
      .filter((p) => p !== undefined)
      .join('-');
    expect(derived).toBe(id);
  });
});

describe('regimes', () => {
  it.each(table)('%s serves MOL only, on a MOL basis', (_, g) => {
    expect(regimesOfGround(g)).toEqual(['mol']);
    expect(g.bases.every((b) => b === 'mol' || b === 'mol-party')).toBe(true);
    expect(g.bases).toEqual([own(g).statute === 'fvl' ? 'mol-party' : 'mol']);
  });

  it('no 2013 ground serves MOL, and the picker for a MOL basis shows only MOL grounds', () => {
    for (const g of GROUNDS) expect(regimesOfGround(g), g.id).not.toContain('mol');
    expect(groundsForBasis('mol').every((g) => own(g).statute === 'offl1985')).toBe(true);
    expect(groundsForBasis('mol-party').every((g) => own(g).statute === 'fvl')).toBe(true);
    expect(groundsForBasis('offl-7').some((g) => MOL_GROUNDS.includes(g))).toBe(false);
  });
});

describe('miljøoplysningslovens § 2, stk. 3-6', () => {
  it.each(table)('%s: weighing exactly for the grounds in § 2, stk. 3', (id, g) => {
    const expected = inWeighingList(own(g))
      ? id === 'offl1985-2-1-1'
        ? 'unless-police'
        : 'required'
      : undefined;
    // § 10, nr. 5 is in the list but blocked for environmental information.
    expect(g.weighing).toBe(id === 'offl1985-10-5' ? undefined : expected);
  });

  it('§ 2, stk. 5 (emissions) and stk. 6 (directive) restrictions as the act lists them', () => {
    const withRestriction = (r: 'emissions' | 'directive') =>
      MOL_GROUNDS.filter((g) => g.restrictions?.includes(r)).map((g) => g.id);
    expect(withRestriction('emissions')).toEqual([
      'offl1985-10-1',
      'offl1985-10-2',
      'offl1985-10-3',
      'offl1985-10-4',
      'offl1985-12-1-1',
      'offl1985-12-1-2',
      'offl1985-13-1-6',
      'fvl-12-1-1',
      'fvl-12-1-2',
      'fvl-12-1-3',
    ]);
    expect(withRestriction('directive')).toEqual([
      'offl1985-13-1-4',
      'offl1985-13-1-5',
      'offl1985-13-1-6',
      'fvl-15-1-4',
      'fvl-15-1-5',
    ]);
  });

  it('§ 10, nr. 5 is blocked for environmental information, and says why (§ 2, stk. 4; § 4 c)', () => {
    const g = MOL_GROUNDS.find((x) => x.id === 'offl1985-10-5') as Ground;
    const reason = blockedReason(g, 'mol');
    expect(reason).toContain('miljøoplysningslovens § 2, stk. 4');
    expect(reason).toContain('§ 4 c');
    expect(g.blocked?.refs).toEqual([
      { statute: 'mol', section: '2', subsection: 4 },
      { statute: 'mol', section: '4 c' },
    ]);
    expect(MOL_GROUNDS.filter((x) => x.blocked).map((x) => x.id)).toEqual(['offl1985-10-5']);
  });
});

describe('templates and guidance', () => {
  it.each(table)('%s: the template cites its reference and every placeholder is a field', (_, g) => {
    expect(g.template).toContain(`jf. ${formatRef(own(g))}`);
    const placeholders = [...g.template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
    expect(new Set(placeholders)).toEqual(new Set(g.fields.map((f) => f.name)));
    expect(g.fields.every((f) => f.required)).toBe(true);
  });

  it.each(table)(
    '%s: guidance names the 2013 counterpart or the current act for orientation only',
    (_, g) => {
      expect(g.guidance).toMatch(/kun til orientering|gældende forvaltningslov: § \d+/);
    },
  );

  it.each(table)('%s: guidance never quotes the 2013 act', (_, g) => {
    // No item or stk. of the 2013 offentlighedslov's §§ 19-35 occurs whole in the guidance. (Shorter runs of
    // words are shared with the 1985 act and are no quotation of the 2013 act.)
    const offl = getStatute('offl');
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[,.]$/, '');
    const guidance = norm(g.guidance);
    for (const section of offl.sections.filter((s) => Number.parseInt(s.id, 10) >= 19)) {
      for (const stk of section.subsections) {
        const v = stk.versions[stk.versions.length - 1];
        const parts = [v?.intro ?? '', ...(v?.items ?? []).map((i) => i.text)].filter((p) => p.length > 30);
        for (const part of parts)
          expect(guidance.includes(norm(part)), `§ ${section.id}: ${part}`).toBe(false);
      }
    }
  });

  it('guidance says where the 1985 text is missing or only an extract', () => {
    const byId = (id: string) => MOL_GROUNDS.find((g) => g.id === id)?.guidance ?? '';
    expect(byId('offl1985-2-1-1')).toMatch(/ikke med i lovdata/);
    expect(byId('offl1985-13-1-3')).toMatch(/ikke med i lovdata/);
    expect(byId('offl1985-13-1-1')).toMatch(/uddrag/);
    expect(byId('offl1985-12-1-2')).toMatch(/afkortet/);
    expect(byId('offl1985-7-3')).toMatch(/afkortet/);
    expect(byId('offl1985-12-1-2')).toContain('§ 30, nr. 2');
  });
});

describe('the MOL bases and the test of § 3', () => {
  it('both MOL bases rest on miljøoplysningslovens § 2, stk. 1 and belong to the MOL regime', () => {
    expect(BASIS_REFS.mol).toEqual([{ statute: 'mol', section: '2', subsection: 1 }]);
    expect(BASIS_REFS['mol-party']).toEqual([{ statute: 'mol', section: '2', subsection: 1 }]);
    expect([
      BASIS_REGIME.mol,
      BASIS_REGIME['mol-party'],
      BASIS_REGIME['offl-7'],
      BASIS_REGIME['fvl-9'],
    ]).toEqual(['mol', 'mol', 'offl', 'fvl']);
  });

  it('the six categories are § 3, nr. 1-6, each held in the data', () => {
    expect(MOL_CATEGORIES.map((c) => c.item)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const c of MOL_CATEGORIES)
      expect(resolve({ statute: 'mol', section: '3', item: c.item }).kind, `nr. ${c.item}`).toBe('found');
  });
});
