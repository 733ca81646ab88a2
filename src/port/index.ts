/** The document port: the contract between the task pane and any host (Word, the preview). */
export * from './types';
export { partOfBlockId, partRank } from './blocks';
