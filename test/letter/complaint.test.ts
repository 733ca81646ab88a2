import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRef, parseCitations } from '../../src/law/citations';
import type { LegalRef } from '../../src/law/types';
import {
  COMPLAINT_WARNINGS as W,
  complaintRoute,
  composeComplaintGuidance,
  type ComplaintGuidance,
  type ComplaintRoute,
} from '../../src/letter/complaint';
import { paragraphsText } from '../../src/letter/fill';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile, CaseArea, Decision } from '../../src/letter/types';

const ref = (statute: 'offl' | 'fvl', section: string, subsection: number): LegalRef => ({
  statute,
  section,
  subsection,
});
const OFFL_37_1 = ref('offl', '37', 1);
const OFFL_37_2 = ref('offl', '37', 2);
const OFFL_38_1 = ref('offl', '38', 1);
const OFFL_39_1 = ref('offl', '39', 1);
const OFFL_39_2 = ref('offl', '39', 2);
const FVL_16_4 = ref('fvl', '16', 4);

const US =
  'Klagen skal sendes til os: Juridisk Sekretariat, Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby.';
const FORWARD_7 = 'snarest og som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget';
const OMBUDSMAN = 'Folketingets Ombudsmand';

function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    kind: 'decision',
    basis: 'offl-7',
    outcome: 'refusal',
    request: { receivedDate: '2025-03-03', subject: 'sagen om renovering af Skolevej' },
    grounds: [{ groundId: 'offl-30-1', values: {} }],
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-10',
    ...overrides,
  };
}

function profile(overrides: Partial<AuthorityProfile> = {}): AuthorityProfile {
  return { ...EXAMPLE_PROFILE, ...overrides };
}

const withArea = (area: CaseArea, overrides: Partial<AuthorityProfile> = {}): AuthorityProfile =>
  profile({ caseAreas: [area], ...overrides });

const MINISTRY = profile({
  name: 'Eksempelministeriet',
  unit: 'Departementet',
  kind: 'state',
  address: ['Slotsholmsgade 1', '9999 Eksempelby'],
  caseAreas: [{ id: 'lovgivning', name: 'Lovgivning', supervisionRoute: false }],
});
const REGION = profile({ name: 'Region Eksempel', kind: 'region' });
const FAELLESSKAB = profile({ name: 'Eksempel Affald I/S', unit: undefined, kind: 'other' });
const SOCIAL_WITH_DEADLINE = withArea({
  id: 'sociale-sager',
  name: 'Sociale sager',
  appealBody: 'Ankestyrelsen',
  supervisionRoute: false,
  partyAppealBody: 'Ankestyrelsen',
  complaintDeadline: '4 uger fra den dag, du modtog afgørelsen',
});

const text = (g: ComplaintGuidance | undefined): string => (g ? paragraphsText(g.paragraphs) : '');
const sentences = (t: string): string[] =>
  t
    .split('\n')
    .flatMap((p) => p.split(/(?<=\.)\s+(?=[A-ZÆØÅ])/))
    .filter(Boolean);

interface RouteCase {
  label: string;
  decision: Decision;
  profile: AuthorityProfile;
  route: ComplaintRoute;
  /** Key sentences (or parts of them) the guidance must hold. */
  says: string[];
  /** Words the guidance must not hold. */
  never?: string[];
  refs: LegalRef[];
  warnings?: string[];
}

const CASES: RouteCase[] = [
  {
    label: 'OFL § 7, social case: Ankestyrelsen as appeal body, through us',
    decision: decision(),
    profile: EXAMPLE_PROFILE,
    route: 'appeal-body',
    says: [
      'Du kan klage over afgørelsen til Ankestyrelsen, jf. offentlighedslovens § 37, stk. 1.',
      US,
      'Du kan også sende klagen som svar på dette brev.',
      `Hvis vi fastholder afgørelsen, sender vi ${FORWARD_7} klagen, sagen og dens dokumenter videre til Ankestyrelsen, jf. offentlighedslovens § 37, stk. 2.`,
    ],
    never: ['tilsynsmyndighed', OMBUDSMAN],
    refs: [OFFL_37_1, OFFL_37_2],
  },
  {
    label: 'OFL § 8, partial grant in a building case: Byggeklageenheden',
    decision: decision({ basis: 'offl-8', outcome: 'partial', caseAreaId: 'byggesager' }),
    profile: EXAMPLE_PROFILE,
    route: 'appeal-body',
    says: [
      'Du kan klage over afgørelsen til Byggeklageenheden, jf. offentlighedslovens § 37, stk. 1.',
      US,
      'videre til Byggeklageenheden',
    ],
    never: ['Ankestyrelsen'],
    refs: [OFFL_37_1, OFFL_37_2],
  },
  {
    label: 'OFL, dismissal in a planning case: Planklagenævnet',
    decision: decision({ outcome: 'dismissal', caseAreaId: 'plansager' }),
    profile: EXAMPLE_PROFILE,
    route: 'appeal-body',
    says: ['Du kan klage over afgørelsen til Planklagenævnet, jf. offentlighedslovens § 37, stk. 1.'],
    refs: [OFFL_37_1, OFFL_37_2],
  },
  {
    label: 'kommune, staff case: § 38 via Ankestyrelsen as supervisory authority',
    decision: decision({ caseAreaId: 'personalesager' }),
    profile: EXAMPLE_PROFILE,
    route: 'supervision',
    says: [
      'Der er ikke nogen administrativ klageinstans for den sag, din anmodning vedrører.',
      'Du kan i stedet indbringe sagen for Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed, jf. offentlighedslovens § 38, stk. 1.',
      'Din henvendelse om at indbringe sagen for tilsynsmyndigheden skal sendes til os: Juridisk Sekretariat, Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby.',
      `${FORWARD_7} din henvendelse, sagen og dens dokumenter videre til tilsynsmyndigheden, jf. offentlighedslovens § 37, stk. 2.`,
    ],
    never: [OMBUDSMAN],
    refs: [OFFL_38_1, OFFL_37_2],
  },
  {
    label: 'region: the same § 38 route',
    decision: decision({ caseAreaId: 'oekonomi-administration' }),
    profile: REGION,
    route: 'supervision',
    says: [
      'Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed',
      'Juridisk Sekretariat, Region Eksempel',
    ],
    refs: [OFFL_38_1, OFFL_37_2],
  },
  {
    label: 'kommunalt fællesskab (kind other): the § 38 route, no unit',
    decision: decision({ caseAreaId: 'personalesager' }),
    profile: FAELLESSKAB,
    route: 'supervision',
    says: ['skal sendes til os: Eksempel Affald I/S, Rådhuspladsen 1, 9999 Eksempelby.'],
    refs: [OFFL_38_1, OFFL_37_2],
  },
  {
    label: 'a ministry’s department: no administrative appeal, the Ombudsman',
    decision: decision({ caseAreaId: 'lovgivning' }),
    profile: MINISTRY,
    route: 'none',
    says: [
      'Du kan ikke klage over afgørelsen til en anden forvaltningsmyndighed.',
      'Du kan klage over afgørelsen til Folketingets Ombudsmand.',
    ],
    never: ['Ankestyrelsen', 'tilsynsmyndighed', 'sendes til os', 'arbejdsdage', 'måneder'],
    refs: [],
  },
  {
    label: 'a party (FVL § 9): the appeal body of the case, separately, no deadline',
    decision: decision({ basis: 'fvl-9', grounds: [{ groundId: 'fvl-12-1', values: {} }] }),
    profile: EXAMPLE_PROFILE,
    route: 'party-appeal',
    says: [
      'Du kan klage særskilt over afgørelsen om aktindsigt til Ankestyrelsen, jf. forvaltningslovens § 16, stk. 4.',
      'Klagen sendes til Ankestyrelsen.',
    ],
    never: ['sendes til os', 'arbejdsdage', 'tilsynsmyndighed'],
    refs: [FVL_16_4],
  },
  {
    label: 'a party, with the case area’s complaint deadline',
    decision: decision({ basis: 'fvl-9', outcome: 'partial' }),
    profile: SOCIAL_WITH_DEADLINE,
    route: 'party-appeal',
    says: ['Klagen sendes til Ankestyrelsen. Klagefristen er 4 uger fra den dag, du modtog afgørelsen.'],
    refs: [FVL_16_4],
  },
  {
    label: 'a party in a case area without an appeal body for parties',
    decision: decision({ basis: 'fvl-9', caseAreaId: 'byggesager' }),
    profile: EXAMPLE_PROFILE,
    route: 'party-none',
    says: [
      'Du kan ikke klage over afgørelsen om aktindsigt til en anden forvaltningsmyndighed.',
      'Du kan klage over afgørelsen om aktindsigt til Folketingets Ombudsmand.',
    ],
    never: ['Byggeklageenheden', 'sendes til os'],
    refs: [],
  },
  {
    label: 'no case area, kommune: § 38 by the authority’s kind, with a warning',
    decision: decision({ caseAreaId: undefined }),
    profile: EXAMPLE_PROFILE,
    route: 'supervision',
    says: ['Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed'],
    refs: [OFFL_38_1, OFFL_37_2],
    warnings: [W.chooseCaseArea],
  },
  {
    label: 'no case area, state: no appeal, with a warning',
    decision: decision({ caseAreaId: undefined }),
    profile: MINISTRY,
    route: 'none',
    says: ['Du kan klage over afgørelsen til Folketingets Ombudsmand.'],
    refs: [],
    warnings: [W.chooseCaseArea],
  },
  {
    label: 'an unknown case area: the fallback, with both warnings',
    decision: decision({ caseAreaId: 'skolesager' }),
    profile: REGION,
    route: 'supervision',
    says: ['tilsynsmyndighed'],
    refs: [OFFL_38_1, OFFL_37_2],
    warnings: [W.unknownCaseArea('skolesager'), W.chooseCaseArea],
  },
  {
    label: 'no case area, a party: no appeal body known, with a warning',
    decision: decision({ basis: 'fvl-9', caseAreaId: undefined }),
    profile: EXAMPLE_PROFILE,
    route: 'party-none',
    says: ['Folketingets Ombudsmand'],
    refs: [],
    warnings: [W.chooseCaseArea],
  },
  {
    label: 'an unvalidated profile with both routes: the appeal body wins, with a warning',
    decision: decision({ caseAreaId: 'x' }),
    profile: withArea({ id: 'x', name: 'Skolesager', appealBody: 'Ankestyrelsen', supervisionRoute: true }),
    route: 'appeal-body',
    says: ['Du kan klage over afgørelsen til Ankestyrelsen, jf. offentlighedslovens § 37, stk. 1.'],
    never: ['tilsynsmyndighed'],
    refs: [OFFL_37_1, OFFL_37_2],
    warnings: [W.bothRoutes('Skolesager')],
  },
  {
    label: 'an unvalidated profile giving a state authority the § 38 route: no appeal, with a warning',
    decision: decision({ caseAreaId: 'x' }),
    profile: withArea({ id: 'x', name: 'Tilskud', supervisionRoute: true }, { kind: 'state' }),
    route: 'none',
    says: ['Du kan ikke klage over afgørelsen til en anden forvaltningsmyndighed.'],
    never: ['tilsynsmyndighed'],
    refs: [],
    warnings: [W.supervisionForState('Tilskud')],
  },
  {
    label: 'a kommune’s case area with neither route: § 38 all the same, with a warning',
    decision: decision({ caseAreaId: 'x' }),
    profile: withArea({ id: 'x', name: 'Skolesager', supervisionRoute: false }),
    route: 'supervision',
    says: ['Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed'],
    refs: [OFFL_38_1, OFFL_37_2],
    warnings: [W.noRoute('Skolesager')],
  },
  {
    label: '§ 36 notice: the § 39 complaint about processing time, through us',
    decision: decision({ kind: 'delay-notice', grounds: [] }),
    profile: EXAMPLE_PROFILE,
    route: 'appeal-body',
    says: [
      'Hvis vi ikke har færdigbehandlet din anmodning inden 14 arbejdsdage efter, at vi modtog den, kan du klage over sagsbehandlingstiden til Ankestyrelsen, jf. offentlighedslovens § 39, stk. 1.',
      US,
      'Hvis vi ikke har færdigbehandlet din anmodning senest 7 arbejdsdage efter, at vi har modtaget klagen, sender vi klagen videre til Ankestyrelsen med en begrundelse for sagsbehandlingstiden, jf. offentlighedslovens § 39, stk. 2.',
    ],
    never: ['§ 37', 'fastholder'],
    refs: [OFFL_39_1, OFFL_39_2],
  },
  {
    label: '§ 36 notice with no appeal body: no § 39 complaint, the Ombudsman',
    decision: decision({ kind: 'delay-notice', grounds: [], caseAreaId: 'personalesager' }),
    profile: EXAMPLE_PROFILE,
    route: 'supervision',
    says: [
      'Der er ikke nogen administrativ klageinstans for den sag, din anmodning vedrører, og du kan derfor ikke klage over sagsbehandlingstiden til en anden forvaltningsmyndighed, jf. offentlighedslovens § 39, stk. 1.',
      'Du kan klage over sagsbehandlingstiden til Folketingets Ombudsmand.',
    ],
    never: ['Ankestyrelsen', '14 arbejdsdage'],
    refs: [OFFL_39_1],
  },
];

describe('composeComplaintGuidance: each route', () => {
  it.each(CASES.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    expect(complaintRoute(c.decision, c.profile)).toBe(c.route);
    const guidance = composeComplaintGuidance(c.decision, c.profile);
    expect(guidance).toBeDefined();
    const t = text(guidance);
    for (const s of c.says) expect(t).toContain(s);
    for (const s of c.never ?? []) expect(t).not.toContain(s);
    expect(guidance?.refs).toEqual(c.refs);
    expect(guidance?.warnings).toEqual(c.warnings ?? []);
  });
});

describe('composeComplaintGuidance: what holds for every route', () => {
  const all = CASES.map((c) => [c.label, c, composeComplaintGuidance(c.decision, c.profile)] as const);

  it.each(all)('%s: a "Klagevejledning" heading first, then plain paragraphs', (_label, _c, guidance) => {
    expect(guidance?.paragraphs[0]).toEqual({ runs: [{ text: 'Klagevejledning' }], heading: 2 });
    for (const p of guidance?.paragraphs.slice(1) ?? []) {
      expect(p.heading).toBeUndefined();
      expect(p.quote).toBeUndefined();
    }
  });

  it.each(all)('%s: the text cites exactly `refs`, in canonical form', (_label, _c, guidance) => {
    const found = parseCitations(text(guidance));
    const unique = found.filter(
      (f, i) => found.findIndex((g) => formatRef(g.ref) === formatRef(f.ref)) === i,
    );
    expect(unique.map((f) => f.ref)).toEqual(guidance?.refs);
    for (const f of found) {
      expect(f.statuteAssumed).toBe(false);
      expect(f.text).toBe(formatRef(f.ref));
    }
  });

  it.each(all)('%s: no deadline unless the case area gives one', (_label, c, guidance) => {
    const deadline =
      c.route === 'party-appeal'
        ? c.profile.caseAreas.find((a) => a.id === c.decision.caseAreaId)?.complaintDeadline
        : undefined;
    const t = text(guidance);
    expect(/frist/i.test(t)).toBe(deadline !== undefined);
    // Time limits that bind us, not the requester, are allowed where the law sets them: § 37, stk. 2 and § 39.
    const timed = /\d+\s+(?:arbejds)?(?:dage|dag|uger|uge|måneder|måned|år)\b|frist/i;
    for (const sentence of sentences(t).filter((s) => timed.test(s))) {
      const ours = /offentlighedslovens § (?:37, stk\. 2|39, stk\. [12])\.$/.test(sentence);
      const given = deadline !== undefined && sentence === `Klagefristen er ${deadline}.`;
      expect(ours || given, sentence).toBe(true);
    }
  });

  it.each(all)(
    '%s: Ankestyrelsen as supervisory authority only where the text says so',
    (_label, c, guidance) => {
      if (c.route !== 'supervision' || c.decision.kind !== 'decision') return;
      const named = sentences(text(guidance)).filter((s) => s.includes('Ankestyrelsen'));
      expect(named).toHaveLength(1);
      expect(named[0]).toContain('som er den kommunale og regionale tilsynsmyndighed');
    },
  );

  it.each(all)('%s: no quotation marks (the law is described, not quoted)', (_label, _c, guidance) => {
    expect(text(guidance)).not.toMatch(/["“”„«»]/);
  });
});

describe('composeComplaintGuidance: letters without complaint guidance', () => {
  it.each<[string, Decision]>([
    ['a full grant (OFL)', decision({ outcome: 'grant', grounds: [] })],
    [
      'a full grant to a party (FVL § 25, stk. 1, 2. pkt.)',
      decision({ basis: 'fvl-9', outcome: 'grant', grounds: [] }),
    ],
    ['a full grant, § 38 area', decision({ outcome: 'grant', grounds: [], caseAreaId: 'personalesager' })],
    [
      'a request to identify the documents',
      decision({ kind: 'identification-request', grounds: [{ groundId: 'offl-9-1', values: {} }] }),
    ],
    [
      'a party’s delay notice (FVL § 16, stk. 2 gives no complaint)',
      decision({ kind: 'delay-notice', basis: 'fvl-9', grounds: [] }),
    ],
  ])('%s', (_label, d) => {
    expect(composeComplaintGuidance(d, EXAMPLE_PROFILE)).toBeUndefined();
  });

  it('a delay notice gives the § 39 guidance whatever outcome the pane holds', () => {
    const guidance = composeComplaintGuidance(
      decision({ kind: 'delay-notice', outcome: 'grant', grounds: [] }),
      EXAMPLE_PROFILE,
    );
    expect(guidance?.refs).toEqual([OFFL_39_1, OFFL_39_2]);
  });

  it('refusal, partial grant and dismissal give the same route', () => {
    const texts = (['refusal', 'partial', 'dismissal'] as const).map((outcome) =>
      text(composeComplaintGuidance(decision({ outcome }), EXAMPLE_PROFILE)),
    );
    expect(new Set(texts).size).toBe(1);
  });
});

describe('the seed letter’s route (Københavns Kommune, 2025)', () => {
  const seed = readFileSync(join(import.meta.dirname, '../fixtures/seeds/000_d5b51ebb6e20dbe0.txt'), 'utf8');
  // The seed is PDF text: line-end hyphenation joined again, whitespace collapsed.
  const seedGuidance = seed
    .slice(seed.indexOf('Klagevejledning'), seed.indexOf('Venlig hilsen'))
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ');
  const copenhagen: AuthorityProfile = {
    name: 'Københavns Kommune',
    unit: 'Socialpolitik og Udvikling, Socialforvaltningen',
    kind: 'municipality',
    address: ['Bernstorffsgade 17', '1592 København V'],
    signature: ['Venlig hilsen', 'Jurist'],
    extraNonWorkingDays: [],
    caseAreas: [{ id: 'sikkerhed', name: 'Sikkerhedskonsulentordningen', supervisionRoute: true }],
  };
  const d = decision({
    outcome: 'partial',
    caseAreaId: 'sikkerhed',
    grounds: [{ groundId: 'offl-30-1', values: {} }],
  });
  const guidance = composeComplaintGuidance(d, copenhagen);
  const t = text(guidance);

  it('goes to Ankestyrelsen as supervisory authority, as the seed does', () => {
    expect(complaintRoute(d, copenhagen)).toBe('supervision');
    expect(seedGuidance).toContain('Ankestyrelsen, som fører tilsyn med, at kommunerne overholder');
    expect(t).toContain(
      'Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed, jf. offentlighedslovens § 38, stk. 1.',
    );
  });

  it('is sent to the same unit, which forwards it within 7 working days if it upholds the decision', () => {
    expect(seedGuidance).toContain('indgives til Socialpolitik og Udvikling, Socialforvaltningen');
    expect(t).toContain(
      'skal sendes til os: Socialpolitik og Udvikling, Socialforvaltningen, Københavns Kommune, Bernstorffsgade 17, 1592 København V.',
    );
    expect(seedGuidance).toContain(
      'snarest og som udgangspunkt senest 7 arbejdsdage efter modtagelsen af klagen videresende sagen',
    );
    expect(t).toContain(FORWARD_7);
  });

  it('cites what the seed quotes in its appendix: §§ 37 and 38', () => {
    expect(guidance?.refs).toEqual([OFFL_38_1, OFFL_37_2]);
    const appendix = seed.slice(seed.indexOf(' Uddrag af relevante regler'));
    expect(appendix).toContain('§ 37. Afgørelser om aktindsigt');
    expect(appendix).toContain('§ 38. En afgørelse om afslag');
  });
});
