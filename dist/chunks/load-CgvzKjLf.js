import { createRequire } from 'node:module';
export { i as inputsFromEnv, l as loadConfig, s as splitArgs } from './chunk-Di8CiA_5.js';
import './chunk--bJOUk90.js';
import './chunk-Cb_9ah2R.js';
import './chunk-D0YyRc_d.js';
import './chunk-CP2HaejI.js';
import './chunk-CZS6W12y.js';
import './chunk-vc85WfKI.js';
import './chunk-DjFb5CTR.js';
import 'node:path';
import 'node:os';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
