// Hand-written guards for IPC: who may call (the sender) and what they may send (the payload shapes).
import type { IpcMainInvokeEvent } from 'electron';
import { LANGS } from '../../shared/i18n';
import { MAX_PRINT_HTML, type ClipboardContent, type FileFilter, type MenuState, type MenuTag, type OpenFilesRequest, type PrintPdfRequest, type SaveFileRequest, type SystemFileImported } from '../../shared/ipc';
import { isAppUrl } from '../origin';

/** Generous bounds: they exist to refuse garbage, not to constrain the renderer. */
const MAX_TITLE = 500;
const MAX_NAME = 255;
const MAX_FILTERS = 32;
const MAX_EXTENSIONS = 64;
/** Extensions without a dot, or `*`, as Electron's dialog filters expect. */
const EXTENSION = /^(\*|[A-Za-z0-9_-]{1,16})$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBoundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isFileFilter(value: unknown): value is FileFilter {
  return (
    isRecord(value) &&
    isBoundedString(value.name, MAX_TITLE) &&
    Array.isArray(value.extensions) &&
    value.extensions.length <= MAX_EXTENSIONS &&
    value.extensions.every((ext) => typeof ext === 'string' && EXTENSION.test(ext))
  );
}

function isFilterList(value: unknown): value is FileFilter[] {
  return Array.isArray(value) && value.length <= MAX_FILTERS && value.every(isFileFilter);
}

export function isOpenFilesRequest(value: unknown): value is OpenFilesRequest {
  return isRecord(value) && isBoundedString(value.title, MAX_TITLE) && isFilterList(value.filters);
}

export function isSaveFileRequest(value: unknown): value is SaveFileRequest {
  return (
    isRecord(value) &&
    isBoundedString(value.title, MAX_TITLE) &&
    isBoundedString(value.suggestedName, MAX_NAME) &&
    isBoundedString(value.mimeType, MAX_NAME) &&
    isFilterList(value.filters) &&
    (typeof value.data === 'string' || value.data instanceof Uint8Array)
  );
}

export function isPrintPdfRequest(value: unknown): value is PrintPdfRequest {
  return (
    isRecord(value) &&
    isBoundedString(value.title, MAX_TITLE) &&
    isBoundedString(value.suggestedName, MAX_NAME) &&
    isFilterList(value.filters) &&
    isBoundedString(value.html, MAX_PRINT_HTML) &&
    value.html.length > 0
  );
}

/**
 * Refuses a call that does not come from our own page. Only app://glose/ is ever loaded,
 * but if something else were (a bug, a future iframe), it must not reach the file system.
 */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAppUrl(url)) {
    console.warn(`[glose] refused ${channel} from an untrusted sender: ${url || '(no frame)'}`);
    throw new Error(`${channel}: refused, the caller is not the Glose window.`);
  }
}

/** Throws (never crashes main) when a payload does not have the shape the channel expects. */
export function assertPayload<T>(value: unknown, guard: (v: unknown) => v is T, channel: string): T {
  if (!guard(value)) {
    console.warn(`[glose] refused ${channel}: malformed request`);
    throw new Error(`${channel}: malformed request.`);
  }
  return value;
}

/**
 * The suggested name becomes the dialog's default file name; a document title such as
 * "Décision 2023/117" must not be read as a directory, so separators and reserved characters go.
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  const cleaned = name.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || 'glose-export';
}

const MAX_TAGS = 200;
const MAX_CLIPBOARD = 2 * 1024 * 1024;
const MAX_URL = 2048;

function isMenuTag(value: unknown): value is MenuTag {
  return (
    isRecord(value) &&
    isBoundedString(value.id, MAX_NAME) &&
    isBoundedString(value.name, MAX_NAME) &&
    (value.shortcut === undefined || (typeof value.shortcut === 'string' && /^[1-9]$/.test(value.shortcut)))
  );
}

export function isMenuState(value: unknown): value is MenuState {
  return (
    isRecord(value) &&
    (LANGS as readonly unknown[]).includes(value.lang) &&
    typeof value.darkMode === 'boolean' &&
    typeof value.documentOpen === 'boolean' &&
    typeof value.readerAvailable === 'boolean' &&
    Array.isArray(value.tags) &&
    value.tags.length <= MAX_TAGS &&
    value.tags.every(isMenuTag)
  );
}

export function isClipboardContent(value: unknown): value is ClipboardContent {
  return isRecord(value) && isBoundedString(value.text, MAX_CLIPBOARD) && isBoundedString(value.html, MAX_CLIPBOARD);
}

export function isUrlString(value: unknown): value is string {
  return isBoundedString(value, MAX_URL) && value.length > 0;
}

/** For channels that take no argument: anything sent along is a sign of a confused or hostile caller. */
export function isNothing(value: unknown): value is undefined {
  return value === undefined;
}

/** A ticket main issued (a UUID) and a library document id: both short strings of safe characters. */
export function isSystemFileImported(value: unknown): value is SystemFileImported {
  return (
    isRecord(value) &&
    typeof value.ticket === 'string' &&
    /^[0-9a-f-]{36}$/.test(value.ticket) &&
    typeof value.docId === 'string' &&
    /^[\w-]{1,200}$/.test(value.docId)
  );
}
