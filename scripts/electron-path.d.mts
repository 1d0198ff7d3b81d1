// Types for electron-path.mjs, so the TypeScript Electron suite can import it.
export declare const repoRoot: string;
export declare const electronPackageDir: string;
export declare function findElectronBinary(): string | null;
