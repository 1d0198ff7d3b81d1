// electron-builder afterPack hook: flips the Electron fuses of the packed binary before it is signed (docs/security.md).
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Compiled-in switches that no command line or environment variable can turn back on.
 * @param {string} platform electron-builder's electronPlatformName: 'darwin', 'win32' or 'linux'
 */
export function fuseConfigFor(platform) {
  return {
    version: FuseVersion.V1,
    // Every fuse this Electron knows is set on purpose: an upgrade that adds one fails the build until it is decided.
    strictlyRequireAllFuses: true,
    // ELECTRON_RUN_AS_NODE would turn Glose into a general-purpose Node interpreter.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and the session's stored data are encrypted with the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS=--require=evil.js must not inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect would open a debugger port into the main process (it also means Playwright cannot drive an installed copy).
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Checked against the hash electron-builder writes into Info.plist; Linux has no such hash, and Windows
    // support needs a newer packager than this project has verified, so it stays off there.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'darwin',
    // The app is the signed app.asar, never a loose folder someone dropped next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // Glose loads from app://glose/; file:// pages get no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Flipping fuses invalidates an ad-hoc macOS signature (arm64 will not start without one); re-sign it.
    resetAdHocDarwinSignature: platform === 'darwin',
  };
}

/**
 * Where electron-builder put the Electron binary it packed.
 * @param {{ electronPlatformName: string; appOutDir: string; packager: { appInfo: { productFilename: string }; executableName: string } }} context
 */
export function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** @param {Parameters<typeof electronBinaryPath>[0]} context */
export default async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfigFor(context.electronPlatformName));
}
