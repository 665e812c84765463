// Target planning (pure): the targets input (lists, globs, first-class, all) resolved against the installed
// toolchain's port list, minus exclude, expanded by variants, with cgo marked per target.
import { minimatch } from 'minimatch';
import { UserError } from '../errors.ts';
import type { DistEntry, Target, Variant } from './types.ts';
import { parseVariants, variantsFor } from './variants.ts';

export interface PlanSpec {
  targets: string[];
  exclude: string[];
  variants: string[];
  cgo: string[];
}

const key = (d: DistEntry) => `${d.GOOS}/${d.GOARCH}`;
const isGlob = (s: string) => /[*?[{]/.test(s);

function valid(dist: DistEntry[]): string {
  return dist.filter((d) => !d.Broken).map(key).join(', ');
}

/** Resolves one input list (targets, exclude or cgo) to port keys. */
function resolve(tokens: string[], dist: DistEntry[], input: string, within?: Set<string>): Set<string> {
  const out = new Set<string>();
  const usable = dist.filter((d) => !d.Broken && (!within || within.has(key(d))));
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (t === 'all') usable.forEach((d) => out.add(key(d)));
    else if (t === 'first-class') usable.filter((d) => d.FirstClass).forEach((d) => out.add(key(d)));
    else if (isGlob(t)) {
      const hits = usable.filter((d) => minimatch(key(d), t));
      if (!hits.length && input === 'targets') {
        throw new UserError(`"${raw}" matches no port of the installed Go toolchain`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      }
      hits.forEach((d) => out.add(key(d)));
    } else {
      if (!/^[a-z0-9]+\/[a-z0-9]+$/.test(t)) {
        throw new UserError(`"${raw}" is not a GOOS/GOARCH pair`, { where: { file: `input ${input}` }, hint: 'write targets as os/arch (linux/arm64), a glob (linux/*), first-class or all' });
      }
      const d = dist.find((x) => key(x) === t);
      if (!d) throw new UserError(`unknown target "${raw}"`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      if (d.Broken) throw new UserError(`the port ${t} is marked broken in the installed Go toolchain`, { where: { file: `input ${input}` }, hint: 'remove it, or use a Go version where it works' });
      if (!within || within.has(t)) out.add(t);
    }
  }
  return out;
}

export function planTargets(dist: DistEntry[], spec: PlanSpec): Target[] {
  const wanted = resolve(spec.targets, dist, 'targets');
  const asked = [...wanted];
  for (const k of resolve(spec.exclude, dist, 'exclude')) wanted.delete(k);
  // GitHub rejects a strategy.matrix with no entries, and a build of nothing would pass silently.
  if (asked.length && !wanted.size) {
    throw new UserError(`exclude removes every target (${asked.sort().join(', ')})`, { where: { file: 'input exclude' }, hint: 'narrow exclude, or add targets it does not match' });
  }
  const cgo = resolve(spec.cgo, dist, 'cgo', wanted);
  const variants = parseVariants(spec.variants);
  const out: Target[] = [];
  for (const k of [...wanted].sort()) {
    const d = dist.find((x) => key(x) === k)!;
    if (cgo.has(k) && !d.CgoSupported) {
      throw new UserError(`${k} does not support cgo in the installed Go toolchain`, { where: { file: 'input cgo' }, hint: `remove ${k} from cgo` });
    }
    const vs: (Variant | undefined)[] = variantsFor(d.GOARCH, variants);
    for (const v of vs.length ? vs : [undefined]) {
      out.push({ goos: d.GOOS, goarch: d.GOARCH, variant: v, cgo: cgo.has(k), firstClass: d.FirstClass, id: `${k}${v ? ` ${v.env}=${v.value}` : ''}` });
    }
  }
  return out;
}

/** Parses `go tool dist list -json -broken` output. */
export function parseDistList(json: string): DistEntry[] {
  const v = JSON.parse(json) as unknown;
  if (!Array.isArray(v) || !v.every((d) => typeof d?.GOOS === 'string' && typeof d?.GOARCH === 'string')) {
    throw new Error('unexpected output of go tool dist list -json');
  }
  return v as DistEntry[];
}
