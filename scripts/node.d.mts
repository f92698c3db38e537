// Types for scripts/node.mjs (plain JavaScript so that an old Node can run it).
export declare const MINIMUM: readonly number[];
export declare const FETCHED_MAJOR: number;
export declare function isRecentEnough(version: string, minimum?: readonly number[]): boolean;
export declare function binaryPackage(platform?: string, arch?: string): string | undefined;
