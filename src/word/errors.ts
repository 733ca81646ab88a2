/**
 * Office errors -> `PortError`s with Danish messages. The Office error code (and, when Office gives one, the
 * statement that failed) is kept on the error for support: the pane shows the message, a supporter asks for
 * the code.
 */
import { PORT_MESSAGES, PortError, type PortErrorCode } from '../port';

/** Danish messages only the Word host needs; the shared ones are `PORT_MESSAGES`. */
export const WORD_MESSAGES = {
  commentsUnsupported:
    'Denne version af Word kan ikke indsætte kommentarer fra tilføjelsesprogrammer (kræver WordApi 1.4). Opdater Word, eller brug Word på nettet.',
  paneUnsupported:
    'Denne version af Word er for gammel til tilføjelsesprogrammet (kræver WordApi 1.3: Word fra Microsoft 365 eller Office 2019 og nyere). Opdater Word, eller brug Word på nettet.',
  locked: 'En del af dokumentet er låst for redigering. Lås den op i Word, og prøv igen.',
  syncFailed: (code: string) =>
    `Word kunne ikke gennemføre handlingen. Prøv igen. Oplys fejlkoden »${code}«, hvis du kontakter support.`,
  stateNotSaved:
    'Valgene kunne ikke gemmes i dokumentet. Gem dokumentet, og prøv igen. Oplys fejlkoden til support, hvis det gentager sig.',
} as const;

/** A failed Word call: a `PortError` that also carries Office's own error code for support. */
export class WordPortError extends PortError {
  constructor(
    code: PortErrorCode,
    message: string,
    /** Office's error code, e.g. "AccessDenied", "GeneralException". */
    readonly officeCode: string,
    /** Office's `debugInfo.errorLocation` when it gives one (the API call that failed). */
    readonly errorLocation?: string,
  ) {
    super(code, message);
  }
}

/** The fields of an `OfficeExtension.Error` we use; anything thrown is read defensively. */
interface OfficeLikeError {
  code?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** Office's error code of something thrown, or undefined when it is not an Office error. */
export function officeCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as OfficeLikeError).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns whatever a `Word.run` threw into a `PortError` with a Danish message; a `PortError` passes as it is.
 * @example toPortError({ code: 'AccessDenied' }).code // "protected"
 */
export function toPortError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  const officeCode = officeCodeOf(error) ?? 'Ukendt';
  const location = (error as OfficeLikeError | undefined)?.debugInfo?.errorLocation;
  const errorLocation = typeof location === 'string' ? location : undefined;
  const make = (code: PortErrorCode, message: string) =>
    new WordPortError(code, message, officeCode, errorLocation);
  switch (officeCode) {
    // Word answers edits of a read-only or protected document (Restrict Editing, opened read-only) so.
    case 'AccessDenied':
      return make('protected', PORT_MESSAGES.protected);
    case 'NotAllowed':
      return make('protected', WORD_MESSAGES.locked);
    case 'ItemNotFound':
      return make('not-found', PORT_MESSAGES['not-found']);
    case 'SearchDialogIsOpen':
      return make('busy', PORT_MESSAGES.busy);
    case 'ApiNotFound':
    case 'NotImplemented':
      return make('unsupported', PORT_MESSAGES.unsupported);
    default:
      return make('unknown', WORD_MESSAGES.syncFailed(officeCode));
  }
}
