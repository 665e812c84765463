import { createRequire } from 'node:module';
import { b as builtins$2 } from './chunk-CaGN_bis.js';
import { b as builtins$3 } from './chunk-mcOddRtT.js';
import { b as builtins$4 } from './chunk-C4b1bTnM.js';
import { b as builtins$5 } from './chunk-fIYJgJcm.js';
import { b as builtins$6 } from './chunk-palax0v5.js';
import { b as builtins$7 } from './chunk-DUTVZ2x8.js';
import { r as registerBuiltins } from './rego-Bfr_3mr1.js';
export { B as BUILTINS } from './rego-Bfr_3mr1.js';
import { b as builtins$8 } from './chunk-DiNDY74S.js';
import { b as builtins$1 } from './chunk-CTMH7w-B.js';
import './chunk-CBgF0fSm.js';
import { b as builtins } from './chunk-DXpFn8Gm.js';
import './chunk-C_JPcjXS.js';
import './chunk-CP2HaejI.js';
import './chunk--bJOUk90.js';
import 'node:crypto';
import './chunk-vc85WfKI.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins$1, builtins$2, builtins$3, builtins$4, builtins$5, builtins$6, builtins$7, builtins$8);
