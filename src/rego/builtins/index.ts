// Every builtin: registers the namespaces that builtins/registry.ts loads only on demand, for the callers (the public
// API, tests) that compile and evaluate synchronously whatever a policy calls.
import { BUILTINS, registerBuiltins } from './registry.ts';
import { builtins as regexMatch } from './regex-match.ts';
import { builtins as regex } from './regex.ts';
import { builtins as glob } from './glob.ts';
import { builtins as graphql } from './graphql.ts';
import { builtins as jsonschema } from './jsonschema.ts';
import { builtins as jwt } from './jwt.ts';
import { builtins as crypto } from './crypto.ts';
import { builtins as time } from './time.ts';
import { builtins as yaml } from './yaml.ts';
import { builtins as encoding } from './encoding.ts';
import { builtins as net } from './net.ts';
import { builtins as netLookup } from './net-lookup.ts';
import { builtins as graph } from './graph.ts';
import { builtins as semver } from './semver.ts';
import { builtins as uuid } from './uuid.ts';
import { builtins as template } from './template.ts';
import { builtins as units } from './units.ts';

registerBuiltins(regexMatch, regex, glob, graphql, jsonschema, jwt, crypto, time, yaml, encoding, net, netLookup, graph, semver, uuid, template, units);

export { BUILTINS };
