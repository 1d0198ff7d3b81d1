// The session's network lock and permission policy.
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { applySessionSecurity, isAllowedRequestUrl } from '../../../electron/security';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequest = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (webContents: unknown, permission: string) => boolean;

function securedSession() {
  const session = {
    setPermissionRequestHandler: vi.fn<(handler: PermissionRequest) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: PermissionCheck) => void>(),
    webRequest: { onBeforeRequest: vi.fn<(handler: BeforeRequest) => void>() },
  };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  applySessionSecurity(session as unknown as Session);
  const only = <T>(calls: T[][]): T => {
    expect(calls).toHaveLength(1);
    return calls[0]![0]!;
  };
  return {
    onBeforeRequest: only(session.webRequest.onBeforeRequest.mock.calls),
    onPermissionRequest: only(session.setPermissionRequestHandler.mock.calls),
    onPermissionCheck: only(session.setPermissionCheckHandler.mock.calls),
  };
}

const FOREIGN = [
  'http://example.com/',
  'https://fonts.googleapis.com/css',
  'ws://127.0.0.1:5173/',
  'wss://example.com/socket',
  'file:///etc/passwd',
  'ftp://example.com/',
  'devtools://devtools/bundled/inspector.html',
  'chrome-extension://abc/background.js',
  'not a url',
];
const LOCAL = ['app://glose/index.html', 'app://glose/assets/index-abc.js', 'blob:app://glose/6f1c', 'data:image/png;base64,iVBORw0KGgo='];

describe('isAllowedRequestUrl', () => {
  it.each(LOCAL)('lets %s through', (url) => expect(isAllowedRequestUrl(url)).toBe(true));
  it.each(FOREIGN)('refuses %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

describe('applySessionSecurity', () => {
  it('cancels every request that would leave the machine, and only those', () => {
    const { onBeforeRequest } = securedSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0];
    };
    for (const url of FOREIGN) expect(decide(url), url).toEqual({ cancel: true });
    for (const url of LOCAL) expect(decide(url), url).toEqual({ cancel: false });
  });

  it('denies every permission request and answers false to every permission check', () => {
    const { onPermissionRequest, onPermissionCheck } = securedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      onPermissionRequest({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(onPermissionCheck({}, permission), permission).toBe(false);
    }
  });
});
