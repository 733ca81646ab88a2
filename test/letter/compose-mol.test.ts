/**
 * Composition under miljøoplysningsloven: a refusal for every MOL ground (weighing, restriction notes, the
 * legal basis against the raw statute files, each missing text named), the complaint route for a kommune, a
 * state body and a utility, the MOL blocks (under preparation, form, deadlines, delay notice, second track,
 * meroffentlighed, supplied texts), and property tests over random decisions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUNDS } from '../../src/grounds/catalogue';
import { MOL_GROUNDS } from '../../src/grounds/catalogue-mol';
import type { Ground } from '../../src/grounds/types';
import { formatRef } from '../../src/law/citations';
import { resolve } from '../../src/law/resolve';
import { composePlan } from '../../src/letter/compose';
import { EMISSIONS_LABEL, MOL_WARNINGS } from '../../src/letter/compose-mol';
import { paragraphsText } from '../../src/letter/fill';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile, Block, Decision, InsertionPlan } from '../../src/letter/types';

const rawDir = join(import.meta.dirname, '../../src/law/raw');

/** The law text lines under "## <heading>" of a raw file, read without the importer. */
function rawLines(file: string, heading: string): string[] {
  const lines = readFileSync(join(rawDir, file), 'utf8').split('\n');
  const start = lines.indexOf(`## ${heading}`);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#') || line.startsWith('*') || line === '---') break;
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

const KOMMUNE: AuthorityProfile = {
  ...EXAMPLE_PROFILE,
  caseAreas: [
    ...EXAMPLE_PROFILE.caseAreas,
    {
      id: 'miljoe',
      name: 'Miljøgodkendelser og tilsyn',
      supervisionRoute: false,
      molAppealBody: 'Miljø- og Fødevareklagenævnet',
    },
  ],
};
const STATE: AuthorityProfile = {
  name: 'Eksempelstyrelsen',
  kind: 'state',
  address: ['Eksempelvej 1', '9999 Eksempelby'],
  signature: ['Med venlig hilsen', 'Eva Eksempel'],
  extraNonWorkingDays: [],
  caseAreas: [
    {
      id: 'miljoe',
      name: 'Miljøtilsyn',
      supervisionRoute: false,
      molAppealBody: 'Miljø- og Fødevareklagenævnet',
      molComplaintDeadline: '4 uger',
    },
  ],
};
const UTILITY: AuthorityProfile = {
  name: 'Eksempel Forsyning A/S',
  kind: 'other',
  address: ['Værksvej 2', '9999 Eksempelby'],
  signature: ['Venlig hilsen', 'Kundeservice'],
  extraNonWorkingDays: [],
  caseAreas: [{ id: 'spildevand', name: 'Spildevand', supervisionRoute: false }],
  mol: { utility: true },
};

function decision(grounds: Ground[], extra: Partial<Decision> = {}): Decision {
  const party = grounds.some((g) => g.bases.includes('mol-party'));
  return {
    kind: 'decision',
    basis: party ? 'fvl-9' : 'offl-7',
    regime: 'mol',
    outcome: 'refusal',
    request: {
      subject: 'tilsynet med Vejle Renseanlæg',
      receivedDate: '2026-02-02',
      requester: 'Anna Andersen',
    },
    grounds: grounds.map((g) => ({ groundId: g.id, values: {} })),
    letterDate: '2026-02-20',
    caseAreaId: 'miljoe',
    ...extra,
  };
}

const text = (block: Block | undefined): string => (block ? paragraphsText(block.paragraphs) : '');
const blockOf = (plan: InsertionPlan, id: string) => plan.blocks.find((b) => b.id === id);
const allText = (plan: InsertionPlan) => plan.blocks.map(text).join('\n');

/** The quoted lines of the legal basis under a heading (up to the next heading). */
function groupLines(plan: InsertionPlan, headingStart: string): string[] {
  const paragraphs = blockOf(plan, 'legal-basis')?.paragraphs ?? [];
  const start = paragraphs.findIndex((p) => p.runs[0]?.text.startsWith(headingStart));
  if (start < 0) return [];
  const out: string[] = [];
  for (const p of paragraphs.slice(start + 1)) {
    if (p.runs[0]?.bold && !p.quote && !p.runs[0].text.startsWith('[')) break;
    out.push(p.runs.map((r) => r.text).join(''));
  }
  return out;
}

const HEADING_1985 = 'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572';
const HEADING_FVL2012 = 'Uddrag af forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012';

describe('a refusal for every MOL ground', () => {
  const usable = MOL_GROUNDS.filter((g) => !g.blocked);

  it.each(usable.map((g) => [g.id, g] as const))('%s', (id, ground) => {
    const plan = composePlan(decision([ground]), KOMMUNE);
    const ref = ground.refs[0];
    if (!ref) throw new Error('no ref');

    // The weighing block, exactly for the grounds in MOL § 2, stk. 3's list.
    expect(Boolean(blockOf(plan, `weighing:${id}`)), 'weighing').toBe(Boolean(ground.weighing));
    if (ground.weighing) {
      expect(text(blockOf(plan, `weighing:${id}`))).toContain('jf. miljøoplysningslovens § 2, stk. 3');
      for (const field of ['for_udlevering', 'imod_udlevering', 'afvejning'])
        expect(
          plan.missing.some((m) => m.blockId === `weighing:${id}` && m.field === field),
          field,
        ).toBe(true);
    }

    // Restriction notes: the emissions question (§ 2, stk. 5) and the article 4(2) reasoning (§ 2, stk. 6).
    expect(Boolean(blockOf(plan, 'emissions')), 'emissions').toBe(
      Boolean(ground.restrictions?.includes('emissions')),
    );
    expect(Boolean(blockOf(plan, 'directive')), 'directive').toBe(
      Boolean(ground.restrictions?.includes('directive')),
    );
    if (ground.restrictions?.includes('emissions')) {
      expect(text(blockOf(plan, 'emissions'))).toContain(`[${EMISSIONS_LABEL}]`);
      expect(plan.missing.some((m) => m.field === 'emissions')).toBe(true);
    }
    if (ground.restrictions?.includes('directive')) {
      expect(text(blockOf(plan, 'directive'))).toContain(
        'artikel 4, stk. 2, i Europa-Parlamentets og Rådets direktiv 2003/4/EF',
      );
      expect(text(blockOf(plan, 'directive')).toLowerCase()).toContain(formatRef(ref));
    }

    // The legal basis: the exact texts held, each missing one named.
    const basis = text(blockOf(plan, 'legal-basis'));
    expect(basis).toContain('Uddrag af miljøoplysningsloven (lovbekendtgørelse nr. 980 af 16. august 2017)');
    if (ref.statute === 'fvl') {
      const lines = groupLines(plan, HEADING_FVL2012);
      const expected = rawLines('forvaltningsloven-2012.md', `§ ${ref.section}`);
      expected[0] = `§ ${ref.section}. ${expected[0]}`;
      expect(lines.slice(0, expected.length)).toEqual(expected);
      expect(basis).not.toContain('lovbekendtgørelse nr. 433 af 22. april 2014');
      return;
    }
    const lines = groupLines(plan, HEADING_1985);
    const raw = rawLines('offentlighedsloven-1985.md', `§ ${ref.section}`);
    if (ref.section === '10') {
      const expected = [`§ 10. ${raw[0]}`, ...raw.slice(1)];
      expect(lines).toEqual(expected);
    } else if (
      (ref.section === '7' && ref.item !== 3) ||
      (ref.section === '13' && [1, 2, 5].includes(ref.item ?? 0))
    ) {
      // A secondary text: the opening words and the nr. relied on, as the raw file has them, then the note.
      expect(lines[0]).toBe(`§ ${ref.section}. ${raw[0]}`);
      expect(lines[1]).toBe(raw.find((l) => l.startsWith(`${ref.item}) `)));
      expect(lines[2]).toMatch(/^\(Uddrag\. Ikke gengivet/);
      expect(lines).toHaveLength(3);
    } else {
      // Not held (or cut off in the source): named, never filled.
      expect(lines).toEqual([
        `[Ordlyden af ${formatRef(ref)}${ref.subsection !== undefined || ref.item !== undefined || ref.sentence !== undefined ? ',' : ''} er ikke med i lovdata: indsæt den fra lov nr. 572 af 19. december 1985 med senere ændringer]`,
      ]);
      expect(plan.missing.some((m) => m.blockId === 'legal-basis')).toBe(true);
      expect(basis).not.toContain('[...]');
    }
  });

  it('§ 10, nr. 5 is never composed for environmental information', () => {
    const g = MOL_GROUNDS.find((x) => x.id === 'offl1985-10-5') as Ground;
    const plan = composePlan(decision([g]), KOMMUNE);
    expect(blockOf(plan, 'reasoning:offl1985-10-5')).toBeUndefined();
    expect(
      plan.warnings.some((w) => w.includes('miljøoplysningslovens § 2, stk. 4') && w.includes('§ 4 c')),
    ).toBe(true);
  });

  it('a 2013 ground is not composed under MOL (outside a second track)', () => {
    const g = GROUNDS.find((x) => x.id === 'offl-24-1-1') as Ground;
    const plan = composePlan(decision([g]), KOMMUNE);
    expect(blockOf(plan, 'reasoning:offl-24-1-1')).toBeUndefined();
    expect(plan.warnings).toContain(MOL_WARNINGS.notMolGround(g.label));
    expect(allText(plan)).not.toMatch(/offentlighedslovens § 24/);
  });

  it('criminal cases handled by the police or the prosecution need no weighing (§ 2, stk. 3, 3. pkt.)', () => {
    const g = MOL_GROUNDS.find((x) => x.id === 'offl1985-2-1-1') as Ground;
    const police = composePlan(
      { ...decision([g]), grounds: [{ groundId: g.id, values: {}, policeOrProsecution: true }] },
      KOMMUNE,
    );
    expect(blockOf(police, 'weighing:offl1985-2-1-1')).toBeUndefined();
    expect(text(blockOf(police, 'reasoning:offl1985-2-1-1'))).toContain(
      'jf. miljøoplysningslovens § 2, stk. 3, 3. pkt.',
    );
    expect(blockOf(composePlan(decision([g]), KOMMUNE), 'weighing:offl1985-2-1-1')).toBeDefined();
  });
});

describe('the complaint route under MOL', () => {
  const g = MOL_GROUNDS.find((x) => x.id === 'offl1985-10-1') as Ground;
  const guidance = (profile: AuthorityProfile, extra: Partial<Decision> = {}) =>
    text(blockOf(composePlan(decision([g], extra), profile), 'complaint-guidance'));
  const NOT_2013 = /7 arbejdsdage|§ 37|§ 38|gebyr|Ankestyrelsen|tilsynsmyndighed/;

  it('a kommune: the case area’s appeal body (§ 4, stk. 6), lodged in writing with us, 3 weeks (§ 4 b, stk. 1)', () => {
    const t = guidance(KOMMUNE);
    expect(t).toContain(
      'Du kan klage over afgørelsen til Miljø- og Fødevareklagenævnet, jf. miljøoplysningslovens § 4, stk. 6.',
    );
    expect(t).toContain('Klagen skal indgives skriftligt til os: Juridisk Sekretariat, Eksempel Kommune');
    expect(t).toContain(
      'ikke senere end 3 uger efter, at vi har modtaget den, jf. miljøoplysningslovens § 4 b, stk. 1.',
    );
    expect(t).not.toMatch(NOT_2013);
    expect(t).not.toMatch(/[Kk]lagefrist/);
  });

  it('a state body: its appeal body, and a time limit only because the profile gives one', () => {
    const t = guidance(STATE);
    expect(t).toContain('Miljø- og Fødevareklagenævnet, jf. miljøoplysningslovens § 4, stk. 6.');
    expect(t).toContain('Klagen skal indgives skriftligt til os: Eksempelstyrelsen');
    expect(t).toContain('Klagefristen er 4 uger.');
    expect(t).not.toMatch(NOT_2013);
  });

  it('a utility: Miljø- og Fødevareklagenævnet (§ 4 a), whatever the case area', () => {
    const t = guidance(UTILITY, { caseAreaId: 'spildevand' });
    expect(t).toContain(
      'Du kan klage over afgørelsen til Miljø- og Fødevareklagenævnet, jf. miljøoplysningslovens § 4 a.',
    );
    expect(t).toContain('Klagen skal indgives skriftligt til os: Eksempel Forsyning A/S');
    expect(t).not.toMatch(NOT_2013);
    expect(guidance({ ...UTILITY, mol: { organ: true } }, { caseAreaId: 'spildevand' })).toContain('§ 4 a');
  });

  it('no MOL appeal body in the profile: a required field stays and is reported', () => {
    const plan = composePlan(decision([g], { caseAreaId: 'byggesager' }), KOMMUNE);
    expect(text(blockOf(plan, 'complaint-guidance'))).toContain(
      '[Klageinstansen efter miljøoplysningslovens § 4, stk. 6]',
    );
    expect(plan.missing.some((m) => m.field === 'klageinstans_mol')).toBe(true);
    expect(plan.warnings.some((w) => w.includes('Byggesager'))).toBe(true);
  });

  it('the profile’s own text where the case has no appeal body, and its own sentence on how to complain', () => {
    const profile: AuthorityProfile = {
      ...KOMMUNE,
      mol: { howToComplain: 'Du kan klage skriftligt til kommunen på aktindsigt@eksempel.dk.' },
      caseAreas: [
        ...KOMMUNE.caseAreas,
        {
          id: 'vej',
          name: 'Vejsager',
          supervisionRoute: false,
          molNoAppealBody: 'Der er ingen klageinstans for sagen.',
        },
      ],
    };
    expect(guidance(profile, { caseAreaId: 'vej' })).toBe(
      'Klagevejledning\nDer er ingen klageinstans for sagen.',
    );
    expect(guidance(profile)).toContain('Du kan klage skriftligt til kommunen på aktindsigt@eksempel.dk.');
  });

  it('a full grant and a notice of delay carry no complaint guidance', () => {
    expect(
      blockOf(composePlan(decision([], { outcome: 'grant' }), KOMMUNE), 'complaint-guidance'),
    ).toBeUndefined();
    expect(
      blockOf(composePlan(decision([], { kind: 'delay-notice' }), KOMMUNE), 'complaint-guidance'),
    ).toBeUndefined();
  });
});

describe('the MOL blocks', () => {
  const g7 = MOL_GROUNDS.find((x) => x.id === 'offl1985-7-1') as Ground;
  const g10 = MOL_GROUNDS.find((x) => x.id === 'offl1985-10-1') as Ground;

  it('marking the request as environmental information is the same as choosing MOL', () => {
    const rest: Decision = { ...decision([g7]) };
    delete rest.regime;
    const marked = composePlan({ ...rest, environmentalInformation: true }, KOMMUNE);
    expect(marked).toEqual(composePlan(decision([g7]), KOMMUNE));
    expect(blockOf(composePlan(rest, KOMMUNE), 'weighing:offl1985-7-1')).toBeUndefined();
  });

  it('the request reference names MOL § 2, stk. 1, § 3 and the pinned act of § 6, stk. 2', () => {
    const t = text(blockOf(composePlan(decision([g7]), KOMMUNE), 'request-reference'));
    expect(t).toContain(
      'jf. miljøoplysningslovens § 3, og vi har behandlet den efter miljøoplysningslovens § 2, stk. 1.',
    );
    expect(t).toContain(
      'lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen med senere ændringer',
    );
    const party = text(
      blockOf(
        composePlan(decision([MOL_GROUNDS.find((x) => x.id === 'fvl-15-1-5') as Ground]), KOMMUNE),
        'request-reference',
      ),
    );
    expect(party).toContain(
      'lovbekendtgørelse nr. 988 af 9. oktober 2012, jf. miljøoplysningslovens § 6, stk. 2.',
    );
  });

  it('emissions: no / yes / partly', () => {
    const no = composePlan(decision([g10], { emissions: 'no' }), KOMMUNE);
    expect(text(blockOf(no, 'emissions'))).toBe(
      'Oplysningerne angår ikke emissioner til miljøet, jf. miljøoplysningslovens § 2, stk. 5.',
    );
    expect(no.missing.some((m) => m.blockId === 'emissions')).toBe(false);
    const yes = composePlan(decision([g10], { emissions: 'yes' }), KOMMUNE);
    expect(text(blockOf(yes, 'emissions'))).toMatch(
      /^Oplysningerne angår emissioner til miljøet\. 1985-offentlighedslovens § 10, nr\. 1 finder ikke anvendelse/,
    );
    expect(yes.missing.map((m) => m.field)).toContain('artikel_4_2_emissioner');
    const partly = composePlan(decision([g10], { emissions: 'partly' }), KOMMUNE);
    expect(partly.missing.map((m) => m.field)).toContain('emissionsoplysninger');
  });

  it('material under preparation: the preparing authority and the expected date are required (§ 4, stk. 4)', () => {
    const plan = composePlan(decision([g7], { underPreparation: true }), KOMMUNE);
    expect(text(blockOf(plan, 'under-preparation'))).toContain('jf. miljøoplysningslovens § 4, stk. 4.');
    expect(plan.missing.map((m) => m.field)).toEqual(
      expect.arrayContaining(['udarbejdende_myndighed', 'forventet_endelig']),
    );
    const filled = composePlan(
      decision([g7], {
        underPreparation: true,
        companionValues: { udarbejdende_myndighed: 'Miljøstyrelsen', forventet_endelig: 'i juni 2026' },
      }),
      KOMMUNE,
    );
    expect(text(blockOf(filled, 'under-preparation'))).toBe(
      'Materialet er under udarbejdelse. Det udarbejdes af Miljøstyrelsen, og det forventes at foreligge i endelig form i juni 2026, jf. miljøoplysningslovens § 4, stk. 4.',
    );
  });

  it('the requested form refused: its reason (§ 4, stk. 2, nr. 1 or 2)', () => {
    expect(text(blockOf(composePlan(decision([], { formRefusal: 2 }), KOMMUNE), 'form'))).toContain(
      'jf. miljøoplysningslovens § 4, stk. 2, nr. 2.',
    );
    expect(text(blockOf(composePlan(decision([], { formRefusal: 1 }), KOMMUNE), 'form'))).toContain(
      'jf. miljøoplysningslovens § 4, stk. 2, nr. 1.',
    );
  });

  it('deadlines (§ 4, stk. 3): a reason after 1 month, a warning after 2', () => {
    const late = composePlan(decision([g7], { letterDate: '2026-03-20' }), KOMMUNE);
    expect(text(blockOf(late, 'request-reference'))).toContain('jf. miljøoplysningslovens § 4, stk. 3.');
    expect(late.missing.map((m) => m.field)).toContain('laengere_frist');
    expect(late.warnings).not.toContain(MOL_WARNINGS.overTwoMonths);
    const later = composePlan(decision([g7], { letterDate: '2026-04-03' }), KOMMUNE);
    expect(later.warnings).toContain(MOL_WARNINGS.overTwoMonths);
    expect(composePlan(decision([g7]), KOMMUNE).missing.map((m) => m.field)).not.toContain('laengere_frist');
  });

  it('the notice of delay says so under MOL § 4, stk. 3, and for a party under forvaltningslovens § 16, stk. 2 (LBK 988/2012)', () => {
    const plan = composePlan(decision([], { kind: 'delay-notice' }), KOMMUNE);
    const t = text(blockOf(plan, 'delay'));
    expect(t).toContain(
      'Efter miljøoplysningslovens § 4, stk. 3, skal sager om aktindsigt under hensyntagen til en eventuel tidsfrist, som anføres af den, der har fremsat anmodningen, afgøres hurtigst muligt og senest 1 måned',
    );
    expect(allText(plan)).not.toMatch(/7 arbejdsdage|§ 36/);
    const party = composePlan(decision([], { kind: 'delay-notice', basis: 'fvl-9' }), KOMMUNE);
    expect(text(blockOf(party, 'delay'))).toContain(
      'inden 10 dage efter, at vi modtog den, jf. forvaltningslovens § 16, stk. 2.',
    );
    expect(groupLines(party, HEADING_FVL2012)[1]).toBe(
      'Stk. 2. Myndigheden afgør snarest, om en begæring kan imødekommes. Er begæringen ikke imødekommet eller afslået inden 10 dage efter, at begæringen er modtaget af myndigheden, skal denne underrette parten om grunden hertil samt om, hvornår afgørelsen kan forventes at foreligge.',
    );
  });

  it('no meroffentlighed block by default; the jurist can add one', () => {
    expect(blockOf(composePlan(decision([g7]), KOMMUNE), 'meroffentlighed')).toBeUndefined();
    const plan = composePlan(decision([g7], { meroffentlighed: true }), KOMMUNE);
    expect(text(blockOf(plan, 'meroffentlighed'))).toContain(
      'jf. 1985-offentlighedslovens § 4, stk. 1, 2. pkt.',
    );
    expect(groupLines(plan, HEADING_1985)).toContain(
      '[Ordlyden af 1985-offentlighedslovens § 4, stk. 1, 2. pkt., er ikke med i lovdata: indsæt den fra lov nr. 572 af 19. december 1985 med senere ændringer]',
    );
  });

  it('the meroffentlighed block the jurist adds stays when no chosen ground brings a companion', () => {
    const g14 = MOL_GROUNDS.find((x) => x.id === 'offl1985-14') as Ground;
    expect(g14.requires).toEqual([]);
    const plan = composePlan(decision([g14], { meroffentlighed: true }), KOMMUNE);
    expect(text(blockOf(plan, 'meroffentlighed'))).toContain(
      'jf. 1985-offentlighedslovens § 4, stk. 1, 2. pkt.',
    );
  });

  it('a text supplied by the jurist is quoted, marked as supplied, and no longer missing', () => {
    const g2 = MOL_GROUNDS.find((x) => x.id === 'offl1985-2-1-1') as Ground;
    const plan = composePlan(
      decision([g2], {
        suppliedTexts: [
          {
            statute: 'offl1985',
            section: '2',
            text: 'Tekst indsat af juristen.',
            source: 'retsinformation.dk',
          },
        ],
      }),
      KOMMUNE,
    );
    const basis = blockOf(plan, 'legal-basis');
    const supplied = basis?.paragraphs.filter((p) => p.supplied) ?? [];
    expect(supplied.map((p) => p.runs[0]?.text)).toEqual(['§ 2. Tekst indsat af juristen.']);
    expect(text(basis)).toContain(
      '(Ordlyden af 1985-offentlighedslovens § 2 er indsat af sagsbehandleren efter retsinformation.dk.)',
    );
    expect(plan.missing.some((m) => m.blockId === 'legal-basis')).toBe(false);
  });

  it('the second track: the 2013 act’s own grounds and § 14; default from the profile', () => {
    const g30 = GROUNDS.find((x) => x.id === 'offl-30-2') as Ground;
    const plan = composePlan(
      decision([g7], { secondTrack: true, secondTrackGrounds: [{ groundId: g30.id, values: {} }] }),
      KOMMUNE,
    );
    expect(text(blockOf(plan, 'second-track'))).toContain(
      'Du får aktindsigt i det omfang, du har ret til det efter enten miljøoplysningsloven eller offentlighedsloven.',
    );
    expect(blockOf(plan, 'second-track:offl-30-2')).toBeDefined();
    expect(text(blockOf(plan, 'second-track:meroffentlighed'))).toContain('offentlighedslovens § 14, stk. 1');
    expect(text(blockOf(plan, 'legal-basis'))).toContain(
      'Uddrag af offentlighedsloven (lovbekendtgørelse nr. 145 af 24. februar 2020',
    );
    const byProfile = composePlan(decision([g7]), { ...KOMMUNE, mol: { secondTrack: true } });
    expect(blockOf(byProfile, 'second-track')).toBeDefined();
    expect(blockOf(composePlan(decision([g7]), KOMMUNE), 'second-track')).toBeUndefined();
    expect(
      blockOf(
        composePlan(decision([g7], { secondTrack: false }), { ...KOMMUNE, mol: { secondTrack: true } }),
        'second-track',
      ),
    ).toBeUndefined();
  });
});

describe('sentences that state law restate the statute data', () => {
  const lawText = (ref: Parameters<typeof resolve>[0]) => {
    const r = resolve(ref, { regime: 'mol' });
    return r.kind === 'found' ? r.text.toLowerCase() : '';
  };
  const g10 = MOL_GROUNDS.find((x) => x.id === 'offl1985-10-1') as Ground;
  const g13 = MOL_GROUNDS.find((x) => x.id === 'offl1985-13-1-5') as Ground;
  const g12 = MOL_GROUNDS.find((x) => x.id === 'fvl-12-1-1') as Ground;
  const plans = [
    composePlan(decision([g10, g13], { emissions: 'yes', underPreparation: true, formRefusal: 1 }), KOMMUNE),
    composePlan(decision([g12]), KOMMUNE),
    composePlan(decision([], { kind: 'delay-notice' }), KOMMUNE),
    composePlan(decision([], { kind: 'delay-notice', basis: 'fvl-9' }), KOMMUNE),
  ];
  const letters = plans.map(allText).join('\n').toLowerCase();
  const cases: [string, Parameters<typeof resolve>[0]][] = [
    [
      'konkret afvejning af offentlighedens interesser, der varetages ved udlevering af miljøoplysningerne, over for de interesser, der varetages ved at afslå udlevering',
      { statute: 'mol', section: '2', subsection: 3 },
    ],
    [
      'restriktivt under hensyntagen til samfundets interesse i, at oplysningerne offentliggøres i det konkrete tilfælde',
      { statute: 'mol', section: '2', subsection: 3 },
    ],
    [
      'finder ikke anvendelse på oplysninger om emissioner til miljøet, i det omfang afslag på aktindsigt vil stride imod bestemmelserne i artikel 4, stk. 2, i europa-parlamentets og rådets direktiv 2003/4/ef af 28. januar 2003 om offentlig adgang til miljøoplysninger og om ophævelse af rådets direktiv 90/313/eøf',
      { statute: 'mol', section: '2', subsection: 5 },
    ],
    [
      'finder ikke anvendelse på miljøoplysninger, i det omfang afslag på aktindsigt vil stride imod bestemmelserne i artikel 4, stk. 2, i',
      { statute: 'mol', section: '2', subsection: 6 },
    ],
    [
      'under hensyntagen til en eventuel tidsfrist, som anføres af den, der har fremsat anmodningen, afgøres hurtigst muligt og senest 1 måned efter modtagelsen af anmodningen eller, hvis sagens omfang og komplekse karakter er af en sådan art, at fristen på 1 måned ikke kan overholdes, senest 2 måneder efter modtagelsen',
      { statute: 'mol', section: '4', subsection: 3 },
    ],
    ['forventes at foreligge i endelig form', { statute: 'mol', section: '4', subsection: 4 }],
    [
      'allerede er offentligt tilgængelige i en anden form, som er let tilgængelig for',
      { statute: 'mol', section: '4', subsection: 2, item: 1 },
    ],
    [
      'snarest og som udgangspunkt ikke senere end 3 uger efter',
      { statute: 'mol', section: '4 b', subsection: 1 },
    ],
    ['indgives skriftligt til', { statute: 'mol', section: '4 b', subsection: 1 }],
    [
      'oplysninger vedrørende sagens faktiske omstændigheder, der er af væsentlig betydning for sagens afgørelse',
      { statute: 'fvl', section: '12', subsection: 2 },
    ],
    ['inden 10 dage efter, at', { statute: 'fvl', section: '16', subsection: 2 }],
    [
      'lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen med senere ændringer',
      { statute: 'mol', section: '6', subsection: 2 },
    ],
    ['lovbekendtgørelse nr. 988 af 9. oktober 2012', { statute: 'mol', section: '6', subsection: 2 }],
  ];
  it.each(cases)('"%s"', (fragment, ref) => {
    expect(lawText(ref)).toContain(fragment);
    expect(letters).toContain(fragment);
  });
});

describe('properties', () => {
  const anyone = MOL_GROUNDS.filter((g) => g.bases.includes('mol') && !g.blocked);
  const party = MOL_GROUNDS.filter((g) => g.bases.includes('mol-party'));
  const second = GROUNDS.filter((g) => g.bases.includes('offl-7'));

  const molDecision = fc
    .record({
      party: fc.boolean(),
      pick: fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }),
      police: fc.boolean(),
      outcome: fc.constantFrom('refusal' as const, 'partial' as const),
      secondTrack: fc.boolean(),
      secondPick: fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 3 }),
      emissions: fc.constantFrom(undefined, 'yes' as const, 'no' as const, 'partly' as const),
      profile: fc.constantFrom(KOMMUNE, STATE, UTILITY),
    })
    .map((r) => {
      const pool = r.party ? party : anyone;
      const grounds = [...new Set(r.pick.map((i) => pool[i % pool.length] as Ground))];
      const d: Decision = {
        ...decision(grounds, { outcome: r.outcome, secondTrack: r.secondTrack }),
        grounds: grounds.map((g) => ({ groundId: g.id, values: {}, policeOrProsecution: r.police })),
        secondTrackGrounds: r.secondPick.map((i) => ({
          groundId: (second[i % second.length] as Ground).id,
          values: {},
        })),
      };
      if (r.emissions) d.emissions = r.emissions;
      return { d, grounds, police: r.police, profile: r.profile };
    });

  it('no MOL plan without a weighing for each ground in § 2, stk. 3’s list (police and prosecution cases aside)', () => {
    fc.assert(
      fc.property(molDecision, ({ d, grounds, police, profile }) => {
        const plan = composePlan(d, profile);
        for (const g of grounds) {
          if (!g.weighing) continue;
          if (g.weighing === 'unless-police' && police) continue;
          const block = blockOf(plan, `weighing:${g.id}`);
          if (!block || !text(block).includes('konkret afvejning')) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('no 2013 offentlighedslov text is quoted in an MOL plan unless the jurist also decides under the 2013 act', () => {
    fc.assert(
      fc.property(molDecision, ({ d, profile }) => {
        const plan = composePlan(d, profile);
        const basis = text(blockOf(plan, 'legal-basis'));
        const has2013 = basis.includes('Uddrag af offentlighedsloven (');
        const secondTrack = Boolean(d.secondTrack) && !d.basis.startsWith('fvl');
        if (!secondTrack) return !has2013 && !blockOf(plan, 'second-track');
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('1985 texts and the pinned forvaltningslov never leak into a 2013 plan', () => {
    const today = fc
      .record({
        basis: fc.constantFrom('offl-7' as const, 'offl-8' as const, 'fvl-9' as const),
        pick: fc.uniqueArray(fc.nat({ max: 60 }), { minLength: 1, maxLength: 5 }),
        outcome: fc.constantFrom('refusal' as const, 'partial' as const),
      })
      .map((r) => {
        const pool = GROUNDS.filter((g) => g.bases.includes(r.basis));
        const grounds = [...new Set(r.pick.map((i) => pool[i % pool.length] as Ground))];
        return {
          kind: 'decision',
          basis: r.basis,
          outcome: r.outcome,
          request: { subject: 'sagen', receivedDate: '2026-02-02' },
          grounds: grounds.map((g) => ({ groundId: g.id, values: {} })),
          letterDate: '2026-02-10',
          caseAreaId: 'byggesager',
        } satisfies Decision;
      });
    fc.assert(
      fc.property(today, (d) => {
        const all = allText(composePlan(d, EXAMPLE_PROFILE));
        return (
          !all.includes('1985') &&
          !all.includes('lovbekendtgørelse nr. 988 af 9. oktober 2012') &&
          !all.includes('miljøoplysningsloven') &&
          !all.includes('Miljø- og Fødevareklagenævnet')
        );
      }),
      { numRuns: 150 },
    );
  });
});
