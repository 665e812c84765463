import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  builtins
} from "./chunk-2EQ2CZMD.js";
import "./chunk-GT43YCUS.js";
import "./chunk-KKPUH464.js";
import "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";
export {
  builtins
};
