import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-7LQLP6SQ.js";

// fs-require:node:fs
var require_node_fs = __commonJS({
  "fs-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

export {
  require_node_fs
};
