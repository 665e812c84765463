// Refreshes go-releases.json: the Go releases the pack calls supported (Go supports its two newest minor releases),
// read from the Go module proxy's list of toolchain modules (golang.org/toolchain, the list `go` itself downloads
// toolchains from). Run: node policies/data/refresh-go-releases.mjs [proxy URL, default https://proxy.golang.org]
import { writeFileSync } from 'node:fs';

const proxy = process.argv[2] ?? 'https://proxy.golang.org';
const res = await fetch(`${proxy}/golang.org/toolchain/@v/list`, { signal: AbortSignal.timeout(30_000) });
if (!res.ok) throw new Error(`${proxy}: HTTP ${res.status}`);
const latest = new Map();
for (const line of (await res.text()).split('\n')) {
  const m = /^v0\.0\.1-go1\.(\d+)\.(\d+)\.linux-amd64$/.exec(line.trim());
  if (m) latest.set(Number(m[1]), Math.max(latest.get(Number(m[1])) ?? 0, Number(m[2])));
}
const minors = [...latest.keys()].sort((a, b) => a - b).slice(-2);
if (minors.length < 2) throw new Error(`${proxy}: fewer than two Go minor releases listed`);
const doc = {
  go_xenv_pack: {
    go_releases: {
      supported: minors.map((m) => `1.${m}`),
      latest: minors.map((m) => `1.${m}.${latest.get(m)}`),
      source: `${proxy}/golang.org/toolchain/@v/list`,
      refreshed: new Date().toISOString().slice(0, 10),
    },
  },
};
writeFileSync(new URL('./go-releases.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(doc.go_xenv_pack.go_releases);
