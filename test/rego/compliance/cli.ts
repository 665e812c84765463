// `npm run compliance -- <dir> [--json <file>] [--filter <text>] [--quiet]`: runs every case file under <dir>,
// prints `group: passed/total` per group, each failing case with its note and a one-line reason, and a final line
// `N passed, N failed[, N skipped]`.
import { writeFileSync } from 'node:fs';
import { runAll } from './report.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const json = flag('--json');
const filter = flag('--filter');
const quiet = args.includes('--quiet');
const dir = args.filter((a) => !a.startsWith('--'))[0];
if (!dir) {
  console.error('usage: npm run compliance -- <cases dir> [--json <file>] [--filter <text>] [--quiet]');
  process.exit(2);
}
const report = runAll(dir, filter);
for (const g of report.groups) {
  console.log(`${g.group}: ${g.passed}/${g.total}${g.skipped ? ` (${g.skipped} skipped)` : ''}`);
  if (!quiet) for (const f of g.failures) console.log(`  FAIL ${f.note} [${f.file}#${f.index}]: ${f.reason}`);
  for (const s of g.skips) console.log(`  SKIP ${s.note} [${s.file}#${s.index}]: ${s.reason}`);
}
const pct = report.total ? ((100 * report.passed) / report.total).toFixed(2) : '0';
console.log(`pass rate ${pct}% of ${report.total} cases`);
console.log(`${report.passed} passed, ${report.failed} failed${report.skipped ? `, ${report.skipped} skipped` : ''}`);
if (json) writeFileSync(json, JSON.stringify(report, null, 2));
process.exit(report.failed ? 1 : 0);
