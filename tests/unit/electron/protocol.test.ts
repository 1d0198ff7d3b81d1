// The app:// protocol handler: serves the renderer build, with the CSP, and nothing outside it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fake } from './fakeElectron';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { createAppProtocolHandler, defaultRendererDir, registerAppProtocol } from '../../../electron/protocol';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  base = await mkdtemp(path.join(os.tmpdir(), 'glose-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Glose</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log("glose")');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'assets', 'plain.data'), 'x');
  // A sibling of the served folder that traversal attempts aim at.
  await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  serve = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// protocol handler', () => {
  it('serves index.html for the entry URL and for the bare origin', async () => {
    for (const url of ['app://glose/index.html', 'app://glose/']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('<!doctype html><title>Glose</title>');
    }
  });

  it('serves assets with their MIME type', async () => {
    const cases: Array<[string, string]> = [
      ['app://glose/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://glose/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://glose/assets/font.woff2', 'font/woff2'],
      ['app://glose/assets/plain.data', 'application/octet-stream'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
    }
    expect(await (await get('app://glose/assets/index-abc.js?v=1#x')).text()).toBe('console.log("glose")');
  });

  it('puts the Content-Security-Policy on every response, refusals included', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    for (const url of ['app://glose/index.html', 'app://glose/missing.js', 'app://glose/..%2fsecret.txt', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it.each([
    'app://glose/../secret.txt',
    'app://glose/assets/../../secret.txt',
    'app://glose/%2e%2e/secret.txt',
    'app://glose/%2E%2E/secret.txt',
    'app://glose/..%2fsecret.txt',
    'app://glose/assets/..%2f..%2fsecret.txt',
    'app://glose/..%5csecret.txt',
    'app://glose/%2fetc%2fpasswd',
    'app://glose/C:%5cWindows%5cwin.ini',
    'app://glose/index.html%00.js',
  ])('refuses the traversal %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('refuses hosts other than glose, and unknown files', async () => {
    for (const url of ['app://evil/index.html', 'app://glose.evil/index.html', 'app://glose:8080/index.html', 'app://glose/nope.js']) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get('app://glose/assets')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await get('app://glose/index.html', 'POST')).status).toBe(405);
    const head = await get('app://glose/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registerAppProtocol', () => {
  it('handles the app scheme with a handler serving the given folder', async () => {
    registerAppProtocol(root);
    expect(fake.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = fake.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect(await (await handler(new Request('app://glose/index.html'))).text()).toContain('<title>Glose</title>');
  });

  it('finds the renderer build next to the bundled main file', () => {
    expect(defaultRendererDir(path.join('/opt', 'glose', 'dist', 'electron'))).toBe(path.join('/opt', 'glose', 'dist', 'renderer'));
  });
});
