import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  setup
} from "./chunk-DYIF62SM.js";

// src/pipeline/go-resolver.ts
var asGoTool = (data, baseEnv) => ({ go: data.goBin, env: { ...baseEnv, ...data.env } });
function goResolver(ctx, earlier = []) {
  const data = earlier.find((r) => r.step === "toolchain" && r.status === "ok")?.data;
  if (data) return () => Promise.resolve(asGoTool(data, ctx.host.env));
  let pending;
  return () => {
    pending ??= setup(ctx.config, ctx.host, { cache: false }).then((s) => asGoTool(s.data, ctx.host.env));
    return pending;
  };
}

export {
  goResolver
};
