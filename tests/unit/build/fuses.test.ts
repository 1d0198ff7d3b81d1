// The Electron fuses flipped after packing: every fuse decided, the dangerous ones off, on every platform.
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { electronBinaryPath, fuseConfigFor } from '../../../scripts/after-pack.mjs';

const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as Array<keyof typeof FuseV1Options>;

describe('fuseConfigFor', () => {
  it.each(['linux', 'win32', 'darwin'])('%s: no run-as-node, no NODE_OPTIONS, no --inspect, app only from the asar, cookies encrypted', (platform) => {
    const config = fuseConfigFor(platform) as Record<string | number, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse this Electron knows, and makes the build fail on a new one', () => {
    const config = fuseConfigFor('linux') as Record<string | number, unknown>;
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const name of fuseNames) expect(typeof config[FuseV1Options[name]], name).toBe('boolean');
  });

  it('checks the asar’s integrity where the packager records its hash (macOS), and re-signs ad hoc there', () => {
    expect(fuseConfigFor('darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('linux')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
    expect(fuseConfigFor('win32').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('electronBinaryPath', () => {
  const packager = { appInfo: { productFilename: 'Glose' }, executableName: 'glose' };
  it('finds the packed binary on each platform', () => {
    expect(electronBinaryPath({ electronPlatformName: 'linux', appOutDir: '/r/linux-unpacked', packager })).toBe('/r/linux-unpacked/glose');
    expect(electronBinaryPath({ electronPlatformName: 'win32', appOutDir: '/r/win-unpacked', packager })).toBe('/r/win-unpacked/Glose.exe');
    expect(electronBinaryPath({ electronPlatformName: 'darwin', appOutDir: '/r/mac', packager })).toBe('/r/mac/Glose.app');
  });
});
