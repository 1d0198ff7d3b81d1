// Registers every main-process IPC handler; one file per feature lives in electron/ipc/.
import { registerFileHandlers } from './ipc/files';

export function registerIpcHandlers(): void {
  registerFileHandlers();
}
