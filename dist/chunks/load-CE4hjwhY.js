import { createRequire } from 'node:module';
export { i as inputsFromEnv, l as loadConfig, s as splitArgs } from './chunk-C5l3IOHt.js';
import './chunk-gJGdoriE.js';
import './chunk-CqYyG2xV.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-DjFb5CTR.js';
import 'node:path';
import 'node:os';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
