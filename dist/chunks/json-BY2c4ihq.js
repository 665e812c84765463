import { createRequire } from 'node:module';
import { f as fromDocument } from './chunk-B4GqvIY9.js';
import { r as readJson } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import './chunk-Dhnp4LvZ.js';
import 'node:path';
import './chunk-CE2JlTQc.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/json.ts
var jsonParser = {
  parse: (text, file) => fromDocument(readJson(text.replace(/^\uFEFF/, ""), file))
};

export { jsonParser };
