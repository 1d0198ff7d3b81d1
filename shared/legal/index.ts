// The legal pass in one import: paragraph numbers, sections, metadata, French dates.
export { applyLegalStructure } from './applyLegalStructure';
export { detectParagraphNumbers } from './paragraphNumbers';
export { detectSections } from './sections';
export { detectMetadata } from './metadata';
export { courtFromEcli, courtFromHeader } from './courts';
export { guessLanguage } from './language';
export { buildRulingTitle } from './rulingTitle';
export { findDates, findFirstDate, formatFrenchDate, toIsoDate, type FoundDate } from './frenchDates';
export { fold } from './fold';
export { detectDecisionKind, detectPublication } from './decisionKind';
export { detectArticleMetadata } from './articleMetadata';
