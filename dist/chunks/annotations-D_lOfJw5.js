import { createRequire } from 'node:module';
import { t as terminalLine } from './chunk-Cg-4ilFK.js';
export { A as ANNOTATIONS_PER_KIND, a as allFindings, b as annotationProperties, c as annotationsOf, f as findingText, o as omittedNote } from './chunk-Cg-4ilFK.js';
import './chunk-DjFb5CTR.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { terminalLine };
