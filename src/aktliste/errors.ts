/**
 * Why a document list could not be read, as a typed error with a Danish message. The zip and compound-file
 * checks are the .docx reader's (src/docx), so their codes and reasons are shared; the codes here are the
 * list's own. Tests assert on `code`, never on the Danish text.
 */
import { ReadError, READ_MESSAGES, type ReadErrorCode } from '../docx';

/** Danish messages by code; the functions take the detail that makes the reason concrete. */
export const LIST_MESSAGES = {
  empty: () => 'Filen er tom.',
  tooLarge: (mb: number, limitMb: number) =>
    `Filen er for stor (${mb} MB); en aktliste læses op til ${limitMb} MB.`,
  unknownListFormat: (name: string) =>
    `Filtypen for »${name}« kendes ikke som aktliste; programmet læser .xlsx, .csv, tekst med tabulatorer og aktlisten i et Word-brev (.docx).`,
  notZipList: (extension: string) =>
    `Filen har endelsen ${extension}, men den er ikke en zip-pakke, så den er hverken et Excel-regneark (.xlsx) eller et Word-dokument (.docx).`,
  legacyXls: () =>
    'Filen er et ældre Excel-regneark (.xls), som ikke kan læses. Åbn det i Excel, og gem det som Excel-projektmappe (.xlsx).',
  encryptedList: () =>
    'Regnearket er beskyttet med adgangskode (krypteret) og kan ikke læses. Fjern adgangskoden i Excel (Filer > Oplysninger > Beskyt projektmappe), og prøv igen.',
  otherCompoundList: () =>
    'Filen er et ældre Office-format (sammensat binær fil), ikke et Excel-regneark (.xlsx).',
  notSpreadsheet: () =>
    'Zip-pakken er hverken et Excel-regneark (xl/workbook.xml mangler) eller et Word-dokument. Er det en anden slags fil?',
  damagedSpreadsheet: (detail: string) => `Regnearket er beskadiget og kan ikke læses (${detail}).`,
  noSheets: () => 'Regnearket indeholder ingen ark.',
  tooManyEntries: (limit: number) =>
    `Zip-pakken indeholder for mange dele (over ${limit}); det ligner ikke en aktliste, og filen læses ikke.`,
  tooManyRows: (rows: number, limit: number) =>
    `Listen har ${rows.toLocaleString('da-DK')} rækker; der læses højst ${limit.toLocaleString('da-DK')}.`,
  tooManyColumns: (columns: number, limit: number) =>
    `Listen har ${columns.toLocaleString('da-DK')} kolonner; der læses højst ${limit.toLocaleString('da-DK')}.`,
  tooManyCells: (limit: number) =>
    `Arket spænder over mere end ${limit.toLocaleString('da-DK')} celler; det ligner ikke en aktliste, og filen læses ikke.`,
  cellTooLong: (row: number, limit: number) =>
    `En celle i række ${row} er over ${limit.toLocaleString('da-DK')} tegn lang; det ligner ikke en aktliste, og filen læses ikke.`,
  noHeader: (searched: number) =>
    `Der er ingen kolonneoverskrifter, der ligner en aktliste, i de første ${searched} rækker (fx »Dokumenttitel« og »Aktindsigt«).`,
  noDecisionColumn: (sheet: string) =>
    `Arket »${sheet}« har ingen kolonne med afgørelsen for hvert dokument (fx »Aktindsigt«, »Gives der aktindsigt i dokumentet?« eller »Afgørelse«).`,
  noTable: () => 'Word-dokumentet indeholder ingen tabel, der ligner en aktliste.',
} as const;

export type ListErrorCode = keyof typeof LIST_MESSAGES;

/** A list that could not be read, with the Danish reason in `message`. Made with `listError`. */
export class ListReadError extends Error {
  override name = 'ListReadError';
  /**
   * For `noDecisionColumn`: the header that was found (a `ListHeader`), so the pane can let the user pick the
   * decision column instead of giving up.
   */
  header?: unknown;
  /** The sheet the header is in. */
  sheet?: string;
  constructor(
    readonly code: ListErrorCode | ReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The error for a code, its Danish message filled with the detail.
 * @example listError('legacyXls').message // "Filen er et ældre Excel-regneark (.xls), ..."
 */
export function listError<C extends ListErrorCode>(
  code: C,
  ...detail: Parameters<(typeof LIST_MESSAGES)[C]>
): ListReadError {
  const message = (LIST_MESSAGES[code] as (...args: unknown[]) => string)(...detail);
  return new ListReadError(code, message);
}

/**
 * A .docx reader's error as a list error: the zip checks are shared, but one reason speaks of a letter.
 * @example fromReadError(readError('damagedZip'), LIST_LIMITS.zip.maxEntries).code // "damagedZip"
 */
export function fromReadError(error: ReadError, maxEntries: number): ListReadError {
  if (error.code === 'tooManyEntries') return listError('tooManyEntries', maxEntries);
  return new ListReadError(error.code, error.message);
}

/** Every code a list read can fail with, for the hostile suite and the schema's documentation. */
export const LIST_ERROR_CODES: readonly string[] = [
  ...new Set([...Object.keys(LIST_MESSAGES), ...Object.keys(READ_MESSAGES)]),
];
