import { createRequire } from 'node:module';
import { c as canaryCommand } from './chunk-3--QmnEn.js';
export { a as canaryStep, g as guardCanaryCredentials, r as runCanary, t as toStepResult } from './chunk-3--QmnEn.js';
import './chunk-C6TsZhJY.js';
import './chunk-CqYyG2xV.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-gJGdoriE.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import 'node:path';
import 'node:child_process';
import 'node:fs/promises';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { canaryCommand };
