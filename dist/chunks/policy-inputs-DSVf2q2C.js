import { createRequire } from 'node:module';
import { p as parseLockText } from './chunk-B9Pf2tyX.js';
import './chunk-BtqEFqmD.js';
import './chunk-F7-_xG6A.js';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-gJGdoriE.js';
import { basename } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
function lineOf(doc, path) {
  let node = doc;
  let line;
  for (const key of path) {
    if (typeof node !== "object" || node === null) break;
    node = node[key];
    const l = node?.line;
    if (typeof l === "number") line = l;
  }
  return line;
}
var lockInputParser = (format) => ({
  parse(text, file) {
    const r = parseLockText(text, file, { format });
    if (!r.ok) throw new DocumentSyntaxError(r.error.file, r.error.message, r.error.line, r.error.column, basename(format));
    const doc = r.document;
    return { value: doc, documents: [doc], lineOf: (_i, path) => lineOf(doc, path) };
  }
});

export { lockInputParser };
