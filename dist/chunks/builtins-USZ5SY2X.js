import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins as builtins3
} from "./chunk-OMRPFYLF.js";
import {
  builtins as builtins4
} from "./chunk-KCE5ZUES.js";
import {
  builtins as builtins5
} from "./chunk-PNSCVURR.js";
import {
  builtins as builtins6
} from "./chunk-RNYP6SJQ.js";
import {
  builtins as builtins7
} from "./chunk-DZFFUTW7.js";
import {
  builtins as builtins8
} from "./chunk-YOTQM46P.js";
import {
  BUILTINS,
  registerBuiltins
} from "./chunk-2KOUCAMY.js";
import "./chunk-G2RUZJ3W.js";
import "./chunk-62JAVFHL.js";
import {
  builtins
} from "./chunk-K3JHJPVJ.js";
import "./chunk-RNWAKCHI.js";
import "./chunk-I3YZRJJW.js";
import {
  builtins as builtins2
} from "./chunk-WOPPF4ND.js";
import "./chunk-5WZPAWOO.js";
import "./chunk-ANPNAPVC.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-2VP65G5C.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

// src/rego/builtins/index.ts
registerBuiltins(builtins2, builtins3, builtins4, builtins5, builtins6, builtins7, builtins8, builtins);
export {
  BUILTINS
};
