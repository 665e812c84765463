import { createRequire } from 'node:module';
import { b as builtins } from './chunk-mcOddRtT.js';
import './rego-Bfr_3mr1.js';
import './chunk--bJOUk90.js';
import './chunk-vc85WfKI.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { builtins };
