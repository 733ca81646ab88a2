/** The document port: the contract between the task pane and any host (Word, the preview). */
export * from './types';
export { compareBlocks, partOfBlockId, partRank } from './blocks';
