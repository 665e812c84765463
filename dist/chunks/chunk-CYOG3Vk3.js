import { createRequire } from 'node:module';
import { a as parseIP, f as formatIP } from './chunk-CtWJx-jQ.js';
import { b as asString, R as RSet, c as builtinError } from './rego-CkdsLX6W.js';
import { b as readFileSync } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/net-lookup.ts
function hostsLookup(text, name) {
  const want = name.toLowerCase().replace(/\.$/, "");
  const out = [];
  for (const line of text.split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length < 2) continue;
    const ip = parseIP(fields[0]);
    if (!ip) continue;
    if (fields.slice(1).some((n) => n.toLowerCase().replace(/\.$/, "") === want)) out.push(formatIP(ip.v6, ip.ip));
  }
  return out;
}
function localLookup(name, hostsText) {
  const ip = parseIP(name);
  if (ip) return [formatIP(ip.v6, ip.ip)];
  const fromHosts = hostsText === void 0 ? [] : hostsLookup(hostsText, name);
  if (fromHosts.length) return fromHosts;
  if (name.toLowerCase().replace(/\.$/, "") === "localhost") return ["127.0.0.1", "::1"];
  return void 0;
}
function readHosts() {
  try {
    return readFileSync("/etc/hosts", "utf8");
  } catch {
    return void 0;
  }
}
var builtins = {
  "net.lookup_ip_addr": ([a], ctx) => {
    const name = asString(a, 1);
    const local = localLookup(name, readHosts());
    if (local) return new RSet(local);
    if (!ctx.allowNet) throw builtinError(`network access is disabled: net.lookup_ip_addr needs DNS for ${JSON.stringify(name)} (enable network builtins to use it)`);
    throw builtinError("net.lookup_ip_addr is not supported in this build");
  }
};

export { builtins as b, hostsLookup as h, localLookup as l };
