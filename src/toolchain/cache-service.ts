// The cache service the module/build cache is restored from and saved to: GitHub's (through @actions/cache, loaded
// only when a run uses it) behind three calls, so tests run restore and save against a real local implementation.
export interface CacheService {
  /** Whether the service can be reached from here (on a runner: ACTIONS_CACHE_URL / the cache service v2). */
  isAvailable(): Promise<boolean>;
  /** The key of the entry restored into `paths` (`key`, else the newest match of a restore-key prefix), or undefined. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` as `key`: the entry's id, or -1 when the service did not take it. */
  save(paths: string[], key: string): Promise<number>;
}

export const actionsCache: CacheService = {
  isAvailable: async () => (await import('@actions/cache')).isFeatureAvailable(),
  restore: async (paths, key, restoreKeys) => (await (await import('@actions/cache')).restoreCache([...paths], key, restoreKeys)) || undefined,
  save: async (paths, key) => (await import('@actions/cache')).saveCache([...paths], key),
};
