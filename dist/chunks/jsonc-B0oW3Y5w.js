import { createRequire } from 'node:module';
import { f as fromDocument } from './chunk-B4GqvIY9.js';
import { r as readJson } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import './chunk-Dhnp4LvZ.js';
import 'node:path';
import './chunk-CE2JlTQc.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/jsonc.ts
function blankComments(text) {
  let out = "";
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const j = end < 0 ? text.length : end;
      out += blank(text.slice(i, j));
      i = j;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const j = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, j));
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
var jsoncParser = {
  parse: (text, file) => fromDocument(readJson(blankComments(text.replace(/^\uFEFF/, "")), file, "JSONC"))
};

export { blankComments, jsoncParser };
