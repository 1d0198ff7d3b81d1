// Anchoring of passages (DESIGN.md §5) in one import.
export { documentText, blockOffsets, sortedBlocks, TextIndex, toTextIndex, type PointSide, type TextSource } from './textIndex';
export { anchorPassage, quoteAt, CONTEXT_LENGTH } from './anchorPassage';
export { resolveAnchor, resolveAnchors, type ResolvedAnchor } from './resolveAnchor';
export { reanchorPassages, type ReanchorReport } from './reanchorVersion';
export { fuzzyMatchQuote } from './fuzzyMatch';
export { contextScores, maxErrorsFor, scoreMatch, textMatchScore, type QuoteMatch, type ScoredMatch } from './quoteScore';
