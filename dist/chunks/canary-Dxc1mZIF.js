import { createRequire } from 'node:module';
import { c as canaryCommand } from './chunk-DaudxWTe.js';
export { a as canaryStep, g as guardCanaryCredentials, r as runCanary, t as toStepResult } from './chunk-DaudxWTe.js';
import './chunk-C6TsZhJY.js';
import './chunk-Cb_9ah2R.js';
import './chunk-D0YyRc_d.js';
import './chunk-CP2HaejI.js';
import './chunk-CZS6W12y.js';
import './chunk-vc85WfKI.js';
import './chunk--bJOUk90.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import 'node:path';
import 'node:child_process';
import 'node:fs/promises';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { canaryCommand };
