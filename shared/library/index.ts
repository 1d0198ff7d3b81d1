// The library's pure domain: sorting, filtering, dossier names and membership, the saved view.
export * from './sortDocuments';
export * from './filterDocuments';
export * from './dossierName';
export * from './dossierMembership';
export * from './libraryView';
export * from './tagScope';
export * from './comparePair';
