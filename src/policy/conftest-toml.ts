// conftest's config file: `conftest.toml` in the directory it runs in, whose keys are its flags' names (viper binds
// them), so a repository's file keeps working here. Flags win over it, it wins over the defaults. Keys this run has no
// use for (conftest's `[[policies]]` for `conftest update`, `trace`, ...) are left alone as conftest leaves unknown ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';
import { UserError } from '../errors.ts';

export const CONFTEST_TOML = 'conftest.toml';

/** The settings conftest.toml may give a `test` run, by conftest's flag names. */
export interface ConftestSettings {
  policy?: string[];
  namespace?: string[];
  data?: string[];
  parser?: string;
  output?: string;
  'rego-version'?: string;
  'all-namespaces'?: boolean;
  combine?: boolean;
  'fail-on-warn'?: boolean;
  'no-fail'?: boolean;
  'no-color'?: boolean;
}

const LISTS = ['policy', 'namespace', 'data'] as const;
const STRINGS = ['parser', 'output', 'rego-version'] as const;
const BOOLEANS = ['all-namespaces', 'combine', 'fail-on-warn', 'no-fail', 'no-color'] as const;

/** A config file is a few keys; anything near this bound is not one. */
const MAX_BYTES = 1024 * 1024;

/** The settings of `dir/conftest.toml`, or an empty object when there is none; one UserError at the line otherwise. */
export async function readConftestToml(dir: string): Promise<ConftestSettings> {
  const path = join(dir, CONFTEST_TOML);
  if (!existsSync(path)) return {};
  // the TOML library only for a directory that has the file: most runs have none
  const { parse, TomlError } = await import('smol-toml');
  const text = readBoundedText(path, { label: 'conftest config', maxBytes: MAX_BYTES, where: { file: CONFTEST_TOML } });
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    throw new UserError(`invalid TOML: ${e.message.split('\n')[0]}`, {
      where: { file: CONFTEST_TOML, line: e.line, col: e.column },
      hint: 'fix the TOML syntax of conftest.toml',
      code: 'bad_conftest_toml',
    });
  }
  const lineOf = (key: string) => {
    const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*["']?${key}["']?\\s*=`).test(l));
    return i === -1 ? undefined : i + 1;
  };
  const wrong = (key: string, what: string) =>
    new UserError(`conftest.toml: "${key}" must be ${what}`, {
      where: { file: CONFTEST_TOML, line: lineOf(key) },
      hint: "see conftest's flags of the same names",
      code: 'bad_conftest_toml',
    });
  const out: ConftestSettings = {};
  for (const k of LISTS) {
    const v = doc[k];
    if (v === undefined) continue;
    if (typeof v === 'string') out[k] = [v];
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[k] = v as string[];
    else throw wrong(k, 'a string or an array of strings');
  }
  for (const k of STRINGS) {
    const v = doc[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw wrong(k, 'a string');
    out[k] = v;
  }
  for (const k of BOOLEANS) {
    const v = doc[k];
    if (v === undefined) continue;
    if (typeof v === 'boolean') out[k] = v;
    else if (v === 'true' || v === 'false') out[k] = v === 'true';
    else throw wrong(k, 'true or false');
  }
  return out;
}
