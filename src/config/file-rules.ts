// Values the repository config file may not give even where the key is allowed: on a pull request that file is
// written by the PR's author, so it must not choose a privileged container or an executable. Step inputs may.
import { splitArgs } from './split-args.ts';

/** Link flags a config file may use: they strip, stamp or name the binary, and choose no program or path. */
const FILE_LDFLAGS = new Map<string, 'bool' | 'value'>([
  ['s', 'bool'], ['w', 'bool'], ['compressdwarf', 'bool'], ['X', 'value'], ['B', 'value'], ['buildid', 'value'],
]);

/** Why the file may not give this ldflags template, or undefined when every flag is one of FILE_LDFLAGS. */
function ldflagsRefusal(value: string): string | undefined {
  const words = splitArgs(value);
  for (let i = 0; i < words.length; i++) {
    const m = /^--?([^=]+)(=.*)?$/.exec(words[i]);
    const kind = m && FILE_LDFLAGS.get(m[1]);
    if (!kind) {
      return `may not carry ${JSON.stringify(words[i])}: from the config file ldflags take only -s, -w, -X, -B and -buildid, `
        + 'since other link flags choose a linker (-extld, -extldflags, -linkmode), an interpreter (-I) or a file to write (-o)';
    }
    if (kind === 'value' && m[2] === undefined) i++;
  }
  return undefined;
}

const FILE_QEMU_METHODS = ['direct', 'none'];

/** Why the config file may not give `value` for input `name`, or undefined when it may. */
export function fileValueRefusal(name: string, value: unknown): string | undefined {
  if (name === 'qemu-method' && !FILE_QEMU_METHODS.includes(String(value))) {
    return `may only be ${FILE_QEMU_METHODS.join(' or ')} in the config file: ${String(value)} may start a privileged container`;
  }
  if (name === 'ldflags' && typeof value === 'string') return ldflagsRefusal(value);
  if (name === 'policy-no-fail' && value !== false && String(value) !== 'false') {
    return 'may only be false in the config file: true would let a pull request turn its own policy failures into a passing check (set it on the step)';
  }
  return undefined;
}
