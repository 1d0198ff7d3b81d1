// IPC of the desktop shell: the renderer's menu state, its "I listen for files" signal and what those files became, the clipboard, and external links.
import { BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { translate } from '../../shared/i18n';
import { IPC_CHANNELS, isExternalLinkUrl, type OpenExternalResult } from '../../shared/ipc';
import { currentLang, updateMenuState } from '../menu';
import type { SystemFileInbox } from '../systemFiles';
import { assertPayload, assertTrustedSender, isClipboardContent, isMenuState, isNothing, isSystemFileImported, isUrlString } from './validate';

export async function handleMenuUpdate(event: IpcMainInvokeEvent, payload: unknown): Promise<void> {
  assertTrustedSender(event, IPC_CHANNELS.menuUpdate);
  updateMenuState(assertPayload(payload, isMenuState, IPC_CHANNELS.menuUpdate));
}

export async function handleClipboardWrite(event: IpcMainInvokeEvent, payload: unknown): Promise<void> {
  assertTrustedSender(event, IPC_CHANNELS.clipboardWrite);
  const content = assertPayload(payload, isClipboardContent, IPC_CHANNELS.clipboardWrite);
  // Through main: the page's own clipboard API needs a permission the session denies to everything.
  // One item with both types: a word processor pastes the HTML, a plain field the text.
  await clipboard.write([new ClipboardItem({ 'text/plain': content.text, 'text/html': content.html })]);
}

/**
 * The only way out of Glose: an http(s) link the user clicked, and only after the user confirms in a
 * native dialog the page cannot draw over. Anything else (file:, javascript:, a custom scheme that
 * would start another program) is refused and logged.
 */
export async function handleOpenExternal(event: IpcMainInvokeEvent, payload: unknown): Promise<OpenExternalResult> {
  assertTrustedSender(event, IPC_CHANNELS.shellOpenExternal);
  const url = assertPayload(payload, isUrlString, IPC_CHANNELS.shellOpenExternal);
  if (!isExternalLinkUrl(url)) {
    console.warn(`[glose] refused to open a non-web link: ${url}`);
    return 'refused';
  }
  const lang = currentLang();
  const options = {
    type: 'question' as const,
    title: translate(lang, 'external.title'),
    message: translate(lang, 'external.title'),
    detail: translate(lang, 'external.message', { url }),
    buttons: [translate(lang, 'external.open'), translate(lang, 'external.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return 'cancelled';
  await shell.openExternal(url);
  return 'opened';
}

export function registerDesktopHandlers(inbox: SystemFileInbox): void {
  ipcMain.handle(IPC_CHANNELS.menuUpdate, handleMenuUpdate);
  ipcMain.handle(IPC_CHANNELS.clipboardWrite, handleClipboardWrite);
  ipcMain.handle(IPC_CHANNELS.shellOpenExternal, handleOpenExternal);
  ipcMain.handle(IPC_CHANNELS.systemFilesReady, async (event: IpcMainInvokeEvent, payload: unknown) => {
    assertTrustedSender(event, IPC_CHANNELS.systemFilesReady);
    assertPayload(payload, isNothing, IPC_CHANNELS.systemFilesReady);
    await inbox.ready(event.sender);
  });
  ipcMain.handle(IPC_CHANNELS.systemFilesImported, async (event: IpcMainInvokeEvent, payload: unknown) => {
    assertTrustedSender(event, IPC_CHANNELS.systemFilesImported);
    const { ticket, docId } = assertPayload(payload, isSystemFileImported, IPC_CHANNELS.systemFilesImported);
    if (!inbox.imported(ticket, docId)) console.warn(`[glose] ${IPC_CHANNELS.systemFilesImported}: no file was delivered under ticket ${ticket}`);
  });
}
