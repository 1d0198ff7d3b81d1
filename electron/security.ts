// The network lock and permission policy of the app's session: nothing leaves the machine (DESIGN.md §8).
import type { Session } from 'electron';

/**
 * The only schemes a request from the app may use. Deliberately strict: not even `devtools:`
 * or `chrome-extension:`, because every exception is a hole someone has to audit later.
 */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['app:', 'blob:', 'data:']);

/** True when a request to `url` stays on the machine. Unparseable URLs are refused. */
export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Applies the policy to `session` (the default session, which the window uses).
 * Must run before the window is created, so the first request is already filtered.
 */
export function applySessionSecurity(session: Session): void {
  // Glose needs no camera, microphone, location, notifications, clipboard-read, MIDI, USB…
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    console.warn(`[glose] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[glose] blocked a request that would leave the machine: ${details.url}`);
    callback({ cancel: !allowed });
  });
}
