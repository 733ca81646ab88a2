/**
 * Why a file could not be read, as a typed error with a Danish message for the user. The CLI prints the
 * message and exits 2; the preview shows it. Tests assert on `code`, never on the Danish text.
 */

/** Danish messages by code; the functions take the detail that makes the reason concrete. */
export const READ_MESSAGES = {
  empty: () => 'Filen er tom.',
  tooLarge: (mb: number, limitMb: number) => `Filen er for stor (${mb} MB); der læses højst ${limitMb} MB.`,
  notZip: () =>
    'Filen er ikke et Word-dokument (.docx): den er ikke en zip-pakke. Gem brevet som .docx i Word, og prøv igen.',
  damagedZip: () =>
    'Filen er beskadiget eller afkortet: zip-pakkens indholdsfortegnelse mangler eller kan ikke læses.',
  damagedEntry: (name: string) => `Filen er beskadiget: delen »${name}« kan ikke pakkes ud.`,
  encrypted: () =>
    'Dokumentet er beskyttet med adgangskode (krypteret) og kan ikke læses. Fjern adgangskoden i Word (Filer > Oplysninger > Beskyt dokument), og prøv igen.',
  legacyDoc: () =>
    'Filen er et ældre Word-dokument (.doc), som ikke kan læses. Åbn det i Word, og gem det som .docx.',
  otherCompound: () =>
    'Filen er et ældre Office-format (sammensat binær fil), ikke et Word-dokument (.docx).',
  damagedCompound: () => 'Filen ligner et ældre Office-format, men er beskadiget.',
  missingDocument: () =>
    'Zip-pakken indeholder ikke et Word-dokument (word/document.xml mangler). Er det en anden slags fil?',
  tooManyEntries: (limit: number) =>
    `Zip-pakken indeholder for mange dele (over ${limit}); det ligner ikke et brev, og filen læses ikke.`,
  tooLargeUnpacked: (mb: number, limitMb: number) =>
    `Zip-pakken fylder ${mb} MB udpakket; der læses højst ${limitMb} MB (mulig zip-bombe).`,
  partTooLarge: (name: string, mb: number, limitMb: number) =>
    `Delen »${name}« fylder ${mb} MB udpakket; der læses højst ${limitMb} MB pr. del.`,
  ratioTooHigh: (name: string, ratio: number) =>
    `Delen »${name}« pakkes ${ratio} gange ud; det ligner en zip-bombe, og filen læses ikke.`,
  unsafePath: (name: string) => `Zip-pakken indeholder en ugyldig sti (»${name}«); filen læses ikke.`,
  duplicateEntry: (name: string) =>
    `Zip-pakken indeholder delen »${name}« mere end én gang; filen læses ikke.`,
  unsupportedCompression: (name: string) => `Delen »${name}« er pakket med en metode, der ikke understøttes.`,
  doctype: (name: string) =>
    `Delen »${name}« indeholder en DOCTYPE-erklæring (mulige entiteter); af sikkerhedshensyn læses filen ikke.`,
  xmlInvalid: (name: string) => `Delen »${name}« er ikke gyldig XML.`,
  xmlTooDeep: (name: string) => `Delen »${name}« er for dybt indlejret til at blive læst.`,
  notWordXml: () =>
    'XML-filen er hverken et Word-dokument i ét stykke (flad OPC, pkg:package) eller et dokument (w:document).',
  paragraphTooLong: (paragraph: number, limit: number) =>
    `Afsnit ${paragraph} er over ${limit.toLocaleString('da-DK')} tegn langt; det ligner ikke et brev, og filen læses ikke.`,
  tooManyParagraphs: (limit: number) =>
    `Dokumentet har over ${limit.toLocaleString('da-DK')} afsnit; det ligner ikke et brev, og filen læses ikke.`,
  textTooLong: (limit: number) =>
    `Dokumentet har over ${limit.toLocaleString('da-DK')} tegn tekst; det ligner ikke et brev, og filen læses ikke.`,
  binaryText: () => 'Filen ligner ikke tekst (den indeholder binære data).',
  unknownFormat: (name: string) => `Filtypen for »${name}« kendes ikke; programmet læser .docx, .txt og .md.`,
} as const;

export type ReadErrorCode = keyof typeof READ_MESSAGES;

/** A file that could not be read, with the Danish reason in `message`. Made with `readError`. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The error for a code, its Danish message filled with the detail.
 * @example readError('notZip').message // "Filen er ikke et Word-dokument (.docx): ..."
 */
export function readError<C extends ReadErrorCode>(
  code: C,
  ...detail: Parameters<(typeof READ_MESSAGES)[C]>
): ReadError {
  const message = (READ_MESSAGES[code] as (...args: unknown[]) => string)(...detail);
  return new ReadError(code, message);
}

/** Megabytes with one decimal, for messages. */
export const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;
