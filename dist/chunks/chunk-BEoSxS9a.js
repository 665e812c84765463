import { createRequire } from 'node:module';
import { _ as __commonJS, a as __require } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// fs-require:node:fs
var require_node_fs = __commonJS({
  "fs-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

export { require_node_fs as r };
