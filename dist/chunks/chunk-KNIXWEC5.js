import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  BuiltinError,
  RSet,
  isNum,
  numToBigInt,
  oneOfError,
  operandError,
  typeName
} from "./chunk-KKPUH464.js";

// src/rego/builtins/operands.ts
function elementError(pos, composite, got, expected) {
  const t = typeName(composite);
  return operandError(pos, `must be ${t} of ${expected.join(" or ")}s but got ${t} containing ${typeName(got)}`);
}
function asStrings(v, pos, types = ["array", "set"]) {
  const items = Array.isArray(v) ? v : v instanceof RSet ? v.sorted() : void 0;
  if (!items) throw oneOfError(pos, types, v);
  return items.map((x) => {
    if (typeof x !== "string") throw elementError(pos, v, x, ["string"]);
    return x;
  });
}
function asStringOrStrings(v, pos) {
  if (typeof v === "string") return [v];
  return asStrings(v, pos, ["string", "set", "array"]);
}
function asBigInt(v, pos) {
  if (!isNum(v)) throw new BuiltinError("eval_type_error", `operand ${pos} must be integer but got ${typeName(v)}`);
  const b = numToBigInt(v);
  if (b === void 0) throw operandError(pos, "must be integer number but got floating-point number");
  return b;
}
var runes = (s) => Array.from(s);

export {
  elementError,
  asStrings,
  asStringOrStrings,
  asBigInt,
  runes
};
