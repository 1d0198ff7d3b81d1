// The codebook domain in one import: changes, tag and passage operations, .qdc, lexicon and suggestions.
export * from './change';
export * from './contrast';
export * from './lexicon';
export * from './passageOps';
export * from './qdcDescription';
export * from './qdcImport';
export * from './qdcRead';
export * from './qdcWrite';
export * from './suggest';
export * from './tagOps';
export * from './defaults';
export * from './tree';
