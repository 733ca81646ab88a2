/** The Word adapter: `WordDocumentPort` over Office.js, and the real Office host to run it in. */
export {
  WordDocumentPort,
  TAG_PREFIX,
  COMMENT_PREFIX,
  SETTING_KEYS,
  type WordHost,
  type SettingsLike,
} from './word-port';
export { officeHost } from './office-host';
export { insideWord, type OfficeLike } from './detect';
export { WORD_MESSAGES, WordPortError, toPortError } from './errors';
