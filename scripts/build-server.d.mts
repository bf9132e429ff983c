// Types of scripts/build-server.mjs (plain JavaScript so that `npm start` needs no TypeScript loader).
export declare const root: string;
export declare const bundlePath: string;
export declare function serverBuildStale(): boolean;
export declare function buildServer(): Promise<string>;
export declare function ensureServerBuilt(log?: (message: string) => void): Promise<string>;
