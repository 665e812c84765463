import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authHeaders } from './http-get.ts';
import { UserError } from '../errors.ts';
import { goToSemver } from './go-version.ts';
import { archiveUrl, baseUrlOf, releaseListUrl } from './release-list.ts';
import { checkArchive, releasesOf } from './release-shape.ts';

test('the token goes only to GitHub hosts over https, never to go.dev or other mirrors', () => {
  const table: [url: string, server: string | undefined, sent: boolean][] = [
    ['https://go.dev/dl/?mode=json&include=all', undefined, false],
    ['https://dl.google.com/go/go1.26.8.linux-amd64.tar.gz', undefined, false],
    ['https://mirror.example.com/go/go1.26.8.linux-amd64.tar.gz', undefined, false],
    ['https://github.com/org/go-mirror/releases/download/v1/go1.26.8.linux-amd64.tar.gz', undefined, true],
    ['https://api.github.com/repos/org/go-mirror/releases', undefined, true],
    ['https://raw.githubusercontent.com/org/go-mirror/main/dl.json', undefined, true],
    ['https://objects.githubusercontent.com/x', undefined, true],
    ['http://github.com/insecure', undefined, false],
    ['https://github.com.evil.example/x', undefined, false],
    ['https://ghes.corp.example/org/mirror/x', 'https://ghes.corp.example', true],
    ['https://api.ghes.corp.example/x', 'https://ghes.corp.example', true],
    ['https://github.com/org/mirror/x', 'https://ghes.corp.example', false],
    ['not a url', undefined, false],
  ];
  for (const [url, server, sent] of table) {
    assert.deepEqual(authHeaders(url, 'tok', server), sent ? { authorization: 'Bearer tok' } : {}, url);
  }
  assert.deepEqual(authHeaders('https://github.com/x', ''), {});
});

test('the base URL defaults to go.dev/dl and the list URL is go.dev\'s', () => {
  assert.equal(baseUrlOf(''), 'https://go.dev/dl');
  assert.equal(baseUrlOf('https://mirror.example.com/golang/'), 'https://mirror.example.com/golang');
  assert.equal(releaseListUrl('https://go.dev/dl'), 'https://go.dev/dl/?mode=json&include=all');
});

test('archive URLs are built with the URL API and stay directly below the base', () => {
  assert.equal(archiveUrl('https://go.dev/dl', 'go1.26.8.linux-amd64.tar.gz'), 'https://go.dev/dl/go1.26.8.linux-amd64.tar.gz');
  assert.equal(archiveUrl('https://mirror.example.com/golang/?x=1', 'go1.26.8.linux-amd64.tar.gz'), 'https://mirror.example.com/golang/go1.26.8.linux-amd64.tar.gz');
  for (const name of ['../../x', '//evil.example/x', 'http://evil.example/x', '?mode=json', '#x', '%2e%2e/x']) {
    assert.ok(archiveUrl('https://go.dev/dl', name).startsWith('https://go.dev/dl/'), name);
  }
});

const ARCHIVE = { filename: 'go1.26.8.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', version: 'go1.26.8', sha256: 'a'.repeat(64), size: 1000, kind: 'archive' };

test('the list keeps releases whose version parses and only object-shaped files', () => {
  const got = releasesOf([
    { version: 'go99999999999999999999', stable: true, files: [ARCHIVE] },
    { version: 'weekly.2011', stable: true, files: [] },
    { version: 'go1.26.8', stable: true, files: [null, 7, 'x', [], ARCHIVE] },
    { version: 'go1.26.7', files: 'none' },
    null,
    'go1.2',
  ]);
  assert.deepEqual(got, [{ version: 'go1.26.8', stable: true, files: [ARCHIVE] }]);
  assert.equal(releasesOf({ releases: [] }), undefined);
  assert.equal(goToSemver('go99999999999999999999'), undefined);
});

test('the archive entry must be what go.dev lists: bare name of its own version/os/arch, 64-hex sha256, positive size', () => {
  const release = { version: 'go1.26.8', stable: true, files: [] };
  const check = (over: Record<string, unknown>) => () => checkArchive({ ...ARCHIVE, ...over } as never, release, 'https://m');
  assert.deepEqual(check({})(), ARCHIVE);
  assert.equal(check({ filename: 'go1.26.8.windows-amd64.zip', os: 'windows' })().os, 'windows');
  const table: [Record<string, unknown>, RegExp][] = [
    [{ filename: '../../../../tmp/x/victim' }, /the file name "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x\/victim": only the bare go\.dev name "go1\.26\.8\.linux-amd64\.tar\.gz" is accepted/],
    [{ filename: 'http://evil.example/go1.26.8.linux-amd64.tar.gz' }, /the file name "http:/],
    [{ filename: 'go1.26.8.linux-amd64.tar.gz\n::warning::pwned' }, /the file name "go1\.26\.8\.linux-amd64\.tar\.gz\\n::warning::pwned"/],
    [{ filename: 'go1.26.7.linux-amd64.tar.gz' }, /the file name "go1\.26\.7/],
    [{ version: 'go1.26.7' }, /the file name/],
    [{ os: '../x' }, /an invalid os\/arch "\.\.\/x\/amd64"/],
    [{ sha256: undefined }, /sha256 "undefined", not 64 hex digits/],
    [{ sha256: 12345 }, /sha256 "12345", not 64 hex digits/],
    [{ sha256: 'g'.repeat(64) }, /not 64 hex digits/],
    [{ size: -1 }, /size "-1", not a positive integer/],
    [{ size: '1000' }, /size "1000", not a positive integer/],
    [{ size: 1.5 }, /size "1.5"/],
    [{ size: 0 }, /size "0"/],
  ];
  for (const [over, message] of table) {
    assert.throws(check(over), (e: unknown) => e instanceof UserError && message.test(e.message) && !e.message.includes('\n'), JSON.stringify(over));
  }
});
