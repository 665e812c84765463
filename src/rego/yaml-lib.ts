// The yaml library, loaded on demand: it is a tenth of the engine's start-up, and only METADATA blocks, the yaml.*
// builtins, rego.parse_module and YAML data files need it. loadBuiltinsFor loads it when the texts need it.
import type * as YAML from 'yaml';

let lib: typeof YAML | undefined;

export function setYamlLib(y: typeof YAML): void {
  lib = y;
}

/** Loads it through the yaml builtins, which set it (and load nothing else): one way in, whatever the module format. */
export async function loadYamlLib(): Promise<void> {
  if (!lib) await import('./builtins/yaml.ts');
}

/** The loaded library; an internal error when no one loaded it (a caller skipped loadBuiltinsFor). */
export function yamlLib(): typeof YAML {
  if (!lib) throw new Error('internal error: YAML read before the yaml library was loaded: await loadBuiltinsFor(<the texts>) first');
  return lib;
}
