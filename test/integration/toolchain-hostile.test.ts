// A hostile mirror on 127.0.0.1, answered by the bundled action as a runner runs it: release lists with traversal,
// URL-ish and newline-carrying file names, missing and numeric checksums, an endless body under a small listed size,
// a gzip bomb, setuid members, absolute and `..` members, escaping symlinks and hard links, a device. Each case is one
// clear error; nothing is written outside the staging dir, nothing is left behind, and no foreign text becomes a
// workflow command. A second archive after the end marker is never extracted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { buildBundle, minimalGoEntries, readFileCommands, ROOT, runNode, runnerEnv, writeTarball, type Tarball } from './toolchain-kit.ts';
import { tarOf, type TarEntry } from './toolchain-tar.ts';
import { copyExamples } from '../kit/workspace.ts';

let tmp: string;
let dist: string;
let outside: string;
let server: Server;
let port: number;
let version: string;
const requests: string[] = [];
/** Per case: the release list and the archive bytes; either may be 'endless'. */
const cases = new Map<string, { list: unknown; body?: Buffer | 'endless' }>();
let endlessSent = 0;

const goVersion = () => readFileSync(join(process.env.GOROOT || '/usr/local/go', 'VERSION'), 'utf8').split('\n')[0];

function entry(t: Pick<Tarball, 'sha256' | 'size'>, over: Record<string, unknown> = {}) {
  return [{ version, stable: true, files: [{ filename: `${version}.linux-amd64.tar.gz`, os: 'linux', arch: 'amd64', version, sha256: t.sha256, size: t.size, kind: 'archive', ...over }] }];
}

/** A case serving a tarball made of `entries` with its true sha256 and size. */
function archiveCase(name: string, entries: TarEntry[]) {
  const t = writeTarball(join(tmp, 'archives', name), version, entries);
  cases.set(name, { list: entry(t), body: readFileSync(t.path) });
}

async function gzipBomb(): Promise<Buffer> {
  // One member of 256 MiB of zeros: about 250 KB packed.
  const size = 256 << 20;
  const header = tarOf([{ name: 'go/bomb', body: Buffer.alloc(0) }]).subarray(0, 512);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => gz.on('end', resolve));
  gz.write(header);
  const mib = Buffer.alloc(1 << 20);
  for (let i = 0; i < 256; i++) if (!gz.write(mib)) await new Promise((resolve) => gz.once('drain', resolve));
  gz.end(Buffer.alloc(1024));
  await done;
  return Buffer.concat(out);
}

/** Every file below `dir` (lstat: links are not followed). */
const listTree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('toolchain: a hostile mirror', { timeout: 600_000 }, () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'go-xenv-hostile-'));
    version = goVersion();
    outside = join(tmp, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim'), 'original\n');
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const [, name, rest = ''] = /^\/([^/]+)\/(.*)$/.exec(req.url ?? '') ?? [];
      const c = cases.get(name ?? '');
      if (!c) return res.writeHead(404).end();
      if (rest.startsWith('?mode=json') && c.list === 'endless') return endless(res);
      if (rest.startsWith('?mode=json')) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(c.list));
      if (c.body === 'endless') return endless(res);
      if (!c.body) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': c.body.length }).end(c.body);
    });
    /** A body with no end: bounded for the test's sake (1 GiB at most), and it stops when the client hangs up. */
    const endless = (res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 << 10, 0x41);
      const pump = () => {
        while (!res.destroyed && endlessSent < 1 << 30) {
          endlessSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    };
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    dist = buildBundle(join(tmp, 'dist'));

    const good = writeTarball(join(tmp, 'archives', 'good'), version, minimalGoEntries());
    const fake = { sha256: good.sha256, size: good.size };
    const fileName = `${version}.linux-amd64.tar.gz`;
    cases.set('traversal', { list: entry(fake, { filename: `../../../../${outside.slice(1)}/victim` }), body: readFileSync(good.path) });
    cases.set('url-filename', { list: entry(fake, { filename: `http://127.0.0.1:${port}/elsewhere/${fileName}` }), body: readFileSync(good.path) });
    cases.set('encoded-filename', { list: entry(fake, { filename: `..%2F..%2F${fileName}` }), body: readFileSync(good.path) });
    cases.set('newline', {
      list: [
        { version: `${version}\n::warning::pwned-version`, stable: true, files: [] },
        ...entry(fake, { filename: `${fileName}\n::warning::pwned\n::add-mask::${'s'.repeat(8)}\n##[error]legacy` }),
      ],
      body: readFileSync(good.path),
    });
    cases.set('missing-sha', { list: entry({ sha256: undefined as unknown as string, size: good.size }), body: readFileSync(good.path) });
    cases.set('numeric-sha', { list: entry({ sha256: 1234567 as unknown as string, size: good.size }), body: readFileSync(good.path) });
    cases.set('bad-size', { list: entry({ sha256: good.sha256, size: '6000000' as unknown as number }), body: readFileSync(good.path) });
    cases.set('junk-entries', { list: [{ version: 'go99999999999999999999', stable: true, files: [null] }, { version, stable: true, files: [null, 42] }], body: readFileSync(good.path) });
    cases.set('endless', { list: entry({ sha256: good.sha256, size: 1000 }), body: 'endless' });
    cases.set('endless-list', { list: 'endless' });
    const bomb = await gzipBomb();
    cases.set('gzip-bomb', { list: entry({ sha256: createHash('sha256').update(bomb).digest('hex'), size: bomb.length }), body: bomb });
    archiveCase('setuid', minimalGoEntries().map((e) => (e.name === 'go/bin/go' ? { ...e, mode: 0o4755 } : e)));
    archiveCase('absolute', minimalGoEntries({ extra: [{ name: `${outside}/absolute`, body: 'pwned\n' }] }));
    archiveCase('dotdot', minimalGoEntries({ extra: [{ name: `go/../../../../../../..${outside}/victim`, body: 'pwned\n' }] }));
    archiveCase('symlink-out', minimalGoEntries({ extra: [{ name: 'go/link', type: '2', linkname: outside }, { name: 'go/link/victim', body: 'pwned\n' }] }));
    archiveCase('symlink-up', minimalGoEntries({ extra: [{ name: 'go/misc/up', type: '2', linkname: '../../../../../../../..' }, { name: 'go/misc/up/victim', body: 'pwned\n' }] }));
    archiveCase('hardlink-out', minimalGoEntries({ extra: [{ name: 'go/h', type: '1', linkname: `${outside}/victim` }] }));
    archiveCase('hardlink-up', minimalGoEntries({ extra: [{ name: 'go/h', type: '1', linkname: `go/../..${outside}/victim` }] }));
    archiveCase('device', minimalGoEntries({ extra: [{ name: 'go/null', type: '3' }] }));
    // A second archive after the end-of-archive marker, one member of it outside go/ and one inside.
    const twice = gzipSync(Buffer.concat([tarOf(minimalGoEntries()), tarOf([{ name: `${outside.slice(1)}/victim`, body: 'pwned\n' }, { name: 'go/pwned', body: 'pwned\n' }])]), { level: 1 });
    cases.set('after-end', { list: entry({ sha256: createHash('sha256').update(twice).digest('hex'), size: twice.length }), body: twice });
    archiveCase('pax-path', minimalGoEntries({ extra: [{ name: 'go/harmless', pax: { path: `../..${outside}/victim` }, body: 'pwned\n' }] }));
    archiveCase('world-writable', minimalGoEntries({ extra: [{ name: 'go/misc/', type: '5', mode: 0o1777, uid: 4242 }, { name: 'go/misc/shared', mode: 0o666, body: 'x', uid: 4242 }] })
      .map((e) => (e.name === 'go/bin/go' ? { ...e, mode: 0o777, uid: 4242 } : e)));
  });
  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(tmp, { recursive: true, force: true, maxRetries: 10 });
  });

  let n = 0;
  async function runCase(name: string) {
    const ws = join(tmp, `ws-${++n}`);
    copyExamples(ws);
    const r = runnerEnv(join(tmp, `runner-${n}`), ws, { command: 'setup', 'go-version': version.replace(/^go/, ''), 'go-download-base-url': `http://127.0.0.1:${port}/${name}`, cache: 'false' });
    const ran = await runNode(process.execPath, join(dist, 'index.js'), r.env, ws, 120_000);
    return { r, ran, ws };
  }

  function assertRefused(got: Awaited<ReturnType<typeof runCase>>, message: RegExp) {
    const { r, ran } = got;
    assert.equal(ran.code, 1, ran.stdout + ran.stderr);
    const lines = ran.stdout.split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1, ran.stdout);
    // The data of a workflow command as the runner reads it back (@actions/core escapes %, CR and LF).
    const data = errors[0].replace(/^::error[^:]*::/, '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    assert.match(data, message);
    assert.doesNotMatch(ran.stdout, /    at /, 'no stack trace');
    for (const l of lines) {
      assert.doesNotMatch(l.trimStart(), /^::(warning|add-mask)::/, `a foreign workflow command: ${l}`);
      assert.ok(!l.includes('##['), `a legacy workflow command: ${l}`);
    }
    assert.deepEqual(listTree(outside), ['victim'], 'nothing written outside');
    assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'original\n');
    const goDir = join(r.toolCache, 'go');
    assert.deepEqual(existsSync(goDir) ? readdirSync(goDir) : [], [], 'nothing left in the tool cache');
    assert.deepEqual(readdirSync(r.temp).filter((f) => f.startsWith('go-xenv-') && !f.endsWith('.json')), [], 'nothing left in the temp dir');
  }

  const refusals: [name: string, message: RegExp, downloads: boolean][] = [
    ['traversal', /^the release list of http:\/\/127\.0\.0\.1:\d+\/traversal lists the "go[\d.]+" archive with the file name "\.\.\/\.\.\/\.\.\/\.\.\/.*\/victim": only the bare go\.dev name "go[\d.]+\.linux-amd64\.tar\.gz" is accepted — nothing was downloaded/, false],
    ['url-filename', /with the file name "http:\/\/127\.0\.0\.1:\d+\/elsewhere\/go[\d.]+\.linux-amd64\.tar\.gz": only the bare go\.dev name/, false],
    ['encoded-filename', /with the file name "\.\.%2F\.\.%2Fgo[\d.]+\.linux-amd64\.tar\.gz": only the bare go\.dev name/, false],
    ['newline', /with the file name "go[\d.]+\.linux-amd64\.tar\.gz\\n::warning::pwned\\n::add-mask::s{8}\\n#\u200b#\[error\]legacy": only the bare go\.dev name/, false],
    ['missing-sha', /lists the "go[\d.]+" archive with sha256 "undefined", not 64 hex digits — nothing was downloaded/, false],
    ['numeric-sha', /with sha256 "1234567", not 64 hex digits/, false],
    ['bad-size', /with size "6000000", not a positive integer/, false],
    ['junk-entries', /^go[\d.]+ has no archive for linux\/amd64/, false],
    ['endless-list', /^the Go release list from http:\/\/127\.0\.0\.1:\d+\/endless-list\/\?mode=json&include=all could not be read: larger than 33554432 bytes — check/, false],
    ['endless', /^the download of go[\d.]+\.linux-amd64\.tar\.gz is larger than the 1000 bytes the release list gives — nothing was installed/, true],
    ['gzip-bomb', /^refused go[\d.]+\.linux-amd64\.tar\.gz: it expands to more than 16777216 bytes/, true],
    ['setuid', /^refused go[\d.]+\.linux-amd64\.tar\.gz: the archive has a member "go\/bin\/go" with the setuid or setgid bit \(mode 4755\) — nothing was installed/, true],
    ['absolute', /the archive has a member "\/.*\/outside\/absolute" with an absolute or empty path/, true],
    ['dotdot', /the archive has a member "go\/\.\.\/.*victim" with a "\.\." component/, true],
    ['symlink-out', /the archive has a symlink member "go\/link" -> "\/.*outside" that could point outside the archive/, true],
    ['symlink-up', /the archive has a symlink member "go\/misc\/up" -> "(\.\.\/)+\.\." that could point outside the archive/, true],
    ['pax-path', /the archive has a member "\.\.\/\.\..*victim" with a "\.\." component/, true],
    ['hardlink-out', /the archive has a hard link member "go\/h" -> "\/.*outside\/victim" with an absolute or empty path/, true],
    ['hardlink-up', /the archive has a hard link member "go\/h" -> "go\/\.\.\/\.\..*victim" with a "\.\." component/, true],
    ['device', /the archive has a member "go\/null" of type character device: a Go distribution has only files, directories and links/, true],
  ];
  for (const [name, message, downloads] of refusals) {
    test(`${name}: one clear error, nothing written outside, nothing left behind`, async () => {
      const before = requests.length;
      const got = await runCase(name);
      assertRefused(got, message);
      const asked = requests.slice(before);
      assert.ok(asked.every((q) => q.startsWith(`/${name}/`)), `every request stays below the base: ${asked.join(', ')}`);
      assert.equal(asked.some((q) => !q.includes('?mode=json')), downloads, `downloads: ${asked.join(', ')}`);
      if (name.startsWith('endless')) {
        assert.ok(endlessSent < 64 << 20, `the transfer stopped early (${endlessSent} bytes sent)`);
        endlessSent = 0;
      }
    });
  }

  test('a second archive after the end-of-archive marker never reaches tar; the install succeeds', async () => {
    const { r, ran } = await runCase('after-end');
    assert.equal(ran.code, 0, ran.stdout);
    const goroot = readFileCommands(r.env.GITHUB_OUTPUT!)['go-root'];
    assert.ok(existsSync(join(goroot, 'bin', 'go')));
    assert.ok(!existsSync(join(goroot, 'pwned')), 'nothing after the marker was extracted');
    assert.deepEqual(listTree(outside), ['victim'], 'nothing written outside');
    assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'original\n');
  });

  test('world-writable and sticky modes do not survive; the install succeeds', async () => {
    const { r, ran } = await runCase('world-writable');
    assert.equal(ran.code, 0, ran.stdout);
    const goroot = readFileCommands(r.env.GITHUB_OUTPUT!)['go-root'];
    for (const f of ['bin/go', 'misc', 'misc/shared']) {
      const mode = lstatSync(join(goroot, f)).mode & 0o7777;
      assert.equal(mode & 0o7022, 0, `${f}: mode ${mode.toString(8)}`);
    }
    for (const f of ['bin/go', 'misc/shared']) assert.equal(statSync(join(goroot, f)).uid, process.getuid!(), `${f}: not owned as the archive says`);
  });
});
