import { createRequire } from 'node:module';
import { p as parse, T as TomlError } from './chunk-F7-_xG6A.js';
export { a as TomlDate, d as default, s as stringify } from './chunk-F7-_xG6A.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { TomlError, parse };
