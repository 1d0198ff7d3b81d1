// Registers every main-process IPC handler; one file per feature lives in electron/ipc/.
import { registerBackupHandlers } from './ipc/backup';
import { registerDesktopHandlers } from './ipc/desktop';
import { registerFileHandlers } from './ipc/files';
import { SystemFileInbox } from './systemFiles';

export interface IpcDependencies {
  /** Where files from the OS wait for the renderer. */
  inbox?: SystemFileInbox;
  /** Told of every file the user opened through the dialog, for the recent documents. */
  onFileOpened?: (filePath: string) => void;
}

export function registerIpcHandlers({ inbox = new SystemFileInbox(), onFileOpened }: IpcDependencies = {}): void {
  registerFileHandlers(onFileOpened);
  registerDesktopHandlers(inbox);
  registerBackupHandlers();
}
