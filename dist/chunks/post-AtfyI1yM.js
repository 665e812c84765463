import { createRequire } from 'node:module';
import { s as saveCachePostTask } from './chunk-DTgOEYbw.js';
import './chunk-BsCcd4UO.js';
import './chunk-CQfXtv7S.js';
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

// src/pipeline/post.ts
var POST_TASKS = [saveCachePostTask];
async function runPost(config, host) {
  for (const task of POST_TASKS) await task(config, host);
}

export { POST_TASKS, runPost };
