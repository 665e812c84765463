import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  setup
} from "./chunk-6NESDUN7.js";
import {
  escapeCell,
  escapeMarkdown
} from "./chunk-X5Y2LEUS.js";

// src/pipeline/details-text.ts
var fold = (text) => String(text).replace(/\r\n?|\n/g, " ");
var detailsText = (kind) => kind === "terminal" ? { cell: fold, inline: fold } : { cell: escapeCell, inline: escapeMarkdown };

// src/pipeline/go-tool.ts
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
  detailsText,
  goResolver
};
