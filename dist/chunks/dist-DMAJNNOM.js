import { createRequire } from 'node:module';
import { g as globSync } from './chunk-CD1mUn41.js';
export { c as convertPathToPattern, e as escapePath, a as glob, i as isDynamicPattern } from './chunk-CD1mUn41.js';
import './chunk-BEoSxS9a.js';
import './chunk-gJGdoriE.js';
import 'path';
import 'url';
import 'module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { globSync };
