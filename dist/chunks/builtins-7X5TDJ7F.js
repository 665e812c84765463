import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  builtins as builtins4
} from "./chunk-AN64WN7L.js";
import {
  builtins as builtins5
} from "./chunk-RZ7LNP44.js";
import {
  builtins as builtins6
} from "./chunk-6QKDQNYG.js";
import {
  builtins as builtins7
} from "./chunk-4LFXZVGE.js";
import {
  builtins as builtins8
} from "./chunk-2EQ2CZMD.js";
import {
  builtins as builtins9
} from "./chunk-4X53N7O7.js";
import {
  BUILTINS,
  registerBuiltins
} from "./chunk-YKKIFXYO.js";
import "./chunk-KNIXWEC5.js";
import "./chunk-GT43YCUS.js";
import {
  builtins
} from "./chunk-XDZHEPA3.js";
import "./chunk-NB5J5HM4.js";
import "./chunk-EITW5YD4.js";
import {
  builtins as builtins3
} from "./chunk-2TX2OFG5.js";
import "./chunk-HEQ53FSI.js";
import "./chunk-526PL4AG.js";
import {
  builtins as builtins2
} from "./chunk-AY4AKXY3.js";
import "./chunk-KKPUH464.js";
import "./chunk-SFWSLJDO.js";
import "./chunk-R5QX52YN.js";
import "./chunk-S7VI56VC.js";
import "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";

// src/rego/builtins/index.ts
registerBuiltins(builtins2, builtins3, builtins4, builtins5, builtins6, builtins7, builtins8, builtins9, builtins);
export {
  BUILTINS
};
