// The pure parts of the backup format: file names, line cutting, the writer's checksums as the reader checks them.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupReader, BackupWriter, backupFileName, CURRENT_SCHEMA_VERSION, LineSplitter, type BackupEvent } from '../../../shared/backup';
import { db } from '../../../renderer/src/db/database';

const keyPaths = { tags: 'id', notes: 'id' };

function write(records: unknown[], table = 'notes'): string {
  const writer = new BackupWriter();
  return writer.header({ schema: CURRENT_SCHEMA_VERSION, app: '0.1.0', createdAt: '2026-11-23T11:00:00.000Z', tables: [table] }) + writer.table(table) + writer.records(records) + writer.trailer();
}

describe('backup format', () => {
  it('names automatic backups by UTC date and time, so they sort in time order', () => {
    expect(backupFileName(new Date('2026-03-04T05:06:07Z'))).toBe('glose-20260304-050607.glose-backup');
  });

  it('cuts lines across chunks, with CRLF or LF, and keeps only the unfinished line', () => {
    const splitter = new LineSplitter(() => {
      throw new Error('too long');
    });
    expect(splitter.push('{"a":1}\r\n{"b"')).toEqual(['{"a":1}']);
    expect(splitter.push(':2}\n{"c":3}')).toEqual(['{"b":2}']);
    expect(splitter.flush()).toEqual(['{"c":3}']);
  });

  it('refuses a first line that goes on and on (a binary file) before reading it all', () => {
    const splitter = new LineSplitter((line) => {
      throw new Error(`line ${line}`);
    }, 16);
    expect(() => splitter.push('x'.repeat(17))).toThrow('line 1');
  });

  it('keeps the records of a table this build has no schema for (a later table), and reads CRLF files alike', () => {
    const text = write([{ id: 'n1', body: 'x' }, { id: 'n2', body: 'y' }]);
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      const reader = new BackupReader({ keyPaths });
      const events: BackupEvent[] = reader.push(variant);
      expect(events.filter((e) => e.kind === 'record').map((e) => (e.kind === 'record' ? e.record : null))).toEqual([{ id: 'n1', body: 'x' }, { id: 'n2', body: 'y' }]);
      expect(reader.end().counts).toEqual({ notes: 2 });
    }
  });

  it('drops fields the model does not know', () => {
    const reader = new BackupReader({ keyPaths });
    const events = reader.push(write([{ id: 't', name: 'A', color: '#aabbcc', order: 1, secret: 'dropped' }], 'tags'));
    expect(events.find((e) => e.kind === 'record')).toEqual({ kind: 'record', table: 'tags', record: { id: 't', name: 'A', color: '#aabbcc', order: 1 } });
  });

  it('writes the schema version the database is at', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(db.verno);
  });
});
