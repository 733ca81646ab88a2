/** A Fluent Field's validation props from the settings form's messages. */
import type { FieldErrors } from './draft';

/**
 * A Field's validation props for a field's messages: an error state and the messages joined, or nothing.
 * @example <Field {...validation(errors, 'name')}>
 */
export function validation(errors: FieldErrors, key: keyof FieldErrors) {
  const messages = errors[key];
  return messages && messages.length > 0
    ? { validationState: 'error' as const, validationMessage: messages.join(' ') }
    : {};
}
