// The app's own origin, app://glose, and the one test for "is this URL ours?".

/**
 * NEVER change these. IndexedDB, and with it the user's whole library, is stored per origin:
 * a different scheme or host would open an empty database and the user's work would seem lost.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'glose';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is served by our own protocol handler. A prefix test on `app://glose/`
 * (with the slash) pins the host exactly: `app://glose.evil/` or `app://glose@evil/` fail it.
 */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
