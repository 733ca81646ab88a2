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
  /** File name (without .json) in src/law/data; default: the id. A pinned edition has its own. */
  dataFile?: string;
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
  /**
   * When set, only these paragraphs' stk. and nr. are known whole; in every other paragraph a stk. or nr. we do
   * not hold is "unknown" (`Section.open`).
   */
  closedSections?: string[];
  /** See `Statute.quoteHeading`. */
  quoteHeading?: string;
  /** See `Statute.secondarySource`. */
  secondarySource?: string;
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
  {
    id: 'mol',
    rawFile: 'miljoeoplysningsloven.md',
    title: 'Lov om aktindsigt i miljøoplysninger (miljøoplysningsloven)',
    consolidation: 'lovbekendtgørelse nr. 980 af 16. august 2017',
    amendments: [],
    sectionIds: [...range(1, 4), '4 a', '4 b', '4 c', '4 d', '5', '5 a', '5 b', '5 c', '6', '7'],
    structureComplete: true,
    lastSection: '7',
    provenanceOverrides: {
      // Its status line ("ordret, 1 spejl + 1 håndbog (slutningen af nr. 6 kun LBK-JSON)") counts the handbook,
      // which stops inside nr. 6: one source holds the whole paragraph.
      '3': {
        status: 'verified',
        statusLine: 'ordret, 1 spejl + 1 håndbog (slutningen af nr. 6 kun LBK-JSON).',
      },
    },
    warnings: {
      '2': [
        'Stk. 4 er gengivet, som kilden har det: "§ 10, stk. 1, nr. 5" (1985-lovens § 10 har ingen stykker; henvisningen gælder § 10, nr. 5) og "jf. dog § 4 a" (statistikreglen står i § 4 c). Ret det ikke.',
      ],
      '4 b': [
        'Stk. 4 er gengivet, som kilden har det: "Miljø- Fødevareklagenævnet" (uden "og") og uden punktum til sidst. Ret det ikke.',
      ],
    },
  },
  {
    id: 'offl1985',
    rawFile: 'offentlighedsloven-1985.md',
    title:
      'Lov om offentlighed i forvaltningen, lov nr. 572 af 19. december 1985 med senere ændringer (1985-offentlighedsloven)',
    consolidation: 'lov nr. 572 af 19. december 1985 med senere ændringer',
    amendments: [],
    // §§ 1-17 are known to exist (§ 17, stk. 3 names §§ 8 and 9); whether the act has paragraphs after § 17 is
    // not seen, so there is no last paragraph and the structure is not complete.
    sectionIds: range(1, 17),
    structureComplete: false,
    // Only §§ 1 and 10 are held whole; elsewhere a stk. or nr. we do not hold may exist.
    closedSections: ['1', '10'],
    quoteHeading:
      'Uddrag af lov om offentlighed i forvaltningen, jf. lov nr. 572 af 19. december 1985 med senere ændringer, jf. miljøoplysningslovens § 6, stk. 2',
    secondarySource: 'Kammeradvokatens Aktindsigtshåndbog, aktindsigtshaandbogen.dk',
    provenanceOverrides: {
      '4': {
        status: 'secondary',
        statusLine: 'kilde: sekundær (begyndelsen af stk. 1); resten TEKST IKKE FUNDET.',
      },
      '7': { status: 'secondary', statusLine: 'kilde: sekundær (1 håndbog), delvis.' },
      '12': { status: 'secondary', statusLine: 'kilde: sekundær, delvis; resten TEKST IKKE FUNDET.' },
      '13': {
        status: 'secondary',
        statusLine: 'kilde: sekundær (1 håndbog, 4 sider), delvis; resten TEKST IKKE FUNDET.',
      },
    },
    warnings: {
      '7': [
        'Nr. 1 lyder i kilden "... til eget brug,". Tilføj ikke "ved behandlingen af en sag" fra forvaltningslovens § 12 (LBK 988/2012).',
      ],
      '13': [
        'Nr. 4 har i kilden "offentlig kontrol, regulerings-". Udfyld ikke manglende dele efter forvaltningslovens § 15 (LBK 988/2012) eller offentlighedslovens § 33.',
      ],
    },
  },
];

/**
 * Editions of an act pinned by another act, quoted instead of the current wording under a regime
 * (src/law/regime.ts): miljøoplysningslovens § 6, stk. 2 pins its references to forvaltningsloven to
 * lovbekendtgørelse nr. 988 af 9. oktober 2012, whatever the letter's date. The texts are the appendix of
 * raw/miljoeoplysningsloven.md (copied into raw/forvaltningsloven-2012.md).
 */
export const PINNED_EDITIONS: readonly ActMeta[] = [
  {
    id: 'fvl',
    rawFile: 'forvaltningsloven-2012.md',
    dataFile: 'fvl-2012',
    title:
      'Forvaltningsloven, lovbekendtgørelse nr. 988 af 9. oktober 2012 (jf. miljøoplysningslovens § 6, stk. 2)',
    consolidation: 'lovbekendtgørelse nr. 988 af 9. oktober 2012',
    amendments: [],
    // Only §§ 12, 14, 15 and 16 are held; § 16, stk. 4 names § 11, so it exists. Nothing else is known.
    sectionIds: ['11', '12', '14', '15', '16'],
    structureComplete: false,
    quoteHeading:
      'Uddrag af forvaltningsloven, jf. lovbekendtgørelse nr. 988 af 9. oktober 2012, jf. miljøoplysningslovens § 6, stk. 2',
    warnings: {
      '15': [
        'Ligner 1985-offentlighedslovens § 13, men er ikke den samme bestemmelse. Udfyld ikke 1985-lovens § 13 herfra.',
      ],
    },
  },
];
