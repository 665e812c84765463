// Where the policies of a run come from: paths inside the workspace, or the word `builtin` for the policy pack shipped
// at the action's root (policies/ beside action.yml), which lies outside the workspace by design.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import { resolveInside } from '../workspace-path.ts';

export const BUILTIN_PACK = 'builtin';

/** The action's root: the nearest directory at or above `dir` holding action.yml (dist/.. in the bundle, src/.. from source). */
export function actionRootAbove(dir: string): string | undefined {
  for (let d = dir, i = 0; i < 6; i++, d = dirname(d)) {
    if (existsSync(join(d, 'action.yml'))) return d;
    if (dirname(d) === d) break;
  }
  return undefined;
}

/** The built-in pack's directory under an action root. */
export function builtinPackDir(root: string | undefined): string {
  const dir = root ? join(root, 'policies') : undefined;
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`the built-in policy pack is not there${dir ? ` (${dir})` : ''}`, {
      hint: 'this go-xenv build has no policies/ directory beside action.yml; name your own policy directory instead of builtin',
      code: 'no_builtin_pack',
    });
  }
  return dir;
}

/**
 * The policy paths to load: `builtin` as the pack's absolute directory, every other path checked to lie inside the
 * workspace (symlinks followed) and kept as given, so messages name it that way.
 */
export function policyPathsFor(paths: readonly string[], opts: { workspace: string; actionRoot: string | undefined; label: string }): string[] {
  return paths.map((p) => {
    if (p === BUILTIN_PACK) return builtinPackDir(opts.actionRoot);
    resolveInside(opts.workspace, p, { label: opts.label });
    return p;
  });
}

/**
 * Whether a directory holds a .rego file (searched breadth-first, a bounded number of entries): a Go repository may
 * well have a `policy/` package that holds no policies, which must not make the policy step run and fail.
 */
export function hasRegoFiles(dir: string, maxEntries = 10_000): boolean {
  const queue = [dir];
  let seen = 0;
  while (queue.length && seen < maxEntries) {
    const d = queue.shift()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > maxEntries) break;
      if (e.isFile() && e.name.endsWith('.rego')) return true;
      if (e.isDirectory()) queue.push(join(d, e.name));
    }
  }
  return false;
}
