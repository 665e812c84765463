import { createRequire } from 'node:module';
import { b as buildCommand, p as planCommand } from './chunk-BSDT9x42.js';
export { m as matrixStep, a as planStep, r as renderBuild } from './chunk-BSDT9x42.js';
import './chunk-CA9prrSw.js';
import './chunk-CSqRUtjA.js';
import './chunk-tQh32aOw.js';
import './chunk-CEmx3jLG.js';
import './chunk-CZS6W12y.js';
import './chunk-vc85WfKI.js';
import './chunk--bJOUk90.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import './chunk-HyW7ORsI.js';
import 'node:path';
import 'node:fs/promises';
import 'node:os';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'node:zlib';
import 'node:timers/promises';
import 'node:child_process';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { buildCommand, planCommand };
