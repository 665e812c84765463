import { createRequire } from 'node:module';
import { b as builtins$2 } from './chunk-B3nRe02t.js';
import { b as builtins$3 } from './chunk-XqJBdUc1.js';
import { b as builtins$4 } from './chunk-DrhRgmtf.js';
import { b as builtins$5 } from './chunk-CNZRv1QG.js';
import { b as builtins$6 } from './chunk-CE6vsXsW.js';
import { b as builtins$7 } from './chunk-ChLtmaMy.js';
import { r as registerBuiltins } from './rego-CovroXPV.js';
export { B as BUILTINS } from './rego-CovroXPV.js';
import { b as builtins$9 } from './chunk-BC4RzDxn.js';
import { b as builtins$b } from './chunk-Wc-xqNxP.js';
import { b as builtins$a } from './chunk-D-vwvyum.js';
import { b as builtins$c } from './chunk-Dw-M-6ym.js';
import { b as builtins$d } from './chunk-ClrqPjEO.js';
import { b as builtins$e } from './chunk-D_ID6dJA.js';
import { b as builtins$f } from './chunk-COW3986l.js';
import { b as builtins$g } from './chunk-bS4ZbEy2.js';
import { b as builtins$8 } from './chunk-D_RuAyx9.js';
import { b as builtins$1 } from './chunk-BUP46aEw.js';
import './chunk-CBgF0fSm.js';
import { b as builtins } from './chunk-DfXtk304.js';
import './chunk-DAsxaX7j.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import 'node:crypto';
import './chunk-CE2JlTQc.js';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins$1, builtins$2, builtins$3, builtins$4, builtins$5, builtins$6, builtins$7, builtins$8, builtins$9, builtins$a, builtins$b, builtins$c, builtins$d, builtins$e, builtins$f, builtins$g);
