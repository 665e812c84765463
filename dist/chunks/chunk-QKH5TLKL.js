import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-2VP65G5C.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  __toESM
} from "./chunk-7LQLP6SQ.js";

// src/bounded-read.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var DEFAULT_READ_LIMIT = 4 * 1024 * 1024;
var POLICY_READ_LIMIT = 256 * 1024 * 1024;
var notRegular = (path, o) => new UserError(`${o.label} "${path}" is not a regular file`, { where: o.where ?? { file: path }, hint: "name a regular file inside the workspace" });
function openForRead(path, opts) {
  try {
    return (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = e.code;
    throw new UserError(`${opts.label} "${path}" cannot be read (${code ?? e.message})`, { where: opts.where ?? { file: path } });
  }
}
function readBounded(path, opts) {
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const fd = openForRead(path, opts);
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) throw notRegular(path, opts);
    if (st.size > max) throw tooLarge(path, st.size, max, opts);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let got = 0;
    for (; ; ) {
      const n = (0, import_node_fs.readSync)(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > max) throw tooLarge(path, got, max, opts);
    }
    return buf.subarray(0, got);
  } finally {
    (0, import_node_fs.closeSync)(fd);
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
  const st = (0, import_node_fs.fstatSync)(fd);
  if (!st.isFile()) {
    (0, import_node_fs.closeSync)(fd);
    throw notRegular(path, opts);
  }
  const h = (await import("node:crypto")).createHash("sha256");
  for await (const chunk of (0, import_node_fs.createReadStream)("", { fd })) h.update(chunk);
  return h.digest("hex");
}

export {
  DEFAULT_READ_LIMIT,
  POLICY_READ_LIMIT,
  readBounded,
  readBoundedText,
  hashRegularFile
};
