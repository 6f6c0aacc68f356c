/** See isr-cache-handler.mjs: Next's file-system cache, which never stores a 404 as a new entry. */
export default class PublicPageCache {
  constructor(context: {
    fs: { existsSync(path: string): boolean; readFile: unknown; readFileSync: unknown; writeFile: unknown; mkdir: unknown; stat: unknown; writeFileAtomic?: unknown };
    flushToDisk?: boolean;
    serverDistDir?: string;
    maxMemoryCacheSize?: number;
    revalidatedTags?: string[];
    dev?: boolean;
  });
  get(key: string, context: { kind: string; isRoutePPREnabled?: boolean; isFallback?: boolean }): Promise<{ value: { kind: string; status?: number; html?: string } | null } | null>;
  set(key: string, data: Record<string, unknown> | null, context: Record<string, unknown>): Promise<void>;
}
