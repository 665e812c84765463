import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  loadCommand,
  loadCommandTable
} from "./chunk-HZ2J7Y2L.js";
import "./chunk-7LQLP6SQ.js";
export {
  loadCommand,
  loadCommandTable
};
