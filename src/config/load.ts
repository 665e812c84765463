// Inputs (action INPUT_* env or CLI flags) + the repository config file -> one Config. Inputs win over the file.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readBoundedText } from '../bounded-read.ts';
import { UserError, type Where } from '../errors.ts';
import { resolveInside } from '../workspace-path.ts';
import type { CacheMode, Config, QemuMethod } from './config.ts';
import { readConfigFile } from './file.ts';
import { INPUTS, type CommandName, type InputSpec } from './inputs.ts';

type Raw = Record<string, string>;

export interface LoadOptions {
  /** Values given explicitly (action inputs that are non-empty, or CLI flags). */
  given: Raw;
  workspace: string;
  env?: NodeJS.ProcessEnv;
}

/** Action inputs from the INPUT_* environment, the way @actions/core names them; empty means not given. */
export function inputsFromEnv(env: NodeJS.ProcessEnv): Raw {
  const out: Raw = {};
  for (const spec of INPUTS) {
    const v = env[`INPUT_${spec.name.replace(/ /g, '_').toUpperCase()}`];
    if (v !== undefined && v.trim() !== '') out[spec.name] = v.trim();
  }
  return out;
}

export function loadConfig(opts: LoadOptions): Config {
  const env = opts.env ?? process.env;
  const spec = new Map(INPUTS.map((s) => [s.name, s]));
  const configFileRel = opts.given['config-file'] ?? spec.get('config-file')!.default;
  const configPath = resolve(opts.workspace, configFileRel);
  const fromFile = readConfigFile(configPath, relative(opts.workspace, configPath) || configPath);

  const values = new Map<string, unknown>();
  for (const s of INPUTS) {
    if (opts.given[s.name] !== undefined) {
      values.set(s.name, convert(s, opts.given[s.name], `input "${s.name}"`));
    } else if (fromFile.has(s.name)) {
      const f = fromFile.get(s.name)!;
      values.set(s.name, convert(s, f.value, `"${s.name}"`, { file: configFileRel, line: f.line }));
    } else {
      values.set(s.name, convert(s, s.default.startsWith('${{') ? '' : s.default, `default of "${s.name}"`));
    }
  }
  const str = (n: string) => values.get(n) as string;
  const list = (n: string) => values.get(n) as string[];
  const bool = (n: string) => values.get(n) as boolean;

  const workingDirectory = resolve(opts.workspace, str('working-directory'));
  if (!existsSync(workingDirectory)) {
    throw new UserError(`working-directory "${str('working-directory')}" does not exist`, { hint: 'give a directory inside the workspace' });
  }
  return {
    command: str('command') as CommandName,
    workspace: opts.workspace,
    workingDirectory,
    configFile: fromFile.size ? configPath : undefined,
    toolchain: {
      goVersions: list('go-version'),
      goVersionFile: str('go-version-file'),
      checkLatest: bool('check-latest'),
      downloadBaseUrl: str('go-download-base-url') || env.GO_DOWNLOAD_BASE_URL || '',
      token: opts.given.token ?? env.GITHUB_TOKEN ?? '',
      cache: str('cache') as CacheMode,
      cacheDependencyPath: list('cache-dependency-path'),
      cacheSaveBranches: list('cache-save-branches'),
    },
    emulation: {
      platforms: list('qemu-platforms'),
      method: str('qemu-method') as QemuMethod,
      image: str('qemu-image'),
      install: bool('qemu-install'),
    },
    matrix: {
      targets: list('targets'),
      exclude: list('exclude'),
      variants: list('variants'),
      cgo: list('cgo'),
      buildPackage: str('build-package'),
      binaryName: str('binary-name'),
      ldflags: str('ldflags'),
      outDir: resolve(workingDirectory, str('out-dir')),
      smokeArgs: splitArgs(str('smoke-args')),
      smokeTimeoutSeconds: values.get('smoke-timeout') as number,
      reproducible: bool('reproducible'),
    },
    canary: loadCanary(values.get('canary'), opts.workspace, bool('fail-on-hold'), opts.given.canary === undefined),
  };
}

function loadCanary(value: unknown, workspace: string, failOnHold: boolean, fromFile: boolean) {
  if (value === '' || value === undefined) return { document: undefined, source: '', failOnHold };
  if (typeof value !== 'string') return { document: value, source: 'canary (config file)', failOnHold };
  // A single line naming an existing file is a path; anything else is the YAML itself.
  if (!value.includes('\n') && existsSync(resolve(workspace, value))) {
    const path = resolveInside(workspace, value, { label: 'canary config file' });
    return { document: parseYamlAt(readBoundedText(path, { label: 'canary config file', where: { file: value } }), value), source: value, failOnHold };
  }
  if (!value.includes('\n') && /\.ya?ml$/.test(value)) {
    throw new UserError(`canary config file "${value}" does not exist`, { hint: 'give a path relative to the workspace, or the YAML itself' });
  }
  // YAML text in the repository config file is the repository's, not the step input's (which is trusted).
  if (fromFile) return { document: parseYamlAt(value, 'canary (config file)'), source: 'canary (config file)', failOnHold };
  return { document: parseYamlAt(value, 'input canary'), source: 'input canary', failOnHold };
}

function parseYamlAt(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new UserError(`invalid YAML: ${(e as Error).message.split('\n')[0]}`, { where: { file, line: pos?.line, col: pos?.col } });
  }
}

/** Shell-like split of an argument string (quotes group words), for smoke-args. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function convert(spec: InputSpec, raw: unknown, label: string, where?: Where): unknown {
  const fail = (what: string) => new UserError(`${label}: ${what}`, { where, hint: spec.values ? `use one of: ${spec.values.join(', ')}` : undefined });
  switch (spec.type) {
    case 'string': return String(raw);
    case 'yaml': return raw;
    case 'list': return (Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\n,]/)).map((x) => x.trim()).filter((x) => x && !x.startsWith('#'));
    case 'boolean': {
      const v = String(raw).toLowerCase();
      if (v === 'true' || v === 'false') return v === 'true';
      throw fail(`"${raw}" is not a boolean (true or false)`);
    }
    case 'integer': {
      const v = String(raw);
      if (!/^[0-9]+$/.test(v)) throw fail(`"${raw}" is not a whole number`);
      return Number(v);
    }
    case 'enum': {
      const v = String(raw);
      if (!spec.values!.includes(v)) throw fail(`"${raw}" is not allowed`);
      return v;
    }
  }
}

