// The variants input: `GOARM=6,7`, `GOAMD64=v1..v4`, `GOARM64=v8.0,v9.0`. The list input splits on commas, so a bare
// value continues the variable before it (`GOARM=6`, `7`).
import { UserError } from '../errors.ts';
import type { Variant } from './types.ts';

interface VariantSpec { goarch: string; values: RegExp; example: string }

const SPECS: Record<string, VariantSpec> = {
  GOARM: { goarch: 'arm', values: /^[567]$/, example: '5, 6 or 7' },
  GOAMD64: { goarch: 'amd64', values: /^v[1-4]$/, example: 'v1, v2, v3 or v4' },
  GOARM64: { goarch: 'arm64', values: /^v(8\.[0-9]|9\.[0-5])$/, example: 'v8.0 ... v8.9, v9.0 ... v9.5' },
  GO386: { goarch: '386', values: /^(sse2|softfloat)$/, example: 'sse2 or softfloat' },
};

const err = (msg: string, hint: string) => new UserError(msg, { where: { file: 'input variants' }, hint });

/** Variable -> values, in the order given. */
export function parseVariants(items: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string | undefined;
  for (const raw of items.flatMap((i) => i.split(/\s+/)).filter(Boolean)) {
    let value = raw;
    const eq = raw.indexOf('=');
    if (eq >= 0) {
      current = raw.slice(0, eq).toUpperCase();
      value = raw.slice(eq + 1);
      if (!SPECS[current]) throw err(`unknown variable "${current}"`, `use ${Object.keys(SPECS).join(', ')}`);
    }
    if (!current) throw err(`"${raw}" has no variable`, 'write it as GOARM=6,7');
    const spec = SPECS[current];
    const values = expandRange(value);
    for (const v of values) {
      if (!spec.values.test(v)) throw err(`${current}=${v} is not a valid value`, `${current} takes ${spec.example}`);
      const list = out.get(current) ?? [];
      if (!list.includes(v)) list.push(v);
      out.set(current, list);
    }
  }
  return out;
}

/** `v1..v4` -> v1 v2 v3 v4; `6..7` -> 6 7. */
function expandRange(v: string): string[] {
  const m = /^(v?)(\d+)\.\.v?(\d+)$/.exec(v);
  if (!m) return v ? [v] : [];
  const out: string[] = [];
  for (let i = Number(m[2]); i <= Number(m[3]); i++) out.push(`${m[1]}${i}`);
  return out;
}

/** The variants that apply to a GOARCH (empty when none was asked for it). */
export function variantsFor(goarch: string, parsed: Map<string, string[]>): Variant[] {
  const out: Variant[] = [];
  for (const [env, values] of parsed) if (SPECS[env].goarch === goarch) out.push(...values.map((value) => ({ env, value })));
  return out;
}

/** The file-name suffix: armv7, amd64v3, arm64v8.2, 386sse2. */
export const variantSuffix = (v?: Variant) => (!v ? '' : /^v/.test(v.value) ? v.value : v.env === 'GOARM' ? `v${v.value}` : v.value);
