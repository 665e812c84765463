import { createRequire } from 'node:module';
import { b as builtins$2 } from './chunk-BDXh2IBK.js';
import { b as builtins$3 } from './chunk-CRcOkSVf.js';
import { b as builtins$4 } from './chunk-BfvDRMMx.js';
import { b as builtins$5 } from './chunk-B9D0aDQW.js';
import { b as builtins$6 } from './chunk-CfRmNrmE.js';
import { b as builtins$7 } from './chunk-BwEK8WuI.js';
import { r as registerBuiltins } from './rego-CF3Ki4dO.js';
export { B as BUILTINS } from './rego-CF3Ki4dO.js';
import { b as builtins$9 } from './chunk-4XgigE8j.js';
import { b as builtins$b } from './chunk-Ccpt2xKT.js';
import { b as builtins$a } from './chunk-DgIOEHeH.js';
import { b as builtins$c } from './chunk-Hh4IBuL1.js';
import { b as builtins$d } from './chunk-DXdOmy-K.js';
import { b as builtins$e } from './chunk-BmwjDky7.js';
import { b as builtins$f } from './chunk-BMO9DVDQ.js';
import { b as builtins$g } from './chunk-Jludb8h4.js';
import { b as builtins$8 } from './chunk-B0DmvGLE.js';
import { b as builtins$1 } from './chunk-BSiZn5mb.js';
import './chunk-CBgF0fSm.js';
import { b as builtins } from './chunk-BPdCIvC4.js';
import './chunk-DAsxaX7j.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import 'node:crypto';
import './chunk-CE2JlTQc.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins$1, builtins$2, builtins$3, builtins$4, builtins$5, builtins$6, builtins$7, builtins$8, builtins$9, builtins$a, builtins$b, builtins$c, builtins$d, builtins$e, builtins$f, builtins$g);
