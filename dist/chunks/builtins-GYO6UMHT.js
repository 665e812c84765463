import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins as builtins3
} from "./chunk-KCE5ZUES.js";
import {
  builtins as builtins4
} from "./chunk-PNSCVURR.js";
import {
  builtins as builtins5
} from "./chunk-ZVXCRIJQ.js";
import {
  builtins as builtins6
} from "./chunk-DZFFUTW7.js";
import {
  builtins as builtins7
} from "./chunk-YOTQM46P.js";
import {
  BUILTINS,
  registerBuiltins
} from "./chunk-E6WMATMX.js";
import "./chunk-I3YZRJJW.js";
import "./chunk-62JAVFHL.js";
import {
  builtins
} from "./chunk-EUVQV735.js";
import "./chunk-ANPNAPVC.js";
import {
  builtins as builtins2
} from "./chunk-OMRPFYLF.js";
import "./chunk-G2RUZJ3W.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-2VP65G5C.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins2, builtins3, builtins4, builtins5, builtins6, builtins7);
export {
  BUILTINS
};
