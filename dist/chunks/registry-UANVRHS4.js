import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  loadCommand,
  loadCommandTable
} from "./chunk-3Y7RPGAW.js";
import "./chunk-S42OCB4Q.js";
export {
  loadCommand,
  loadCommandTable
};
