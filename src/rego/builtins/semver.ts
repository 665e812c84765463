// semver.is_valid / semver.compare with the rules of OPA's semver package: an optional leading "v",
// MAJOR.MINOR.PATCH as signed 64-bit decimal integers, optional -prerelease and +metadata made of [0-9A-Za-z-]
// identifiers; metadata does not affect ordering.
import { quoteString } from './strings/gofmt.ts';
import type { Value } from '../value/value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';

interface Version { nums: [bigint, bigint, bigint]; pre: string }

const IDENT = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
const INT64 = /^[+-]?\d+$/;

const cut = (s: string, sep: string): [string, string] => {
  const i = s.indexOf(sep);
  return i >= 0 ? [s.slice(0, i), s.slice(i + 1)] : [s, ''];
};

export function parseSemver(text: string): Version | undefined {
  const [rest1, meta] = cut(text.startsWith('v') ? text.slice(1) : text, '+');
  if (meta !== '' && !IDENT.test(meta)) return undefined;
  const [core, pre] = cut(rest1, '-');
  if (pre !== '' && !IDENT.test(pre)) return undefined;
  const parts = core.split('.');
  if (parts.length !== 3 || !parts.every((p) => INT64.test(p))) return undefined;
  const nums = parts.map((p) => BigInt(p)) as [bigint, bigint, bigint];
  if (nums.some((n) => n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) return undefined;
  return { nums, pre };
}

const decimals = (s: string) => /^\d+$/.test(s);

function comparePre(x: string, y: string): number {
  if (x === y) return 0;
  if (x === '') return 1;
  if (y === '') return -1;
  let [a, restA] = cut(x, '.');
  let [b, restB] = cut(y, '.');
  for (;;) {
    if (a === '' && b !== '') return -1;
    if (a !== '' && b === '') return 1;
    const na = decimals(a);
    const nb = decimals(b);
    if (na !== nb) return na ? -1 : 1;
    if (na) {
      const ia = BigInt(a);
      const ib = BigInt(b);
      if (ia !== ib) return ia > ib ? 1 : -1;
    } else if (a !== b) return a > b ? 1 : -1;
    if (restA !== '' && restB === '') return 1;
    if (restA === '' && restB !== '') return -1;
    if (restA === '' && restB === '') return 0;
    [a, restA] = cut(restA, '.');
    [b, restB] = cut(restB, '.');
  }
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
    if (!va) throw builtinError(`operand 1: string ${quoteString(sa)} is not a valid SemVer`);
    const vb = parseSemver(sb);
    if (!vb) throw builtinError(`operand 2: string ${quoteString(sb)} is not a valid SemVer`);
    return compareSemver(va, vb);
  },
};
