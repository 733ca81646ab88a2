/**
 * What the reader accepts before it calls a file hostile. A decision letter is a few hundred kilobytes of
 * XML; these bounds are far above any letter and far below what would exhaust a 512 MB heap.
 */
export interface ReadLimits {
  /** Size of the file itself. */
  maxInputBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** Sum of the uncompressed sizes the central directory declares, all entries. */
  maxTotalUncompressed: number;
  /** Uncompressed size of one XML part the reader parses. */
  maxPartBytes: number;
  /** Uncompressed/compressed ratio of a part larger than `ratioFloorBytes` (deflate manages ~1000 at most). */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Characters in one paragraph. */
  maxParagraphChars: number;
  maxParagraphs: number;
  /** Characters of text in the whole document. */
  maxTextChars: number;
  /** Element nesting in an XML part. */
  maxXmlDepth: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxInputBytes: 100 * MB,
  maxEntries: 5000,
  maxTotalUncompressed: 512 * MB,
  maxPartBytes: 32 * MB,
  maxRatio: 200,
  ratioFloorBytes: MB,
  maxParagraphChars: 200_000,
  maxParagraphs: 200_000,
  maxTextChars: 20_000_000,
  maxXmlDepth: 200,
};
