import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import "./chunk-7LQLP6SQ.js";

// src/pipeline/not-yet.ts
var notYet = (name, step, summary) => ({
  name,
  summary: `${summary} (not available in this version)`,
  async run() {
    return [{ step, status: "skipped", title: `${step}: skipped`, reason: "not available in this version of go-xenv" }];
  }
});
export {
  notYet
};
