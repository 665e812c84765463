import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  renderMarkdown,
  renderText
} from "./chunk-4AWWWKJM.js";
import "./chunk-X5Y2LEUS.js";
import "./chunk-7LQLP6SQ.js";
export {
  renderMarkdown,
  renderText
};
