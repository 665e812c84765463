// `--schema <file-or-dir>` as opa eval reads it: a file is the input schema of every rule and query; a directory gives
// each .json/.yaml/.yml file below it as `schema.<dirs>.<name>` (its name without the extension) for `schemas:`
// annotations to name, and no global input schema. Files are read bounded and parsed as plain JSON/YAML values.
import { statSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import { yamlLib } from './yaml-lib.ts';
import { POLICY_READ_LIMIT, readBoundedText } from '../bounded-read.ts';
import { UserError } from '../errors.ts';
import { schemaKey, type SchemaSet } from './compile/schema-types.ts';
import { walkFiles } from './walk-files.ts';

const MAX_FILES = 1000;
const EXTENSIONS = ['.json', '.yaml', '.yml'];

function readSchema(file: string, shown: string): unknown {
  const text = readBoundedText(file, { label: '--schema', maxBytes: POLICY_READ_LIMIT, where: { file: shown } });
  try {
    return extname(file) === '.json' ? JSON.parse(text) as unknown : yamlLib().parse(text, { maxAliasCount: 100 }) as unknown;
  } catch (e) {
    throw new UserError(`cannot parse schema ${shown}: ${(e as Error).message}`, { where: { file: shown }, hint: 'a schema is a JSON Schema document in JSON or YAML' });
  }
}

/** The schema set `path` (relative to `cwd`) gives. */
export function loadSchemaSet(path: string, cwd: string): SchemaSet {
  const abs = resolve(cwd, path);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st) throw new UserError(`--schema ${path}: no such file or directory`, { hint: 'name a JSON Schema file or a directory of them' });
  if (!st.isDirectory()) return new Map([[schemaKey([]), readSchema(abs, path)]]);
  const set = new Map<string, unknown>();
  for (const shown of walkFiles(path, cwd, '--schema')) {
    if (!EXTENSIONS.includes(extname(shown))) continue;
    if (set.size >= MAX_FILES) throw new UserError(`--schema ${path}: more than ${MAX_FILES} schema files`, { hint: 'name a smaller directory' });
    const rel = relative(path, shown);
    const keys = [...rel.split(sep).slice(0, -1), basename(shown, extname(shown))];
    set.set(schemaKey(keys), readSchema(resolve(cwd, shown), shown));
  }
  return set;
}
