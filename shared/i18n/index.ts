// The dictionary and its lookup, shared by the renderer, the main process and the exporters.
export * from './messages';
export * from './translate';
export * from './tagName';
