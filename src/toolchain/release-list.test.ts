import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authHeaders } from './http-get.ts';
import { baseUrlOf, releaseListUrl } from './release-list.ts';

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
