import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  COMMAND_TABLE,
  findCommand
} from "./chunk-SGGLQ7QQ.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-RWDE6XTV.js";
import "./chunk-45BHHECF.js";
import "./chunk-SY6LEZYK.js";
import "./chunk-BIFISILY.js";
import "./chunk-77ODOZJM.js";
import "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";
export {
  COMMAND_TABLE,
  findCommand
};
