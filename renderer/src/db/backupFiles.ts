// Backups through the host bridge: a sink that streams chunks into the save session, a source that reads the picked file in pieces.
import type { OpenedBackup } from '../../../shared/ipc';
import { bridge } from '../platform';
import type { BackupSink } from './backup';
import type { BackupSource } from './backupSource';

export function bridgeSink(handle: string): BackupSink {
  return { write: (text) => bridge.writeBackupChunk(handle, text) };
}

/** Each open() reads the file again from its first byte, one piece per pull, so only a piece is in memory at a time. */
export function bridgeSource(opened: OpenedBackup): BackupSource {
  return {
    name: opened.name,
    size: opened.size,
    open: () => {
      let position = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const chunk = await bridge.readBackupChunk(opened.handle, position);
          if (chunk.byteLength === 0) {
            controller.close();
            return;
          }
          position += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
    },
  };
}
