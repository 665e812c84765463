// Which parser reads a file: an explicit `--parser` name, else the file's name and extension in conftest's order
// (Dockerfile names first, then YAML, HCL, dotenv names, then the parser named like the extension). Ours beyond
// conftest's: sshd_config (and sshd_config.*), logrotate.conf and every file in a logrotate.d directory, nginx.conf and *.nginx.
// Each format's names are data here; its implementation (sax for XML, the HCL2 and TOML parsers, ...) is a module
// loaded on first need, so a run reads its files with only their parsers loaded. Whoever parses awaits
// loadParsersFor(<the files>, <--parser>) (or loadAllParsers) first; parsing is synchronous after that.
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../errors.ts';
import type { LazyParser, Parser, ParserImpl } from './parser.ts';

/** docker-compose files are YAML to conftest, and so to us: the same documents, chosen by the compose file names. */
const COMPOSE = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/;
const yaml = async () => (await import('./yaml.ts')).yamlParser;

const FORMATS: LazyParser[] = [
  {
    name: 'dockerfile',
    extensions: ['dockerfile'],
    fileName: (base) => base === 'dockerfile' || base.startsWith('dockerfile.'),
    load: async () => (await import('./dockerfile.ts')).dockerfileParser,
  },
  { name: 'docker-compose', extensions: [], fileName: (base) => COMPOSE.test(base), load: yaml },
  { name: 'yaml', extensions: ['yaml', 'yml'], load: yaml },
  { name: 'hcl2', extensions: ['hcl', 'tf', 'tfvars'], load: async () => (await import('./hcl2.ts')).hcl2Parser },
  {
    name: 'dotenv',
    extensions: ['env'],
    fileName: (base) => base === '.env' || base.startsWith('.env.'),
    load: async () => (await import('./dotenv.ts')).dotenvParser,
  },
  { name: 'json', extensions: ['json'], load: async () => (await import('./json.ts')).jsonParser },
  { name: 'jsonc', extensions: ['jsonc'], load: async () => (await import('./jsonc.ts')).jsoncParser },
  { name: 'toml', extensions: ['toml'], load: async () => (await import('./toml.ts')).tomlParser },
  { name: 'ini', extensions: ['ini'], load: async () => (await import('./ini.ts')).iniParser },
  { name: 'properties', extensions: ['properties'], load: async () => (await import('./properties.ts')).propertiesParser },
  { name: 'xml', extensions: ['xml'], load: async () => (await import('./xml.ts')).xmlParser },
  {
    name: 'sshd_config',
    extensions: [],
    ownFormat: true,
    fileName: (base) => base === 'sshd_config' || (base.startsWith('sshd_config.') && !base.endsWith('.d')),
    load: async () => (await import('./sshd-config.ts')).sshdConfigParser,
  },
  {
    name: 'logrotate',
    extensions: [],
    ownFormat: true,
    fileName: (base) => base === 'logrotate.conf',
    load: async () => (await import('./logrotate.ts')).logrotateParser,
  },
  {
    name: 'nginx',
    extensions: ['nginx'],
    fileName: (base) => base === 'nginx.conf',
    load: async () => (await import('./nginx.ts')).nginxParser,
  },
];

/** A registered format: the Parser callers get (its parse an internal error until loaded), and its loading. */
interface Registered extends Parser {
  load(): Promise<void>;
  loaded(): boolean;
}

function registered(format: LazyParser): Registered {
  const { load, ...names } = format;
  let impl: ParserImpl | undefined;
  let loading: Promise<void> | undefined;
  return {
    ...names,
    parse(text, file) {
      // a caller that skipped the loading is our bug: never a wrong result, and never the user's syntax error
      if (!impl) {
        throw new Error(
          `internal error: the ${format.name} parser was used before it was loaded: await loadParsersFor(<the files>, <the --parser name>) or loadAllParsers() before parsing`,
        );
      }
      return impl.parse(text, file);
    },
    load: () =>
      (loading ??= load().then((i) => {
        impl = i;
      })),
    loaded: () => impl !== undefined,
  };
}

const PARSERS: Registered[] = FORMATS.map(registered);

/** Parsers another capability contributes (the lock documents of src/locks), given by the pipeline: tried first. */
export function registerParsers(first: readonly LazyParser[]): void {
  PARSERS.unshift(...first.filter((p) => !PARSERS.some((q) => q.name === p.name)).map(registered));
}

export const parserNames = (): string[] => PARSERS.map((p) => p.name);

const named = (name: string): Registered | undefined => PARSERS.find((x) => x.name === name.toLowerCase());

/** The parser called `name` (as `--parser` names it); a UserError naming the known ones otherwise. */
export function parserNamed(name: string): Parser {
  const p = named(name);
  if (!p) throw new UserError(`unknown parser ${JSON.stringify(name)}`, { hint: `use one of: ${parserNames().join(', ')}`, code: 'unknown_parser' });
  return p;
}

function registeredFor(path: string): Registered | undefined {
  const base = basename(path).toLowerCase();
  // logrotate reads every file of its logrotate.d directory, whatever the name.
  if (basename(dirname(path)).toLowerCase() === 'logrotate.d') return named('logrotate');
  const ext = extname(base).slice(1);
  return PARSERS.find((p) => p.fileName?.(base) || (ext && (p.extensions.includes(ext) || p.name === ext)));
}

/** The parser for a path by its name and extension, or undefined when no parser understands it. */
export const parserFor = (path: string): Parser | undefined => registeredFor(path);

/**
 * Loads the parsers that reading `files` (named as the reader names them) takes: the `forced` one (`--parser`) for every
 * file, else each file's own. An unknown `forced` name loads nothing: the reading reports it, as it did before.
 */
export async function loadParsersFor(files: readonly string[], forced?: string): Promise<void> {
  const wanted = new Set<Registered>();
  if (forced) {
    const p = named(forced);
    if (p) wanted.add(p);
  } else {
    for (const f of files) {
      const p = registeredFor(f);
      if (p && !p.loaded()) wanted.add(p);
    }
  }
  await Promise.all([...wanted].map((p) => p.load()));
}

/** Loads every parser: for a parser named at run time (conftest's parse_config builtins). */
export async function loadAllParsers(): Promise<void> {
  await Promise.all(PARSERS.map((p) => p.load()));
}

/** The names of the parsers not loaded yet. */
export const unloadedParsers = (): string[] => PARSERS.filter((p) => !p.loaded()).map((p) => p.name);
