// Output file names: <name>_<os>_<arch>[variant][.exe]. The name comes from the repository (binary-name or the module
// path), so it is checked to be one path element before it is ever joined to out-dir.
import { UserError, type Where } from '../errors.ts';
import { quoted } from '../log-text.ts';
import type { Target } from './types.ts';
import { variantSuffix } from './variants.ts';

/** `name` when it is a bare file name (no separator, `.`/`..`, control character or leading dash), else a UserError. */
export function checkBinaryName(name: string, where: Where = { file: 'input binary-name' }): string {
  if (!name || name === '.' || name === '..' || name.startsWith('-') || /[/\\\u0000-\u001f\u007f]/.test(name)) {
    throw new UserError(`binary name ${quoted(name)} is not a file name`, {
      where,
      code: 'bad_binary_name',
      hint: 'give a bare file name such as "hello" (no "/", "\\", ".." or leading "-"): binaries are written inside out-dir',
    });
  }
  return name;
}

export function binaryFileName(name: string, t: Target): string {
  checkBinaryName(name);
  const ext = t.goos === 'windows' ? '.exe' : t.goos === 'js' || t.goos === 'wasip1' ? '.wasm' : '';
  return `${name}_${t.goos}_${t.goarch}${variantSuffix(t.variant)}${ext}`;
}

/** The default binary name: the last element of the module path, without a major-version suffix (/v2). */
export function nameFromModule(modulePath: string): string {
  const parts = modulePath.split('/').filter(Boolean);
  const last = parts.at(-1) ?? 'app';
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}
