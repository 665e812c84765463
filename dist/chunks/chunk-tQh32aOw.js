import { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/core/result.ts
var isBaselineDiff = (d) => "diff" in d;
var stepOf = (results, step) => results.find((r) => r.step === step);
var isMatrixBuild = (d) => "manifest" in d;
var skippedStep = (step, reason, title = `${step}: skipped`) => ({ step, status: "skipped", title, reason, findings: [] });

export { stepOf as a, isBaselineDiff as b, isMatrixBuild as i, skippedStep as s };
