// Persistent storage: asked of the browser engine once, at the first start (remembered in settings), and read for the settings view.
import { readSetting, writeSetting } from '../db/settings';

const ASKED = 'storage.persistAsked';

export interface StorageState {
  /** null when the engine does not say (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/**
 * Once per library: the request may show a prompt in some browsers, and its answer rarely changes;
 * the settings view has a button to ask again.
 */
export async function requestPersistenceOnce(): Promise<void> {
  if (!navigator.storage?.persist) return;
  if (await readSetting(ASKED, (value): value is true => value === true)) return;
  await writeSetting(ASKED, true);
  await navigator.storage.persist().catch(() => false);
}

export async function askPersistence(): Promise<boolean> {
  return navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : false;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = navigator.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Bytes for people: 12.3 MB, 1.2 GB, in the interface's language. */
export function formatBytes(bytes: number, lang: string): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go', 'To'] : ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}
