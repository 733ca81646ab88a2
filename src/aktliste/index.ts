/**
 * The document list (aktliste): read a list (.xlsx, .csv, a paste from Excel, a letter's own table) into
 * rows, map each row's reason to grounds, propose the outcome and the grounds, and check a letter against
 * the list. The readers take bytes or text, never a path; the spreadsheet libraries load lazily.
 */
export {
  readAktliste,
  readPastedAktliste,
  readListGrids,
  LIST_EXTENSIONS,
  type ListFormat,
  type ReadList,
  type ReadListOptions,
} from './read';
export {
  buildAktliste,
  proposeOutcome,
  unionOfGrounds,
  toCaseDocuments,
  headerOfError,
  ROW_MESSAGES,
  type BuildOptions,
  type ListHeader,
  type Aktliste,
  type ListRow,
  type ListOutcome,
  type RowProblem,
  type RowProblemCode,
} from './rows';
export {
  FIELDS,
  columnCandidates,
  headerSignature,
  type Field,
  type ColumnCandidate,
  type ColumnOverrides,
} from './columns';
export { mapReason, groundsNamed, regimeOf, type RowGround, type ReasonMapping } from './reasons';
export {
  REASON_VOCABULARY,
  type VocabularyEntry,
  type ReasonTarget,
  type VocabularyRegime,
} from './vocabulary';
export { compareWithList, type ListFinding, type ListRule } from './compare';
export { LIST_RULES } from './rules';
export { ListReadError, LIST_MESSAGES, LIST_ERROR_CODES, type ListErrorCode } from './errors';
export { LIST_LIMITS, type ListLimits } from './limits';
export type { Grid, CellValue } from './grid';
