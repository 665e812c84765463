import { createRequire } from 'node:module';
import { e as emulationCommand } from './chunk-B9aDIL6U.js';
export { a as emulationStep, l as logHostNotices, r as renderEmulation } from './chunk-B9aDIL6U.js';
import './chunk-BsCcd4UO.js';
import './chunk-QjBI2qBP.js';
import './chunk-CQfXtv7S.js';
import './chunk-tQh32aOw.js';
import './chunk-CEmx3jLG.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import './chunk-gJGdoriE.js';
import './chunk-DjFb5CTR.js';
import './chunk-DtjlLlnT.js';
import './chunk-HyW7ORsI.js';
import 'node:path';
import 'node:fs/promises';
import 'node:os';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'node:zlib';
import 'node:timers/promises';
import 'node:child_process';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { emulationCommand };
