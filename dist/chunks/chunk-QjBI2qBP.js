import { createRequire } from 'node:module';
import { s as setup } from './chunk-CQfXtv7S.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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

export { goResolver as g };
