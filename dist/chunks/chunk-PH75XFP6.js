import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/errors.ts
var UserError = class extends Error {
  where;
  hint;
  code;
  constructor(message, opts = {}) {
    super(message);
    this.name = "UserError";
    this.where = opts.where ?? {};
    this.hint = opts.hint;
    this.code = opts.code ?? "user_error";
  }
  /** `file:line:col: message (hint)` — the single line shown to people and used for annotations. */
  format() {
    const { file, line, col } = this.where;
    const at = file ? `${file}${line ? `:${line}${col ? `:${col}` : ""}` : ""}: ` : "";
    return `${at}${this.message}${this.hint ? ` \u2014 ${this.hint}` : ""}`;
  }
};
var isUserError = (e) => e instanceof UserError;
function describeError(e) {
  if (isUserError(e)) return e.format();
  if (e instanceof Error) return e.stack ?? e.message;
  return String(e);
}

export {
  UserError,
  isUserError,
  describeError
};
