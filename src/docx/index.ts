/**
 * The .docx reader's public surface: `readLetter` for bytes of any supported format, `readFlatOpc` for the
 * XML Word's `getOoxml()` returns, and the typed error with its Danish reason.
 */
export {
  readLetter,
  readFlatOpc,
  detectFormat,
  LETTER_EXTENSIONS,
  type InputFormat,
  type ReadOptions,
} from './read';
export { ReadError, READ_MESSAGES, type ReadErrorCode } from './errors';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
