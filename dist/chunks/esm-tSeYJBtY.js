import { createRequire } from 'node:module';
export { G as GLOBSTAR, M as Minimatch, b as braceExpand, d as defaults, e as escape, f as filter, m as match, a as minimatch, s as sep, u as unescape } from './chunk-HyW7ORsI.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
