import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot, Finding } from '../../../src/check/types';
import { EXAMPLE_PROFILE } from '../../../src/letter/profile';
import type { AuthorityProfile } from '../../../src/letter/types';
import { composedPlan, decisionOn, edit, findingsOf, snapshot, tagged, untagged } from '../../support/check';

const MUNICIPALITY = ['Eksempel Kommune', 'Teknik og Miljø', 'Rådhustorvet 1, 9999 Eksempelby'];
const AGENCY = ['Styrelsen for Eksempelsager', 'Eksempelvej 12, 9999 Eksempelby'];
const MINISTRY = ['Ministeriet for Eksempelsager', 'Departementet', 'Slotsgade 4, 1000 København K'];

interface Letter {
  head?: string[];
  date?: string;
  subject?: string;
  decision?: string;
  guidance: string[];
}

/** A hand-written decision letter with the given letterhead and complaint guidance. */
function letter({
  head = MUNICIPALITY,
  date = '10. marts 2025',
  subject = 'sagen om renovering af Skolevej',
  decision = 'Vi afslår din anmodning om aktindsigt, jf. offentlighedslovens § 30, nr. 1.',
  guidance,
}: Letter): DocumentSnapshot {
  return snapshot(
    ...head,
    date,
    `Du har den 3. marts 2025 anmodet om aktindsigt i ${subject}.`,
    'Afgørelse',
    decision,
    'Klagevejledning',
    ...guidance,
    'Med venlig hilsen',
    'Jens Jensen',
    head[0] ?? '',
  );
}

const SUPERVISION = [
  'Der er ikke nogen administrativ klageinstans for den sag, din anmodning vedrører. Du kan i stedet indbringe sagen for Ankestyrelsen, som er den kommunale og regionale tilsynsmyndighed, jf. offentlighedslovens § 38, stk. 1.',
  'Din henvendelse skal sendes til os: Eksempel Kommune, Teknik og Miljø, Rådhustorvet 1, 9999 Eksempelby. Hvis vi fastholder afgørelsen, sender vi snarest og som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget din henvendelse, sagen videre til Ankestyrelsen, jf. offentlighedslovens § 37, stk. 2.',
];
const APPEAL = (body: string) => [
  `Du kan klage over afgørelsen til ${body}, jf. offentlighedslovens § 37, stk. 1.`,
  `Klagen skal sendes til os. Hvis vi fastholder afgørelsen, sender vi sagen videre til ${body}.`,
];
const NO_APPEAL = [
  'Du kan ikke klage over afgørelsen til en anden forvaltningsmyndighed. Du kan klage over afgørelsen til Folketingets Ombudsmand.',
];
const PARTY_DECISION = 'Vi afslår din anmodning om aktindsigt, jf. forvaltningslovens § 9 og § 12.';
const PARTY = (body: string, extra = '') => [
  `Du kan klage særskilt over afgørelsen om aktindsigt til ${body}, jf. forvaltningslovens § 16, stk. 4.`,
  `Klagen sendes til ${body}.${extra}`,
];

const composed = (extra = {}, grounds = ['offl-30-1']) => tagged(composedPlan(decisionOn(grounds, extra)));

/** A profile with one case area, whose complaint deadline is given. */
const ONE_AREA: AuthorityProfile = {
  ...EXAMPLE_PROFILE,
  caseAreas: [
    {
      id: 'sociale-sager',
      name: 'Sociale sager',
      appealBody: 'Ankestyrelsen',
      supervisionRoute: false,
      partyAppealBody: 'Ankestyrelsen',
      complaintDeadline: '4 uger',
    },
  ],
};

describe('complaint-route', () => {
  it.each<[string, DocumentSnapshot, AuthorityProfile?]>([
    ['the composed letter (appeal body, tagged)', composed()],
    ['the composed letter typed by hand', untagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['the composed letter, checked with the profile', composed(), EXAMPLE_PROFILE],
    ['the composed § 38 route', composed({ caseAreaId: 'personalesager' }), EXAMPLE_PROFILE],
    ['the composed party route', composed({}, ['fvl-12']), EXAMPLE_PROFILE],
    ['a municipality with no appeal body: § 38 via the municipality', letter({ guidance: SUPERVISION })],
    [
      'an agency: the ministry, sent to us first',
      letter({ head: AGENCY, guidance: APPEAL('Ministeriet for Eksempelsager') }),
    ],
    [
      'the complaint sent to a named unit, with "svar på dette brev"',
      letter({
        head: AGENCY,
        guidance: [
          'Du kan klage over afgørelsen til Ministeriet for Eksempelsager.',
          'Klagen skal sendes til Styrelsen for Eksempelsager, Kontoret for Tilskud. Du kan også sende den som svar på dette brev.',
        ],
      }),
    ],
    [
      'the body named only as where the complaint is forwarded',
      letter({
        guidance: [
          'Klage over afgørelsen sendes til Eksempel Kommune, som sender den videre til Byggeklageenheden, hvis afgørelsen fastholdes.',
        ],
      }),
    ],
    ['a ministry department: no administrative appeal', letter({ head: MINISTRY, guidance: NO_APPEAL })],
    [
      "the ombudsman's own deadline is not a complaint deadline",
      letter({
        head: MINISTRY,
        guidance: [...NO_APPEAL, 'En klage til Folketingets Ombudsmand skal indgives inden 12 måneder.'],
      }),
    ],
    [
      'an agency whose appeal body has "tilsyn" in its name is not on the § 38 route',
      letter({ head: AGENCY, guidance: APPEAL('Klagenævnet for Fødevaretilsyn') }),
    ],
    [
      '"særskilt og direkte" quoting § 37, stk. 1, sent to us',
      letter({
        head: AGENCY,
        guidance: [
          'Afgørelsen kan påklages særskilt og direkte til Ministeriet for Eksempelsager, jf. offentlighedslovens § 37, stk. 1. Klagen sendes til styrelsen, som videresender den, hvis afgørelsen fastholdes.',
        ],
      }),
    ],
    [
      'a building case to Byggeklageenheden, by the profile',
      letter({ subject: 'byggesagen om Skolevej 4', guidance: APPEAL('Byggeklageenheden') }),
      EXAMPLE_PROFILE,
    ],
    [
      'a party: body and how, "ingen frist"',
      letter({
        head: AGENCY,
        decision: PARTY_DECISION,
        guidance: PARTY('Klagenævnet for Eksempelsager', ' Der er ingen frist for at klage.'),
      }),
    ],
    [
      "a party: the case area's deadline stated",
      letter({ decision: PARTY_DECISION, guidance: PARTY('Ankestyrelsen', ' Klagefristen er 4 uger.') }),
      ONE_AREA,
    ],
    [
      'a 2012 letter under the 1985 act, complaint direct to the ministry',
      letter({
        head: AGENCY,
        date: '15. oktober 2012',
        guidance: [
          'Du kan klage over afgørelsen til Ministeriet for Eksempelsager. Klagen sendes til Ministeriet for Eksempelsager. Der er ingen frist for at klage.',
        ],
      }),
    ],
    [
      "environmental information: miljøoplysningsloven's own route",
      letter({
        decision:
          'Vi afslår din anmodning om aktindsigt i miljøoplysninger, jf. miljøoplysningslovens § 2, stk. 1.',
        guidance: [
          'Du kan klage over afgørelsen til Miljø- og Fødevareklagenævnet. Klagen skal være indgivet senest 4 uger efter, at du har modtaget afgørelsen.',
        ],
      }),
    ],
    [
      'no complaint guidance at all (required-parts reports it)',
      snapshot(...MUNICIPALITY, 'Afgørelse', 'Vi afslår din anmodning om aktindsigt.'),
    ],
  ])('passes: %s', (_, doc, profile) => {
    expect(findingsOf('complaint-route', doc, profile ? { profile } : {})).toEqual([]);
  });

  it.each<[string, DocumentSnapshot, AuthorityProfile | undefined, [string, Finding['severity'], string][]]>([
    [
      'no body named',
      letter({ guidance: ['Hvis du er uenig i afgørelsen, kan du klage. Klagen skal sendes til os.'] }),
      undefined,
      [['noBody', 'error', 'Hvis du er uenig i afgørelsen, kan du klage. Klagen skal sendes til os.']],
    ],
    [
      'an agency names the ministry but not how (letter 20)',
      letter({
        head: AGENCY,
        guidance: [
          'Du kan klage over afgørelsen til Ministeriet for Eksempelsager, jf. offentlighedslovens § 37, stk. 1.',
        ],
      }),
      undefined,
      [
        [
          'missingProcedure',
          'error',
          'Du kan klage over afgørelsen til Ministeriet for Eksempelsager, jf. offentlighedslovens § 37, stk. 1.',
        ],
      ],
    ],
    [
      'sent directly to Ankestyrelsen as appeal body for all access decisions (letter 21)',
      letter({
        guidance: [
          'Du kan klage over afgørelsen til Ankestyrelsen, som er klageinstans for kommunens afgørelser om aktindsigt. Klagen skal sendes direkte til Ankestyrelsen via Ankestyrelsens hjemmeside.',
        ],
      }),
      undefined,
      [
        ['genericAppealBody', 'error', 'klageinstans for kommunens afgørelser om aktindsigt'],
        [
          'sentDirectly',
          'error',
          'Klagen skal sendes direkte til Ankestyrelsen via Ankestyrelsens hjemmeside.',
        ],
      ],
    ],
    [
      'an agency sends the complaint to the ministry',
      letter({
        head: AGENCY,
        guidance: [
          'Du kan klage over afgørelsen til Ministeriet for Eksempelsager.',
          'Klagen sendes til Ministeriet for Eksempelsager, Slotsgade 4, 1000 København K.',
        ],
      }),
      undefined,
      [
        [
          'sentDirectly',
          'error',
          'Klagen sendes til Ministeriet for Eksempelsager, Slotsgade 4, 1000 København K.',
        ],
      ],
    ],
    [
      'the body named only as where the complaint is lodged',
      letter({
        head: AGENCY,
        guidance: ['Klage over afgørelsen kan indgives til Ministeriet for Eksempelsager.'],
      }),
      undefined,
      [['sentDirectly', 'error', 'Klage over afgørelsen kan indgives til Ministeriet for Eksempelsager.']],
    ],
    [
      'a municipality asks the requester to apply to the supervisory authority directly',
      letter({
        guidance: [
          'Du kan rette henvendelse til Ankestyrelsen, der fører tilsyn med kommunerne, jf. offentlighedslovens § 38.',
        ],
      }),
      undefined,
      [
        [
          'sentDirectly',
          'error',
          'Du kan rette henvendelse til Ankestyrelsen, der fører tilsyn med kommunerne, jf. offentlighedslovens § 38.',
        ],
      ],
    ],
    [
      'a state agency gives the § 38 route',
      letter({ head: AGENCY, guidance: SUPERVISION }),
      undefined,
      [['supervisionForState', 'error', 'Ankestyrelsen']],
    ],
    [
      'a municipality says there is no appeal, without § 38',
      letter({ guidance: NO_APPEAL }),
      undefined,
      [
        [
          'supervisionMissing',
          'error',
          'Du kan ikke klage over afgørelsen til en anden forvaltningsmyndighed.',
        ],
      ],
    ],
    [
      'Statsforvaltningen in 2025',
      letter({ guidance: SUPERVISION.map((t) => t.replace('for Ankestyrelsen', 'for Statsforvaltningen')) }),
      undefined,
      [['formerBody', 'error', 'Statsforvaltningen']],
    ],
    [
      'a deadline under offentlighedsloven (warning)',
      letter({
        head: AGENCY,
        guidance: [
          ...APPEAL('Ministeriet for Eksempelsager'),
          'Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen.',
        ],
      }),
      undefined,
      [['deadlineStated', 'warning', 'senest 4 uger']],
    ],
    [
      'a full grant whose guidance names no body',
      letter({
        decision: 'Vi imødekommer din anmodning om aktindsigt.',
        guidance: ['Du kan klage over afgørelsen.'],
      }),
      undefined,
      [['noBody', 'error', 'Du kan klage over afgørelsen.']],
    ],
    [
      'a building case names Ankestyrelsen (profile: Byggeklageenheden)',
      letter({ subject: 'byggesagen om Skolevej 4', guidance: APPEAL('Ankestyrelsen') }),
      EXAMPLE_PROFILE,
      [['wrongBody', 'error', 'Ankestyrelsen']],
    ],
    [
      'a social case gives the § 38 route (profile: Ankestyrelsen as appeal body)',
      letter({ subject: 'din sociale sag om hjælpemidler', guidance: SUPERVISION }),
      EXAMPLE_PROFILE,
      [['supervisionWithAppealBody', 'error', 'Ankestyrelsen']],
    ],
    [
      'a personnel case names Ankestyrelsen as appeal body (profile: § 38)',
      letter({ subject: 'personalesagen om vejformanden', guidance: APPEAL('Ankestyrelsen') }),
      EXAMPLE_PROFILE,
      [['noAppealBody', 'error', 'Ankestyrelsen']],
    ],
    [
      'a social case says there is no appeal',
      letter({ subject: 'din sociale sag om hjælpemidler', guidance: NO_APPEAL }),
      EXAMPLE_PROFILE,
      [
        [
          'appealBodyMissing',
          'error',
          'Du kan ikke klage over afgørelsen til en anden forvaltningsmyndighed.',
        ],
      ],
    ],
    [
      'a body no case area of the profile has',
      letter({ guidance: APPEAL('Miljø- og Fødevareklagenævnet') }),
      EXAMPLE_PROFILE,
      [['unknownBody', 'error', 'Miljø- og Fødevareklagenævnet']],
    ],
    [
      'a party: the body, but not how',
      letter({
        head: AGENCY,
        decision: PARTY_DECISION,
        guidance: [
          'Du kan klage særskilt over afgørelsen om aktindsigt til Klagenævnet for Eksempelsager, jf. forvaltningslovens § 16, stk. 4.',
        ],
      }),
      undefined,
      [
        [
          'partyNoProcedure',
          'error',
          'Du kan klage særskilt over afgørelsen om aktindsigt til Klagenævnet for Eksempelsager, jf. forvaltningslovens § 16, stk. 4.',
        ],
      ],
    ],
    [
      "a party: the case area's deadline left out",
      letter({
        decision: PARTY_DECISION,
        guidance: PARTY('Ankestyrelsen', ' Der er ingen frist for at klage.'),
      }),
      ONE_AREA,
      [
        [
          'partyDeadlineMissing',
          'error',
          'Du kan klage særskilt over afgørelsen om aktindsigt til Ankestyrelsen, jf. forvaltningslovens § 16, stk. 4.',
        ],
      ],
    ],
    [
      'a party: a deadline the case area does not have (warning)',
      letter({
        subject: 'byggesagen om Skolevej 4',
        decision: PARTY_DECISION,
        guidance: PARTY('Byggeklageenheden', ' Klagefristen er 4 uger.'),
      }),
      {
        ...EXAMPLE_PROFILE,
        caseAreas: EXAMPLE_PROFILE.caseAreas.map((a) =>
          a.id === 'byggesager' ? { ...a, partyAppealBody: 'Byggeklageenheden' } : a,
        ),
      },
      [['deadlineStated', 'warning', '4 uger']],
    ],
    [
      'the composed guidance, edited to send the complaint directly',
      edit(
        composed(),
        (t) => t.startsWith('Klagen skal sendes til os'),
        () => 'Klagen skal sendes direkte til Ankestyrelsen.',
      ),
      undefined,
      [['sentDirectly', 'error', 'Klagen skal sendes direkte til Ankestyrelsen.']],
    ],
  ])('fails: %s', (_, doc, profile, expected) => {
    const findings = findingsOf('complaint-route', doc, profile ? { profile } : {});
    expect(findings.map((f) => [f.messageId, f.severity, f.location.text])).toEqual(expected);
    for (const f of findings) {
      const text = doc.paragraphs[f.location.paragraph]?.text ?? '';
      const span = f.location.start === undefined ? text : text.slice(f.location.start, f.location.end);
      expect(span).toBe(f.location.text);
    }
  });

  it('offers the composed guidance of the case area as an insert fix', () => {
    const doc = letter({ subject: 'byggesagen om Skolevej 4', guidance: APPEAL('Ankestyrelsen') });
    const [finding] = findingsOf('complaint-route', doc, { profile: EXAMPLE_PROFILE });
    expect(finding?.fix?.kind).toBe('insert');
    if (finding?.fix?.kind !== 'insert') return;
    expect(finding.fix.label).toBe('Indsæt klagevejledningen for sagsområdet »Byggesager«');
    const text = finding.fix.blocks.flatMap((b) =>
      b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')),
    );
    expect(text[0]).toBe('Klagevejledning');
    expect(text.join(' ')).toContain('Du kan klage over afgørelsen til Byggeklageenheden');
    expect(finding.fix.blocks.map((b) => b.id)).toEqual(['complaint-guidance']);
  });

  it('names where the letter sends the complaint and the deadline it states', () => {
    const doc = letter({
      head: AGENCY,
      guidance: [
        'Du kan klage over afgørelsen til Ministeriet for Eksempelsager. Klagen sendes direkte til Ministeriet for Eksempelsager. Klagefristen er 4 uger.',
      ],
    });
    const findings = findingsOf('complaint-route', doc);
    expect(findings.map((f) => f.messageId)).toEqual(['sentDirectly', 'deadlineStated']);
    expect(findings[0]?.message).toContain('direkte til Ministeriet for Eksempelsager.');
    expect(findings[1]?.message).toContain('»4 uger«');
  });

  it('offers no fix without a profile, or when the case area cannot be told', () => {
    const doc = letter({
      head: AGENCY,
      guidance: ['Du kan klage over afgørelsen til Ministeriet for Eksempelsager.'],
    });
    expect(findingsOf('complaint-route', doc).map((f) => f.fix)).toEqual([undefined]);
    const municipal = letter({
      guidance: ['Du kan klage over afgørelsen til Ankestyrelsen, jf. offentlighedslovens § 37, stk. 1.'],
    });
    const findings = findingsOf('complaint-route', municipal, { profile: EXAMPLE_PROFILE });
    expect(findings.map((f) => [f.messageId, f.fix])).toEqual([['missingProcedure', undefined]]);
  });
});
