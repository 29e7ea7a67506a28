/** Offline structural checks of manifest.xml; returns the problems found (none when it passes). */
export function checkManifest(manifestPath: string, options?: { assetsDir?: string }): string[];
