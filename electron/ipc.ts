// Registers every main-process IPC handler; one file per feature lives in electron/ipc/.
import { registerBackupHandlers } from './ipc/backup';
import { registerDesktopHandlers } from './ipc/desktop';
import { registerExportHandlers } from './ipc/export';
import { registerFileHandlers } from './ipc/files';
import { memorySaveFolder, type SaveFolderMemory } from './saveFolder';
import { SystemFileInbox } from './systemFiles';

export interface IpcDependencies {
  /** Where files from the OS wait for the renderer. */
  inbox?: SystemFileInbox;
  /** Told of every file the user opened through the dialog, for the recent documents. */
  onFileOpened?: (filePath: string) => void;
  /** The folder the save dialogs open in; in memory unless main gives the userData file. */
  saveFolder?: SaveFolderMemory;
}

export function registerIpcHandlers({ inbox = new SystemFileInbox(), onFileOpened, saveFolder = memorySaveFolder() }: IpcDependencies = {}): void {
  registerFileHandlers(onFileOpened, saveFolder);
  registerExportHandlers(saveFolder);
  registerDesktopHandlers(inbox);
  registerBackupHandlers();
}
