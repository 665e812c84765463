import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { causeOf, hopAuth, HttpStatusError, httpGet, readBody } from './http-get.ts';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
const stop = (s: Server) => new Promise((resolve) => { s.closeAllConnections(); s.close(resolve); });

test('the token never follows a redirect to another origin', () => {
  const first = new URL('https://github.com/org/mirror/releases/download/v1/go1.26.8.linux-amd64.tar.gz');
  assert.deepEqual(hopAuth(first, first, 'tok'), { authorization: 'Bearer tok' });
  assert.deepEqual(hopAuth(first, new URL('https://github.com/other/path'), 'tok'), { authorization: 'Bearer tok' });
  assert.deepEqual(hopAuth(first, new URL('https://objects.githubusercontent.com/signed'), 'tok'), {}, 'another GitHub host after a redirect');
  assert.deepEqual(hopAuth(first, new URL('https://evil.example/x'), 'tok'), {});
  assert.deepEqual(hopAuth(new URL('https://go.dev/dl/'), new URL('https://github.com/x'), 'tok'), {});
});

test('redirects are followed (relative too), bounded, and never from https down to http', async () => {
  const { url, server } = await serve((req, res) => {
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/start') return res.writeHead(301, { location: 'next' }).end();
    if (req.url === '/next') return res.writeHead(307, { location: `${url}/final` }).end();
    if (req.url === '/final') return res.writeHead(200).end('arrived');
    res.writeHead(404, 'Not Found').end();
  });
  try {
    assert.equal((await readBody(await httpGet(`${url}/start`, { token: '', idleMs: 5000 }), 100)).toString(), 'arrived');
    await assert.rejects(httpGet(`${url}/loop`, { token: '', idleMs: 5000 }), /more than 10 redirects/);
    await assert.rejects(httpGet(`${url}/none`, { token: '', idleMs: 5000 }), (e: unknown) => e instanceof HttpStatusError && e.message === 'HTTP 404 Not Found');
    await assert.rejects(httpGet('ftp://127.0.0.1/x', { token: '', idleMs: 5000 }), /unsupported URL scheme ftp:/);
  } finally {
    await stop(server);
  }
});

test('a connection with no traffic fails after the idle time, before the headers and mid-body; a body over the bound is refused', async () => {
  const { url, server } = await serve((req, res) => {
    if (req.url === '/silent') return;
    if (req.url === '/big') return res.writeHead(200).end(Buffer.alloc(2000));
    res.writeHead(200);
    res.write('some bytes, then nothing');
  });
  try {
    await assert.rejects(httpGet(`${url}/silent`, { token: '', idleMs: 1000 }), (e: unknown) => causeOf(e) === 'no data for 1s');
    const res = await httpGet(`${url}/stall`, { token: '', idleMs: 1000 });
    await assert.rejects(readBody(res, 1 << 20), (e: unknown) => causeOf(e) === 'no data for 1s');
    await assert.rejects(readBody(await httpGet(`${url}/big`, { token: '', idleMs: 5000 }), 1000), /larger than 1000 bytes/);
  } finally {
    await stop(server);
  }
});
