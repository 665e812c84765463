// net.lookup_ip_addr. Network builtins are off by default, but some names need no network, exactly as in Go's
// resolver (which OPA uses): an IP literal resolves to itself, and a name listed in /etc/hosts (the "files"
// source Go consults before DNS) resolves to its entries there; `localhost` missing from it is the loopback pair.
// Those answers are local and deterministic for a machine, so they are given even with network builtins disabled;
// any other name needs DNS and fails with a clear error unless the caller allowed network access.
import { readFileSync } from 'node:fs';
import { RSet } from '../value/value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';
import { parseIP, formatIP } from './net.ts';

/** Addresses of `name` in hosts-file text (`addr name alias...` lines, `#` comments), canonical as Go prints them. */
export function hostsLookup(text: string, name: string): string[] {
  const want = name.toLowerCase().replace(/\.$/, '');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.length < 2) continue;
    const ip = parseIP(fields[0]);
    if (!ip) continue;
    if (fields.slice(1).some((n) => n.toLowerCase().replace(/\.$/, '') === want)) out.push(formatIP(ip.v6, ip.ip));
  }
  return out;
}

/** The answer that needs no network, or undefined when DNS would be needed. */
export function localLookup(name: string, hostsText: string | undefined): string[] | undefined {
  const ip = parseIP(name);
  if (ip) return [formatIP(ip.v6, ip.ip)];
  const fromHosts = hostsText === undefined ? [] : hostsLookup(hostsText, name);
  if (fromHosts.length) return fromHosts;
  if (name.toLowerCase().replace(/\.$/, '') === 'localhost') return ['127.0.0.1', '::1'];
  return undefined;
}

function readHosts(): string | undefined {
  try { return readFileSync('/etc/hosts', 'utf8'); } catch { return undefined; }
}

export const builtins: Record<string, BuiltinFn> = {
  'net.lookup_ip_addr': ([a], ctx) => {
    const name = asString(a, 1);
    const local = localLookup(name, readHosts());
    if (local) return new RSet(local);
    if (!ctx.allowNet) throw builtinError(`network access is disabled: net.lookup_ip_addr needs DNS for ${JSON.stringify(name)} (enable network builtins to use it)`);
    throw builtinError('net.lookup_ip_addr is not supported in this build');
  },
};
