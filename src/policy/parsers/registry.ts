// Which parser reads a file: an explicit `--parser` name, else the file's name and extension in conftest's order
// (Dockerfile names first, then YAML, HCL, dotenv names, then the parser named like the extension). Ours beyond
// conftest's: sshd_config (and sshd_config.*), logrotate.conf and every file in a logrotate.d directory, nginx.conf and *.nginx.
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../errors.ts';
import { composeParser } from './compose.ts';
import { dockerfileParser } from './dockerfile.ts';
import { dotenvParser } from './dotenv.ts';
import { hcl2Parser } from './hcl2.ts';
import { iniParser } from './ini.ts';
import { jsonParser } from './json.ts';
import { jsoncParser } from './jsonc.ts';
import { logrotateParser } from './logrotate.ts';
import { nginxParser } from './nginx.ts';
import type { Parser } from './parser.ts';
import { propertiesParser } from './properties.ts';
import { sshdConfigParser } from './sshd-config.ts';
import { tomlParser } from './toml.ts';
import { xmlParser } from './xml.ts';
import { yamlParser } from './yaml.ts';

export const PARSERS: Parser[] = [
  dockerfileParser,
  composeParser,
  yamlParser,
  hcl2Parser,
  dotenvParser,
  jsonParser,
  jsoncParser,
  tomlParser,
  iniParser,
  propertiesParser,
  xmlParser,
  sshdConfigParser,
  logrotateParser,
  nginxParser,
];

/** Parsers another capability contributes (the lock documents of src/locks), given by the pipeline: tried first. */
export function registerParsers(first: readonly Parser[]): void {
  PARSERS.unshift(...first.filter((p) => !PARSERS.some((q) => q.name === p.name)));
}

export const parserNames = (): string[] => PARSERS.map((p) => p.name);

/** The parser called `name` (as `--parser` names it); a UserError naming the known ones otherwise. */
export function parserNamed(name: string): Parser {
  const p = PARSERS.find((x) => x.name === name.toLowerCase());
  if (!p) throw new UserError(`unknown parser ${JSON.stringify(name)}`, { hint: `use one of: ${parserNames().join(', ')}`, code: 'unknown_parser' });
  return p;
}

/** The parser for a path by its name and extension, or undefined when no parser understands it. */
export function parserFor(path: string): Parser | undefined {
  const base = basename(path).toLowerCase();
  // logrotate reads every file of its logrotate.d directory, whatever the name.
  if (basename(dirname(path)).toLowerCase() === 'logrotate.d') return logrotateParser;
  const ext = extname(base).slice(1);
  return PARSERS.find((p) => p.fileName?.(base) || (ext && (p.extensions.includes(ext) || p.name === ext)));
}
