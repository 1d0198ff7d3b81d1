// Recent documents: the OS list, and Glose's own list for the File menu, validated when read back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fake } from './fakeElectron';
import { MAX_RECENT, parseRecent, RecentDocuments, withRecent } from '../../../electron/recentDocuments';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'glose-recent-'));
  fake.app.addRecentDocument.mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('withRecent and parseRecent', () => {
  it('puts the newest first, once, and keeps at most ten', () => {
    const many = Array.from({ length: MAX_RECENT }, (_, i) => `/d/${i}.txt`);
    expect(withRecent(['/a', '/b'], '/b')).toEqual(['/b', '/a']);
    expect(withRecent(many, '/new.txt')).toHaveLength(MAX_RECENT);
    expect(withRecent(many, '/new.txt')[0]).toBe('/new.txt');
  });

  it('keeps only sensible strings from a saved list', () => {
    expect(parseRecent(['/a.txt', 3, '', null, 'x'.repeat(5000), '/b.md'])).toEqual(['/a.txt', '/b.md']);
    expect(parseRecent({ '/a': 1 })).toEqual([]);
  });
});

describe('RecentDocuments', () => {
  it('adds to the OS list and to its own file, and survives a restart', async () => {
    const file = path.join(dir, 'recent-documents.json');
    const changed = vi.fn();
    const recent = new RecentDocuments(file, changed);
    recent.add('/home/me/ce-503163.txt');
    expect(fake.app.addRecentDocument).toHaveBeenCalledExactlyOnceWith('/home/me/ce-503163.txt');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(new RecentDocuments(file).entries()).toEqual(['/home/me/ce-503163.txt']);

    recent.clear();
    expect(fake.app.clearRecentDocuments).toHaveBeenCalled();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([]);
  });

  it('starts empty from a corrupt file', async () => {
    const file = path.join(dir, 'recent-documents.json');
    await writeFile(file, '[not json');
    expect(new RecentDocuments(file).entries()).toEqual([]);
  });
});
