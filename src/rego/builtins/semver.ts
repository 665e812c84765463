// semver.is_valid / semver.compare with the rules of the SemVer package OPA uses: MAJOR.MINOR.PATCH (decimal
// integers), optional -prerelease and +metadata identifiers of [0-9A-Za-z-]; metadata does not affect ordering.
import type { Value } from '../value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';

interface Version { nums: [bigint, bigint, bigint]; pre: string[] }

const IDENT = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;

export function parseSemver(text: string): Version | undefined {
  let s = text;
  const plus = s.indexOf('+');
  const meta = plus >= 0 ? s.slice(plus + 1) : '';
  if (plus >= 0) s = s.slice(0, plus);
  const dash = s.indexOf('-');
  const pre = dash >= 0 ? s.slice(dash + 1) : '';
  if (dash >= 0) s = s.slice(0, dash);
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return undefined;
  if ((pre !== '' && !IDENT.test(pre)) || (meta !== '' && !IDENT.test(meta))) return undefined;
  if ((dash >= 0 && pre === '') || (plus >= 0 && meta === '')) return undefined;
  const nums = parts.map((p) => BigInt(p)) as [bigint, bigint, bigint];
  if (nums.some((n) => n > 0x7fffffffffffffffn)) return undefined;
  return { nums, pre: pre === '' ? [] : pre.split('.') };
}

function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const na = /^\d+$/.test(a[i]);
    const nb = /^\d+$/.test(b[i]);
    let c: number;
    if (na && nb) { const x = BigInt(a[i]); const y = BigInt(b[i]); c = x < y ? -1 : x > y ? 1 : 0; }
    else if (na !== nb) c = na ? -1 : 1;
    else c = a[i] < b[i] ? -1 : a[i] > b[i] ? 1 : 0;
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function compareSemver(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i] < b.nums[i] ? -1 : 1;
  return comparePre(a.pre, b.pre);
}

export const builtins: Record<string, BuiltinFn> = {
  'semver.is_valid': ([v]: Value[]) => typeof v === 'string' && parseSemver(v) !== undefined,
  'semver.compare': ([a, b]) => {
    const sa = asString(a, 1);
    const sb = asString(b, 2);
    const va = parseSemver(sa);
    if (!va) throw builtinError(`operand 1: string ${sa} is not a valid SemVer`);
    const vb = parseSemver(sb);
    if (!vb) throw builtinError(`operand 2: string ${sb} is not a valid SemVer`);
    return compareSemver(va, vb);
  },
};
