import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  setup
} from "./chunk-U54ZWQMV.js";

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
