// The sshd_config, logrotate and nginx parsers: their documents on realistic files, the key lines, the registry's
// choice by file name, and one error at file:line for each kind of malformed file. The nginx document is the one the
// real conftest prints for the same file (`conftest parse --parser nginx`, v0.71.1, recorded below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSyntaxError } from '../../core/document.ts';
import { lineFor } from './parser.ts';
import { loadAllParsers, parserFor, parserNamed } from './registry.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk the documents by hand
type Doc = any;
const parse = (parser: string, text: string, file = 'f') => parserNamed(parser).parse(text, file);

function refused(parser: string, text: string, line: number, message: RegExp) {
  assert.throws(
    () => parse(parser, text, 'conf/bad'),
    (e: unknown) => e instanceof DocumentSyntaxError && e.where.file === 'conf/bad' && e.where.line === line && message.test(e.message),
    `${parser}: ${JSON.stringify(text)} should fail at line ${line} with ${message}`,
  );
}

test('the registry picks the parser by file name, and by --parser name', () => {
  assert.equal(parserFor('etc/ssh/sshd_config')?.name, 'sshd_config');
  assert.equal(parserFor('etc/ssh/sshd_config.hardened')?.name, 'sshd_config');
  assert.equal(parserFor('etc/logrotate.conf')?.name, 'logrotate');
  assert.equal(parserFor('etc/logrotate.d/myapp')?.name, 'logrotate');
  assert.equal(parserFor('etc/logrotate.d/myapp.conf')?.name, 'logrotate');
  assert.equal(parserFor('deploy/nginx.conf')?.name, 'nginx');
  assert.equal(parserFor('deploy/NGINX.CONF')?.name, 'nginx');
  assert.equal(parserFor('deploy/site.nginx')?.name, 'nginx');
  assert.equal(parserFor('deploy/other.conf'), undefined);
  for (const n of ['sshd_config', 'logrotate', 'nginx']) assert.equal(parserNamed(n).name, n);
});

const SSHD = `# hardened
Port 22
port 2222
PermitRootLogin no
permitrootlogin yes
PasswordAuthentication=no
AuthorizedKeysFile .ssh/authorized_keys "/etc/ssh/keys/%u"
AcceptEnv LANG LC_* # locale only
Subsystem sftp /usr/lib/openssh/sftp-server

Match User anoncvs Address 10.0.0.0/8,192.168.0.0/16
    PasswordAuthentication yes
    ForceCommand cvs server
Match all
    X11Forwarding no
`;

test('sshd_config: keywords case-insensitive, the first value wins, repeats kept, Match blocks apart', () => {
  const p = parse('sshd_config', SSHD);
  const doc = p.documents[0] as Doc;
  assert.equal(doc.settings.permitrootlogin, 'no');
  assert.equal(doc.settings.passwordauthentication, 'no');
  assert.deepEqual(doc.values.port, ['22', '2222']);
  assert.deepEqual(doc.values.permitrootlogin, ['no', 'yes']);
  assert.equal(doc.settings.authorizedkeysfile, '.ssh/authorized_keys /etc/ssh/keys/%u');
  assert.deepEqual(doc.directives[6].args, ['LANG', 'LC_*']);
  assert.equal(doc.directives[1].keyword, 'port');
  assert.equal(doc.match.length, 2);
  assert.deepEqual(doc.match[0].criteria, [
    { name: 'user', patterns: ['anoncvs'] },
    { name: 'address', patterns: ['10.0.0.0/8', '192.168.0.0/16'] },
  ]);
  assert.equal(doc.match[0].settings.passwordauthentication, 'yes');
  assert.equal(doc.match[0].settings.forcecommand, 'cvs server');
  assert.deepEqual(doc.match[1].criteria, [{ name: 'all', patterns: [] }]);
  assert.equal(doc.match[1].settings.x11forwarding, 'no');
  assert.equal(doc.settings.x11forwarding, undefined, 'a Match block setting is not global');
  assert.equal(lineFor(p, 0, ['settings', 'permitrootlogin']), 4);
  assert.equal(lineFor(p, 0, ['values', 'port', 1]), 3);
  assert.equal(lineFor(p, 0, ['match', 0, 'settings', 'passwordauthentication']), 12);
  assert.equal(lineFor(p, 0, ['match', 1]), 14);
  assert.equal(lineFor(p, 0, ['match', 1, 'settings', 'nosuch']), 14);
});

test('sshd_config: malformed lines are one error at file:line', () => {
  refused('sshd_config', 'Port 22\nPermitRootLogin\n', 2, /PermitRootLogin needs a value/);
  refused('sshd_config', 'Banner "/etc/issue\n', 1, /unclosed double quote/);
  refused('sshd_config', 'Port 22\n\nMatch\n', 3, /Match needs criteria/);
  refused('sshd_config', 'Match User\n', 1, /needs a pattern/);
  refused('sshd_config', 'Match Colour blue\n', 1, /unknown Match criterion "Colour"/);
  refused('sshd_config', '# ok\n=yes\n', 2, /"=yes" is not a keyword/);
});

const LOGROTATE = `# global options
weekly
rotate 4
create
include /etc/logrotate.d

/var/log/app/*.log "/var/log/my app/out.log"
/var/log/app/err.log {
    daily
    rotate 14
    maxsize 100M
    missingok
    postrotate
        systemctl reload app >/dev/null 2>&1 || true
    endscript
}

/var/log/wtmp { monthly
    create 0664 root utmp
}
rotate 7
/var/log/btmp
{
    size 1M
}
`;

test('logrotate: global options, stanzas with several paths, scripts, includes, inherited options', () => {
  const p = parse('logrotate', LOGROTATE);
  const doc = p.documents[0] as Doc;
  assert.deepEqual(doc.settings, { weekly: true, rotate: '7', create: true });
  assert.deepEqual(doc.includes, [{ path: '/etc/logrotate.d', line: 5 }]);
  assert.equal(doc.stanzas.length, 3);
  const [app, wtmp, btmp] = doc.stanzas;
  assert.deepEqual(app.paths, ['/var/log/app/*.log', '/var/log/my app/out.log', '/var/log/app/err.log']);
  assert.equal(app.line, 7);
  assert.deepEqual(app.settings, { daily: true, rotate: '14', maxsize: '100M', missingok: true });
  assert.deepEqual(app.effective, { weekly: true, rotate: '14', create: true, daily: true, maxsize: '100M', missingok: true });
  assert.equal(app.scripts.postrotate, '        systemctl reload app >/dev/null 2>&1 || true');
  assert.deepEqual(wtmp.paths, ['/var/log/wtmp']);
  assert.deepEqual(wtmp.settings, { monthly: true, create: '0664 root utmp' });
  assert.equal(wtmp.effective.rotate, '4', 'the global rotate set above the stanza');
  assert.equal(btmp.effective.rotate, '7', 'a global option set later applies to the stanzas after it');
  assert.equal(btmp.settings.size, '1M');
  assert.equal(lineFor(p, 0, ['stanzas', 0, 'settings', 'maxsize']), 11);
  assert.equal(lineFor(p, 0, ['stanzas', 0, 'scripts', 'postrotate']), 13);
  assert.equal(lineFor(p, 0, ['stanzas', 1, 'settings', 'rotate']), 18);
  assert.equal(lineFor(p, 0, ['settings', 'rotate']), 21);
});

test('logrotate: malformed files are one error at file:line', () => {
  refused('logrotate', '/var/log/a {\n  daily\n', 1, /not closed/);
  refused('logrotate', 'daily\n}\n', 2, /closes no stanza/);
  refused('logrotate', '/var/log/a {\n  postrotate\n    true\n}\n', 2, /not ended with "endscript"/);
  refused('logrotate', '/var/log/a {\n  rotate many\n}\n', 2, /rotate needs a whole number/);
  refused('logrotate', '/var/log/a {\n  maxsize\n}\n', 2, /maxsize needs an argument/);
  refused('logrotate', '/var/log/a {\n  /var/log/b {\n}\n', 2, /a stanza inside a stanza/);
  refused('logrotate', 'weekly\n{\n}\n', 2, /without a log file path/);
  refused('logrotate', '/var/log/a\n', 1, /without a "\{ ... \}" stanza/);
  refused('logrotate', '"/var/log/a {\n}\n', 1, /unclosed " quote/);
  refused('logrotate', 'postrotate\nendscript\n', 1, /only allowed inside a log file stanza/);
  refused('logrotate', 'weekly\nvar/log/app.log\n{\n}\n', 2, /"var\/log\/app.log" is not a logrotate option/);
  refused('logrotate', '/var/log/a {\n  __proto__ x\n}\n', 2, /"__proto__" is not a logrotate option/);
});

const NGINX =
  '# a production-ish site\nuser www-data;\nworker_processes auto;\nevents {\n    worker_connections 1024;\n}\nhttp {\n    server_tokens off;   # hide the version\n    include /etc/nginx/mime.types;\n    log_format main \'$remote_addr - "$request"\';\n    upstream backend { server 127.0.0.1:8080 weight=2; }\n    server {\n        listen 443 ssl;\n        server_name example.com "www.example.com";\n        location / {\n            proxy_pass http://backend;\n            location /api/ { limit_except GET { deny all; } }\n        }\n        location ~ \\.php$ { return 404; }\n    }\n}\n';

/** `conftest parse --parser nginx` of NGINX (v0.71.1). */
const CONFTEST_NGINX =
  '{"directives": [{"name": "user", "parameters": ["www-data"]}, {"name": "worker_processes", "parameters": ["auto"]}, {"block": {"directives": [{"name": "worker_connections", "parameters": ["1024"]}]}, "name": "events"}, {"block": {"directives": [{"name": "server_tokens", "parameters": ["off"]}, {"name": "include", "parameters": ["/etc/nginx/mime.types"]}, {"name": "log_format", "parameters": ["main", "\'$remote_addr - \\"$request\\"\'"]}, {"block": {"directives": [{"name": "server", "parameters": ["127.0.0.1:8080", "weight=2"]}]}, "name": "upstream", "parameters": ["backend"]}, {"block": {"directives": [{"name": "listen", "parameters": ["443", "ssl"]}, {"name": "server_name", "parameters": ["example.com", "\\"www.example.com\\""]}, {"block": {"directives": [{"name": "proxy_pass", "parameters": ["http://backend"]}, {"block": {"directives": [{"block": {"directives": [{"name": "deny", "parameters": ["all"]}]}, "name": "limit_except", "parameters": ["GET"]}]}, "name": "location", "parameters": ["/api/"]}]}, "name": "location", "parameters": ["/"]}, {"block": {"directives": [{"name": "return", "parameters": ["404"]}]}, "name": "location", "parameters": ["~", "\\\\.php$"]}]}, "name": "server"}]}, "name": "http"}]}';

test('nginx: the document conftest prints, nested server/location blocks, quoted args kept, comments dropped', () => {
  const p = parse('nginx', NGINX);
  assert.deepEqual(p.documents, [JSON.parse(CONFTEST_NGINX)]);
  const http = ['directives', 3, 'block', 'directives'];
  assert.equal(lineFor(p, 0, [...http, 0]), 8, 'server_tokens');
  assert.equal(lineFor(p, 0, [...http, 4, 'block', 'directives', 2, 'block', 'directives', 1]), 17, 'the nested location');
  assert.equal(lineFor(p, 0, [...http, 4, 'block', 'directives', 1, 'parameters', 1]), 14, 'a parameter');
  assert.equal(lineFor(p, 0, ['directives', 2, 'block', 'directives', 0]), 5);
});

test('nginx: server blocks stay where the file has them (conftest moves them last in http), any directive name is read', () => {
  const doc = parse('nginx', 'http {\n  server { listen 80; }\n  my_module_directive "a b" {\n  }\n}\n').documents[0] as Doc;
  assert.deepEqual(doc.directives[0].block.directives, [
    { name: 'server', block: { directives: [{ name: 'listen', parameters: ['80'] }] } },
    { name: 'my_module_directive', parameters: ['"a b"'], block: { directives: [] } },
  ]);
});

test('nginx: malformed files are one error at file:line', () => {
  refused('nginx', 'events {\n  worker_connections 1;\n', 1, /not closed with "\}"/);
  refused('nginx', 'user nginx;\n}\n', 2, /closes no block/);
  refused('nginx', 'user nginx;\nserver_tokens off\n', 2, /not ended with ";"/);
  refused('nginx', 'http {\n  server_tokens off\n}\n', 2, /not ended with ";"/);
  refused('nginx', 'log_format main "a\n\nb;\n', 1, /unclosed " quote/);
  refused('nginx', 'user nginx;\n;\n', 2, /a directive name is missing/);
});
