import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  RFloat,
  RObject,
  RSet,
  isInteger,
  isNum,
  numToJs,
  plain,
  typeName
} from "./chunk-RCB37ZK3.js";

// src/rego/builtins/types.ts
var BuiltinError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "BuiltinError";
  }
  code;
};
var builtinError = (message) => new BuiltinError("eval_builtin_error", message);
function typeError(pos, expected, got) {
  return new BuiltinError("eval_type_error", `operand ${pos} must be ${expected} but got ${typeName(got)}`);
}
var oneOfError = (pos, types, got) => new BuiltinError("eval_type_error", `operand ${pos} must be one of {${types.join(", ")}} but got ${typeName(got)}`);
var operandError = (pos, text) => new BuiltinError("eval_type_error", `operand ${pos} ${text}`);
function asString(v, pos) {
  if (typeof v !== "string") throw new BuiltinError("eval_type_error", `operand ${pos} must be string but got ${typeName(v)}`);
  return v;
}
function asNumber(v, pos) {
  return plain(asNum(v, pos));
}
function asNum(v, pos) {
  if (!isNum(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be number but got ${typeName(v)}`);
  return v;
}
function asInt(v, pos) {
  const n = asNumber(v, pos);
  if (!isInteger(n) || v instanceof RFloat && /[.eE]/.test(v.text)) throw new BuiltinError("eval_type_error", `operand ${pos} must be integer number but got floating-point number`);
  return numToJs(n);
}
function asArray(v, pos) {
  if (!Array.isArray(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be array but got ${typeName(v)}`);
  return v;
}
function asSet(v, pos) {
  if (!(v instanceof RSet)) throw new BuiltinError("eval_type_error", `operand ${pos} must be set but got ${typeName(v)}`);
  return v;
}
function asObject(v, pos) {
  if (!(v instanceof RObject)) throw new BuiltinError("eval_type_error", `operand ${pos} must be object but got ${typeName(v)}`);
  return v;
}
function asCollection(v, pos, types = ["array", "set"]) {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  throw oneOfError(pos, types, v);
}

export {
  BuiltinError,
  builtinError,
  typeError,
  oneOfError,
  operandError,
  asString,
  asNumber,
  asNum,
  asInt,
  asArray,
  asSet,
  asObject,
  asCollection
};
