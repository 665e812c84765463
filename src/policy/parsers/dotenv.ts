// .env files as conftest reads them (gotenv's strict parser): `KEY=value`, `KEY: value`, `export KEY=...`, quoted
// values (double quotes unescape `\n`, `\r`, `\x`; single quotes keep everything), values quoted over several lines,
// `$VAR`/`${VAR}` expanded outside single quotes. gotenv looks variables up in the process environment first; we look
// them up only in the file (an unknown one is empty), so a runner's secrets never reach a policy's input.
// No npm dotenv library keeps these rules (dotenv does not expand, dotenv-expand differs), so this is our own.
import { DocumentSyntaxError } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

const LINE =
  /^[ \t\n\f\r]*(?:export[ \t\n\f\r]+)?([\w.]+)(?:[ \t\n\f\r]*=[ \t\n\f\r]*|:[ \t\n\f\r]+?)('[^]*'|"[^]*"|[^#\n]+)?[ \t\n\f\r]*(?:[ \t\n\f\r]*#.*)?$/;
const VARIABLE = /(\\)?(\$)(\{?([A-Z0-9_]+)?\}?)/g;
const NAME = /(\$)(\{?([A-Z0-9_]+)\}?)/;

export const dotenvParser: ParserImpl = {
  parse(text, file) {
    const env: Record<string, string> = {};
    const keyLines = new Map<string, number>();
    // gotenv splits at \r, \n or \r\n.
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const fail = (message: string, line: number) => new DocumentSyntaxError(file, message, line, undefined, 'dotenv');
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      let line = lines[n].trim();
      if (!line || line[0] === '#') continue;
      let quote = '';
      let idx = line.indexOf('=');
      if (idx === -1) idx = line.indexOf(':');
      if (idx > 0 && idx < line.length - 1) {
        const val = line.slice(idx + 1).trim();
        if (val[0] === '"' || val[0] === "'") {
          quote = val[0];
          // gotenv's own check, index slip included: the value is closed on this line when a later quote is found.
          const at = val.slice(1).trim().lastIndexOf(quote);
          if (at >= 0 && val[at] !== '\\') quote = '';
        }
      }
      while (quote && n + 1 < lines.length) {
        const l = lines[++n];
        line += '\n' + l;
        const at = l.lastIndexOf(quote);
        if (at > 0 && l[at - 1] === '\\') continue;
        if (at >= 0) quote = '';
      }
      if (quote) throw fail('missing quotes', lineNo);
      const m = LINE.exec(line);
      if (!m) {
        const exported = /^export\s(.*)$/.exec(line.trim());
        if (exported && !Object.hasOwn(env, exported[1])) throw fail(`line \`${line}\` has an unset variable`, lineNo);
        throw fail(`line \`${line}\` doesn't match format`, lineNo);
      }
      const key = m[1].trim();
      let val = (m[2] ?? '').trim();
      const last = val.length - 1;
      const dq = val.length >= 2 && val[0] === '"' && val[last] === '"';
      const sq = val.length >= 2 && val[0] === "'" && val[last] === "'";
      if (dq || sq) val = val.slice(1, last);
      if (dq)
        val = val
          .replaceAll('\\n', '\n')
          .replaceAll('\\r', '\r')
          .replace(/\\([^$])/g, '$1');
      if (!sq) {
        val = val.replace(VARIABLE, (s) => {
          if (s[0] === '\\') return s.slice(1);
          const name = NAME.exec(s);
          return name ? (env[name[3]] ?? '') : s;
        });
      }
      env[key] = val;
      keyLines.set(key, lineNo);
    }
    return { value: env, documents: [env], lineOf: (_i, path) => (path.length ? keyLines.get(String(path[0])) : 1) };
  },
};
