// Types for chromium-path.mjs, so the TypeScript test config can import it.
export declare const CHROMIUM_CANDIDATES: string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | null;
