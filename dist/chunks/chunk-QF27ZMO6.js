import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  __commonJS,
  __require
} from "./chunk-S42OCB4Q.js";

// fs-require:node:fs
var require_node_fs = __commonJS({
  "fs-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

export {
  require_node_fs
};
