import { createRequire } from 'node:module';
import { f as fromDocument } from './chunk-Bn57YSRz.js';
import { r as readJson } from './chunk-D0YyRc_d.js';
import './chunk-CP2HaejI.js';
import './chunk--bJOUk90.js';
import './chunk-CZS6W12y.js';
import 'node:path';
import './chunk-vc85WfKI.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/json.ts
var jsonParser = {
  parse: (text, file) => fromDocument(readJson(text.replace(/^\uFEFF/, ""), file))
};

export { jsonParser };
