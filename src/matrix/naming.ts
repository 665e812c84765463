// Output file names: <name>_<os>_<arch>[variant][.exe].
import type { Target } from './types.ts';
import { variantSuffix } from './variants.ts';

export function binaryFileName(name: string, t: Target): string {
  const ext = t.goos === 'windows' ? '.exe' : t.goos === 'js' || t.goos === 'wasip1' ? '.wasm' : '';
  return `${name}_${t.goos}_${t.goarch}${variantSuffix(t.variant)}${ext}`;
}

/** The default binary name: the last element of the module path, without a major-version suffix (/v2). */
export function nameFromModule(modulePath: string): string {
  const parts = modulePath.split('/').filter(Boolean);
  const last = parts.at(-1) ?? 'app';
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}
