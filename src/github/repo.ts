// `owner/name` (Config.runtime.repository, shape-checked by config/) split for the REST routes.
export interface RepoRef {
  owner: string;
  repo: string;
}

export function repoRef(repository: string): RepoRef | undefined {
  const m = /^([^/]+)\/([^/]+)$/.exec(repository);
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}
