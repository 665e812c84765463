// docker-compose files are YAML to conftest, and so to us: the same documents, chosen by the compose file names.
import { parseYamlAsConftest } from './yaml.ts';
import type { Parser } from './parser.ts';

const COMPOSE = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/;

export const composeParser: Parser = {
  name: 'docker-compose',
  extensions: [],
  fileName: (base) => COMPOSE.test(base),
  parse: parseYamlAsConftest,
};
