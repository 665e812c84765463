// Every builtin, collected from the namespace files. To add a namespace: one import line and one entry in NAMESPACES.
import type { BuiltinFn } from './types.ts';
import { builtins as core } from './core.ts';
import { builtins as strings } from './strings.ts';
import { builtins as regex } from './regex.ts';
import { builtins as glob } from './glob.ts';
import { builtins as units } from './units.ts';
import { builtins as bits } from './bits.ts';
import { builtins as numbers } from './numbers.ts';
import { builtins as json } from './json.ts';
import { builtins as objects } from './objects.ts';
import { builtins as encoding } from './encoding.ts';
import { builtins as yaml } from './yaml.ts';
import { builtins as net } from './net.ts';
import { builtins as netLookup } from './net-lookup.ts';
import { builtins as graph } from './graph.ts';
import { builtins as semver } from './semver.ts';
import { builtins as time } from './time.ts';
import { builtins as uri } from './uri.ts';
import { builtins as graphql } from './graphql.ts';
import { builtins as jwt } from './jwt.ts';
import { builtins as crypto } from './crypto.ts';
import { builtins as uuid } from './uuid.ts';
import { builtins as providers } from './providers.ts';
import { builtins as template } from './template.ts';
import { builtins as jsonschema } from './jsonschema.ts';
import { builtins as rand } from './rand.ts';
import { builtins as rego } from './rego.ts';
import { builtins as deprecated } from './deprecated.ts';

const NAMESPACES: Record<string, BuiltinFn>[] = [
  core,
  strings,
  regex,
  glob,
  units,
  bits,
  numbers,
  json,
  objects,
  encoding,
  yaml,
  net,
  netLookup,
  graph,
  semver,
  time,
  uri,
  graphql,
  jwt,
  crypto,
  uuid,
  providers,
  template,
  jsonschema,
  rand,
  rego,
  deprecated,
];

export const BUILTINS: Record<string, BuiltinFn> = Object.assign({}, ...NAMESPACES);
