import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  GLOBSTAR,
  Minimatch,
  braceExpand,
  defaults,
  escape,
  filter,
  match,
  minimatch,
  sep,
  unescape
} from "./chunk-YJJMQU7A.js";
import "./chunk-BIFISILY.js";
import "./chunk-7LQLP6SQ.js";
export {
  GLOBSTAR,
  Minimatch,
  braceExpand,
  defaults,
  escape,
  filter,
  match,
  minimatch,
  sep,
  unescape
};
