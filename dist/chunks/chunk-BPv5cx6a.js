import { createRequire } from 'node:module';
import { d as RObject, n as num, b as asString } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/uuid.ts
function parseUUIDBytes(s) {
  let t = s;
  if (t.length === 45) {
    if (t.slice(0, 9).toLowerCase() !== "urn:uuid:") return void 0;
    t = t.slice(9);
  } else if (t.length === 38) t = t.slice(1, 37);
  else if (t.length === 32) return /^[0-9a-fA-F]{32}$/.test(t) ? Buffer.from(t, "hex") : void 0;
  if (t.length !== 36 || t[8] !== "-" || t[13] !== "-" || t[18] !== "-" || t[23] !== "-") return void 0;
  const hex = t.replace(/-/g, "");
  return /^[0-9a-fA-F]{32}$/.test(hex) ? Buffer.from(hex, "hex") : void 0;
}
function variant(b) {
  if ((b & 192) === 128) return "RFC4122";
  if ((b & 224) === 192) return "Microsoft";
  if ((b & 224) === 224) return "Future";
  return "Reserved";
}
var GREGORIAN_OFFSET = 122192928000000000n;
function uuidProperties(u) {
  const version = u[6] >> 4;
  const out = new RObject();
  out.set("version", version);
  out.set("variant", variant(u[8]));
  if (version === 1 || version === 2) {
    const t = BigInt(u.readUInt32BE(0)) | BigInt(u.readUInt16BE(4)) << 32n | BigInt(u.readUInt16BE(6) & 4095) << 48n;
    const since = t - GREGORIAN_OFFSET;
    const sec = since / 10000000n;
    const nsec = since % 10000000n * 100n;
    out.set("time", num(sec * 1000000000n + nsec));
    out.set("clocksequence", u.readUInt16BE(8) & 16383);
    out.set("nodeid", [...u.subarray(10)].map((b) => b.toString(16).padStart(2, "0")).join("-"));
    out.set("macvariables", `${u[10] & 2 ? "local" : "global"}:${u[10] & 1 ? "multicast" : "unicast"}`);
  }
  if (version === 2) {
    const domains = ["Person", "Group", "Org"];
    out.set("domain", domains[u[9]] ?? `Domain${u[9]}`);
    out.set("id", u.readUInt32BE(0));
  }
  return out;
}
var builtins = {
  "uuid.parse": ([s]) => {
    const u = parseUUIDBytes(asString(s, 1));
    return u ? uuidProperties(u) : void 0;
  },
  "uuid.rfc4122": ([k], ctx) => {
    const key = `uuid.rfc4122\0${asString(k, 1)}`;
    const cached = ctx.cache.get(key);
    if (typeof cached === "string") return cached;
    const b = Buffer.alloc(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(ctx.random() * 256) & 255;
    b[6] = b[6] & 15 | 64;
    b[8] = b[8] & 63 | 128;
    const h = b.toString("hex");
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    ctx.cache.set(key, id);
    return id;
  }
};

export { builtins as b, parseUUIDBytes as p, uuidProperties as u };
