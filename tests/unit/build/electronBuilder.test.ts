// electron-builder.yml passes electron-builder's own schema validation and says what the issue asks; the icons it names are committed.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function config(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is checked for real: a misspelt option is refused', async () => {
    const broken = { ...(await config()), linux: { categroy: 'Office' } } as unknown as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*linux/);
  });

  it('builds AppImage and deb, per-user NSIS and dmg, as Glose, category Office', async () => {
    const c = await config();
    expect(c.appId).toBe('eu.glose.app');
    expect(c.productName).toBe('Glose');
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.linux?.category).toBe('Office');
    expect(c.win?.target).toEqual(['nsis']);
    expect(c.nsis?.perMachine).toBe(false);
    expect(c.mac?.target).toEqual(['dmg']);
    expect(c.asar).toBe(true);
    expect(c.afterPack).toBe('./scripts/after-pack.mjs');
  });

  it('associates .txt, .md, .html, .pdf, .docx and .odt', async () => {
    const associations = [(await config()).fileAssociations ?? []].flat();
    expect(associations.flatMap((a) => [a.ext].flat()).sort()).toEqual(['docx', 'htm', 'html', 'markdown', 'md', 'odt', 'pdf', 'txt']);
    for (const association of associations) expect(association.mimeType, association.name ?? '').toMatch(/^[a-z]+\/[\w.+-]+$/);
  });

  it('names icons that are committed, a PNG for every size from 16 to 1024, an .ico and an .icns', async () => {
    const c = await config();
    for (const file of [c.win?.icon, c.mac?.icon, c.nsis?.installerIcon, c.dmg?.icon]) {
      expect(file).toBeTruthy();
      expect(existsSync(path.join(root, String(file))), String(file)).toBe(true);
    }
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(root, String(c.linux?.icon), `${size}x${size}.png`))).toEqual([size, size]);
    }
    expect(readFileSync(path.join(root, 'build/icons/icon.ico')).readUInt16BE(0)).toBe(0);
    expect(readFileSync(path.join(root, 'build/icons/icon.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
  });
});
