import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  ARITY,
  BUILTINS,
  Policy,
  RegoError,
  compile,
  evalTermText,
  parseModules,
  queryVars,
  registerBuiltins
} from "./chunk-CS6OZU6H.js";
import {
  builtins as builtins3
} from "./chunk-EB62OTN6.js";
import {
  builtins as builtins4
} from "./chunk-5D73MZZT.js";
import {
  builtins as builtins5
} from "./chunk-J72GL7CF.js";
import "./chunk-BVP42PVZ.js";
import {
  builtins as builtins6
} from "./chunk-OHFHXBDS.js";
import "./chunk-TCARLQQU.js";
import {
  builtins as builtins7
} from "./chunk-QLOQNRJE.js";
import {
  builtins
} from "./chunk-6VTEJIWO.js";
import "./chunk-BR65TIGE.js";
import {
  builtins as builtins2
} from "./chunk-GMFTEXEN.js";
import "./chunk-DBBHSYJ4.js";
import "./chunk-5WZPAWOO.js";
import {
  BuiltinError
} from "./chunk-6J5T62Y5.js";
import {
  fromJSON,
  toJSON,
  toJSONText
} from "./chunk-RCB37ZK3.js";
import "./chunk-BCJI6DNV.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

// src/rego/builtins/index.ts
registerBuiltins(builtins, builtins2, builtins3, builtins4, builtins5, builtins6, builtins7);

// src/rego/index.ts
function registerBuiltin(name, arity, fn) {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}
export {
  BuiltinError,
  Policy,
  RegoError,
  compile,
  evalTermText,
  fromJSON,
  parseModules,
  queryVars,
  registerBuiltin,
  toJSON,
  toJSONText
};
