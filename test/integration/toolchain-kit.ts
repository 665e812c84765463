// Real parts for the toolchain suite and benchmark: a Go distribution tarball packed from this machine's GOROOT in the
// official go/... layout, a go.dev-format mirror on 127.0.0.1 serving it, a fresh bundle, and the runner's environment.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Release, ReleaseFile } from '../../src/toolchain/types.ts';
import { tarOf, type TarEntry } from './toolchain-tar.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface Tarball {
  path: string;
  filename: string;
  version: string;
  sha256: string;
  size: number;
}

/** Packs what `go version` and a pure-Go cross build need: bin/go, the compile/link/asm/cgo tools, pkg/include, the
 * standard library sources (without tests, testdata and cmd/), go.env and VERSION. */
export function packGoTarball(dir: string): Tarball {
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const version = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
  const hostTools = execFileSync('go', ['env', 'GOHOSTOS'], { encoding: 'utf8' }).trim() + '_' + execFileSync('go', ['env', 'GOHOSTARCH'], { encoding: 'utf8' }).trim();
  const filename = `${version}.linux-amd64.tar.gz`;
  const path = join(dir, filename);
  const members = ['bin/go', ...['compile', 'link', 'asm', 'cgo'].map((t) => `pkg/tool/${hostTools}/${t}`), 'pkg/include', 'src', 'go.env', 'VERSION'].filter((m) => existsSync(join(goroot, m)));
  execFileSync('sh', ['-c', `tar -c -C "$1" --transform 's,^,go/,' --exclude=testdata --exclude='*_test.go' --exclude=src/cmd ${members.join(' ')} | gzip -1 > "$2"`, 'pack', goroot, path]);
  const body = readFileSync(path);
  return { path, filename, version, sha256: createHash('sha256').update(body).digest('hex'), size: body.length };
}

const goEnvOf = (name: string) => execFileSync('go', ['env', name], { encoding: 'utf8' }).trim();

/** A gzipped tar of `entries` written as `<dir>/<version>.linux-amd64.tar.gz`. */
export function writeTarball(dir: string, version: string, entries: TarEntry[]): Tarball {
  const filename = `${version}.linux-amd64.tar.gz`;
  const path = join(dir, filename);
  const body = gzipSync(tarOf(entries), { level: 1 });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, body);
  return { path, filename, version, sha256: createHash('sha256').update(body).digest('hex'), size: body.length };
}

/**
 * The smallest tree whose `go version` and `go env` run (about 6 MB packed): bin/go, an empty pkg/tool/ (how go finds
 * its GOROOT), go.env and VERSION. `goBin` replaces bin/go (a stand-in, or bytes that do not run); `extra` adds members.
 */
export function minimalGoEntries(opts: { goBin?: Buffer | string; extra?: TarEntry[] } = {}): TarEntry[] {
  const goroot = goEnvOf('GOROOT');
  return [
    { name: 'go/', type: '5' },
    { name: 'go/bin/', type: '5' },
    { name: 'go/bin/go', mode: 0o755, body: opts.goBin ?? readFileSync(join(goroot, 'bin', 'go')) },
    { name: 'go/pkg/', type: '5' },
    { name: 'go/pkg/tool/', type: '5' },
    { name: 'go/go.env', body: readFileSync(join(goroot, 'go.env')) },
    { name: 'go/VERSION', body: readFileSync(join(goroot, 'VERSION')) },
    ...(opts.extra ?? []),
  ];
}

/** The second version the `multi` mirror mode lists. */
export const ALT_VERSION = '1.25.9';
const ALT_FILENAME = `go${ALT_VERSION}.linux-amd64.tar.gz`;

/**
 * A tree for ALT_VERSION: this machine has one real Go, so the tree's bin/go reports ALT_VERSION to `go version` (what
 * the install verifies) and runs the real go, beside it as bin/go.real, for everything else.
 */
export function packAltTarball(dir: string): Tarball {
  const goroot = goEnvOf('GOROOT');
  const standIn = `#!/bin/sh\ncase "$1" in version) echo "go version go${ALT_VERSION} linux/amd64" ;; *) exec "$(dirname "$0")/go.real" "$@" ;; esac\n`;
  return writeTarball(dir, `go${ALT_VERSION}`, minimalGoEntries({ goBin: standIn, extra: [{ name: 'go/bin/go.real', mode: 0o755, body: readFileSync(join(goroot, 'bin', 'go')) }] }));
}

/** A release list whose entry for the tarball carries its true sha256 and size, plus the synthetic releases. */
export function releaseList(t: Tarball, override: Partial<ReleaseFile> = {}): Release[] {
  const synthetic = JSON.parse(readFileSync(join(ROOT, 'src/toolchain/fixtures/golang-dl.synthetic.json'), 'utf8')) as Release[];
  const file: ReleaseFile = { filename: t.filename, os: 'linux', arch: 'amd64', version: t.version, sha256: t.sha256, size: t.size, kind: 'archive', ...override };
  return [{ version: t.version, stable: true, files: [file] }, ...synthetic.filter((r) => r.version !== t.version)];
}

export interface Mirror {
  /** Base URL for a mirror mode: ok, multi, list404, file500, truncated, cutoff, stall, badsha, garbage. */
  url(mode: string): string;
  requests: string[];
  close(): Promise<void>;
}

/** The go.dev layout on 127.0.0.1: `/<mode>/?mode=json&include=all` and `/<mode>/<filename>`; modes inject faults. */
export async function startMirror(t: Tarball, alt?: Tarball): Promise<Mirror> {
  const body = readFileSync(t.path);
  const altBody = alt ? readFileSync(alt.path) : body;
  const garbage = Buffer.from('this is not a gzip stream\n'.repeat(100));
  const garbageSha = createHash('sha256').update(garbage).digest('hex');
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.url} auth=${req.headers.authorization ?? ''}`);
    const [, mode, rest = ''] = /^\/([^/]+)\/(.*)$/.exec(req.url ?? '') ?? [];
    const send = (code: number, data: Buffer | string, type = 'application/octet-stream') => {
      res.writeHead(code, { 'content-type': type, 'content-length': Buffer.byteLength(data) });
      res.end(data);
    };
    if (rest.startsWith('?mode=json')) {
      if (mode === 'list404') return send(404, 'not found', 'text/plain');
      const override = mode === 'badsha' ? { sha256: '0'.repeat(64) } : mode === 'garbage' ? { sha256: garbageSha, size: garbage.length } : {};
      const list = releaseList(t, override);
      if (mode === 'multi') {
        // A second release: installs of two versions in one run.
        const file = { ...list[0].files[0], filename: ALT_FILENAME, version: `go${ALT_VERSION}`, ...(alt ? { sha256: alt.sha256, size: alt.size } : {}) };
        return send(200, JSON.stringify([list[0], { version: `go${ALT_VERSION}`, stable: true, files: [file] }, ...list.slice(1).filter((r) => r.version !== `go${ALT_VERSION}`)]), 'application/json');
      }
      return send(200, JSON.stringify(list), 'application/json');
    }
    if (mode === 'multi' && rest === ALT_FILENAME) return send(200, altBody);
    if (rest !== t.filename) return send(404, 'not found', 'text/plain');
    if (mode === 'file500') return send(500, 'internal error', 'text/plain');
    if (mode === 'truncated') return send(200, body.subarray(0, Math.floor(body.length / 2)));
    if (mode === 'cutoff') {
      // The connection drops halfway through a response that announced the full length.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      return;
    }
    if (mode === 'garbage') return send(200, garbage);
    if (mode === 'stall') {
      // Half the archive, then the connection is held open (until the mirror closes): an install caught mid-extract.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      return;
    }
    return send(200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (mode) => `http://127.0.0.1:${port}/${mode}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * A mirror that answers as Python's http.server and HTTP/1.0 servers do: one response per connection, then the
 * connection is closed; every other archive response has no Content-Length (the body ends where the connection does).
 */
export async function startClosingMirror(t: Tarball): Promise<Mirror> {
  const body = readFileSync(t.path);
  const list = Buffer.from(JSON.stringify(releaseList(t)));
  const requests: string[] = [];
  let archives = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let head = '';
    socket.on('error', () => undefined);
    socket.on('data', (d: Buffer) => {
      head += d.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const url = head.split(' ')[1] ?? '';
      requests.push(url);
      const isList = url.includes('?mode=json');
      const data = isList ? list : url.endsWith(`/${t.filename}`) ? body : undefined;
      if (!data) {
        socket.end('HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\n\r\nnot found');
        return;
      }
      const withLength = isList || archives++ % 2 === 0;
      socket.write(`HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n${withLength ? `Content-Length: ${data.length}\r\n` : ''}\r\n`);
      socket.end(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (mode) => `http://127.0.0.1:${port}/${mode}`,
    requests,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A fresh bundle of the sources (scripts/build.mjs) in `dir`, runnable as ESM outside the repository. */
export function buildBundle(dir: string): string {
  execFileSync(process.execPath, ['scripts/build.mjs', dir], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return dir;
}

export interface Runner {
  env: NodeJS.ProcessEnv;
  dir: string;
  toolCache: string;
  temp: string;
  workspace: string;
}

/** The environment a runner gives an action: INPUT_*, GITHUB_* files, RUNNER_* dirs; PATH without any Go. */
export function runnerEnv(dir: string, workspace: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): Runner {
  mkdirSync(dir, { recursive: true });
  const toolCache = join(dir, 'tool-cache');
  const temp = join(dir, 'temp');
  const home = join(dir, 'home');
  for (const d of [toolCache, temp, home]) mkdirSync(d, { recursive: true });
  const files = Object.fromEntries(['PATH', 'ENV', 'OUTPUT', 'STATE', 'STEP_SUMMARY'].map((n) => [`GITHUB_${n}`, join(dir, n.toLowerCase())]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_PATH: event,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: temp,
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extra,
  };
  return { env, dir, toolCache, temp, workspace };
}

export interface Ran { code: number | null; stdout: string; stderr: string; ms: number }

export function runNode(node: string, script: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 120_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - t0 }));
  });
}

/** Reads a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file (`name<<delimiter` blocks) into a map. */
export function readFileCommands(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

export const readPathFile = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);
