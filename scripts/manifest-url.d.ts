// Types for scripts/manifest-url.js (plain JavaScript so that webpack.config.js can import it under Node).
export declare const DEV_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string): string;
