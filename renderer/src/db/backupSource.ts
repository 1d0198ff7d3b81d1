// Reads a backup file as text in chunks: from a File/Blob stream in the web edition and tests, from main by pieces in Electron.
import Dexie from 'dexie';

/** A backup file that can be read from the start as many times as needed (once to check it, once to restore it). */
export interface BackupSource {
  name: string;
  size: number;
  open(): ReadableStream<Uint8Array>;
}

export function blobSource(blob: Blob, name = blob instanceof File ? blob.name : 'backup'): BackupSource {
  return { name, size: blob.size, open: () => blob.stream() };
}

/**
 * Calls `onText` with each decoded chunk. Inside a transaction, `keepAlive` wraps each read in Dexie.waitFor,
 * so the transaction outlives the file reads. Returns when the file has been read to its end.
 */
export async function readText(source: BackupSource, onText: (text: string) => void | Promise<void>, options: { keepAlive?: boolean; onBytes?: (read: number) => void } = {}): Promise<void> {
  const reader = source.open().getReader();
  // Not fatal: a damaged byte becomes U+FFFD, which the checksum then reports as an edited file.
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  try {
    for (;;) {
      const next = options.keepAlive ? await Dexie.waitFor(reader.read()) : await reader.read();
      if (next.done) break;
      read += next.value.byteLength;
      options.onBytes?.(read);
      await onText(decoder.decode(next.value, { stream: true }));
    }
    const tail = decoder.decode();
    if (tail) await onText(tail);
  } catch (error) {
    // Stop reading the file (and release main's handle in Electron) before the error goes on.
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}
