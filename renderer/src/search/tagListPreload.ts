// Builds, in idle time after start-up, the tag lists an upgrade or a restore left missing, so that the first listing of a tag finds its list.
import { db } from '../db/database';
import { buildTagLists } from './tagListQuery';

/** Waits for the window's next idle period (a plain turn where there is no idle callback, as in Node). */
const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));

/**
 * One tag per idle period, each in its own short transaction, so a tagging never waits long behind it. Failures are
 * left to the argument view, which builds a missing list itself and reports what goes wrong. Returns a cancel.
 */
export function preloadTagLists(delayMs = 4000): () => void {
  let cancelled = false;
  const run = async () => {
    const [tags, built] = await Promise.all([db.tags.toCollection().primaryKeys(), db.tagLists.toCollection().primaryKeys()]);
    const have = new Set<string>(built);
    for (const id of tags) {
      if (have.has(id)) continue;
      await idle();
      if (cancelled) return;
      await buildTagLists([id]);
    }
  };
  const timer = setTimeout(() => void run().catch(() => undefined), delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
