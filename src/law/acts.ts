/**
 * What we know about each act apart from its text: the version quoted, the amending acts folded in (and
 * what they changed, so the earlier wording can be served for letters dated before them), which paragraphs
 * exist, and maintainers' warnings. Hand-written data, no logic; the importer combines it with src/law/raw.
 */
import type { ProvenanceStatus, StatuteId } from './types';

export type AmendmentChange =
  /** Words or a sentence inserted: the earlier wording is the current one without `inserted` (found exactly once). */
  | { section: string; subsection: number; kind: 'inserted-text'; inserted: string }
  /** A subsection added: before the amendment it did not exist. */
  | { section: string; subsection: number; kind: 'new-subsection' }
  /** A subsection rewritten; the earlier wording is not held. */
  | { section: string; subsection: number; kind: 'rewritten' };

export interface Amendment {
  /** "lov nr. 655 af 11. juni 2024". */
  act: string;
  /** ISO date; absent when not recorded in our sources (then no earlier wording is served). */
  inForce?: string;
  /** Where the amending text was seen. */
  source: string;
  changes: AmendmentChange[];
}

export interface ActMeta {
  id: StatuteId;
  /** File name in src/law/raw. */
  rawFile: string;
  title: string;
  consolidation: string;
  amendments: Amendment[];
  /** Every paragraph known to exist, in the law's order (whether or not we hold its text). */
  sectionIds: string[];
  /** True when `sectionIds` is the act's whole structure. */
  structureComplete: boolean;
  lastSection?: string;
  /** Provenance for paragraphs whose source carries no status line of the usual form. */
  provenanceOverrides?: Record<string, { status: ProvenanceStatus; statusLine: string }>;
  /** Warnings kept with a paragraph so nobody "corrects" the text. */
  warnings?: Record<string, string[]>;
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

const LOV_655_2024 = 'lov nr. 655 af 11. juni 2024';
const L116_SOURCE =
  'L 116 (2023-24) som fremsat, vedtaget uden ændringer 23. maj 2024, i kraft 1. juli 2024 (se raw/offentlighedsloven.md og raw/sources.md)';

export const ACTS: readonly ActMeta[] = [
  {
    id: 'offl',
    rawFile: 'offentlighedsloven.md',
    title: 'Lov om offentlighed i forvaltningen (offentlighedsloven)',
    consolidation: 'lovbekendtgørelse nr. 145 af 24. februar 2020',
    amendments: [
      {
        act: LOV_655_2024,
        inForce: '2024-07-01',
        source: L116_SOURCE,
        changes: [
          // § 1, nr. 1: »eller chikanøst« indsættes efter »retsstridigt« i § 9, stk. 2, nr. 2.
          { section: '9', subsection: 2, kind: 'inserted-text', inserted: ' eller chikanøst' },
          // § 1, nr. 2: nyt 2. pkt. i § 21, stk. 3.
          {
            section: '21',
            subsection: 3,
            kind: 'inserted-text',
            inserted:
              ' Der meddeles dog ikke indsigt i oplysninger om den ansattes navn, hvis væsentlige hensyn til den ansattes tryghed taler herimod.',
          },
        ],
      },
    ],
    sectionIds: range(1, 44),
    structureComplete: true,
    lastSection: '44',
    warnings: {
      '33': [
        'Ordlyden afviger bevidst fra forvaltningslovens § 15 b (nr. 1 "efterforskning", nr. 2 "kontrol, regulerings- eller"). Ret ikke den ene efter den anden.',
      ],
    },
  },
  {
    id: 'fvl',
    rawFile: 'forvaltningsloven.md',
    title: 'Forvaltningsloven',
    consolidation: 'lovbekendtgørelse nr. 433 af 22. april 2014',
    amendments: [
      {
        act: 'lov nr. 503 af 23. maj 2018',
        source: 'lov nr. 503 af 23. maj 2018, § 2, nr. 1-2 (retsinformation, afkortet); ordlyd fra elov.dk',
        changes: [
          { section: '10', subsection: 1, kind: 'rewritten' },
          { section: '28', subsection: 1, kind: 'rewritten' },
        ],
      },
      {
        act: LOV_655_2024,
        inForce: '2024-07-01',
        source: L116_SOURCE,
        changes: [{ section: '9 a', subsection: 2, kind: 'new-subsection' }],
      },
    ],
    // LBK 433/2014 has §§ 1-37 with these lettered paragraphs (raw/forvaltningsloven.md, "Oversigt"); other
    // letters are not ruled out by our sources, so the structure is not complete.
    sectionIds: [
      ...range(1, 9),
      '9 a',
      '9 b',
      ...range(10, 14),
      '14 a',
      '14 b',
      '15',
      '15 a',
      '15 b',
      '15 c',
      ...range(16, 32),
      '32 a',
      '32 b',
      ...range(33, 37),
    ],
    structureComplete: false,
    lastSection: '37',
    warnings: {
      '15 b': [
        'Ordlyden afviger bevidst fra offentlighedslovens § 33: nr. 1 siger "forebyggelse, opklaring og forfølgning", nr. 2 "kontrol-, regulerings- eller planlægningsvirksomhed". Begge står i kilden. Ret dem ikke.',
      ],
      '28': [
        'Stk. 1 har ordlyden efter lov nr. 503 af 23. maj 2018. Den tidligere ordlyd (henvisning til lov om behandling af personoplysninger) må ikke bruges.',
      ],
    },
  },
  {
    id: 'dbl',
    rawFile: 'databeskyttelsesloven.md',
    title:
      'Lov om supplerende bestemmelser til forordning om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger (databeskyttelsesloven)',
    // The consolidated act's number and date are not in our sources: we cite the original act.
    consolidation: 'lov nr. 502 af 23. maj 2018',
    amendments: [],
    sectionIds: ['10'],
    structureComplete: false,
    provenanceOverrides: {
      '10': {
        status: 'secondary',
        statusLine:
          'Kun set på en privat gengivelse (gdpr.dk) med ukendt versionsdato; ikke sammenholdt med retsinformation.',
      },
    },
  },
];
