import { createRequire } from 'node:module';
import { b as builtins } from './chunk-BPv5cx6a.js';
export { p as parseUUIDBytes, u as uuidProperties } from './chunk-BPv5cx6a.js';
import './rego-CkdsLX6W.js';
import './chunk-gJGdoriE.js';
import './chunk-CE2JlTQc.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { builtins };
