// Full-text search of the library: analysis, query parsing, the index, matching and snippets.
export * from './analyse';
export * from './libraryIndex';
export * from './match';
export * from './parseQuery';
export * from './snippet';
export * from './stem';
export * from './stopWords';
export * from './units';
export * from './arguments';
export * from './tagLists';
