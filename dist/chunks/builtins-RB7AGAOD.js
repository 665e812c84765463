import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  builtins as builtins4
} from "./chunk-G5LJNGU5.js";
import {
  builtins as builtins5
} from "./chunk-LVU56SUY.js";
import {
  builtins as builtins6
} from "./chunk-UWN3TEFG.js";
import {
  builtins as builtins7
} from "./chunk-R4J75GQA.js";
import {
  BUILTINS,
  registerBuiltins
} from "./chunk-PEU5XFMD.js";
import "./chunk-QO4HS5SA.js";
import "./chunk-62JAVFHL.js";
import {
  builtins
} from "./chunk-FQQ4XD45.js";
import "./chunk-SAORNRC7.js";
import {
  builtins as builtins2
} from "./chunk-OMRPFYLF.js";
import "./chunk-G2RUZJ3W.js";
import "./chunk-5WZPAWOO.js";
import {
  builtins as builtins3
} from "./chunk-DCBPVNBU.js";
import "./chunk-BXMQLTV6.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins2, builtins3, builtins4, builtins5, builtins6, builtins7);
export {
  BUILTINS
};
