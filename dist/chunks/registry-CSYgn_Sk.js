import { createRequire } from 'node:module';
import { l as loadCommand } from './chunk-M6jFkTyI.js';
export { a as loadCommandTable } from './chunk-M6jFkTyI.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { loadCommand };
