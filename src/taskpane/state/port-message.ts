/** The Danish message for a failed port call. Its own module, so the pane's first bundle needs no composer. */
import { PORT_MESSAGES, PortError } from '../../port';

/**
 * The Danish message for a failed port call: a `PortError` says what went wrong, anything else is unknown.
 * @example portMessage(new PortError('protected')) === PORT_MESSAGES.protected // true
 */
export function portMessage(error: unknown): string {
  if (error instanceof PortError) return error.message;
  if (error instanceof Error && error.name === 'PortError' && error.message) return error.message;
  return PORT_MESSAGES.unknown;
}
