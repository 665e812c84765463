// The emulation step: binfmt_misc's state, per platform who registered it with which interpreter and whether a binary
// ran, the docker command when it registered, and the host checks of `emulation status`. Interpreters come from the
// kernel's table and probe output from the emulator: escaped.
import type { EmulationStepData } from '../../core/result.ts';
import { hostCheckTable } from './host-check.ts';
import { inlineText, type Style } from './style.ts';

export function emulationSection(d: EmulationStepData, style: Style): string {
  const { cell, inline } = inlineText(style);
  const b = d.binfmt;
  const rows = d.platforms.map((p) => {
    const interpreter = p.interpreter ?? (p.qemuStatic ? `(not registered; ${p.qemuStatic})` : '—');
    const verified = p.verified === undefined ? 'not checked' : p.verified ? 'yes' : `no: ${p.detail}`;
    return `| ${p.platform} | ${p.native ? 'native' : p.registeredBy} | ${cell(interpreter)} | ${p.entry ? (p.fixBinary ? 'F' : 'no F') : '—'} | ${cell(verified)} |`;
  });
  const entries = `${b.entries.length} entr${b.entries.length === 1 ? 'y' : 'ies'}`;
  const head = inline(`binfmt_misc at ${b.root}: ${b.mounted ? `mounted, ${b.enabled ? 'enabled' : 'disabled'}, ${entries}` : 'not mounted'}`);
  // The argv is ours plus an image that checkBinfmtImage held to [a-z0-9._/:@-]: safe inside a code span.
  const docker = d.docker ? `\n\nregistered with \`${d.docker.argv.join(' ')}\` (exit ${d.docker.exitCode}; success decided by verification)` : '';
  const hostTable = d.findings?.length ? `\n\n${hostCheckTable(d.findings).join('\n')}` : '';
  return [head, '', '| platform | registered by | interpreter | flags | verified |', '|---|---|---|---|---|', ...rows].join('\n') + docker + hostTable;
}
