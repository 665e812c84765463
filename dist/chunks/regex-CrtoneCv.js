import { createRequire } from 'node:module';
import { b as builtins } from './chunk-FYt9Sw7T.js';
export { g as goRegexSplit } from './chunk-FYt9Sw7T.js';
import './chunk-CBgF0fSm.js';
import './rego-CkdsLX6W.js';
import './chunk-DZE3PmAo.js';
import './chunk-gJGdoriE.js';
import './chunk-CE2JlTQc.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { builtins };
