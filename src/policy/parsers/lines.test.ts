// Every parser keeps the line of each key path it can, so a policy result naming `services.web.privileged` is
// reported on that line; a path a format cannot place falls back to its nearest ancestor, then line 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineFor } from './parser.ts';
import { loadAllParsers, parserFor, parserNamed } from './registry.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const dir = new URL('../testdata/oracle/', import.meta.url).pathname;
const parse = (name: string) => parserFor(name)!.parse(readFileSync(join(dir, name), 'utf8'), name);

const LINES: [string, number, (string | number)[], number][] = [
  ['docker-compose.yml', 0, ['services', 'web', 'privileged'], 13],
  ['docker-compose.yml', 0, ['services', 'db', 'volumes', 0], 22],
  ['workflow.yaml', 0, ['true', 'push', 'branches'], 4],
  ['workflow.yaml', 0, ['service', 'timeout'], 31],
  ['multi.yaml', 1, ['spec', 'replicas'], 11],
  ['multi.yaml', 0, [], 1],
  ['package.json', 0, ['scripts', 'test'], 5],
  ['list.json', 1, ['replicas'], 3],
  ['settings.jsonc', 0, ['files.exclude', '**/node_modules'], 6],
  ['pyproject.toml', 0, ['servers', 1, 'name'], 32],
  ['pyproject.toml', 0, ['tool', 'ruff', 'line-length'], 24],
  ['app.ini', 0, ['database', 'pool'], 15],
  ['app.ini', 0, ['server'], 4],
  ['main.tf', 0, ['resource', 'aws_s3_bucket', 'logs', 0, 'acl'], 38],
  ['main.tf', 0, ['resource', 'aws_security_group', 'web', 0, 'ingress', 1, 'from_port'], 64],
  ['main.tf', 0, ['locals', 0, 'tags', 'team'], 18],
  ['main.tf', 0, ['module', 'vpc', 0], 76],
  ['Dockerfile', 0, [4], 6],
  ['Dockerfile', 0, [0], 2],
  ['.env', 0, ['MULTI'], 11],
  ['app.properties', 0, ['multi'], 8],
  ['pom.xml', 0, ['project', 'dependencies', 'dependency', 1, 'version'], 20],
  ['pom.xml', 0, ['project', 'dependencies', 'dependency', 0, '-scope'], 12],
];

for (const [name, doc, path, line] of LINES) {
  test(`${name}: ${path.join('.') || '(document)'} is on line ${line}`, () => {
    assert.equal(parse(name).lineOf(doc, path), line);
  });
}

test('a path with no line of its own lands on its nearest ancestor, else line 1', () => {
  const compose = parse('docker-compose.yml');
  assert.equal(lineFor(compose, 0, ['services', 'web', 'no-such-key', 'deeper']), 7);
  assert.equal(lineFor(compose, 0, ['nothing']), 1);
  const docker = parse('Dockerfile');
  assert.equal(lineFor(docker, 0, [7, 'Value', 0]), docker.lineOf(0, [7]));
});

test('documents are the inputs conftest evaluates one by one', () => {
  assert.equal(parse('multi.yaml').documents.length, 3);
  assert.equal(parse('multi.yaml').documents[2], null);
  assert.equal(parse('list.json').documents.length, 2);
  const docker = parse('Dockerfile');
  assert.equal(docker.documents.length, 1);
  assert.ok(Array.isArray(docker.documents[0]));
  assert.equal(parse('app.ini').documents.length, 1);
});

test('files are matched to parsers by name and extension as conftest matches them', () => {
  const cases: [string, string | undefined][] = [
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.dev', 'dockerfile'],
    ['build.dockerfile', 'dockerfile'],
    ['docker-compose.yml', 'docker-compose'],
    ['compose.prod.yaml', 'docker-compose'],
    ['k8s/app.YAML', 'yaml'],
    ['.env.yaml', 'yaml'],
    ['main.tf', 'hcl2'],
    ['prod.tfvars', 'hcl2'],
    ['config.hcl', 'hcl2'],
    ['.env', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['prod.env', 'dotenv'],
    ['tsconfig.jsonc', 'jsonc'],
    ['package.json', 'json'],
    ['Cargo.toml', 'toml'],
    ['setup.ini', 'ini'],
    ['app.properties', 'properties'],
    ['pom.xml', 'xml'],
    ['README.md', undefined],
    ['Makefile', undefined],
  ];
  for (const [path, name] of cases) assert.equal(parserFor(path)?.name, name, path);
  assert.equal(parserNamed('TOML').name, 'toml');
  assert.throws(() => parserNamed('cue'), /unknown parser "cue".*/);
});
