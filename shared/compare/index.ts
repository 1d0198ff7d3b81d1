// Comparison of two decisions (DESIGN.md §7): alignment, word diff, argument rows, carry-over, exports.
export { alignDecisions, type AlignOptions } from './alignDecisions';
export { wordDiff, diffWordCounts } from './wordDiff';
export { wordTokens, countWords } from './tokens';
export { splitNumber, comparisonKey } from './paragraphText';
export type { AlignedRow, CompareParagraph, CompareProgress, CompareSummary, Comparison, DiffPart } from './types';
export { argumentRows, hasArguments, matchesFilters, type ArgumentFilters, type ArgumentPassage, type ArgumentRow, type Presence } from './argumentRows';
export { carryOverCandidates, type CarryOverCandidate } from './carryOver';
export { redline, type RedlineParagraph } from './redline';
export { exportComparisonMarkdown, type ComparisonExportInput } from './exportMarkdown';
export { exportComparisonDocx } from './exportDocx';
