// Small preferences stored in the `settings` table.
import { db } from './database';

export async function readSetting<T>(key: string, isValid: (value: unknown) => value is T): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row && isValid(row.value) ? row.value : undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
