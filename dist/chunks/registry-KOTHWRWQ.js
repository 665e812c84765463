import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  loadCommand,
  loadCommandTable
} from "./chunk-XCPCNW26.js";
import "./chunk-7LQLP6SQ.js";
export {
  loadCommand,
  loadCommandTable
};
