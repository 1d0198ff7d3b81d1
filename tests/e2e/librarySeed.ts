// Fills the app's own IndexedDB with documents (and a paragraph each, and passages) without the importer, then reloads.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface SeedDocument {
  id: string;
  title: string;
  kind?: 'ruling' | 'article' | 'statute' | 'other';
  court?: string;
  date?: string;
  caseNumber?: string;
  importedAt?: number;
  dossierIds?: string[];
}
export interface SeedPassage {
  id: string;
  docId: string;
  tagIds: string[];
}

/** Generated documents for the large-library tests: `Décision n° 00001` … with courts and dates spread out. */
export function manyDocuments(count: number): SeedDocument[] {
  const courts = ['Conseil d’État', 'Cour de cassation', 'Tribunal administratif de Paris', 'Cour administrative d’appel de Lyon'];
  return Array.from({ length: count }, (_, i) => ({
    id: `gen-${String(i + 1).padStart(5, '0')}`,
    title: `Décision n° ${String(i + 1).padStart(5, '0')}`,
    court: courts[i % courts.length],
    date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    importedAt: Date.UTC(2026, 0, 1) + i * 60_000,
  }));
}

export async function seedLibrary(page: Page, documents: SeedDocument[], passages: SeedPassage[] = []) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(
    ({ documents, passages }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glose');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'blocks', 'annotations'], 'readwrite');
          for (const doc of documents) {
            const text = `1. Le juge des référés statue sur la requête relative à ${doc.title}.`;
            tx.objectStore('documents').put({
              kind: 'ruling',
              sourceFileName: `${doc.id}.txt`,
              sourceFormat: 'text',
              language: 'fr',
              wordCount: 12,
              importedAt: Date.now(),
              contentHash: `hash-${doc.id}`,
              ...doc,
            });
            tx.objectStore('blocks').put({ id: `${doc.id}-b0`, docId: doc.id, order: 0, type: 'paragraph', text, number: '1' });
          }
          for (const p of passages) {
            tx.objectStore('annotations').put({
              id: p.id,
              docId: p.docId,
              tagIds: p.tagIds,
              status: 'anchored',
              note: '',
              anchor: { start: { blockId: `${p.docId}-b0`, offset: 3 }, end: { blockId: `${p.docId}-b0`, offset: 8 }, quote: { exact: 'Le ju', prefix: '1. ', suffix: 'ge de' }, position: { start: 3, end: 8 } },
              createdAt: 1,
              updatedAt: 1,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { documents, passages },
  );
  // Dexie does not see writes made behind its back: reload so the library reads them.
  await page.reload();
}
