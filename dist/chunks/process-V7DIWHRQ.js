import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  addSecretEnvName,
  onPath,
  scrubEnv,
  spawnRunner
} from "./chunk-YFSPALLA.js";
import "./chunk-7LQLP6SQ.js";
export {
  addSecretEnvName,
  onPath,
  scrubEnv,
  spawnRunner
};
