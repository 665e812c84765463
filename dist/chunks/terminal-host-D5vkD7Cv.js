import { createRequire } from 'node:module';
import './chunk-gJGdoriE.js';
import { delimiter } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
function terminalHost(opts = {}) {
  const env = opts.env ?? process.env;
  const write = opts.write ?? ((l) => process.stderr.write(`${l}
`));
  const at = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}${w.col ? `:${w.col}` : ""}: ` : "";
  const state = /* @__PURE__ */ new Map();
  const outputs = {};
  return {
    kind: "terminal",
    env,
    outputs,
    info: (m) => write(m),
    debug: (m) => {
      if (opts.verbose) write(`debug: ${m}`);
    },
    warning: (m, w) => write(`warning: ${at(w)}${m}`),
    error: (m, w) => write(`error: ${at(w)}${m}`),
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    exportVariable: (n, v) => {
      env[n] = v;
    },
    addPath: (d) => {
      env.PATH = `${d}${delimiter}${env.PATH ?? ""}`;
    },
    saveState: (n, v) => {
      state.set(n, v);
    },
    getState: (n) => state.get(n) ?? "",
    // A terminal has no log masking; the value is simply never printed.
    setSecret: () => {
    },
    group: async (_name, fn) => fn()
  };
}

export { terminalHost };
