// The domain model in one import.
export * from './document';
export * from './annotation';
export * from './tag';
export * from './dossier';
