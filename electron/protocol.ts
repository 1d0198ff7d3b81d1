// Serves the built renderer (dist/renderer) on app://glose/, read-only, with the CSP on every response.
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** The renderer build, next to the bundled main file (dist/electron/main.cjs → dist/renderer). */
export function defaultRendererDir(bundleDir: string): string {
  return path.join(bundleDir, '../renderer');
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function respond(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      // Never let the engine guess a type: a .txt must not become a script.
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Any `..` segment, whether written plainly, percent-encoded, or with backslashes. */
const PARENT_SEGMENT = /(^|[/\\])\.\.([/\\]|$)/;

/**
 * Maps a request URL to a file under `rootDir`, or to the HTTP status that refuses it.
 * Works on the raw URL as well as the parsed one: URL parsing silently drops `..`, and a
 * refusal is easier to notice in a log than a request that quietly lands somewhere else.
 */
export function resolveRequestPath(rawUrl: string, rootDir: string): { file: string } | { status: 403 | 404 } {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 404 };

  const rawPath = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  let decodedRaw: string;
  let decoded: string;
  try {
    decodedRaw = decodeURIComponent(rawPath);
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 404 };
  }
  if (PARENT_SEGMENT.test(decodedRaw) || PARENT_SEGMENT.test(decoded) || decoded.includes('\0')) {
    return { status: 403 };
  }

  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  // `C:\…`, `\\server\share` or a path that still starts at a root after stripping slashes.
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative) || /^[a-z]:/i.test(relative)) {
    return { status: 403 };
  }

  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const fromRoot = path.relative(root, file);
  if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return { status: 403 };
  return { file };
}

/** The protocol handler itself, separate from `protocol.handle` so it can be tested with plain Requests. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const target = resolveRequestPath(request.url, rootDir);
    if ('status' in target) {
      console.warn(`[glose] refused ${request.url} (${target.status})`);
      return respond(target.status, target.status === 403 ? 'Forbidden' : 'Not found');
    }
    try {
      const info = await stat(target.file);
      if (!info.isFile()) return respond(404, 'Not found');
      const bytes = await readFile(target.file);
      return respond(200, request.method === 'HEAD' ? null : new Uint8Array(bytes), mimeTypeFor(target.file));
    } catch {
      return respond(404, 'Not found');
    }
  };
}

/** Call once the app is ready; the scheme itself must be registered as privileged before that. */
export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
