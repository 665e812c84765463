import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  scrubEnv,
  spawnRunner
} from "./chunk-IOMGH2NF.js";
import {
  resolveInside
} from "./chunk-YZBW7M6D.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";
import {
  hashRegularFile,
  readBoundedText
} from "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  expand
} from "./chunk-BIFISILY.js";
import {
  require_semver
} from "./chunk-77ODOZJM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7LQLP6SQ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match2) => {
        return match2 === "\\" ? "" : match2;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str2;
      let prefix2 = "";
      let glob = "";
      if (start > 0) {
        prefix2 = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix: prefix2,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix2;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange2 = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match2 = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match2 || match2.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match2.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match2.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match2 = parseRepeatedExtglob(value);
      while (match2) {
        depth++;
        value = match2.body.trim();
        match2 = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match2 = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match2 && match2[0].length > 2) {
            slashes = match2[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange2(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match2 = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match2) {
            value += match2[0];
            state.index += match2[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match2 = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match2) return;
            const source2 = create(match2[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match2[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match: match2, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match: match2, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match2 = input === glob;
      let output = match2 && format ? format(input) : input;
      if (match2 === false) {
        output = format ? format(input) : input;
        match2 = output === glob;
      }
      if (match2 === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match2 = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match2 = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match2), match: match2, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/emulation/platforms.ts
var ELF64_MASK = "ffffffffffffff00fffffffffffffffffeffffff";
var QEMU_PLATFORMS = [
  { name: "arm64", goarch: "arm64", qemuArch: "aarch64", magic: "7f454c460201010000000000000000000200b700", mask: ELF64_MASK },
  { name: "arm", goarch: "arm", qemuArch: "arm", magic: "7f454c4601010100000000000000000002002800", mask: ELF64_MASK },
  { name: "riscv64", goarch: "riscv64", qemuArch: "riscv64", magic: "7f454c460201010000000000000000000200f300", mask: ELF64_MASK },
  { name: "ppc64le", goarch: "ppc64le", qemuArch: "ppc64le", magic: "7f454c4602010100000000000000000002001500", mask: "fffffffffffffffcfffffffffffffffffeffff00" },
  { name: "s390x", goarch: "s390x", qemuArch: "s390x", magic: "7f454c4602020100000000000000000000020016", mask: "fffffffffffffffcfffffffffffffffffffeffff" },
  { name: "ppc64", goarch: "ppc64", qemuArch: "ppc64", magic: "7f454c4602020100000000000000000000020015", mask: "fffffffffffffffcfffffffffffffffffffeffff" },
  { name: "mips64le", goarch: "mips64le", qemuArch: "mips64el", magic: "7f454c4602010100000000000000000002000800", mask: "ffffffffffffff00fefffffffffffffffeffffff" },
  { name: "mips64", goarch: "mips64", qemuArch: "mips64", magic: "7f454c4602020100000000000000000000020008", mask: "ffffffffffffff00fefffffffffffffffffeffff" },
  { name: "loong64", goarch: "loong64", qemuArch: "loongarch64", magic: "7f454c4602010100000000000000000002000201", mask: "fffffffffffffffc00fffffffffffffffeffffff" },
  { name: "386", goarch: "386", qemuArch: "i386", magic: "7f454c4601010100000000000000000002000300", mask: ELF64_MASK },
  { name: "amd64", goarch: "amd64", qemuArch: "x86_64", magic: "7f454c4602010100000000000000000002003e00", mask: ELF64_MASK }
];
var ALIASES = { aarch64: "arm64", armhf: "arm", "arm/v7": "arm", "arm/v6": "arm", x86_64: "amd64", i386: "386", mips64el: "mips64le", loongarch64: "loong64" };
var NATIVE = { x64: ["amd64", "386"], arm64: ["arm64"], ia32: ["386"], ppc64: ["ppc64le"], s390x: ["s390x"], riscv64: ["riscv64"], loong64: ["loong64"] };
var nativePlatforms = (arch = process.arch) => NATIVE[arch] ?? [];
function findPlatform(name) {
  const n = name.trim().toLowerCase().replace(/^linux\//, "");
  const canonical = ALIASES[n] ?? n.replace(/\/.*$/, "");
  return QEMU_PLATFORMS.find((p) => p.name === canonical);
}
function resolvePlatforms(names, arch = process.arch) {
  const native = new Set(nativePlatforms(arch));
  const wanted = names.some((n) => n.trim() === "all") ? QEMU_PLATFORMS.map((p) => p.name) : names;
  const out = [];
  for (const n of wanted) {
    const p = findPlatform(n);
    if (!p) {
      throw new UserError(`unknown platform "${n}"`, {
        where: { file: "input qemu-platforms" },
        hint: `use one of: ${QEMU_PLATFORMS.map((x) => x.name).join(", ")}, or all`
      });
    }
    if (!native.has(p.name) && !out.includes(p)) out.push(p);
  }
  return out;
}

// src/emulation/binfmt-fs.ts
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/emulation/binfmt-parse.ts
function parseEntry(name, text) {
  const e = { name, enabled: false, interpreter: "", flags: "", offset: 0, magic: "", mask: "" };
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    if (line === "enabled" || line === "disabled") e.enabled = line === "enabled";
    else if (line.startsWith("interpreter ")) e.interpreter = line.slice("interpreter ".length);
    else if (line.startsWith("flags:")) e.flags = line.slice("flags:".length).trim();
    else if (line.startsWith("offset ")) e.offset = Number(line.slice("offset ".length));
    else if (line.startsWith("magic ")) e.magic = line.slice("magic ".length).toLowerCase();
    else if (line.startsWith("mask ")) e.mask = line.slice("mask ".length).toLowerCase();
    else if (line.startsWith("extension ")) e.extension = line.slice("extension ".length);
  }
  return e;
}
var parseStatus = (text) => text.trim() === "enabled";
var bytes = (hex) => (hex.match(/../g) ?? []).map((b) => parseInt(b, 16));
function entryServes(e, p) {
  if (!e.magic || e.offset !== 0) return false;
  const magic = bytes(e.magic);
  const mask = e.mask ? bytes(e.mask) : magic.map(() => 255);
  const header = bytes(p.magic);
  if (header.length < magic.length) return false;
  return magic.every((m, i) => (m & mask[i]) === (header[i] & mask[i]));
}
var entryFor = (entries, p) => entries.find((e) => e.enabled && entryServes(e, p));

// src/emulation/binfmt-fs.ts
var DEFAULT_BINFMT_ROOT = "/proc/sys/fs/binfmt_misc";
async function readBinfmt(root = DEFAULT_BINFMT_ROOT) {
  if (!existsSync(join(root, "register"))) return { root, mounted: false, enabled: false, entries: [] };
  const enabled = parseStatus(await readFile(join(root, "status"), "utf8").catch(() => "disabled"));
  const names = (await readdir(root)).filter((n) => n !== "register" && n !== "status").sort();
  const entries = await Promise.all(names.map(async (n) => parseEntry(n, await readFile(join(root, n), "utf8"))));
  return { root, mounted: true, enabled, entries };
}
async function ensureMounted(root, run) {
  if (existsSync(join(root, "register"))) return;
  const r = await run("mount", ["-t", "binfmt_misc", "binfmt_misc", root], { timeoutMs: 1e4 });
  if (r.code !== 0 || !existsSync(join(root, "register"))) {
    throw new UserError(`cannot mount binfmt_misc at ${root}: ${(r.stderr || r.spawnError || "").trim() || `mount exited ${r.code}`}`, {
      hint: "run as root on a kernel with CONFIG_BINFMT_MISC, or use qemu-method: docker"
    });
  }
}
var fsWriter = (run) => ({
  mount: (root) => ensureMounted(root, run),
  async register(root, name, line) {
    if (existsSync(join(root, name))) await writeFile(join(root, name), "-1");
    try {
      await writeFile(join(root, "register"), line);
    } catch (e) {
      throw refused(name, e.code ?? e.message);
    }
  }
});
var sudoWriter = (run) => {
  const sudo = (cmd, args, opts) => run("sudo", ["-n", cmd, ...args], opts);
  const write = (path2, text) => sudo("sh", ["-c", 'printf %s "$1" > "$2"', "sh", text, path2], { timeoutMs: 1e4 });
  return {
    mount: (root) => ensureMounted(root, sudo),
    async register(root, name, line) {
      if (existsSync(join(root, name))) await write(join(root, name), "-1");
      const r = await write(join(root, "register"), line);
      if (r.code !== 0) throw refused(name, (r.stderr || r.spawnError || `exit ${r.code}`).trim());
    }
  };
};
var refused = (name, why) => new UserError(`binfmt_misc refused the registration of ${name}: ${why}`, {
  hint: /EACCES|EPERM|denied|not permitted/i.test(why) ? "registering needs root" : "check that the interpreter exists and is executable"
});

// src/matrix/variants.ts
var SPECS = {
  GOARM: { goarch: "arm", values: /^[567]$/, example: "5, 6 or 7" },
  GOAMD64: { goarch: "amd64", values: /^v[1-4]$/, example: "v1, v2, v3 or v4" },
  GOARM64: { goarch: "arm64", values: /^v(8\.[0-9]|9\.[0-5])$/, example: "v8.0 ... v8.9, v9.0 ... v9.5" },
  GO386: { goarch: "386", values: /^(sse2|softfloat)$/, example: "sse2 or softfloat" }
};
var err = (msg, hint) => new UserError(msg, { where: { file: "input variants" }, hint });
function parseVariants(items) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const raw of items.flatMap((i) => i.split(/\s+/)).filter(Boolean)) {
    let value = raw;
    const eq = raw.indexOf("=");
    if (eq >= 0) {
      current = raw.slice(0, eq).toUpperCase();
      value = raw.slice(eq + 1);
      if (!SPECS[current]) throw err(`unknown variable "${current}"`, `use ${Object.keys(SPECS).join(", ")}`);
    }
    if (!current) throw err(`"${raw}" has no variable`, "write it as GOARM=6,7");
    const spec = SPECS[current];
    const values = expandRange(value);
    for (const v of values) {
      if (!spec.values.test(v)) throw err(`${current}=${v} is not a valid value`, `${current} takes ${spec.example}`);
      const list = out.get(current) ?? [];
      if (!list.includes(v)) list.push(v);
      out.set(current, list);
    }
  }
  return out;
}
function expandRange(v) {
  const m = /^(v?)(\d+)\.\.v?(\d+)$/.exec(v);
  if (!m) return v ? [v] : [];
  const out = [];
  for (let i = Number(m[2]); i <= Number(m[3]); i++) out.push(`${m[1]}${i}`);
  return out;
}
function variantsFor(goarch, parsed) {
  const out = [];
  for (const [env, values] of parsed) if (SPECS[env].goarch === goarch) out.push(...values.map((value) => ({ env, value })));
  return out;
}
var variantSuffix = (v) => !v ? "" : /^v/.test(v.value) ? v.value : v.env === "GOARM" ? `v${v.value}` : v.value;

// src/matrix/naming.ts
function checkBinaryName(name, where = { file: "input binary-name" }) {
  if (!name || name === "." || name === ".." || name.startsWith("-") || /[/\\\u0000-\u001f\u007f]/.test(name)) {
    throw new UserError(`binary name ${quoted(name)} is not a file name`, {
      where,
      code: "bad_binary_name",
      hint: 'give a bare file name such as "hello" (no "/", "\\", ".." or leading "-"): binaries are written inside out-dir'
    });
  }
  return name;
}
function binaryFileName(name, t) {
  checkBinaryName(name);
  const ext2 = t.goos === "windows" ? ".exe" : t.goos === "js" || t.goos === "wasip1" ? ".wasm" : "";
  return `${name}_${t.goos}_${t.goarch}${variantSuffix(t.variant)}${ext2}`;
}
function nameFromModule(modulePath) {
  const parts = modulePath.split("/").filter(Boolean);
  const last = parts.at(-1) ?? "app";
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2) : last;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded2 = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded2 ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key2 = stateKey(state);
    const found = this.#states.get(key2);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key2, d);
    this.#size += key2.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key2 = options ? optionsKey(options) : 0;
  let mm = cache.get(key2)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key2)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key2);
  if (!byPattern)
    cache.set(key2, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep3) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep3))
        return true;
    }
    const s = nextSep(f, k, sep3);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep3))
      k++;
  }
  return false;
};
var isSep = (c, sep3) => sep3 === "/" ? c === 47 : sep3 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep3) => {
  if (sep3 !== "both")
    return f.indexOf(sep3, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep3) => sep3 !== "both" ? f.lastIndexOf(sep3, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key2 = pre[k] * R + suf[k + 1];
          const g = groups.get(key2);
          if (g)
            g.push(i);
          else
            groups.set(key2, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key2 = pre[k] * P + r[k];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key2 = suf[k + 1] * P + r[k];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep3 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep3);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep3))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep3) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep3)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep3))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep3);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep3) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep3))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep3); e !== -1; e = nextSep(f, s, sep3)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep3))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep3))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep3))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key2 = parts.join("/");
      if (keys.has(key2))
        return false;
      keys.add(key2);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key2 = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key2];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key2] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key2 = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key2))
        return false;
      tried.add(key2);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/matrix/plan.ts
var key = (d) => `${d.GOOS}/${d.GOARCH}`;
var isGlob = (s) => /[*?[{]/.test(s);
function valid(dist) {
  return dist.filter((d) => !d.Broken).map(key).join(", ");
}
function resolve(tokens, dist, input, within) {
  const out = /* @__PURE__ */ new Set();
  const usable = dist.filter((d) => !d.Broken && (!within || within.has(key(d))));
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (t === "all") usable.forEach((d) => out.add(key(d)));
    else if (t === "first-class") usable.filter((d) => d.FirstClass).forEach((d) => out.add(key(d)));
    else if (isGlob(t)) {
      const hits = usable.filter((d) => minimatch(key(d), t));
      if (!hits.length && input === "targets") {
        throw new UserError(`"${raw}" matches no port of the installed Go toolchain`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      }
      hits.forEach((d) => out.add(key(d)));
    } else {
      if (!/^[a-z0-9]+\/[a-z0-9]+$/.test(t)) {
        throw new UserError(`"${raw}" is not a GOOS/GOARCH pair`, { where: { file: `input ${input}` }, hint: "write targets as os/arch (linux/arm64), a glob (linux/*), first-class or all" });
      }
      const d = dist.find((x) => key(x) === t);
      if (!d) throw new UserError(`unknown target "${raw}"`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      if (d.Broken) throw new UserError(`the port ${t} is marked broken in the installed Go toolchain`, { where: { file: `input ${input}` }, hint: "remove it, or use a Go version where it works" });
      if (!within || within.has(t)) out.add(t);
    }
  }
  return out;
}
function planTargets(dist, spec) {
  const wanted = resolve(spec.targets, dist, "targets");
  const asked = [...wanted];
  for (const k of resolve(spec.exclude, dist, "exclude")) wanted.delete(k);
  if (asked.length && !wanted.size) {
    throw new UserError(`exclude removes every target (${asked.sort().join(", ")})`, { where: { file: "input exclude" }, hint: "narrow exclude, or add targets it does not match" });
  }
  const cgo = resolve(spec.cgo, dist, "cgo", wanted);
  const variants = parseVariants(spec.variants);
  const out = [];
  for (const k of [...wanted].sort()) {
    const d = dist.find((x) => key(x) === k);
    if (cgo.has(k) && !d.CgoSupported) {
      throw new UserError(`${k} does not support cgo in the installed Go toolchain`, { where: { file: "input cgo" }, hint: `remove ${k} from cgo` });
    }
    const vs = variantsFor(d.GOARCH, variants);
    for (const v of vs.length ? vs : [void 0]) {
      out.push({ goos: d.GOOS, goarch: d.GOARCH, variant: v, cgo: cgo.has(k), firstClass: d.FirstClass, id: `${k}${v ? ` ${v.env}=${v.value}` : ""}` });
    }
  }
  return out;
}
function parseDistList(json) {
  const v = JSON.parse(json);
  if (!Array.isArray(v) || !v.every((d) => typeof d?.GOOS === "string" && typeof d?.GOARCH === "string")) {
    throw new Error("unexpected output of go tool dist list -json");
  }
  return v;
}

// src/matrix/runner-label.ts
var NATIVE2 = {
  "linux/amd64": "ubuntu-latest",
  "linux/386": "ubuntu-latest",
  "linux/arm64": "ubuntu-24.04-arm",
  "windows/amd64": "windows-latest",
  "windows/386": "windows-latest",
  "windows/arm64": "windows-11-arm",
  "darwin/arm64": "macos-latest",
  "darwin/amd64": "macos-15-intel"
};
function suggestRunner(goos, goarch) {
  const native = NATIVE2[`${goos}/${goarch}`];
  return native ? { runner: native, native: true } : { runner: "ubuntu-latest", native: false };
}

// src/matrix/plan-config.ts
async function distList(go, run) {
  const r = await run(go.go, ["tool", "dist", "list", "-json", "-broken"], { env: go.env, timeoutMs: 6e4 });
  if (r.spawnError)
    throw new UserError(`cannot run ${go.go}: ${r.spawnError}`, { code: "no_go", hint: "set go-version or go-version-file so that go-xenv installs Go first" });
  if (r.code !== 0) throw new Error(`go tool dist list failed: ${(r.stderr || "").trim()}`);
  return parseDistList(r.stdout);
}
async function plannedTargets(m, go, run) {
  return planTargets(await distList(go, run), { targets: m.targets, exclude: m.exclude, variants: m.variants, cgo: m.cgo });
}
function strategyMatrix(targets, name) {
  return {
    include: targets.map((t) => {
      const r = suggestRunner(t.goos, t.goarch);
      return {
        target: `${t.goos}/${t.goarch}`,
        goos: t.goos,
        goarch: t.goarch,
        variants: t.variant ? `${t.variant.env}=${t.variant.value}` : "",
        cgo: t.cgo,
        runner: r.runner,
        emulated: t.goos === "linux" && !r.native,
        binary: binaryFileName(name, t)
      };
    })
  };
}

// src/toolchain/go-cache.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize as normalize2, relative, resolve as resolve2, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path2) {
  let normalized = normalize2(path2);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path2, separator) {
  return path2.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path2) {
  return path2 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path2);
}
function normalizePath(path2, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = resolve2(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter2) => filter2(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path2 = directoryPath || ".";
  if (filters.every((filter2) => filter2(path2, true))) paths.push(path2);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter2) => filter2(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter2) => filter2(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path2, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path2, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path2, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path2);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path2, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path2, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num2) {
    this._files = num2;
  }
  get files() {
    return this._files;
  }
  set directories(num2) {
    this._directories = num2;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path2 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path2)) continue;
        this.pushDirectory(path2, paths, filters);
        this.walkDirectory(this.state, path2, path2, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path2 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path2, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path2 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path2 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path2;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err2, output) => {
      if (err2) return reject(err2);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path2) => isMatch(path2));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix2 = root.slice(cwd.length + 1);
    if (prefix2) return (p, isDir) => {
      if (p === ".") return prefix2;
      const result = `${prefix2}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix2 = root.slice(cwd.length + 1);
    return (p) => `${prefix2}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path2) {
  return path2.replace(DRIVE_RELATIVE_PATH, (match2) => `${match2}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path2) {
  var _result$parts;
  const result = import_picomatch.default.scan(path2, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path2];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path2) => path2.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path2) => path2.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      const matches = matcher(path2) && !ignore(path2);
      if (matches) log(`matched ${path2}`);
      return matches;
    } : (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      return matcher(path2) && !ignore(path2);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key2 in defaultOptions) if (opts[key2] === void 0) Object.assign(opts, { [key2]: defaultOptions[key2] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative4) : [];
}

// src/toolchain/cache-key.ts
import { createHash } from "node:crypto";
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var normalizeTargets = (targets) => [...new Set(targets.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
function targetsPart(targets) {
  const t = normalizeTargets(targets);
  return t.length ? sha256(t.join(",")).slice(0, 12) : "host";
}
function cacheKey(i) {
  const prefix2 = `go-xenv-${i.os}-${i.arch}-go${i.goVersion}-targets-${targetsPart(i.targets)}-`.toLowerCase();
  return { key: `${prefix2}${i.depHash ?? "nodeps"}`, restoreKeys: [prefix2] };
}
function hashDependencyFiles(files) {
  if (!files.length) return void 0;
  const lines = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((f) => `${f.path}\0${f.sha256}
`);
  return sha256(lines.join("")).slice(0, 32);
}
function shouldSave(i) {
  if (i.mode === "false") return { save: false, reason: "cache is off" };
  if (i.mode === "restore-only") return { save: false, reason: "cache is restore-only" };
  if (i.matchedKey === i.key) return { save: false, reason: `the cache was restored from the exact key ${i.key}` };
  const allowed = i.saveBranches.length ? i.saveBranches : i.defaultBranch ? [i.defaultBranch] : [];
  if (!allowed.includes("*")) {
    if (!i.branch) return { save: false, reason: "this run is not on a branch (pull request or tag): caches are saved only by branch runs" };
    if (!allowed.length) return { save: false, reason: "the default branch is unknown: set cache-save-branches" };
    if (!allowed.includes(i.branch)) return { save: false, reason: `branch ${i.branch} does not save caches (cache-save-branches: ${allowed.join(", ")})` };
  }
  return { save: true, reason: `saving ${i.key}` };
}
var branchOf = (ref) => ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;

// src/toolchain/http-get.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
function authHeaders(url, token, serverUrl = "https://github.com") {
  if (!token) return {};
  let u;
  let server;
  try {
    u = new URL(url);
    server = new URL(serverUrl || "https://github.com");
  } catch {
    return {};
  }
  if (u.protocol !== "https:") return {};
  const host = u.hostname.toLowerCase();
  const gh = server.hostname.toLowerCase();
  const githubHosts = host === gh || host === `api.${gh}` || host === "githubusercontent.com" || host.endsWith(".githubusercontent.com");
  return githubHosts ? { authorization: `Bearer ${token}` } : {};
}
var HttpStatusError = class extends Error {
  constructor(status, statusText) {
    super(`HTTP ${status} ${statusText}`.trimEnd());
    this.status = status;
    this.statusText = statusText;
  }
  status;
  statusText;
};
var hopAuth = (first, current, token, serverUrl) => current.origin === first.origin ? authHeaders(current.href, token, serverUrl) : {};
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
async function httpGet(url, opts) {
  const first = new URL(url);
  let current = first;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:") throw new Error(`unsupported URL scheme ${current.protocol}`);
    const res = await requestOnce(current, { ...opts.headers, ...hopAuth(first, current, opts.token, opts.serverUrl) }, opts);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(res.headers.location, current);
      if (current.protocol === "https:" && next.protocol !== "https:") throw new Error(`refused a redirect from https to ${next.origin}`);
      current = next;
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new HttpStatusError(status, res.statusMessage ?? "");
    }
    return res;
  }
}
function requestOnce(u, headers, opts) {
  return new Promise((resolve6, reject) => {
    let res;
    const send = u.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(u, { headers: { "user-agent": "go-xenv-action", ...headers }, agent: false, timeout: opts.idleMs, signal: opts.signal });
    req.on("timeout", () => {
      const err2 = new Error(`no data for ${Math.round(opts.idleMs / 1e3)}s`);
      if (res) res.destroy(err2);
      else req.destroy(err2);
    });
    req.on("response", (r) => {
      res = r;
      resolve6(r);
    });
    req.on("error", reject);
    req.end();
  });
}
async function readBody(res, maxBytes) {
  const declared = Number(res.headers["content-length"]);
  const tooLarge = () => new Error(`larger than ${maxBytes} bytes`);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const parts = [];
  let got = 0;
  for await (const chunk of res) {
    got += chunk.length;
    if (got > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
function causeOf(e) {
  let cur = e;
  while (cur instanceof Error && cur.cause instanceof Error) cur = cur.cause;
  if (cur instanceof Error && (cur.name === "TimeoutError" || cur.name === "AbortError")) return "timed out";
  return cur instanceof Error ? cur.message : String(cur);
}

// src/toolchain/version-file.ts
import { basename as basename2 } from "node:path";

// src/toolchain/go-mod-syntax.ts
var PUNCT = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
function lex(text, file) {
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint: hint ?? "fix the syntax (`go mod edit -fmt` shows the expected form)" });
  };
  return text.split(/\r?\n/).map((src, i) => {
    const line = i + 1;
    const out = [];
    let j = 0;
    while (j < src.length) {
      const c = src[j];
      if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") {
        j++;
        continue;
      }
      if (src.startsWith("//", j)) break;
      if (src.startsWith("/*", j)) fail("go.mod files use // comments, not /* */", line, j + 1, "write the comment with //");
      const col = j + 1;
      if (PUNCT.has(c)) {
        out.push({ text: c, line, col, quoted: false });
        j++;
        continue;
      }
      if (c === '"' || c === "`") {
        let k2 = j + 1;
        while (k2 < src.length && src[k2] !== c) k2 += c === '"' && src[k2] === "\\" ? 2 : 1;
        if (k2 >= src.length) fail(`unexpected newline in string (the ${c === '"' ? "quote" : "backquote"} at column ${col} is not closed)`, line, col, "close the string on the same line");
        out.push({ text: src.slice(j + 1, k2), line, col, quoted: true });
        j = k2 + 1;
        continue;
      }
      let k = j;
      while (k < src.length && !/[\s()[\]{},"`]/.test(src[k]) && !src.startsWith("//", k)) k++;
      out.push({ text: src.slice(j, k), line, col, quoted: false });
      j = k;
    }
    return out;
  });
}
function parseStatements(text, file) {
  const fail = (message, line, col, hint = "fix the syntax (`go mod edit -fmt` shows the expected form)") => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  const out = [];
  let block;
  for (const tokens of lex(text, file)) {
    if (!tokens.length) continue;
    const [first] = tokens;
    const last = tokens[tokens.length - 1];
    if (block) {
      if (first.text === ")" && !first.quoted) {
        if (tokens.length > 1) fail(`unexpected ${quote(tokens[1].text)} after the ) that closes the ${block.verb} block`, tokens[1].line, tokens[1].col);
        block = void 0;
        continue;
      }
      if (last.text === "(" && !last.quoted) fail(`a block cannot start inside the ${block.verb} block opened at line ${block.line}`, last.line, last.col, `close the ${block.verb} block with ) first`);
      out.push(statement(block.verb, first.col, tokens));
      continue;
    }
    if (first.quoted || !/^[A-Za-z]/.test(first.text)) {
      fail(first.text === ")" ? "unexpected ) (no block is open)" : `unexpected ${quote(first.text)} where a directive (module, go, require, ...) belongs`, first.line, first.col);
    }
    if (last.text === "(" && !last.quoted) {
      if (tokens.length !== 2) fail(`a block starts with one word and (, as in \`${first.text} (\``, last.line, last.col);
      block = { verb: first.text, line: first.line, col: first.col };
      continue;
    }
    out.push(statement(first.text, first.col, tokens.slice(1), first.line));
  }
  if (block) {
    fail(`the ${block.verb} block opened here is never closed`, block.line, block.col, `end the block with a line holding only ), as in \`${block.verb} (\` ... \`)\``);
  }
  return out;
}
function statement(verb, col, args, line = args[0].line) {
  return { verb, col, line, args: args.map((t) => t.text), cols: args.map((t) => t.col) };
}
var quote = (s) => `\`${s}\``;

// src/toolchain/go-version.ts
var import_semver = __toESM(require_semver(), 1);
var GO_NAME = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;
function goToSemver(name) {
  const m = GO_NAME.exec(name.trim());
  if (!m) return void 0;
  const [, major, minor = "0", patch = "0", pre, preNum] = m;
  const v = `${major}.${minor}.${patch}${pre ? `-${pre}.${preNum}` : ""}`;
  return import_semver.default.valid(v) ? v : void 0;
}
function semverToGo(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(rc|beta)\.(\d+))?$/.exec(v);
  if (!m) return v;
  const [, major, minor, patch, pre, preNum] = m;
  if (pre) return `${major}.${minor}${pre}${preNum}`;
  return `${major}.${minor}.${patch}`;
}
var isGoName = (s) => GO_NAME.test(s.trim());

// src/toolchain/version-file.ts
function readVersionText(name, text, display) {
  const base = basename2(name);
  if (base === ".tool-versions") return fromToolVersions(text, display);
  if (base.endsWith(".mod") || base.endsWith(".work")) return fromGoMod(text, display, base.endsWith(".work") ? "work" : "mod");
  return fromPlain(text, display);
}
var ARITY = {
  module: [1, 1, "module example.com/path"],
  go: [1, 1, "go 1.26"],
  toolchain: [1, 1, "toolchain go1.26.8"],
  godebug: [1, 1, "godebug key=value"],
  require: [2, 2, "require example.com/mod v1.2.3"],
  exclude: [2, 2, "exclude example.com/mod v1.2.3"],
  tool: [1, 1, "tool example.com/cmd"],
  ignore: [1, 1, "ignore ./dir"],
  use: [1, 1, "use ./dir"],
  retract: [1, 5, "retract v1.2.3 or retract [v1.0.0, v1.1.0]"]
};
function fromGoMod(text, file, kind) {
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  let go;
  let toolchain;
  for (const st of parseStatements(text, file)) {
    const { verb, args, line } = st;
    if (kind === "work" && ["module", "require", "exclude", "retract", "tool", "ignore"].includes(verb)) {
      fail(`${verb} does not belong in go.work`, line, st.col, "go.work holds go, toolchain, godebug, use and replace");
    }
    if (kind === "mod" && verb === "use") fail("use belongs in go.work, not in go.mod", line, st.col, "list the module directories in go.work");
    if (verb === "replace") {
      const arrow = args.indexOf("=>");
      if (arrow < 1 || arrow > 2 || args.length - arrow - 1 < 1 || args.length - arrow - 1 > 2) {
        fail(`replace needs \`path [version] => path [version]\`, got \`replace ${args.join(" ")}\``, line, st.col, "write it as `replace example.com/a v1.2.3 => example.com/b v1.4.0` or `=> ../local/dir`");
      }
      continue;
    }
    const arity = ARITY[verb];
    if (!arity) continue;
    const [min, max, usage] = arity;
    if (args.length < min || args.length > max) {
      const n = (k) => k === 1 ? "one argument" : `${k} arguments`;
      const end = args.length ? st.cols[args.length - 1] + args[args.length - 1].length + 1 : st.col + verb.length + 1;
      const what = args.length > max ? `takes ${n(max)}, found ${args.length}: unexpected \`${args[max]}\`` : args.length ? `takes ${n(min)}, found ${args.length}` : "is missing its argument";
      const col = args.length > max ? st.cols[max] : end;
      fail(`the ${verb} directive ${what}`, line, col, `write it as \`${usage}\``);
    }
    const value = args[0];
    const where = { file, line, col: st.cols[0] };
    if (verb === "go") {
      if (go) fail(`a second go directive (the first is at line ${go.line})`, line, st.col, "keep one go line");
      if (!/^\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(value)) {
        throw new UserError(`invalid go version "${value}" in the go directive`, { where, code: "bad_version_file", hint: "write it as `go 1.26` or `go 1.26.8`" });
      }
      go = { spec: value, line, from: "go" };
    } else if (verb === "toolchain") {
      if (toolchain) fail(`a second toolchain directive (the first is at line ${toolchain.line})`, line, st.col, "keep one toolchain line");
      if (value === "default") continue;
      const name = value.replace(/[+-].*$/, "");
      if (!value.startsWith("go") || !isGoName(name)) {
        throw new UserError(`invalid toolchain "${value}"`, { where, code: "bad_version_file", hint: "write it as `toolchain go1.26.8`" });
      }
      toolchain = { spec: name.slice(2), line, from: "toolchain" };
    }
  }
  const found = toolchain ?? go;
  if (!found) throw new UserError("no go directive", { where: { file }, code: "bad_version_file", hint: "add a line like `go 1.26`, or give go-version" });
  return found;
}
function fromPlain(text, file) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/#.*$/, "");
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    if (words.length > 1) {
      const col = raw.indexOf(words[1], raw.indexOf(words[0]) + words[0].length) + 1;
      throw new UserError(`the version file holds more than one word: unexpected "${words[1]}"`, { where: { file, line: i + 1, col }, code: "bad_version_file", hint: "write one version, like 1.26.8, on the line" });
    }
    return { spec: words[0], line: i + 1, from: "version" };
  }
  throw new UserError("the version file is empty", { where: { file }, code: "bad_version_file", hint: "write a version like 1.26.8 on its first line" });
}
function fromToolVersions(text, file) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [key2, value] = lines[i].replace(/#.*$/, "").trim().split(/\s+/);
    if (key2 !== "golang" && key2 !== "go") continue;
    if (!value) throw new UserError(`the ${key2} entry has no version`, { where: { file, line: i + 1, col: lines[i].indexOf(key2) + key2.length + 1 }, code: "bad_version_file", hint: `write it as \`${key2} 1.26.8\`` });
    return { spec: value, line: i + 1, from: key2 };
  }
  throw new UserError("no golang or go entry", { where: { file }, code: "bad_version_file", hint: "add a line like `golang 1.26.8`" });
}
var goModHasRequire = (text) => /^\s*require\b/m.test(text.replace(/\/\/.*$/gm, ""));

// src/toolchain/go-cache.ts
var STATE = { key: "go-xenv-cache-key", matched: "go-xenv-cache-matched-key", paths: "go-xenv-cache-paths" };
var LABEL = 'input "cache-dependency-path"';
var WILDCARD = /[*?[\]{}()!+@]/;
var literalPrefix = (pattern) => {
  const parts = pattern.split("/");
  const i = parts.findIndex((s) => WILDCARD.test(s));
  return (i === -1 ? parts : parts.slice(0, i)).join("/") || ".";
};
async function dependencyFiles(config, host) {
  const rel = relative2(config.workspace, config.workingDirectory);
  const given = config.toolchain.cacheDependencyPath;
  const patterns = given.length ? given : [rel ? `${rel}/go.sum` : "go.sum"];
  for (const p of patterns) resolveInside(config.workspace, literalPrefix(p), { label: LABEL });
  const plain = patterns.filter((p) => !WILDCARD.test(p) && existsSync2(join2(config.workspace, p))).map((p) => relative2(config.workspace, join2(config.workspace, p)));
  const globs = patterns.filter((p) => WILDCARD.test(p));
  const matched = globs.length ? globSync(globs, { cwd: config.workspace, onlyFiles: true, dot: true, followSymbolicLinks: false }) : [];
  const paths = [.../* @__PURE__ */ new Set([...plain, ...matched])].sort();
  if (!paths.length) {
    const goMod = join2(config.workingDirectory, "go.mod");
    const noDeps = !given.length && existsSync2(goMod) && !goModHasRequire(readBoundedText(goMod, { label: "go.mod" }));
    if (!noDeps) host.warning(logSafe(`no file matches cache-dependency-path (${patterns.join(", ")}): the cache key has no dependency hash`));
  }
  const out = [];
  for (const p of paths) {
    const real = resolveInside(config.workspace, p, { label: LABEL });
    out.push({ path: p, sha256: await hashRegularFile(real, { label: `${LABEL} file` }) });
  }
  return out;
}
async function restoreGoCache(config, host, goVersion, dirs) {
  if (config.toolchain.cache === "false") return { hit: false, note: "module/build cache: off" };
  if (host.kind !== "actions") return { hit: false, note: "module/build cache: not used outside Actions (the local caches stay where they are)" };
  const { key: key2, restoreKeys } = cacheKey({
    os: host.env.RUNNER_OS ?? process.platform,
    arch: host.env.RUNNER_ARCH ?? process.arch,
    goVersion,
    targets: config.matrix.targets,
    depHash: hashDependencyFiles(await dependencyFiles(config, host))
  });
  const paths = [dirs.GOMODCACHE, dirs.GOCACHE].filter(Boolean);
  host.saveState(STATE.key, key2);
  host.saveState(STATE.paths, JSON.stringify(paths));
  const cache2 = await import("./cache-JZMUPIWX.js");
  if (!cache2.isFeatureAvailable()) return { hit: false, note: `module/build cache: the cache service is not available here; not restored (key ${key2})` };
  try {
    const matched = await cache2.restoreCache([...paths], key2, restoreKeys) ?? "";
    host.saveState(STATE.matched, matched);
    if (!matched) return { hit: false, note: `module/build cache: no entry for ${key2}` };
    return { hit: matched === key2, note: `module/build cache: restored ${matched}${matched === key2 ? "" : " (prefix match)"}` };
  } catch (e) {
    host.warning(`the module/build cache was not restored: ${causeOf(e)}`);
    return { hit: false, note: "module/build cache: restore failed" };
  }
}
async function saveGoCache(config, host) {
  const key2 = host.getState(STATE.key);
  if (!key2) return;
  const decision = shouldSave({
    mode: config.toolchain.cache,
    key: key2,
    matchedKey: host.getState(STATE.matched),
    branch: branchOf(host.env.GITHUB_REF),
    defaultBranch: defaultBranch(host.env.GITHUB_EVENT_PATH),
    saveBranches: config.toolchain.cacheSaveBranches
  });
  if (!decision.save) {
    host.info(`module/build cache not saved: ${decision.reason}`);
    return;
  }
  const cache2 = await import("./cache-JZMUPIWX.js");
  if (!cache2.isFeatureAvailable()) {
    host.info(`module/build cache not saved: the cache service is not available here (key ${key2})`);
    return;
  }
  try {
    const paths = JSON.parse(host.getState(STATE.paths) || "[]");
    const existing = paths.filter((p) => existsSync2(p));
    if (!existing.length) {
      host.info("module/build cache not saved: neither GOMODCACHE nor GOCACHE exists");
      return;
    }
    const id = await cache2.saveCache(existing, key2);
    host.info(id === -1 ? `module/build cache not saved (key ${key2})` : `module/build cache saved as ${key2}`);
  } catch (e) {
    host.warning(`the module/build cache was not saved: ${causeOf(e)}`);
  }
}
var EVENT_LIMIT = 32 * 1024 * 1024;
function defaultBranch(eventPath) {
  if (!eventPath || !existsSync2(eventPath)) return void 0;
  try {
    const event = JSON.parse(readBoundedText(eventPath, { label: "the event payload", maxBytes: EVENT_LIMIT }));
    return typeof event.repository?.default_branch === "string" ? event.repository.default_branch : void 0;
  } catch {
    return void 0;
  }
}

// src/toolchain/request.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join4, relative as relative3, resolve as resolve4 } from "node:path";

// src/toolchain/go-env.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync as realpathSync2 } from "node:fs";
import { basename as basename3, delimiter, dirname as dirname2, join as join3 } from "node:path";
var GoCommandError = class extends Error {
  constructor(message, stderr) {
    super(message);
    this.stderr = stderr;
  }
  stderr;
  name = "GoCommandError";
};
async function runGo(goBin, args, env, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 6e4;
  const r = await spawnRunner(goBin, args, { cwd: opts.cwd, env: { ...env, GOTOOLCHAIN: opts.gotoolchain ?? "local" }, timeoutMs });
  if (r.code === 0) return r.stdout;
  const why = r.spawnError ?? (r.stderr.trim() || (r.timedOut ? `timed out after ${timeoutMs / 1e3}s` : `exit status ${r.code ?? r.signal}`));
  throw new GoCommandError(`${goBin} ${args.join(" ")}: ${why}`, why);
}
async function goEnv(goBin, env, vars) {
  return JSON.parse(await runGo(goBin, ["env", "-json", ...vars], env));
}
function whichGo(pathEnv, platform = process.platform) {
  const exe = platform === "win32" ? "go.exe" : "go";
  for (const dir of (pathEnv ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join3(dir, exe);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
var realpathOr = (p) => {
  try {
    return realpathSync2(p);
  } catch {
    return p;
  }
};
function goSyntaxError(goBin, file, env) {
  const tool = file.endsWith(".work") ? "work" : "mod";
  const r = spawnSync(goBin, [tool, "edit", "-json", file], {
    cwd: dirname2(file),
    encoding: "utf8",
    timeout: 1e4,
    maxBuffer: 8 << 20,
    env: scrubEnv({ ...env, GOTOOLCHAIN: "local", GOFLAGS: "", GOWORK: "off" })
  });
  if (r.status === 0 || typeof r.stderr !== "string") return void 0;
  for (const l of r.stderr.split("\n")) {
    const m = /^(.+?):(\d+)(?::(\d+))?: (.+)$/.exec(l.trim());
    if (m && basename3(m[1]) === basename3(file)) return { message: m[4], line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 };
  }
  return void 0;
}

// src/toolchain/version-spec.ts
var import_semver2 = __toESM(require_semver(), 1);
function parseVersionSpec(input, where = {}) {
  const raw = input.trim();
  const s = raw.replace(/^v(?=\d)/, "").replace(/^go(?=\d)/, "");
  const lower = s.toLowerCase();
  if (lower === "stable" || lower === "latest") return { kind: "stable", raw };
  if (lower === "oldstable") return { kind: "oldstable", raw };
  if (/^\d+\.\d+$/.test(s)) return { kind: "minor", raw, line: s };
  if (/^\d+\.\d+\.\d+$/.test(s) || /^\d+\.\d+(\.\d+)?(rc|beta)\d+$/.test(s)) return { kind: "exact", raw, semver: goToSemver(s) };
  const sv = import_semver2.default.valid(s);
  if (sv) return { kind: "exact", raw, semver: sv };
  if (/^\d+$/.test(s)) return { kind: "range", raw, range: `${s}.x` };
  if (s && import_semver2.default.validRange(s)) return { kind: "range", raw, range: s };
  throw new UserError(`"${raw}" is not a Go version`, {
    where,
    code: "bad_version",
    hint: "use an exact version (1.26.8), a minor (1.26), a range (^1.25, >=1.24 <1.26, 1.x), a prerelease (1.27rc1), stable or oldstable"
  });
}

// src/toolchain/request.ts
function requestedVersions(tc, workspace, workingDirectory, env) {
  if (tc.goVersions.length) {
    const specs = tc.goVersions.map((v) => parseVersionSpec(v, { file: "input go-version" }));
    const warning = tc.goVersionFile ? `both go-version and go-version-file are given; using go-version (${tc.goVersions.join(", ")})` : void 0;
    return { specs, source: "input go-version", warning };
  }
  if (tc.goVersionFile) {
    const path2 = [resolve4(workspace, tc.goVersionFile), resolve4(workingDirectory, tc.goVersionFile)].find((p) => existsSync3(p));
    if (!path2) {
      throw new UserError(`go-version-file "${tc.goVersionFile}" does not exist`, {
        where: { file: "input go-version-file" },
        code: "missing_version_file",
        hint: "give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)"
      });
    }
    return fromFile(path2, workspace, "go-version-file", env);
  }
  const goMod = join4(workingDirectory, "go.mod");
  return existsSync3(goMod) ? fromFile(goMod, workspace, "go.mod", env) : void 0;
}
function fromFile(path2, workspace, label, env) {
  const rel = relative3(workspace, path2);
  const display = rel && !rel.startsWith("..") ? rel : path2;
  const text = readBoundedText(path2, { label, where: { file: display } });
  const v = versionOf(path2, text, display, env);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}
function versionOf(path2, text, display, env) {
  try {
    return readVersionText(path2, text, display);
  } catch (e) {
    const goBin = e instanceof UserError && /\.(mod|work)$/.test(path2) && env ? whichGo(env.PATH) : void 0;
    const go = goBin ? goSyntaxError(goBin, path2, env) : void 0;
    if (!go) throw e;
    throw new UserError(go.message.replaceAll(path2, display), { where: { file: display, line: go.line, col: go.col }, code: "bad_version_file", hint: `as \`go ${path2.endsWith(".work") ? "work" : "mod"} edit -json\` reads it; fix that line` });
  }
}

// src/toolchain/setup.ts
import { homedir, tmpdir } from "node:os";
import { delimiter as delimiter2, join as join9 } from "node:path";

// src/toolchain/install.ts
import { existsSync as existsSync5, rmSync as rmSync3 } from "node:fs";
import { join as join7 } from "node:path";

// src/toolchain/download.ts
import { spawn } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join as join5 } from "node:path";
import { Transform as Transform2, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/toolchain/tar-guard.ts
import { Transform } from "node:stream";
function memberNameProblem(name, root) {
  if (name === "" || /^([/\\]|[A-Za-z]:)/.test(name)) return "with an absolute or empty path";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "with a control character in its name";
  const parts = name.split(/[/\\]/).filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return 'with a ".." component';
  if (parts[0] !== root) return `outside ${root}/`;
  return void 0;
}
var BLOCK = 512;
var MAX_META = 1 << 20;
var padded = (n) => Math.ceil(n / BLOCK) * BLOCK;
function num(h, off, len) {
  if (h[off] & 128) {
    let v = h[off] & 127;
    for (let i = 1; i < len; i++) v = v * 256 + h[off + i];
    return v;
  }
  const s = h.toString("latin1", off, off + len).replace(/\0.*$/s, "").trim();
  return s === "" ? 0 : /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}
var str = (h, off, len) => {
  const end = h.indexOf(0, off);
  return h.toString("utf8", off, end === -1 || end > off + len ? off + len : end);
};
function checksumOk(h) {
  const stored = num(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 32 : h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}
function writeChecksum(h) {
  h.fill(32, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i];
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
}
function paxRecords(buf) {
  const out = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < buf.length) {
    const sp = buf.indexOf(32, pos);
    if (sp === -1) return buf.subarray(pos).every((b) => b === 0) ? out : void 0;
    const len = Number(buf.toString("latin1", pos, sp));
    if (!Number.isSafeInteger(len) || len <= sp - pos || pos + len > buf.length || buf[pos + len - 1] !== 10) return void 0;
    const rec = buf.toString("utf8", sp + 1, pos + len - 1);
    const eq = rec.indexOf("=");
    if (eq <= 0) return void 0;
    out.set(rec.slice(0, eq), rec.slice(eq + 1));
    pos += len;
  }
  return out;
}
var KIND = { "3": "character device", "4": "block device", "6": "FIFO", S: "GNU sparse file", M: "multi-volume continuation", V: "volume label", N: "GNU old long name" };
var REFUSED_PAX = /^(GNU\.sparse\.|SCHILY\.xattr\.|LIBARCHIVE\.xattr\.|SCHILY\.acl\.|RHT\.security\.)/;
var TarGuard = class extends Transform {
  constructor(opts) {
    super({ highWaterMark: 1 << 20 });
    this.opts = opts;
  }
  opts;
  block = Buffer.alloc(BLOCK);
  have = 0;
  /** Bytes (padded) of the current member's data still to pass. */
  left = 0;
  meta;
  next = {};
  expanded = 0;
  declared = 0;
  /** Whether the end-of-archive marker has passed: tar needs nothing more. */
  ended = false;
  _transform(chunk, _enc, cb) {
    try {
      this.expanded += chunk.length;
      if (this.expanded > this.opts.maxBytes) throw this.tooLarge();
      this.feed(chunk);
      cb();
    } catch (e) {
      cb(e);
    }
  }
  _flush(cb) {
    if (!this.ended && (this.left > 0 || this.have > 0 || this.meta)) cb(this.refuse("ends in the middle of a member"));
    else cb();
  }
  feed(chunk) {
    let off = 0;
    while (off < chunk.length && !this.ended) {
      if (this.left > 0) {
        const n2 = Math.min(this.left, chunk.length - off);
        const part = chunk.subarray(off, off + n2);
        this.meta?.parts.push(part);
        this.push(part);
        this.left -= n2;
        off += n2;
        if (this.left === 0 && this.meta) this.endMeta();
        continue;
      }
      const n = Math.min(BLOCK - this.have, chunk.length - off);
      chunk.copy(this.block, this.have, off, off + n);
      this.have += n;
      off += n;
      if (this.have === BLOCK) {
        this.have = 0;
        this.header(Buffer.from(this.block));
      }
    }
  }
  header(h) {
    if (h.every((b) => b === 0)) {
      this.ended = true;
      this.push(Buffer.alloc(2 * BLOCK));
      return;
    }
    if (!checksumOk(h)) throw this.refuse("has a damaged header (bad checksum)");
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
    const ustar = h.toString("latin1", 257, 263) === "ustar\0";
    const rawName = str(h, 0, 100);
    const prefix2 = ustar ? str(h, 345, 155) : "";
    const name = this.next.path ?? (prefix2 ? `${prefix2}/${rawName}` : rawName);
    const linkname = this.next.linkpath ?? str(h, 157, 100);
    const size = this.next.size ?? num(h, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw this.refuse(`has a member ${quoted(name)} with an invalid size`);
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      if (size > MAX_META) throw this.refuse(`has a ${size}-byte metadata header`);
      this.push(h);
      this.meta = { type, size, parts: [] };
      this.left = padded(size);
      if (this.left === 0) this.endMeta();
      return;
    }
    this.next = {};
    const what = `member ${quoted(name)}`;
    this.checkName(name, what);
    const mode = num(h, 100, 8);
    if (!Number.isSafeInteger(mode)) throw this.refuse(`has a ${what} with an invalid mode`);
    if (mode & 3072) throw this.refuse(`has a ${what} with the setuid or setgid bit (mode ${mode.toString(8)})`);
    switch (type) {
      case "0":
      case "7":
        if (name.endsWith("/") && size > 0) throw this.refuse(`has a file ${what} named like a directory, with data`);
        this.declared += size;
        if (this.declared > this.opts.maxBytes) throw this.tooLarge();
        break;
      case "5":
        if (size !== 0) throw this.refuse(`has a directory ${what} with data`);
        break;
      case "2":
        if (size !== 0) throw this.refuse(`has a symlink ${what} with data`);
        this.checkSymlink(linkname, what);
        break;
      case "1":
        if (size !== 0) throw this.refuse(`has a hard link ${what} with data`);
        this.checkName(linkname, `hard link ${what} -> ${quoted(linkname)}`);
        break;
      default:
        throw this.refuse(`has a ${what} of type ${KIND[type] ?? quoted(type)}: a Go distribution has only files, directories and links`);
    }
    const safe = mode & 493;
    if (safe !== mode) {
      h.write(`${safe.toString(8).padStart(7, "0")}\0`, 100, 8, "latin1");
      writeChecksum(h);
    }
    this.push(h);
    this.left = padded(size);
  }
  endMeta() {
    const { type, size, parts } = this.meta;
    this.meta = void 0;
    const data = Buffer.concat(parts).subarray(0, size);
    if (type === "L" || type === "K") {
      const end = data.indexOf(0);
      const value = data.toString("utf8", 0, end === -1 ? data.length : end);
      if (type === "L") this.next.path = value;
      else this.next.linkpath = value;
      return;
    }
    const records = paxRecords(data);
    if (!records) throw this.refuse("has a malformed pax header");
    for (const [key2, value] of records) {
      if (REFUSED_PAX.test(key2)) throw this.refuse(`has a pax record ${quoted(key2)} (sparse files, extended attributes and ACLs are refused)`);
      if (key2 !== "path" && key2 !== "linkpath" && key2 !== "size") continue;
      if (type === "g") throw this.refuse(`has a global pax header setting ${key2}`);
      if (value.includes("\0")) throw this.refuse(`has a pax ${key2} with a NUL byte`);
      if (key2 === "size") {
        if (!/^\d+$/.test(value)) throw this.refuse(`has a pax size ${quoted(value)}`);
        this.next.size = Number(value);
      } else if (key2 === "path") this.next.path = value;
      else this.next.linkpath = value;
    }
  }
  checkName(name, what) {
    const problem = memberNameProblem(name, this.opts.root);
    if (problem) throw this.refuse(`has a ${what} ${problem}`);
  }
  /** A symlink's target: relative and without `..`, so it can only point below its own directory. */
  checkSymlink(target, what) {
    if (target === "" || target.startsWith("/") || target.split("/").includes("..")) {
      throw this.refuse(`has a symlink ${what} -> ${quoted(target)} that could point outside the archive`);
    }
  }
  refuse(why) {
    return new UserError(`refused ${this.opts.label}: the archive ${why}`, {
      code: "archive_refused",
      hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
    });
  }
  tooLarge() {
    return new UserError(`refused ${this.opts.label}: it expands to more than ${this.opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
      code: "archive_too_large",
      hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
    });
  }
};

// src/toolchain/zip-guard.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var EOCD = 101010256;
var CENTRAL = 33639248;
var TAIL = 22 + 65535;
function checkZip(path2, opts) {
  const refuse = (why) => new UserError(`refused ${opts.label}: the archive ${why}`, {
    code: "archive_refused",
    hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
  });
  const fd = openSync(path2, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, TAIL);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let end = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
    if (end < 0) throw refuse("is not a zip file (no end of central directory)");
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (count === 65535 || dirSize === 4294967295 || dirOffset === 4294967295) throw refuse("is a zip64 file (Go archives are not)");
    if (dirOffset + dirSize > size) throw refuse("has a central directory past its end");
    const dir = Buffer.alloc(dirSize);
    readSync(fd, dir, 0, dirSize, dirOffset);
    let pos = 0;
    let expanded = 0;
    for (let n = 0; n < count; n++) {
      if (pos + 46 > dir.length || dir.readUInt32LE(pos) !== CENTRAL) throw refuse("has a damaged central directory");
      const madeBy = dir[pos + 5];
      const uncompressed = dir.readUInt32LE(pos + 24);
      const nameLen = dir.readUInt16LE(pos + 28);
      const extraLen = dir.readUInt16LE(pos + 30);
      const commentLen = dir.readUInt16LE(pos + 32);
      const external = dir.readUInt32LE(pos + 38);
      if (pos + 46 + nameLen > dir.length) throw refuse("has a damaged central directory");
      const name = dir.toString("utf8", pos + 46, pos + 46 + nameLen);
      const problem = memberNameProblem(name, opts.root);
      if (problem) throw refuse(`has a member ${quoted(name)} ${problem}`);
      const mode = madeBy === 3 ? external >>> 16 : 0;
      if ((mode & 61440) === 40960) throw refuse(`has a symlink ${quoted(name)}`);
      if (mode & 3072) throw refuse(`has a setuid/setgid member ${quoted(name)}`);
      expanded += uncompressed;
      if (expanded > opts.maxBytes) {
        throw new UserError(`refused ${opts.label}: it expands to more than ${opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
          code: "archive_too_large",
          hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
        });
      }
      pos += 46 + nameLen + extraLen + commentLen;
    }
    return { members: count, expandedBytes: expanded };
  } finally {
    closeSync(fd);
  }
}

// src/toolchain/download.ts
var HINT = "nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)";
var EXTRACT_HINT = "nothing was installed; the archive is damaged or not a Go distribution";
var expandedLimit = (size) => Math.max(size * 10, 16 << 20);
var Meter = class extends Transform2 {
  constructor(file) {
    super({ highWaterMark: 1 << 20 });
    this.file = file;
  }
  file;
  bytes = 0;
  head = Buffer.alloc(0);
  hash = createHash2("sha256");
  _transform(chunk, _enc, cb) {
    this.bytes += chunk.length;
    if (this.bytes > this.file.size) return cb(tooLong(this.file));
    if (this.head.length < 2) this.head = Buffer.concat([this.head, chunk.subarray(0, 2)]);
    this.hash.update(chunk);
    cb(null, chunk);
  }
  /** The size and SHA-256 the release list gives, once the body has ended. */
  verify() {
    const { filename, size, sha256: sha2562 } = this.file;
    if (this.bytes !== size) {
      throw new UserError(`the download of ${filename} is truncated: ${this.bytes} of ${size} bytes`, { code: "download_truncated", hint: HINT });
    }
    const got = this.hash.digest("hex");
    if (got !== sha2562.toLowerCase()) {
      throw new UserError(`SHA-256 mismatch for ${filename}: the release list says ${sha2562}, the download is ${got}`, { code: "checksum_mismatch", hint: HINT });
    }
  }
};
var tooLong = (file) => new UserError(`the download of ${file.filename} is larger than the ${file.size} bytes the release list gives`, { code: "download_too_long", hint: HINT });
var extractError = (filename, why) => new UserError(`could not extract ${filename}: ${why}`, { code: "extract_failed", hint: EXTRACT_HINT });
async function downloadAndUnpack(url, file, staging, opts) {
  let res;
  try {
    res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, idleMs: opts.idleMs ?? 6e4 });
  } catch (e) {
    if (e instanceof HttpStatusError) throw new UserError(`could not download ${url}: ${e.message}`, { code: "download_http", hint: HINT });
    throw new UserError(`could not download ${url}: ${causeOf(e)}`, { code: "download_failed", hint: HINT });
  }
  if (Number(res.headers["content-length"]) > file.size) {
    res.destroy();
    throw tooLong(file);
  }
  const body = { ended: false, error: void 0 };
  res.on("end", () => {
    body.ended = true;
  });
  res.on("error", (e) => {
    body.error ??= e;
  });
  const meter = new Meter(file);
  const failure = (e, other) => {
    if (e instanceof UserError) return e;
    if (body.error) return new UserError(`the download of ${file.filename} was cut off after ${meter.bytes} bytes: ${causeOf(body.error)}`, { code: "download_truncated", hint: HINT });
    if (body.ended) meter.verify();
    return other();
  };
  if (file.filename.endsWith(".zip")) return unpackZip(res, meter, file, staging, opts.temp, failure);
  const tar = spawn("tar", ["-x", "-f", "-", "-C", staging, "--no-same-owner", "--no-same-permissions"], { stdio: ["pipe", "ignore", "pipe"], env: scrubEnv(process.env) });
  let stderr = "";
  tar.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const exited = new Promise((resolve6) => {
    tar.on("error", (error) => resolve6({ code: null, error }));
    tar.on("close", (code) => resolve6({ code }));
  });
  const tarWhy = (r2) => r2.error?.message ?? (stderr.trim().split("\n")[0] || `tar exited with ${r2.code}`);
  const guard = new TarGuard({ label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
  const sink = tarInput(tar.stdin, guard);
  try {
    await pipeline(res, meter, createGunzip({ chunkSize: 256 << 10 }), guard, sink);
  } catch (e) {
    tar.kill("SIGKILL");
    const r2 = await exited;
    throw failure(e, () => {
      const code = e.code ?? "";
      if (code.startsWith("Z_")) return extractError(file.filename, meter.head[0] === 31 && meter.head[1] === 139 ? `damaged gzip data (${causeOf(e)})` : "not in gzip format");
      return extractError(file.filename, r2.code === 0 ? causeOf(e) : tarWhy(r2));
    });
  }
  const r = await exited;
  meter.verify();
  if (r.code !== 0) throw extractError(file.filename, tarWhy(r));
}
function tarInput(stdin, guard) {
  let stdinError;
  let waiting;
  const release = (e) => {
    const cb = waiting;
    waiting = void 0;
    cb?.(e);
  };
  stdin.on("drain", () => release());
  stdin.on("error", (e) => {
    stdinError ??= e;
    release(guard.ended ? void 0 : e);
  });
  stdin.on("close", () => release(guard.ended ? void 0 : stdinError ?? new Error("tar stopped reading its input")));
  return new Writable({
    highWaterMark: 1 << 20,
    write: (chunk, _enc, cb) => {
      if (stdinError) return cb(guard.ended ? void 0 : stdinError);
      if (stdin.write(chunk)) cb();
      else waiting = cb;
    },
    final: (cb) => {
      stdin.end();
      cb();
    }
  });
}
async function unpackZip(res, meter, file, staging, temp, failure) {
  mkdirSync(temp, { recursive: true });
  const work = mkdtempSync(join5(temp, "go-xenv-"));
  try {
    const archive = join5(work, file.filename);
    try {
      await pipeline(res, meter, createWriteStream(archive));
    } catch (e) {
      throw failure(e, () => new UserError(`could not save ${file.filename}: ${causeOf(e)}`, { code: "download_failed", hint: HINT }));
    }
    meter.verify();
    checkZip(archive, { label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
    const tc = await import("./tool-cache-MJQ67YQA.js");
    await tc.extractZip(archive, staging).catch((e) => {
      throw extractError(file.filename, causeOf(e));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// src/toolchain/release-shape.ts
var isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function releasesOf(data) {
  if (!Array.isArray(data)) return void 0;
  const out = [];
  for (const r of data) {
    if (!isObject(r) || typeof r.version !== "string" || !goToSemver(r.version) || !Array.isArray(r.files)) continue;
    out.push({ version: r.version, stable: r.stable === true, files: r.files.filter(isObject) });
  }
  return out;
}
var SHA256 = /^[0-9a-f]{64}$/i;
var PLATFORM_PART = /^[a-z0-9]+$/;
function checkArchive(file, release, source) {
  const bad = (what) => new UserError(`the release list of ${source} lists the ${quoted(release.version)} archive with ${what}`, {
    code: "mirror_bad_entry",
    hint: "nothing was downloaded; the mirror must list files as go.dev does (go-download-base-url / GO_DOWNLOAD_BASE_URL)"
  });
  const { filename, os, arch, version, sha256: sha2562, size } = file;
  if (typeof os !== "string" || typeof arch !== "string" || !PLATFORM_PART.test(os) || !PLATFORM_PART.test(arch)) {
    throw bad(`an invalid os/arch ${quoted(`${String(os)}/${String(arch)}`)}`);
  }
  const ext2 = typeof filename === "string" && filename.endsWith(".zip") ? "zip" : "tar.gz";
  const want = `${release.version}.${os}-${arch}.${ext2}`;
  if (typeof filename !== "string" || filename !== want || version !== release.version) {
    throw bad(`the file name ${quoted(String(filename))}: only the bare go.dev name ${quoted(want)} is accepted`);
  }
  if (typeof sha2562 !== "string" || !SHA256.test(sha2562)) throw bad(`sha256 ${quoted(String(sha2562))}, not 64 hex digits`);
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size <= 0) throw bad(`size ${quoted(String(size))}, not a positive integer`);
  return file;
}

// src/toolchain/release-list.ts
var DEFAULT_BASE_URL = "https://go.dev/dl";
var MAX_LIST_BYTES = 32 * 1024 * 1024;
var baseUrlOf = (configured) => (configured || DEFAULT_BASE_URL).replace(/\/+$/, "");
function baseDir(base) {
  const u = new URL(base);
  u.pathname = u.pathname.replace(/\/*$/, "/");
  u.search = "";
  u.hash = "";
  return u;
}
var releaseListUrl = (base) => new URL("?mode=json&include=all", baseDir(base)).href;
function archiveUrl(base, filename) {
  const dir = baseDir(base);
  const u = new URL(encodeURIComponent(filename), dir);
  if (u.origin !== dir.origin || u.pathname !== `${dir.pathname}${encodeURIComponent(filename)}`) {
    throw new UserError(`the archive name ${quoted(filename)} does not stay below ${dir.href}`, { code: "mirror_bad_entry" });
  }
  return u.href;
}
async function fetchReleaseList(base, opts) {
  const hint = "check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network";
  let url;
  try {
    url = releaseListUrl(base);
  } catch {
    throw new UserError(`the Go download base URL ${quoted(base)} is not a URL`, { code: "mirror_bad_url", hint: "set go-download-base-url / GO_DOWNLOAD_BASE_URL to an http(s) URL" });
  }
  const timeoutMs = opts.timeoutMs ?? 3e4;
  let body;
  try {
    const res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, headers: { accept: "application/json" }, idleMs: timeoutMs, signal: AbortSignal.timeout(timeoutMs) });
    try {
      body = await readBody(res, MAX_LIST_BYTES);
    } catch (e) {
      throw new UserError(`the Go release list from ${url} could not be read: ${causeOf(e)}`, { code: "mirror_bad_list", hint });
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof HttpStatusError) throw new UserError(`could not fetch the Go release list from ${url}: ${e.message}`, { code: "mirror_http", hint });
    throw new UserError(`could not reach the Go release list at ${url}: ${causeOf(e)}`, { code: "mirror_unreachable", hint });
  }
  let data;
  try {
    data = JSON.parse(body.toString("utf8"));
  } catch (e) {
    throw new UserError(`the Go release list from ${url} is not JSON: ${causeOf(e)}`, { code: "mirror_bad_list", hint });
  }
  const releases = releasesOf(data);
  if (!releases) throw new UserError(`the Go release list from ${url} is not in go.dev's format ([{version, stable, files}])`, { code: "mirror_bad_list", hint });
  return releases;
}

// src/toolchain/resolve.ts
var import_semver3 = __toESM(require_semver(), 1);
var NODE_OS = { linux: "linux", darwin: "darwin", win32: "windows", freebsd: "freebsd", openbsd: "openbsd", aix: "aix" };
var NODE_ARCH = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "armv6l", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" };
var goPlatform = (platform, arch) => ({ os: NODE_OS[platform] ?? platform, arch: NODE_ARCH[arch] ?? arch });
function candidates(releases) {
  const out = [];
  for (const release of releases) {
    const v = goToSemver(release.version);
    if (v) out.push({ semver: v, release });
  }
  return out.sort((a, b) => import_semver3.default.rcompare(a.semver, b.semver));
}
function pickRelease(spec, releases, source) {
  const all = candidates(releases);
  const stable = all.filter((c) => c.release.stable && !import_semver3.default.prerelease(c.semver));
  const newest = stable[0] ? semverToGo(stable[0].semver) : "none";
  const line = (v) => `${import_semver3.default.major(v)}.${import_semver3.default.minor(v)}`;
  let hit;
  switch (spec.kind) {
    case "exact":
      hit = all.find((c) => c.semver === spec.semver);
      if (!hit) {
        throw new UserError(`Go ${semverToGo(spec.semver)} is not in the release list of ${source}`, {
          code: "unknown_version",
          hint: `check the version (the newest stable release is ${newest})`
        });
      }
      return hit;
    case "minor": {
      hit = stable.find((c) => line(c.semver) === spec.line);
      if (hit) return hit;
      const pre = all.filter((c) => line(c.semver) === spec.line).map((c) => semverToGo(c.semver));
      throw new UserError(`no stable Go ${spec.line}.x release is in the release list of ${source}`, {
        code: "unknown_version",
        hint: pre.length ? `only prereleases exist (${pre.join(", ")}): ask for one by name` : `check the version (the newest stable release is ${newest})`
      });
    }
    case "range":
      hit = stable.find((c) => import_semver3.default.satisfies(c.semver, spec.range));
      if (hit) return hit;
      throw new UserError(`no Go release satisfies "${spec.raw}" in the release list of ${source}`, {
        code: "unsatisfiable_range",
        hint: `widen the range (the newest stable release is ${newest})`
      });
    case "stable":
      if (stable[0]) return stable[0];
      break;
    case "oldstable": {
      const first = stable[0];
      hit = first && stable.find((c) => line(c.semver) !== line(first.semver));
      if (hit) return hit;
      break;
    }
  }
  throw new UserError(`the release list of ${source} has no ${spec.kind} release`, { code: "unknown_version", hint: "check the mirror" });
}
function pickFile(release, platform, source) {
  const file = release.files.find((f) => f.kind === "archive" && f.os === platform.os && f.arch === platform.arch);
  if (file) return checkArchive(file, release, source);
  throw new UserError(`${release.version} has no archive for ${platform.os}/${platform.arch}`, {
    code: "no_archive",
    hint: "this platform is not built by the Go project for that release; choose another version or runner"
  });
}
function resolve5(spec, releases, platform, source) {
  const c = pickRelease(spec, releases, source);
  return { version: semverToGo(c.semver), semver: c.semver, release: c.release, file: pickFile(c.release, platform, source) };
}
function satisfiesOffline(version, spec) {
  switch (spec.kind) {
    case "exact":
      return import_semver3.default.eq(version, spec.semver);
    case "minor":
      return !import_semver3.default.prerelease(version) && `${import_semver3.default.major(version)}.${import_semver3.default.minor(version)}` === spec.line;
    case "range":
      return import_semver3.default.satisfies(version, spec.range);
    default:
      return void 0;
  }
}
function pickInstalled(installed, spec) {
  return [...installed].sort(import_semver3.default.rcompare).find((v) => satisfiesOffline(v, spec) === true);
}

// src/toolchain/tool-cache.ts
var import_semver4 = __toESM(require_semver(), 1);
import { createHash as createHash3, randomBytes } from "node:crypto";
import {
  closeSync as closeSync2,
  existsSync as existsSync4,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readdirSync as readdirSync2,
  readFileSync,
  renameSync,
  rmSync as rmSync2,
  statSync as statSync2,
  unlinkSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { hostname } from "node:os";
import { join as join6 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var toolPath = (root, version, arch) => join6(root, "go", version, arch);
function cachedVersions(root, arch) {
  const dir = join6(root, "go");
  if (!existsSync4(dir)) return [];
  return readdirSync2(dir).filter((v) => import_semver4.default.valid(v) && existsSync4(join6(dir, v, arch)) && existsSync4(join6(dir, v, `${arch}.complete`)));
}
function findCached(root, version, arch) {
  const p = toolPath(root, version, arch);
  return existsSync4(p) && existsSync4(`${p}.complete`) ? p : void 0;
}
var HOST = createHash3("sha256").update(hostname()).digest("hex").slice(0, 8);
var FOREIGN_STALE_MS = 24 * 36e5;
var alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
function stagingDir(root) {
  const dir = join6(root, "go", `.staging-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync2(dir, { recursive: true });
  return dir;
}
function sweepStaging(root, now = Date.now()) {
  const dir = join6(root, "go");
  if (!existsSync4(dir)) return [];
  const removed = [];
  for (const name of readdirSync2(dir)) {
    const m = /^\.(?:staging|trash)-([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const p = join6(dir, name);
    const stale = m[1] === HOST ? !alive(Number(m[2])) : now - statSync2(p).mtimeMs > FOREIGN_STALE_MS;
    if (stale) {
      rmSync2(p, { recursive: true, force: true });
      removed.push(p);
    }
  }
  return removed;
}
var LOCK_WAIT_MS = 10 * 6e4;
async function withLock(path2, fn) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const fd = openSync2(path2, "wx");
      writeSync(fd, `${HOST} ${process.pid}`);
      closeSync2(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const [host, pid] = (() => {
      try {
        return readFileSync(path2, "utf8").split(" ");
      } catch {
        return [];
      }
    })();
    if (host === HOST && pid && !alive(Number(pid))) {
      rmSync2(path2, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(`the tool cache lock ${path2} has been held for ${LOCK_WAIT_MS / 6e4} minutes`, {
        code: "tool_cache_locked",
        hint: "another install seems stuck; if none runs, delete the lock file"
      });
    }
    await sleep(50);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path2);
    } catch {
    }
  }
}
async function commit(goroot, root, version, arch, works) {
  const target = toolPath(root, version, arch);
  mkdirSync2(join6(root, "go", version), { recursive: true });
  return withLock(`${target}.lock`, async () => {
    if (existsSync4(target)) {
      if (await works(target)) {
        writeFileSync(`${target}.complete`, "");
        return { path: target, adopted: true };
      }
      rmSync2(`${target}.complete`, { force: true });
      const trash = join6(root, "go", `.trash-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
      renameSync(target, trash);
      rmSync2(trash, { recursive: true, force: true });
    }
    renameSync(goroot, target);
    writeFileSync(`${target}.complete`, "");
    return { path: target, adopted: false };
  });
}

// src/toolchain/install.ts
function releaseListLoader(ctx) {
  let list;
  return () => list ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl });
}
async function goVersionOf(goroot, ctx) {
  const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
  const env = { ...scrubEnv(process.env), GOTOOLCHAIN: "local", GOENV: "off", GOFLAGS: "", GOROOT: "" };
  const r = await (ctx.run ?? spawnRunner)(join7(goroot, "bin", exe), ["version"], { env, timeoutMs: 6e4 });
  if (r.spawnError) return { ok: false, why: r.spawnError };
  if (r.code !== 0) return { ok: false, why: r.stderr.trim().split("\n")[0] || (r.timedOut ? "timed out" : `exit status ${r.code ?? r.signal}`) };
  const m = /^go version go(\S+) /.exec(r.stdout);
  return m ? { ok: true, version: m[1] } : { ok: false, why: `it printed ${JSON.stringify(r.stdout.slice(0, 80))}` };
}
var runsAs = async (goroot, version, ctx) => {
  const v = await goVersionOf(goroot, ctx);
  return v.ok && v.version === version;
};
async function install(spec, ctx, list) {
  for (const p of sweepStaging(ctx.toolCache)) ctx.log(`removed ${p}, left by an install that was killed`);
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    const goroot = cached && toolPath(ctx.toolCache, cached, ctx.cacheArch);
    if (goroot && await runsAs(goroot, semverToGo(cached), ctx)) return { version: semverToGo(cached), goroot, source: "tool-cache" };
  }
  const r = resolve5(spec, await list(), ctx.platform, ctx.baseUrl);
  const hit = findCached(ctx.toolCache, r.semver, ctx.cacheArch);
  if (hit) {
    if (await runsAs(hit, r.version, ctx)) return { version: r.version, goroot: hit, source: "tool-cache" };
    ctx.log(`the cached Go ${r.version} in ${hit} does not run as go${r.version}: installing it again`);
  }
  const url = archiveUrl(ctx.baseUrl, r.file.filename);
  ctx.log(logSafe(`downloading ${url} (${(r.file.size / 1e6).toFixed(1)} MB, sha256 ${r.file.sha256})`));
  const staging = stagingDir(ctx.toolCache);
  try {
    await downloadAndUnpack(url, r.file, staging, { token: ctx.token, serverUrl: ctx.serverUrl, temp: ctx.temp });
    const goroot = join7(staging, "go");
    const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
    if (!existsSync5(join7(goroot, "bin", exe))) {
      throw new UserError(`${r.file.filename} is not a Go distribution: it has no go/bin/${exe}`, { code: "extract_failed", hint: "nothing was installed; check the mirror" });
    }
    const v = await goVersionOf(goroot, ctx);
    if (!v.ok || v.version !== r.version) {
      const said = v.ok ? `reports go${v.version}, not go${r.version}` : `does not run (${v.why})`;
      throw new UserError(logSafe(`the go/bin/${exe} in ${r.file.filename} ${said}`), { code: "broken_download", hint: "nothing was installed; the mirror serves an archive that is not this Go release" });
    }
    const placed = await commit(goroot, ctx.toolCache, r.semver, ctx.cacheArch, (dir) => runsAs(dir, r.version, ctx));
    ctx.log(placed.adopted ? `Go ${r.version} (sha256 verified) was placed in ${placed.path} by a concurrent install: using that tree` : `installed Go ${r.version} (sha256 verified) in ${placed.path}`);
    return { version: r.version, goroot: placed.path, source: "download" };
  } finally {
    rmSync3(staging, { recursive: true, force: true });
  }
}

// src/toolchain/matcher.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join8 } from "node:path";

// src/toolchain/go-matcher.json
var go_matcher_default = {
  problemMatcher: [
    {
      owner: "go-xenv-go",
      pattern: [
        {
          regexp: "^\\s*(?:vet: )?((?:\\.{1,2}/)?[^\\s:]+\\.go):(\\d+)(?::(\\d+))?: (.*)$",
          file: 1,
          line: 2,
          column: 3,
          message: 4
        }
      ]
    }
  ]
};

// src/toolchain/matcher.ts
function registerMatcher(host, tempDir) {
  mkdirSync3(tempDir, { recursive: true });
  const file = join8(tempDir, "go-xenv-go-matcher.json");
  writeFileSync2(file, JSON.stringify(go_matcher_default));
  host.info(`::add-matcher::${file}`);
}

// src/toolchain/setup.ts
function installDirs(host) {
  const env = host.env;
  if (host.kind === "actions") {
    return { toolCache: env.RUNNER_TOOL_CACHE || join9(tmpdir(), "go-xenv-tool-cache"), temp: env.RUNNER_TEMP || tmpdir() };
  }
  const base = join9(env.XDG_CACHE_HOME || join9(env.HOME || homedir(), ".cache"), "go-xenv");
  return { toolCache: base, temp: join9(base, "tmp") };
}
async function setup(config, host, opts) {
  const request = requestedVersions(config.toolchain, config.workspace, config.workingDirectory, host.env);
  if (request?.warning) host.warning(request.warning);
  const dirs = installDirs(host);
  const ctx = {
    baseUrl: baseUrlOf(config.toolchain.downloadBaseUrl),
    token: config.toolchain.token,
    serverUrl: host.env.GITHUB_SERVER_URL,
    platform: goPlatform(process.platform, process.arch),
    cacheArch: process.arch,
    ...dirs,
    checkLatest: config.toolchain.checkLatest,
    log: (m) => host.info(m)
  };
  const list = releaseListLoader(ctx);
  const exe = process.platform === "win32" ? "go.exe" : "go";
  const local = host.kind === "terminal" ? await localGo(host) : void 0;
  const notes = [];
  const installed = [];
  if (!request) {
    if (!local) {
      throw new UserError("no Go version requested", {
        code: "no_version",
        hint: "set go-version or go-version-file, or add a go.mod (with a go line) to working-directory"
      });
    }
    installed.push(local);
    notes.push(`no version requested: using the go on PATH (${local.goBin})`);
  }
  for (const spec of request?.specs ?? []) {
    if (local && await localSatisfies(local, spec, list, ctx.baseUrl)) {
      installed.push(local);
      notes.push(`${spec.raw}: the go on PATH is go${local.version} (${local.goBin}); nothing to install`);
      continue;
    }
    const got = await install(spec, ctx, list);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join9(got.goroot, "bin", exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === "download" ? "downloaded, SHA-256 verified," : "found in the tool cache,"} in ${got.goroot}`);
  }
  const chosen = installed.at(-1);
  host.exportVariable("GOTOOLCHAIN", "local");
  const info = await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: "local" }, ["GOVERSION", "GOPATH", "GOMODCACHE", "GOCACHE"]).catch((e) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: "broken_install", hint: "remove it from the tool cache and run again" });
  });
  if (info.GOVERSION !== `go${chosen.version}`) host.warning(logSafe(`${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`));
  if (chosen.source !== "path") {
    if (info.GOPATH) host.addPath(join9(info.GOPATH.split(delimiter2)[0], "bin"));
    host.addPath(join9(chosen.goroot, "bin"));
  }
  if (host.kind === "actions") registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? "", GOTOOLCHAIN: "local" };
  for (const t of installed) t.env = { ...env, PATH: `${join9(t.goroot, "bin")}${delimiter2}${env.PATH}` };
  const cache2 = opts.cache ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }) : { hit: false, note: "" };
  if (cache2.note) notes.push(cache2.note);
  if (host.kind === "actions") for (const note of notes) host.info(logSafe(note));
  const data = { ...chosen, all: installed, cacheHit: cache2.hit };
  const outputs = {
    "go-version": chosen.version,
    "go-root": chosen.goroot,
    "go-roots": JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    "cache-hit": String(cache2.hit)
  };
  return { data, request, outputs, notes };
}
async function localGo(host) {
  const goBin = whichGo(host.env.PATH);
  if (!goBin) return void 0;
  try {
    const e = await goEnv(goBin, host.env, ["GOVERSION", "GOROOT"]);
    const version = e.GOVERSION.replace(/^go/, "");
    if (!goToSemver(version)) return void 0;
    return { version, goroot: e.GOROOT, goBin, env: {}, source: "path" };
  } catch {
    return void 0;
  }
}
async function localSatisfies(local, spec, list, source) {
  const v = goToSemver(local.version);
  const offline = satisfiesOffline(v, spec);
  if (offline !== void 0) return offline;
  return semverToGo(pickRelease(spec, await list(), source).semver) === local.version;
}

// src/matrix/cgo.ts
var TABLE = {
  "linux/amd64": { cc: "x86_64-linux-gnu-gcc", package: "gcc-x86-64-linux-gnu", sysroot: "/usr/x86_64-linux-gnu" },
  "linux/386": { cc: "i686-linux-gnu-gcc", package: "gcc-i686-linux-gnu", sysroot: "/usr/i686-linux-gnu" },
  "linux/arm64": { cc: "aarch64-linux-gnu-gcc", package: "gcc-aarch64-linux-gnu", sysroot: "/usr/aarch64-linux-gnu" },
  "linux/arm": { cc: "arm-linux-gnueabihf-gcc", package: "gcc-arm-linux-gnueabihf", sysroot: "/usr/arm-linux-gnueabihf" },
  "linux/riscv64": { cc: "riscv64-linux-gnu-gcc", package: "gcc-riscv64-linux-gnu", sysroot: "/usr/riscv64-linux-gnu" },
  "linux/ppc64le": { cc: "powerpc64le-linux-gnu-gcc", package: "gcc-powerpc64le-linux-gnu", sysroot: "/usr/powerpc64le-linux-gnu" },
  "linux/s390x": { cc: "s390x-linux-gnu-gcc", package: "gcc-s390x-linux-gnu", sysroot: "/usr/s390x-linux-gnu" },
  "linux/mips64le": { cc: "mips64el-linux-gnuabi64-gcc", package: "gcc-mips64el-linux-gnuabi64", sysroot: "/usr/mips64el-linux-gnuabi64" },
  "linux/loong64": { cc: "loongarch64-linux-gnu-gcc", package: "gcc-loongarch64-linux-gnu", sysroot: "/usr/loongarch64-linux-gnu" },
  "windows/amd64": { cc: "x86_64-w64-mingw32-gcc", package: "gcc-mingw-w64-x86-64" },
  "windows/386": { cc: "i686-w64-mingw32-gcc", package: "gcc-mingw-w64-i686" }
};
var HOST_GOARCH = { x64: "amd64", arm64: "arm64", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
var hostGoarch = (arch = process.arch) => HOST_GOARCH[arch] ?? arch;
function crossCompiler(goos, goarch, hostArch = process.arch, hostOs = process.platform) {
  if (goos === "linux" && hostOs === "linux" && goarch === hostGoarch(hostArch)) return { cc: "gcc", package: "gcc" };
  return TABLE[`${goos}/${goarch}`];
}

export {
  QEMU_PLATFORMS,
  nativePlatforms,
  findPlatform,
  resolvePlatforms,
  entryServes,
  entryFor,
  DEFAULT_BINFMT_ROOT,
  readBinfmt,
  fsWriter,
  sudoWriter,
  crossCompiler,
  checkBinaryName,
  binaryFileName,
  nameFromModule,
  plannedTargets,
  strategyMatrix,
  GoCommandError,
  runGo,
  goEnv,
  whichGo,
  realpathOr,
  goToSemver,
  satisfiesOffline,
  saveGoCache,
  requestedVersions,
  setup
};
