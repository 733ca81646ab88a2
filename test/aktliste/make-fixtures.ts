/**
 * Writes the list fixtures in test/fixtures/aktliste/ (run: `npx tsx test/aktliste/make-fixtures.ts`). The
 * .xlsx files are written by the test writer (xlsx-writer.ts), so each untidy feature is there on purpose;
 * the CSV is Windows-1252 with semicolons, as Danish Excel saves it; the paste is tab-separated.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialOf, writeXlsx, type XCell } from './xlsx-writer';

const dir = join(fileURLToPath(import.meta.url), '..', '..', 'fixtures', 'aktliste');

/** AktBOB's columns, exactly (mtm-aarhus/AktBob: the "Sagsoversigt" sheet it writes). */
export const AKTBOB_HEADER = [
  'Akt ID',
  'Dok ID',
  'Dokumenttitel',
  'Dokumentkategori',
  'Dokumentdato',
  'Bilag til Dok ID',
  'Bilag',
  'Link til dokument',
  'Omfattet af ansøgningen? (Ja/Nej)',
  'Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)',
  'Begrundelse hvis nej eller delvis',
];

const AKTBOB_OPTIONS = [
  'Internt dokument - ufærdigt arbejdsdokument',
  'Internt dokument - foreløbige og sagsforberedende overvejelser',
  'Internt dokument - del af intern beslutningsproces',
  'Særlige dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag',
  'Særlige dokumenter - statistik og undersøgelser',
  'Særlige dokumenter - straffesag',
  'Tavshedsbelagte oplysninger - om private forhold',
  'Tavshedsbelagte oplysninger - forretningsforhold',
  'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)',
  ' ',
];

const link = (n: number) => `https://sharepoint.example.invalid/sager/dok${n}`;

export function aktbob(): Uint8Array {
  const rows: XCell[][] = [
    AKTBOB_HEADER,
    [
      1,
      'D-101',
      'Ansøgning om byggetilladelse',
      'Indgående',
      '03-02-2025',
      null,
      'Nej',
      link(1),
      'Ja',
      'Ja',
      null,
    ],
    [2, 'D-102', 'Tegninger', 'Indgående', '03-02-2025', 'D-101', 'Ja', link(2), 'Ja', 'Ja', null],
    [
      3,
      'D-108',
      'Sagsbehandlers notat om vurdering',
      'Notat',
      '10-02-2025',
      null,
      'Nej',
      link(3),
      'Ja',
      'Nej',
      'Internt dokument - ufærdigt arbejdsdokument',
    ],
    [
      4,
      'D-110',
      'Mail fra nabo med helbredsoplysninger',
      'Indgående',
      '12-02-2025',
      null,
      'Nej',
      link(4),
      'Ja',
      'Delvis',
      'Tavshedsbelagte oplysninger - om private forhold',
    ],
    [
      5,
      'D-111',
      'Tilbud fra entreprenør',
      'Indgående',
      '13-02-2025',
      null,
      'Nej',
      link(5),
      'Ja',
      'Delvis',
      'Tavshedsbelagte oplysninger - forretningsforhold',
    ],
    [6, 'D-115', 'Mail om frokostordning', 'Intern', '14-02-2025', null, 'Nej', link(6), 'Nej', 'Nej', null],
    [
      7,
      'D-120',
      'Korrespondance med advokat om klagesag',
      'Udgående',
      '20-02-2025',
      null,
      'Nej',
      link(7),
      'Ja',
      'Nej',
      'Særlige dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag',
    ],
    [
      8,
      'D-121',
      'Notat til chefen',
      'Notat',
      '21-02-2025',
      null,
      'Nej',
      link(8),
      'Ja',
      'Nej',
      'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)',
    ],
    [
      9,
      'D-125',
      'Afgørelse om byggetilladelse',
      'Udgående',
      '01-03-2025',
      null,
      'Nej',
      link(9),
      'Ja',
      'Ja',
      null,
    ],
  ];
  return writeXlsx([
    { name: 'Sagsoversigt', rows, protect: true, validation: ['J2:J10', 'Ja,Delvis,Nej'] },
    { name: 'VeryHidden', rows: AKTBOB_OPTIONS.map((o) => [o]), state: 'veryHidden' },
  ]);
}

/** A ministry's list: a title and a blank row above the header, a "Hjemmel" column, Excel dates, a hidden
 * column, a merged title and a reason merged over two documents, rich text, a formula, a notes sheet first. */
export function ministry(): Uint8Array {
  const rows: XCell[][] = [
    ['Aktliste - sag 2025-04711 (Ministeriet for Eksempler)', null, null, null, null, null],
    [null],
    ['Løbenr.', 'Dato', 'Intern note', 'Dokument', 'Udleveres', 'Hjemmel'],
    [1, { serial: serialOf('2025-01-06') }, 'x', 'Anmodning om aktindsigt', 'Ja', null],
    [
      2,
      { serial: serialOf('2025-01-08') },
      'y',
      { rich: ['Notat til ministeren om ', 'lovforslaget'] },
      'Nej',
      'offl. § 24, stk. 1, nr. 1',
    ],
    [
      3,
      { serial: serialOf('2025-01-09') },
      'z',
      'Mail fra borger',
      { formula: 'IF(TRUE,"Delvis","Ja")', cached: 'Delvis' },
      'offentlighedslovens § 30, nr. 1',
    ],
    [4, { serial: serialOf('2025-01-10') }, null, 'Mail fra borger (svar)', 'delvis aktindsigt', null],
    [5, '15.01.2025', null, 'Referat af møde', 'Afventer', 'offl. § 23, stk. 1, nr. 1'],
    [6, '16/1-25', null, 'Kontrolrapport', 'Nej', '§ 33, nr. 2'],
    [7, '17-01-2025', null, 'Bilag til kontrolrapport', 'Nej', '§ 30, nr. 3'],
    [null],
    [null],
  ];
  return writeXlsx([
    { name: 'Noter', rows: [['Listen er udarbejdet af kontoret.'], ['Spørgsmål til jurist.']] },
    { name: 'Aktliste', rows, merges: ['A1:F1', 'F6:F7'], hiddenColumns: [3] },
  ]);
}

/** Windows-1252 bytes of a text (every character here is in the code page). */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '–': 0x96, '”': 0x94, '“': 0x93 };
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

export const SEMICOLON_CSV = [
  'Aktnr;Titel;Brevdato;Afsender;Aktindsigt;Begrundelse',
  '1;Ansøgning om tilskud;05.03.2025;Foreningen Åbent Hus;Ja;',
  '2;Økonomiske nøgletal for foreningen;06.03.2025;Foreningen Åbent Hus;Delvis;Forretningshemmeligheder',
  '3;"Sagsbehandlers notat; udkast";07.03.2025;Kommunen;Nej;Internt dokument',
  '4;Oplysninger om bestyrelsesmedlemmer;08.03.2025;Foreningen Åbent Hus;N;Oplysninger om private forhold',
  '5;Mail om mødelokale;09.03.2025;Kommunen;Ja;Ikke omfattet af anmodningen',
  '',
].join('\r\n');

export const PASTE = [
  'Akt\tDato\tTitel\tAfgørelse\tBemærkning',
  '1\t2.4.2025\tAnmodning\tFuld aktindsigt\t',
  '2\t3.4.2025\tIntern mail\tIngen aktindsigt\tInternt dokument - del af intern beslutningsproces',
  '3\t4.4.2025\tPolitirapport\tUndtaget\tStraffesag',
  '4\t5.4.2025\tMinisterens talepapir\tAfslag\tMinisterbetjening',
].join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(dir, 'aktbob-sagsoversigt.xlsx'), aktbob());
  writeFileSync(join(dir, 'ministerium-hjemmel.xlsx'), ministry());
  writeFileSync(join(dir, 'semikolon-windows-1252.csv'), windows1252(SEMICOLON_CSV));
  writeFileSync(join(dir, 'indsat-fra-excel.tsv'), PASTE);
  console.log(`wrote the list fixtures to ${dir}`);
}
