import { createRequire } from 'node:module';
import { p as policyCommand } from './chunk-CDXSnQZi.js';
export { a as actionPolicyResult, h as hasPolicies, b as policyStep, r as runPolicyAction } from './chunk-CDXSnQZi.js';
import './chunk-B4GqvIY9.js';
import './chunk-BtqEFqmD.js';
import './chunk-BsLrw91K.js';
import './chunk-CLWDYslJ.js';
import './chunk-tQh32aOw.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-gJGdoriE.js';
import './chunk-DjFb5CTR.js';
import 'node:path';
import 'node:url';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { policyCommand };
