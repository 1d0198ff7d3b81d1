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
  it('puts the newest first, once, and keeps at most ten; a path opened again keeps its document', () => {
    const many = Array.from({ length: MAX_RECENT }, (_, i) => ({ path: `/d/${i}.txt` }));
    expect(withRecent([{ path: '/a' }, { path: '/b', docId: 'doc-b' }], '/b')).toEqual([{ path: '/b', docId: 'doc-b' }, { path: '/a' }]);
    expect(withRecent(many, '/new.txt')).toHaveLength(MAX_RECENT);
    expect(withRecent(many, '/new.txt')[0]).toEqual({ path: '/new.txt' });
  });

  it('keeps only sensible entries from a saved list, in the first format (paths) or with documents', () => {
    expect(parseRecent(['/a.txt', 3, '', null, 'x'.repeat(5000), '/b.md'])).toEqual([{ path: '/a.txt' }, { path: '/b.md' }]);
    expect(parseRecent([{ path: '/a.txt', docId: 'doc-1' }, { path: '/b.txt', docId: 42 }, { docId: 'doc-3' }, { path: '' }])).toEqual([
      { path: '/a.txt', docId: 'doc-1' },
      { path: '/b.txt' },
    ]);
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

  it('remembers the document a path became, across a restart, until the list is cleared', async () => {
    const file = path.join(dir, 'recent-documents.json');
    const changed = vi.fn();
    const recent = new RecentDocuments(file, changed);
    recent.add('/home/me/ce-503163.txt');
    recent.add('/home/me/note.md');
    expect(recent.documentFor('/home/me/ce-503163.txt')).toBeUndefined();
    recent.remember('/home/me/ce-503163.txt', 'doc-503163');
    // The menu shows paths only: learning the document does not rebuild it.
    expect(changed).toHaveBeenCalledTimes(2);
    recent.remember('/home/me/unknown.txt', 'doc-x');
    recent.add('/home/me/ce-503163.txt');

    const again = new RecentDocuments(file);
    expect(again.entries()).toEqual(['/home/me/ce-503163.txt', '/home/me/note.md']);
    expect(again.documentFor('/home/me/ce-503163.txt')).toBe('doc-503163');
    expect(again.documentFor('/home/me/unknown.txt')).toBeUndefined();
    again.clear();
    expect(new RecentDocuments(file).documentFor('/home/me/ce-503163.txt')).toBeUndefined();
  });

  it('reads the list saved by the first version (paths only)', async () => {
    const file = path.join(dir, 'recent-documents.json');
    await writeFile(file, JSON.stringify(['/home/me/old.txt']));
    const recent = new RecentDocuments(file);
    expect(recent.entries()).toEqual(['/home/me/old.txt']);
    expect(recent.documentFor('/home/me/old.txt')).toBeUndefined();
  });

  it('starts empty from a corrupt file', async () => {
    const file = path.join(dir, 'recent-documents.json');
    await writeFile(file, '[not json');
    expect(new RecentDocuments(file).entries()).toEqual([]);
  });
});
