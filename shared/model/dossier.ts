// A dossier: a matter that groups documents; a document can sit in several (GloseDocument.dossierIds).

export interface Dossier {
  id: string;
  /** The user's name for the matter, trimmed, unique regardless of case and accents. */
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
}
