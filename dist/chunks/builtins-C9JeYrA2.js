import { createRequire } from 'node:module';
import { b as builtins$2 } from './chunk-BOJClCrV.js';
import { b as builtins$3 } from './chunk-admjJ27U.js';
import { b as builtins$4 } from './chunk-CsJU21n5.js';
import { b as builtins$5 } from './chunk-BdIEEWXy.js';
import { b as builtins$6 } from './chunk-CJG8PMxK.js';
import { b as builtins$7 } from './chunk-DjgY0tyz.js';
import { r as registerBuiltins } from './rego-CkdsLX6W.js';
export { B as BUILTINS } from './rego-CkdsLX6W.js';
import { b as builtins$9 } from './chunk-BntpuFHp.js';
import { b as builtins$b } from './chunk-CYOG3Vk3.js';
import { b as builtins$a } from './chunk-CtWJx-jQ.js';
import { b as builtins$c } from './chunk-_K0Z7SbH.js';
import { b as builtins$d } from './chunk-Djg3xbrD.js';
import { b as builtins$e } from './chunk-BPv5cx6a.js';
import { b as builtins$f } from './chunk-BV9OSvVw.js';
import { b as builtins$g } from './chunk-DoYQHkrO.js';
import { b as builtins$8 } from './chunk-BQqOkubj.js';
import { b as builtins$1 } from './chunk-FYt9Sw7T.js';
import './chunk-CBgF0fSm.js';
import { b as builtins } from './chunk-DZE3PmAo.js';
import './chunk-DAsxaX7j.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import 'node:crypto';
import './chunk-CE2JlTQc.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins$1, builtins$2, builtins$3, builtins$4, builtins$5, builtins$6, builtins$7, builtins$8, builtins$9, builtins$a, builtins$b, builtins$c, builtins$d, builtins$e, builtins$f, builtins$g);
