// The backup format and its pure parts: writer, reader (validation and migration), merge rules.
export * from './format';
export * from './errors';
export * from './writer';
export * from './reader';
export * from './migrate';
export * from './merge';
export { LineSplitter } from './lines';
