// Types for after-pack.mjs, so the fuse configuration can be unit-tested from TypeScript.
import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContext {
  electronPlatformName: string;
  appOutDir: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export declare function fuseConfigFor(platform: string): FuseV1Config & { resetAdHocDarwinSignature: boolean };
export declare function electronBinaryPath(context: AfterPackContext): string;
declare function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
