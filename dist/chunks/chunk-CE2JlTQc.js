import { createRequire } from 'node:module';
import { U as UserError, o as openSync, c as constants, f as fstatSync, d as readSync, g as closeSync, h as createReadStream } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/bounded-read.ts
var DEFAULT_READ_LIMIT = 4 * 1024 * 1024;
var POLICY_READ_LIMIT = 256 * 1024 * 1024;
var notRegular = (path, o) => new UserError(`${o.label} "${path}" is not a regular file`, { where: o.where ?? { file: path }, hint: "name a regular file inside the workspace" });
function openForRead(path, opts) {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = e.code;
    throw new UserError(`${opts.label} "${path}" cannot be read (${code ?? e.message})`, { where: opts.where ?? { file: path } });
  }
}
function readBounded(path, opts) {
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const fd = openForRead(path, opts);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular(path, opts);
    if (st.size > max) throw tooLarge(path, st.size, max, opts);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let got = 0;
    for (; ; ) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > max) throw tooLarge(path, got, max, opts);
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
var readBoundedText = (path, opts) => readBounded(path, opts).toString("utf8");
var tooLarge = (path, _size, max, o) => new UserError(`${o.label} "${path}" is larger than ${max} bytes`, {
  where: o.where ?? { file: path },
  hint: `such a file is at most ${max} bytes; name the right file`,
  code: "file_too_large"
});
async function hashRegularFile(path, opts) {
  const fd = openForRead(path, opts);
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw notRegular(path, opts);
  }
  const h = (await import('node:crypto')).createHash("sha256");
  for await (const chunk of createReadStream("", { fd })) h.update(chunk);
  return h.digest("hex");
}

export { DEFAULT_READ_LIMIT as D, POLICY_READ_LIMIT as P, readBounded as a, hashRegularFile as h, readBoundedText as r };
