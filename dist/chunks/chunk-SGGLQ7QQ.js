import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  escapeCell,
  escapeMarkdown
} from "./chunk-X5Y2LEUS.js";
import {
  logSafe,
  quoted,
  realpathAllowMissing,
  resolveInside
} from "./chunk-RWDE6XTV.js";
import {
  DEFAULT_READ_LIMIT,
  hashRegularFile,
  readBounded,
  readBoundedText
} from "./chunk-45BHHECF.js";
import {
  require_dist
} from "./chunk-SY6LEZYK.js";
import {
  expand
} from "./chunk-BIFISILY.js";
import {
  require_semver
} from "./chunk-77ODOZJM.js";
import {
  UserError,
  isUserError
} from "./chunk-AD2JC2XU.js";
import {
  __commonJS,
  __require,
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
    exports.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
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
    var scan = (input, options2) => {
      const opts = options2 || {};
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
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange2 = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
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
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse3 = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
            const expression = parse3(rest, { ...options2, fastpaths: false }).output;
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
        state.output = utils.wrapOutput(output, state, options2);
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
    parse3.fastpaths = (input, options2) => {
      const opts = { ...options2 };
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
      } = constants3.globChars(opts.windows);
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options2, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options2) : picomatch2.makeRe(glob, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match: match2, output } = picomatch2.test(input, regex, options2, { glob, posix: posix2 });
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
    picomatch2.test = (input, regex, options2, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match2 = input === glob;
      let output = match2 && format ? format(input) : input;
      if (match2 === false) {
        output = format ? format(input) : input;
        match2 = output === glob;
      }
      if (match2 === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match2 = picomatch2.matchBase(input, regex, options2, posix2);
        } else {
          match2 = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match2), match: match2, output };
    };
    picomatch2.matchBase = (input, glob, options2, posix2 = options2 && options2.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options2);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options2) => picomatch2(patterns, options2)(str2);
    picomatch2.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options2));
      return parse3(pattern, { ...options2, fastpaths: false });
    };
    picomatch2.scan = (input, options2) => scan(input, options2);
    picomatch2.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse3(input, options2);
      }
      return picomatch2.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options2 && options2.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob, options2, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/sax/lib/sax.js
var require_sax = __commonJS({
  "node_modules/sax/lib/sax.js"(exports) {
    (function(sax2) {
      sax2.parser = function(strict, opt) {
        return new SAXParser(strict, opt);
      };
      sax2.SAXParser = SAXParser;
      sax2.SAXStream = SAXStream;
      sax2.createStream = createStream;
      sax2.MAX_BUFFER_LENGTH = 64 * 1024;
      var buffers = [
        "comment",
        "sgmlDecl",
        "textNode",
        "tagName",
        "doctype",
        "procInstName",
        "procInstBody",
        "entity",
        "attribName",
        "attribValue",
        "cdata",
        "script"
      ];
      sax2.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace"
      ];
      function SAXParser(strict, opt) {
        if (!(this instanceof SAXParser)) {
          return new SAXParser(strict, opt);
        }
        var parser = this;
        clearBuffers(parser);
        parser.q = parser.c = "";
        parser.bufferCheckPosition = sax2.MAX_BUFFER_LENGTH;
        parser.encoding = null;
        parser.opt = opt || {};
        parser.opt.lowercase = parser.opt.lowercase || parser.opt.lowercasetags;
        parser.looseCase = parser.opt.lowercase ? "toLowerCase" : "toUpperCase";
        parser.opt.maxEntityCount = parser.opt.maxEntityCount || 512;
        parser.opt.maxEntityDepth = parser.opt.maxEntityDepth || 4;
        parser.entityCount = parser.entityDepth = 0;
        parser.tags = [];
        parser.closed = parser.closedRoot = parser.sawRoot = false;
        parser.tag = parser.error = null;
        parser.strict = !!strict;
        parser.noscript = !!(strict || parser.opt.noscript);
        parser.state = S.BEGIN;
        parser.strictEntities = parser.opt.strictEntities;
        parser.ENTITIES = parser.strictEntities ? Object.create(sax2.XML_ENTITIES) : Object.create(sax2.ENTITIES);
        parser.attribList = [];
        if (parser.opt.xmlns) {
          parser.ns = Object.create(rootNS);
        }
        if (parser.opt.unquotedAttributeValues === void 0) {
          parser.opt.unquotedAttributeValues = !strict;
        }
        parser.trackPosition = parser.opt.position !== false;
        if (parser.trackPosition) {
          parser.position = parser.line = parser.column = 0;
        }
        emit(parser, "onready");
      }
      if (!Object.create) {
        Object.create = function(o) {
          function F() {
          }
          F.prototype = o;
          var newf = new F();
          return newf;
        };
      }
      if (!Object.keys) {
        Object.keys = function(o) {
          var a = [];
          for (var i in o) if (o.hasOwnProperty(i)) a.push(i);
          return a;
        };
      }
      function checkBufferLength(parser) {
        var maxAllowed = Math.max(sax2.MAX_BUFFER_LENGTH, 10);
        var maxActual = 0;
        for (var i = 0, l = buffers.length; i < l; i++) {
          var len = parser[buffers[i]].length;
          if (len > maxAllowed) {
            switch (buffers[i]) {
              case "textNode":
                closeText(parser);
                break;
              case "cdata":
                emitNode(parser, "oncdata", parser.cdata);
                parser.cdata = "";
                break;
              case "script":
                emitNode(parser, "onscript", parser.script);
                parser.script = "";
                break;
              default:
                error(parser, "Max buffer length exceeded: " + buffers[i]);
            }
          }
          maxActual = Math.max(maxActual, len);
        }
        var m = sax2.MAX_BUFFER_LENGTH - maxActual;
        parser.bufferCheckPosition = m + parser.position;
      }
      function clearBuffers(parser) {
        for (var i = 0, l = buffers.length; i < l; i++) {
          parser[buffers[i]] = "";
        }
      }
      function flushBuffers(parser) {
        closeText(parser);
        if (parser.cdata !== "") {
          emitNode(parser, "oncdata", parser.cdata);
          parser.cdata = "";
        }
        if (parser.script !== "") {
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
      }
      SAXParser.prototype = {
        end: function() {
          end(this);
        },
        write,
        resume: function() {
          this.error = null;
          return this;
        },
        close: function() {
          return this.write(null);
        },
        flush: function() {
          flushBuffers(this);
        }
      };
      var Stream;
      try {
        Stream = __require("stream").Stream;
      } catch (ex) {
        Stream = function() {
        };
      }
      if (!Stream) Stream = function() {
      };
      var streamWraps = sax2.EVENTS.filter(function(ev) {
        return ev !== "error" && ev !== "end";
      });
      function createStream(strict, opt) {
        return new SAXStream(strict, opt);
      }
      function determineBufferEncoding(data2, isEnd) {
        if (data2.length >= 2) {
          if (data2[0] === 255 && data2[1] === 254) {
            return "utf-16le";
          }
          if (data2[0] === 254 && data2[1] === 255) {
            return "utf-16be";
          }
        }
        if (data2.length >= 3 && data2[0] === 239 && data2[1] === 187 && data2[2] === 191) {
          return "utf8";
        }
        if (data2.length >= 4) {
          if (data2[0] === 60 && data2[1] === 0 && data2[2] === 63 && data2[3] === 0) {
            return "utf-16le";
          }
          if (data2[0] === 0 && data2[1] === 60 && data2[2] === 0 && data2[3] === 63) {
            return "utf-16be";
          }
          return "utf8";
        }
        return isEnd ? "utf8" : null;
      }
      function SAXStream(strict, opt) {
        if (!(this instanceof SAXStream)) {
          return new SAXStream(strict, opt);
        }
        Stream.apply(this);
        this._parser = new SAXParser(strict, opt);
        this.writable = true;
        this.readable = true;
        var me = this;
        this._parser.onend = function() {
          me.emit("end");
        };
        this._parser.onerror = function(er) {
          me.emit("error", er);
          me._parser.error = null;
        };
        this._decoder = null;
        this._decoderBuffer = null;
        streamWraps.forEach(function(ev) {
          Object.defineProperty(me, "on" + ev, {
            get: function() {
              return me._parser["on" + ev];
            },
            set: function(h) {
              if (!h) {
                me.removeAllListeners(ev);
                me._parser["on" + ev] = h;
                return h;
              }
              me.on(ev, h);
            },
            enumerable: true,
            configurable: false
          });
        });
      }
      SAXStream.prototype = Object.create(Stream.prototype, {
        constructor: {
          value: SAXStream
        }
      });
      SAXStream.prototype._decodeBuffer = function(data2, isEnd) {
        if (this._decoderBuffer) {
          data2 = Buffer.concat([this._decoderBuffer, data2]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data2, isEnd);
          if (!encoding) {
            this._decoderBuffer = data2;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data2, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data2) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data2)) {
          data2 = this._decodeBuffer(data2, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data2.toString());
        this.emit("data", data2);
        return true;
      };
      SAXStream.prototype.end = function(chunk) {
        if (chunk && chunk.length) {
          this.write(chunk);
        }
        if (this._decoderBuffer) {
          var finalChunk = this._decodeBuffer(Buffer.alloc(0), true);
          if (finalChunk) {
            this._parser.write(finalChunk);
            this.emit("data", finalChunk);
          }
        } else if (this._decoder) {
          var remaining = this._decoder.decode();
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.end();
        return true;
      };
      SAXStream.prototype.on = function(ev, handler) {
        var me = this;
        if (!me._parser["on" + ev] && streamWraps.indexOf(ev) !== -1) {
          me._parser["on" + ev] = function() {
            var args = arguments.length === 1 ? [arguments[0]] : Array.apply(null, arguments);
            args.splice(0, 0, ev);
            me.emit.apply(me, args);
          };
        }
        return Stream.prototype.on.call(me, ev, handler);
      };
      var CDATAre = /^\[CDATA\[$/i;
      var DOCTYPEre = /^DOCTYPE$/i;
      var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
      var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
      var rootNS = { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE };
      var nameStart = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var nameBody = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      var entityStart = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var entityBody = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function isWhitespace(c) {
        return c === " " || c === "\n" || c === "\r" || c === "	";
      }
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function isAttribEnd(c) {
        return c === ">" || isWhitespace(c);
      }
      function isMatch(regex, c) {
        return regex.test(c);
      }
      function notMatch(regex, c) {
        return !isMatch(regex, c);
      }
      var S = 0;
      sax2.STATE = {
        BEGIN: S++,
        // leading byte order mark or whitespace
        BEGIN_WHITESPACE: S++,
        // leading whitespace
        TEXT: S++,
        // general stuff
        TEXT_ENTITY: S++,
        // &amp and such.
        OPEN_WAKA: S++,
        // <
        SGML_DECL: S++,
        // <!BLARG
        SGML_DECL_QUOTED: S++,
        // <!BLARG foo "bar
        DOCTYPE: S++,
        // <!DOCTYPE
        DOCTYPE_QUOTED: S++,
        // <!DOCTYPE "//blah
        DOCTYPE_DTD: S++,
        // <!DOCTYPE "//blah" [ ...
        DOCTYPE_DTD_QUOTED: S++,
        // <!DOCTYPE "//blah" [ "foo
        COMMENT_STARTING: S++,
        // <!-
        COMMENT: S++,
        // <!--
        COMMENT_ENDING: S++,
        // <!-- blah -
        COMMENT_ENDED: S++,
        // <!-- blah --
        CDATA: S++,
        // <![CDATA[ something
        CDATA_ENDING: S++,
        // ]
        CDATA_ENDING_2: S++,
        // ]]
        PROC_INST: S++,
        // <?hi
        PROC_INST_BODY: S++,
        // <?hi there
        PROC_INST_ENDING: S++,
        // <?hi "there" ?
        OPEN_TAG: S++,
        // <strong
        OPEN_TAG_SLASH: S++,
        // <strong /
        ATTRIB: S++,
        // <a
        ATTRIB_NAME: S++,
        // <a foo
        ATTRIB_NAME_SAW_WHITE: S++,
        // <a foo _
        ATTRIB_VALUE: S++,
        // <a foo=
        ATTRIB_VALUE_QUOTED: S++,
        // <a foo="bar
        ATTRIB_VALUE_CLOSED: S++,
        // <a foo="bar"
        ATTRIB_VALUE_UNQUOTED: S++,
        // <a foo=bar
        ATTRIB_VALUE_ENTITY_Q: S++,
        // <foo bar="&quot;"
        ATTRIB_VALUE_ENTITY_U: S++,
        // <foo bar=&quot
        CLOSE_TAG: S++,
        // </a
        CLOSE_TAG_SAW_WHITE: S++,
        // </a   >
        SCRIPT: S++,
        // <script> ...
        SCRIPT_ENDING: S++
        // <script> ... <
      };
      sax2.XML_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'"
      });
      sax2.ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830
      });
      Object.keys(sax2.ENTITIES).forEach(function(key2) {
        var e = sax2.ENTITIES[key2];
        var s2 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax2.ENTITIES[key2] = s2;
      });
      for (var s in sax2.STATE) {
        sax2.STATE[sax2.STATE[s]] = s;
      }
      S = sax2.STATE;
      function emit(parser, event, data2) {
        parser[event] && parser[event](data2);
      }
      function getDeclaredEncoding(body) {
        var match2 = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match2 ? match2[2] : null;
      }
      function normalizeEncodingName(encoding) {
        if (!encoding) {
          return null;
        }
        return encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function encodingsMatch(detectedEncoding, declaredEncoding) {
        const detected = normalizeEncodingName(detectedEncoding);
        const declared = normalizeEncodingName(declaredEncoding);
        if (!detected || !declared) {
          return true;
        }
        if (declared === "utf16") {
          return detected === "utf16le" || detected === "utf16be";
        }
        return detected === declared;
      }
      function validateXmlDeclarationEncoding(parser, data2) {
        if (!parser.strict || !parser.encoding || !data2 || data2.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data2.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data2) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data2);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text2) {
        if (opt.trim) text2 = text2.trim();
        if (opt.normalize) text2 = text2.replace(/\s+/g, " ");
        return text2;
      }
      function error(parser, er) {
        closeText(parser);
        if (parser.trackPosition) {
          er += "\nLine: " + parser.line + "\nColumn: " + parser.column + "\nChar: " + parser.c;
        }
        er = new Error(er);
        parser.error = er;
        emit(parser, "onerror", er);
        return parser;
      }
      function end(parser) {
        if (parser.sawRoot && !parser.closedRoot)
          strictFail(parser, "Unclosed root tag");
        if (parser.state !== S.BEGIN && parser.state !== S.BEGIN_WHITESPACE && parser.state !== S.TEXT) {
          error(parser, "Unexpected end");
        }
        closeText(parser);
        parser.c = "";
        parser.closed = true;
        emit(parser, "onend");
        SAXParser.call(parser, parser.strict, parser.opt);
        return parser;
      }
      function strictFail(parser, message2) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message2);
        }
      }
      function newTag(parser) {
        if (!parser.strict) parser.tagName = parser.tagName[parser.looseCase]();
        var parent = parser.tags[parser.tags.length - 1] || parser;
        var tag = parser.tag = { name: parser.tagName, attributes: {} };
        if (parser.opt.xmlns) {
          tag.ns = parent.ns;
        }
        parser.attribList.length = 0;
        emitNode(parser, "onopentagstart", tag);
      }
      function qname(name, attribute) {
        var i = name.indexOf(":");
        var qualName = i < 0 ? ["", name] : name.split(":");
        var prefix2 = qualName[0];
        var local2 = qualName[1];
        if (attribute && name === "xmlns") {
          prefix2 = "xmlns";
          local2 = "";
        }
        return { prefix: prefix2, local: local2 };
      }
      function attrib(parser) {
        if (!parser.strict) {
          parser.attribName = parser.attribName[parser.looseCase]();
        }
        if (parser.attribList.indexOf(parser.attribName) !== -1 || parser.tag.attributes.hasOwnProperty(parser.attribName)) {
          parser.attribName = parser.attribValue = "";
          return;
        }
        if (parser.opt.xmlns) {
          var qn = qname(parser.attribName, true);
          var prefix2 = qn.prefix;
          var local2 = qn.local;
          if (prefix2 === "xmlns") {
            if (local2 === "xml" && parser.attribValue !== XML_NAMESPACE) {
              strictFail(
                parser,
                "xml: prefix must be bound to " + XML_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else if (local2 === "xmlns" && parser.attribValue !== XMLNS_NAMESPACE) {
              strictFail(
                parser,
                "xmlns: prefix must be bound to " + XMLNS_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else {
              var tag = parser.tag;
              var parent = parser.tags[parser.tags.length - 1] || parser;
              if (tag.ns === parent.ns) {
                tag.ns = Object.create(parent.ns);
              }
              tag.ns[local2] = parser.attribValue;
            }
          }
          parser.attribList.push([parser.attribName, parser.attribValue]);
        } else {
          parser.tag.attributes[parser.attribName] = parser.attribValue;
          emitNode(parser, "onattribute", {
            name: parser.attribName,
            value: parser.attribValue
          });
        }
        parser.attribName = parser.attribValue = "";
      }
      function openTag(parser, selfClosing) {
        if (parser.opt.xmlns) {
          var tag = parser.tag;
          var qn = qname(parser.tagName);
          tag.prefix = qn.prefix;
          tag.local = qn.local;
          tag.uri = tag.ns[qn.prefix] || "";
          if (tag.prefix && !tag.uri) {
            strictFail(
              parser,
              "Unbound namespace prefix: " + JSON.stringify(parser.tagName)
            );
            tag.uri = qn.prefix;
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (tag.ns && parent.ns !== tag.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              emitNode(parser, "onopennamespace", {
                prefix: p,
                uri: tag.ns[p]
              });
            });
          }
          for (var i = 0, l = parser.attribList.length; i < l; i++) {
            var nv = parser.attribList[i];
            var name = nv[0];
            var value = nv[1];
            var qualName = qname(name, true);
            var prefix2 = qualName.prefix;
            var local2 = qualName.local;
            var uri = prefix2 === "" ? "" : tag.ns[prefix2] || "";
            var a = {
              name,
              value,
              prefix: prefix2,
              local: local2,
              uri
            };
            if (prefix2 && prefix2 !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix2)
              );
              a.uri = prefix2;
            }
            parser.tag.attributes[name] = a;
            emitNode(parser, "onattribute", a);
          }
          parser.attribList.length = 0;
        }
        parser.tag.isSelfClosing = !!selfClosing;
        parser.sawRoot = true;
        parser.tags.push(parser.tag);
        emitNode(parser, "onopentag", parser.tag);
        if (!selfClosing) {
          if (!parser.noscript && parser.tagName.toLowerCase() === "script") {
            parser.state = S.SCRIPT;
          } else {
            parser.state = S.TEXT;
          }
          parser.tag = null;
          parser.tagName = "";
        }
        parser.attribName = parser.attribValue = "";
        parser.attribList.length = 0;
      }
      function closeTag(parser) {
        if (!parser.tagName) {
          strictFail(parser, "Weird empty close tag.");
          parser.textNode += "</>";
          parser.state = S.TEXT;
          return;
        }
        if (parser.script) {
          if (parser.tagName !== "script") {
            parser.script += "</" + parser.tagName + ">";
            parser.tagName = "";
            parser.state = S.SCRIPT;
            return;
          }
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
        var t = parser.tags.length;
        var tagName = parser.tagName;
        if (!parser.strict) {
          tagName = tagName[parser.looseCase]();
        }
        var closeTo = tagName;
        while (t--) {
          var close = parser.tags[t];
          if (close.name !== closeTo) {
            strictFail(parser, "Unexpected close tag");
          } else {
            break;
          }
        }
        if (t < 0) {
          strictFail(parser, "Unmatched closing tag: " + parser.tagName);
          parser.textNode += "</" + parser.tagName + ">";
          parser.state = S.TEXT;
          return;
        }
        parser.tagName = tagName;
        var s2 = parser.tags.length;
        while (s2-- > t) {
          var tag = parser.tag = parser.tags.pop();
          parser.tagName = parser.tag.name;
          emitNode(parser, "onclosetag", parser.tagName);
          var x = {};
          for (var i in tag.ns) {
            x[i] = tag.ns[i];
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (parser.opt.xmlns && tag.ns !== parent.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              var n = tag.ns[p];
              emitNode(parser, "onclosenamespace", { prefix: p, uri: n });
            });
          }
        }
        if (t === 0) parser.closedRoot = true;
        parser.tagName = parser.attribValue = parser.attribName = "";
        parser.attribList.length = 0;
        parser.state = S.TEXT;
      }
      function parseEntity(parser) {
        var entity = parser.entity;
        var entityLC = entity.toLowerCase();
        var num2;
        var numStr = "";
        if (parser.ENTITIES[entity]) {
          return parser.ENTITIES[entity];
        }
        if (parser.ENTITIES[entityLC]) {
          return parser.ENTITIES[entityLC];
        }
        entity = entityLC;
        if (entity.charAt(0) === "#") {
          if (entity.charAt(1) === "x") {
            entity = entity.slice(2);
            num2 = parseInt(entity, 16);
            numStr = num2.toString(16);
          } else {
            entity = entity.slice(1);
            num2 = parseInt(entity, 10);
            numStr = num2.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num2) || numStr.toLowerCase() !== entity || num2 < 0 || num2 > 1114111 || !isXmlChar(num2)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num2);
      }
      function isXmlChar(num2) {
        return num2 === 9 || num2 === 10 || num2 === 13 || num2 >= 32 && num2 <= 55295 || num2 >= 57344 && num2 <= 65533 || num2 >= 65536 && num2 <= 1114111;
      }
      function beginWhiteSpace(parser, c) {
        if (c === "<") {
          parser.state = S.OPEN_WAKA;
          parser.startTagPosition = parser.position;
        } else if (!isWhitespace(c)) {
          strictFail(parser, "Non-whitespace before first tag.");
          parser.textNode = c;
          parser.state = S.TEXT;
        }
      }
      function charAt(chunk, i) {
        var result = "";
        if (i < chunk.length) {
          result = chunk.charAt(i);
        }
        return result;
      }
      function write(chunk) {
        var parser = this;
        if (this.error) {
          throw this.error;
        }
        if (parser.closed) {
          return error(
            parser,
            "Cannot write after close. Assign an onready handler."
          );
        }
        if (chunk === null) {
          return end(parser);
        }
        if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        var i = 0;
        var c = "";
        while (true) {
          c = charAt(chunk, i++);
          parser.c = c;
          if (!c) {
            break;
          }
          if (parser.trackPosition) {
            parser.position++;
            if (c === "\n") {
              parser.line++;
              parser.column = 0;
            } else {
              parser.column++;
            }
          }
          switch (parser.state) {
            case S.BEGIN:
              parser.state = S.BEGIN_WHITESPACE;
              if (c === "\uFEFF") {
                continue;
              }
              beginWhiteSpace(parser, c);
              continue;
            case S.BEGIN_WHITESPACE:
              beginWhiteSpace(parser, c);
              continue;
            case S.TEXT:
              if (parser.sawRoot && !parser.closedRoot) {
                var starti = i - 1;
                while (c && c !== "<" && c !== "&") {
                  c = charAt(chunk, i++);
                  if (c && parser.trackPosition) {
                    parser.position++;
                    if (c === "\n") {
                      parser.line++;
                      parser.column = 0;
                    } else {
                      parser.column++;
                    }
                  }
                }
                parser.textNode += chunk.substring(starti, i - 1);
              }
              if (c === "<" && !(parser.sawRoot && parser.closedRoot && !parser.strict)) {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else {
                if (!isWhitespace(c) && (!parser.sawRoot || parser.closedRoot)) {
                  strictFail(parser, "Text data outside of root node.");
                }
                if (c === "&") {
                  parser.state = S.TEXT_ENTITY;
                } else {
                  parser.textNode += c;
                }
              }
              continue;
            case S.SCRIPT:
              if (c === "<") {
                parser.state = S.SCRIPT_ENDING;
              } else {
                parser.script += c;
              }
              continue;
            case S.SCRIPT_ENDING:
              if (c === "/") {
                parser.state = S.CLOSE_TAG;
              } else {
                parser.script += "<" + c;
                parser.state = S.SCRIPT;
              }
              continue;
            case S.OPEN_WAKA:
              if (c === "!") {
                parser.state = S.SGML_DECL;
                parser.sgmlDecl = "";
              } else if (isWhitespace(c)) {
              } else if (isMatch(nameStart, c)) {
                parser.state = S.OPEN_TAG;
                parser.tagName = c;
              } else if (c === "/") {
                parser.state = S.CLOSE_TAG;
                parser.tagName = "";
              } else if (c === "?") {
                parser.state = S.PROC_INST;
                parser.procInstName = parser.procInstBody = "";
              } else {
                strictFail(parser, "Unencoded <");
                if (parser.startTagPosition + 1 < parser.position) {
                  var pad = parser.position - parser.startTagPosition;
                  c = new Array(pad).join(" ") + c;
                }
                parser.textNode += "<" + c;
                parser.state = S.TEXT;
              }
              continue;
            case S.SGML_DECL:
              if (parser.sgmlDecl + c === "--") {
                parser.state = S.COMMENT;
                parser.comment = "";
                parser.sgmlDecl = "";
                continue;
              }
              if (parser.doctype && parser.doctype !== true && parser.sgmlDecl) {
                parser.state = S.DOCTYPE_DTD;
                parser.doctype += "<!" + parser.sgmlDecl + c;
                parser.sgmlDecl = "";
              } else if (CDATAre.test(parser.sgmlDecl + c)) {
                emitNode(parser, "onopencdata");
                parser.state = S.CDATA;
                parser.sgmlDecl = "";
                parser.cdata = "";
              } else if (DOCTYPEre.test(parser.sgmlDecl + c)) {
                parser.state = S.DOCTYPE;
                if (parser.doctype || parser.sawRoot) {
                  strictFail(
                    parser,
                    "Inappropriately located doctype declaration"
                  );
                }
                parser.doctype = "";
                parser.sgmlDecl = "";
              } else if (c === ">") {
                emitNode(parser, "onsgmldeclaration", parser.sgmlDecl);
                parser.sgmlDecl = "";
                parser.state = S.TEXT;
              } else if (isQuote(c)) {
                parser.state = S.SGML_DECL_QUOTED;
                parser.sgmlDecl += c;
              } else {
                parser.sgmlDecl += c;
              }
              continue;
            case S.SGML_DECL_QUOTED:
              if (c === parser.q) {
                parser.state = S.SGML_DECL;
                parser.q = "";
              }
              parser.sgmlDecl += c;
              continue;
            case S.DOCTYPE:
              if (c === ">") {
                parser.state = S.TEXT;
                emitNode(parser, "ondoctype", parser.doctype);
                parser.doctype = true;
              } else {
                parser.doctype += c;
                if (c === "[") {
                  parser.state = S.DOCTYPE_DTD;
                } else if (isQuote(c)) {
                  parser.state = S.DOCTYPE_QUOTED;
                  parser.q = c;
                }
              }
              continue;
            case S.DOCTYPE_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.q = "";
                parser.state = S.DOCTYPE;
              }
              continue;
            case S.DOCTYPE_DTD:
              if (c === "]") {
                parser.doctype += c;
                parser.state = S.DOCTYPE;
              } else if (c === "<") {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else if (isQuote(c)) {
                parser.doctype += c;
                parser.state = S.DOCTYPE_DTD_QUOTED;
                parser.q = c;
              } else {
                parser.doctype += c;
              }
              continue;
            case S.DOCTYPE_DTD_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.state = S.DOCTYPE_DTD;
                parser.q = "";
              }
              continue;
            case S.COMMENT:
              if (c === "-") {
                parser.state = S.COMMENT_ENDING;
              } else {
                parser.comment += c;
              }
              continue;
            case S.COMMENT_ENDING:
              if (c === "-") {
                parser.state = S.COMMENT_ENDED;
                parser.comment = textopts(parser.opt, parser.comment);
                if (parser.comment) {
                  emitNode(parser, "oncomment", parser.comment);
                }
                parser.comment = "";
              } else {
                parser.comment += "-" + c;
                parser.state = S.COMMENT;
              }
              continue;
            case S.COMMENT_ENDED:
              if (c !== ">") {
                strictFail(parser, "Malformed comment");
                parser.comment += "--" + c;
                parser.state = S.COMMENT;
              } else if (parser.doctype && parser.doctype !== true) {
                parser.state = S.DOCTYPE_DTD;
              } else {
                parser.state = S.TEXT;
              }
              continue;
            case S.CDATA:
              var starti = i - 1;
              while (c && c !== "]") {
                c = charAt(chunk, i++);
                if (c && parser.trackPosition) {
                  parser.position++;
                  if (c === "\n") {
                    parser.line++;
                    parser.column = 0;
                  } else {
                    parser.column++;
                  }
                }
              }
              parser.cdata += chunk.substring(starti, i - 1);
              if (c === "]") {
                parser.state = S.CDATA_ENDING;
              }
              continue;
            case S.CDATA_ENDING:
              if (c === "]") {
                parser.state = S.CDATA_ENDING_2;
              } else {
                parser.cdata += "]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.CDATA_ENDING_2:
              if (c === ">") {
                if (parser.cdata) {
                  emitNode(parser, "oncdata", parser.cdata);
                }
                emitNode(parser, "onclosecdata");
                parser.cdata = "";
                parser.state = S.TEXT;
              } else if (c === "]") {
                parser.cdata += "]";
              } else {
                parser.cdata += "]]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.PROC_INST:
              if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else if (isWhitespace(c)) {
                parser.state = S.PROC_INST_BODY;
              } else {
                parser.procInstName += c;
              }
              continue;
            case S.PROC_INST_BODY:
              if (!parser.procInstBody && isWhitespace(c)) {
                continue;
              } else if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else {
                parser.procInstBody += c;
              }
              continue;
            case S.PROC_INST_ENDING:
              if (c === ">") {
                const procInstEndData = {
                  name: parser.procInstName,
                  body: parser.procInstBody
                };
                validateXmlDeclarationEncoding(parser, procInstEndData);
                emitNode(parser, "onprocessinginstruction", procInstEndData);
                parser.procInstName = parser.procInstBody = "";
                parser.state = S.TEXT;
              } else {
                parser.procInstBody += "?" + c;
                parser.state = S.PROC_INST_BODY;
              }
              continue;
            case S.OPEN_TAG:
              if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else {
                newTag(parser);
                if (c === ">") {
                  openTag(parser);
                } else if (c === "/") {
                  parser.state = S.OPEN_TAG_SLASH;
                } else {
                  if (!isWhitespace(c)) {
                    strictFail(parser, "Invalid character in tag name");
                  }
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.OPEN_TAG_SLASH:
              if (c === ">") {
                openTag(parser, true);
                closeTag(parser);
              } else {
                strictFail(
                  parser,
                  "Forward-slash in opening tag not followed by >"
                );
                parser.state = S.ATTRIB;
              }
              continue;
            case S.ATTRIB:
              if (isWhitespace(c)) {
                continue;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (c === ">") {
                strictFail(parser, "Attribute without value");
                parser.attribValue = parser.attribName;
                attrib(parser);
                openTag(parser);
              } else if (isWhitespace(c)) {
                parser.state = S.ATTRIB_NAME_SAW_WHITE;
              } else if (isMatch(nameBody, c)) {
                parser.attribName += c;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME_SAW_WHITE:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (isWhitespace(c)) {
                continue;
              } else {
                strictFail(parser, "Attribute without value");
                parser.tag.attributes[parser.attribName] = "";
                parser.attribValue = "";
                emitNode(parser, "onattribute", {
                  name: parser.attribName,
                  value: ""
                });
                parser.attribName = "";
                if (c === ">") {
                  openTag(parser);
                } else if (isMatch(nameStart, c)) {
                  parser.attribName = c;
                  parser.state = S.ATTRIB_NAME;
                } else {
                  strictFail(parser, "Invalid attribute name");
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.ATTRIB_VALUE:
              if (isWhitespace(c)) {
                continue;
              } else if (isQuote(c)) {
                parser.q = c;
                parser.state = S.ATTRIB_VALUE_QUOTED;
              } else {
                if (!parser.opt.unquotedAttributeValues) {
                  error(parser, "Unquoted attribute value");
                }
                parser.state = S.ATTRIB_VALUE_UNQUOTED;
                parser.attribValue = c;
              }
              continue;
            case S.ATTRIB_VALUE_QUOTED:
              if (c !== parser.q) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_Q;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              parser.q = "";
              parser.state = S.ATTRIB_VALUE_CLOSED;
              continue;
            case S.ATTRIB_VALUE_CLOSED:
              if (isWhitespace(c)) {
                parser.state = S.ATTRIB;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                strictFail(parser, "No whitespace between attributes");
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_VALUE_UNQUOTED:
              if (!isAttribEnd(c)) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_U;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              if (c === ">") {
                openTag(parser);
              } else {
                parser.state = S.ATTRIB;
              }
              continue;
            case S.CLOSE_TAG:
              if (!parser.tagName) {
                if (isWhitespace(c)) {
                  continue;
                } else if (notMatch(nameStart, c)) {
                  if (parser.script) {
                    parser.script += "</" + c;
                    parser.state = S.SCRIPT;
                  } else {
                    strictFail(parser, "Invalid tagname in closing tag.");
                  }
                } else {
                  parser.tagName = c;
                }
              } else if (c === ">") {
                closeTag(parser);
              } else if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else if (parser.script) {
                parser.script += "</" + parser.tagName + c;
                parser.tagName = "";
                parser.state = S.SCRIPT;
              } else {
                if (!isWhitespace(c)) {
                  strictFail(parser, "Invalid tagname in closing tag");
                }
                parser.state = S.CLOSE_TAG_SAW_WHITE;
              }
              continue;
            case S.CLOSE_TAG_SAW_WHITE:
              if (isWhitespace(c)) {
                continue;
              }
              if (c === ">") {
                closeTag(parser);
              } else {
                strictFail(parser, "Invalid characters in closing tag");
              }
              continue;
            case S.TEXT_ENTITY:
            case S.ATTRIB_VALUE_ENTITY_Q:
            case S.ATTRIB_VALUE_ENTITY_U:
              var returnState;
              var buffer;
              switch (parser.state) {
                case S.TEXT_ENTITY:
                  returnState = S.TEXT;
                  buffer = "textNode";
                  break;
                case S.ATTRIB_VALUE_ENTITY_Q:
                  returnState = S.ATTRIB_VALUE_QUOTED;
                  buffer = "attribValue";
                  break;
                case S.ATTRIB_VALUE_ENTITY_U:
                  returnState = S.ATTRIB_VALUE_UNQUOTED;
                  buffer = "attribValue";
                  break;
              }
              if (c === ";") {
                var parsedEntity = parseEntity(parser);
                if (parser.opt.unparsedEntities && !Object.values(sax2.XML_ENTITIES).includes(parsedEntity)) {
                  if ((parser.entityCount += 1) > parser.opt.maxEntityCount) {
                    error(
                      parser,
                      "Parsed entity count exceeds max entity count"
                    );
                  }
                  if ((parser.entityDepth += 1) > parser.opt.maxEntityDepth) {
                    error(
                      parser,
                      "Parsed entity depth exceeds max entity depth"
                    );
                  }
                  parser.entity = "";
                  parser.state = returnState;
                  parser.write(parsedEntity);
                  parser.entityDepth -= 1;
                } else {
                  parser[buffer] += parsedEntity;
                  parser.entity = "";
                  parser.state = returnState;
                }
              } else if (isMatch(parser.entity.length ? entityBody : entityStart, c)) {
                parser.entity += c;
              } else {
                strictFail(parser, "Invalid character in entity name");
                parser[buffer] += "&" + parser.entity + c;
                parser.entity = "";
                parser.state = returnState;
              }
              continue;
            default: {
              throw new Error(parser, "Unknown state: " + parser.state);
            }
          }
        }
        if (parser.position >= parser.bufferCheckPosition) {
          checkBufferLength(parser);
        }
        return parser;
      }
      if (!String.fromCodePoint) {
        ;
        (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          var fromCodePoint = function() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) !== codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate, lowSurrogate);
              }
              if (index + 1 === length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
          if (Object.defineProperty) {
            Object.defineProperty(String, "fromCodePoint", {
              value: fromCodePoint,
              configurable: true,
              writable: true
            });
          } else {
            String.fromCodePoint = fromCodePoint;
          }
        })();
      }
    })(typeof exports === "undefined" ? exports.sax = {} : exports);
  }
});

// src/pipeline/canary.ts
import { relative as relative2 } from "node:path";

// src/process.ts
import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";
var MAX_CAPTURE = 1 << 20;
var CREDENTIAL_NAMES = /* @__PURE__ */ new Set(["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL"]);
var extraSecretNames = /* @__PURE__ */ new Set();
function addSecretEnvName(name) {
  extraSecretNames.add(name);
}
function scrubEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    const upper = k.toUpperCase();
    if (upper.startsWith("INPUT_") || CREDENTIAL_NAMES.has(upper) || extraSecretNames.has(k)) continue;
    out[k] = v;
  }
  return out;
}
var spawnRunner = (command, args, opts = {}) => new Promise((resolveRun) => {
  const started = performance.now();
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  let spawnError;
  const child = spawn(command, args, { cwd: opts.cwd, env: scrubEnv(opts.env ?? process.env), detached: true, stdio: ["pipe", "pipe", "pipe"] });
  const timer = opts.timeoutMs ? setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, opts.timeoutMs) : void 0;
  child.stdout.on("data", (d) => {
    if (stdout.length < MAX_CAPTURE) stdout += d.toString();
  });
  child.stderr.on("data", (d) => {
    if (stderr.length < MAX_CAPTURE) stderr += d.toString();
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(opts.input ?? "");
  child.on("error", (e) => {
    spawnError = `${e.code ?? ""} ${e.message}`.trim();
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    resolveRun({ command, args, code, signal, stdout, stderr, timedOut, spawnError, durationMs: performance.now() - started });
  });
});
async function onPath(name, env) {
  const candidates2 = name.includes("/") ? [name] : (env.PATH ?? "").split(delimiter).filter(Boolean).map((d) => join(d, name));
  for (const p of candidates2) {
    if (await access(p, constants.X_OK).then(() => true, () => false)) return p;
  }
  return void 0;
}

// src/canary/describe.ts
function quantile(values, q, sorted = false) {
  if (!values.length) return NaN;
  const v = sorted ? values : Array.from(values).sort((a, b) => a - b);
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
var mean = (values) => values.reduce((s, v) => s + v, 0) / values.length;
var maxOf = (values) => values.reduce((m, v) => v > m ? v : m, -Infinity);
var minOf = (values) => values.reduce((m, v) => v < m ? v : m, Infinity);
function describe(values) {
  if (!values.length) return { samples: 0 };
  const v = [...values].sort((a, b) => a - b);
  return { samples: v.length, median: quantile(v, 0.5, true), p95: quantile(v, 0.95, true), mean: mean(v) };
}

// src/canary/normal.ts
var SQRT_PI = Math.sqrt(Math.PI);
function erfcNonNegative(x) {
  if (x < 1.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 500 && term > sum * 1e-17; n++) {
      term *= 2 * x * x / (2 * n + 1);
      sum += term;
    }
    return 1 - 2 / SQRT_PI * Math.exp(-x * x) * sum;
  }
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5e3; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}
function normalSf(z) {
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  return erfc(z / Math.SQRT2) / 2;
}
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (1 - normalSf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/canary/hodges-lehmann.ts
var MAX_PAIRS = 1e6;
function thin(values, k) {
  if (values.length <= k) return values;
  const v = [...values].sort((a, b) => a - b);
  return Array.from({ length: k }, (_, i) => v[Math.round(i * (v.length - 1) / (k - 1))]);
}
function hodgesLehmann(canaryAll, stableAll, confidence) {
  const keep = Math.floor(Math.sqrt(MAX_PAIRS));
  const tooMany = canaryAll.length * stableAll.length > MAX_PAIRS;
  const canary = tooMany ? thin(canaryAll, keep) : canaryAll;
  const stable = tooMany ? thin(stableAll, keep) : stableAll;
  const diffs = new Float64Array(canary.length * stable.length);
  let i = 0;
  for (const c of canary) for (const s of stable) diffs[i++] = c - s;
  diffs.sort();
  const n = canary.length;
  const m = stable.length;
  const N = n * m;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(0, Math.min(Math.floor(N / 2), Math.floor(N / 2 - z * Math.sqrt(N * (n + m + 1) / 12))));
  return { estimate: quantile(diffs, 0.5, true), low: diffs[k], high: diffs[N - 1 - k], confidence };
}

// src/canary/mann-whitney.ts
function rankWithTies(values) {
  const order2 = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const ranks = new Array(values.length);
  const tieSizes = [];
  for (let i = 0; i < order2.length; ) {
    let j = i;
    while (j + 1 < order2.length && order2[j + 1][0] === order2[i][0]) j++;
    const avg = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order2[k][1]] = avg;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
function mannWhitneyU(x, y, method = "auto") {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("mannWhitneyU: both samples need at least one value");
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - n1 * (n1 + 1) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  const chosen = method === "auto" ? n1 > 8 && n2 > 8 || ties ? "asymptotic" : "exact" : method;
  const oneSided = chosen === "exact" ? exactSf(u, n1, n2) : normalSf(zScore(u, n1, n2, tieSizes));
  return { u1, p: Math.min(1, Math.max(0, 2 * oneSided)), method: chosen, xTendsHigher: u1 > n1 * n2 / 2 };
}
function zScore(u, n1, n2, tieSizes) {
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((s, t) => s + (t * t * t - t), 0);
  const sigma = Math.sqrt(n1 * n2 / 12 * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0)));
  const numerator = u - n1 * n2 / 2 - 0.5;
  return numerator / sigma;
}
function exactSf(u, n1, n2) {
  const s = Math.min(n1, n2);
  const l = Math.max(n1, n2);
  const size = s * l + 1;
  const counts = new Array(size).fill(0n);
  counts[0] = 1n;
  for (let i = 1; i <= s; i++) {
    const top = Math.min(size - 1, i * l);
    for (let k = top; k >= l + i; k--) counts[k] -= counts[k - l - i];
    for (let k = i; k <= top; k++) counts[k] += counts[k - i];
  }
  let total = 0n;
  let tail = 0n;
  const from = Math.ceil(u);
  for (let k = 0; k < size; k++) {
    total += counts[k];
    if (k >= from) tail += counts[k];
  }
  return bigRatio(tail, total);
}
function bigRatio(a, b) {
  if (a === 0n) return 0;
  const shift = Math.max(0, b.toString(2).length - 1e3);
  return Number(a >> BigInt(shift)) / Number(b >> BigInt(shift));
}

// src/canary/judge.ts
var finite = (values) => values.filter(Number.isFinite);
function judgeMetric(spec, series) {
  const values = (t) => {
    const s = series[t];
    return s && "values" in s ? finite(s.values) : [];
  };
  const canary = values("canary");
  const stable = values("stable");
  const base = {
    name: spec.name,
    judge: spec.judge.kind,
    critical: spec.critical,
    required: spec.required,
    canary: describe(canary),
    stable: describe(stable)
  };
  const needed = spec.judge.kind === "compare" ? ["canary", "stable"] : ["canary"];
  for (const t of needed) {
    const s = series[t];
    const got = t === "canary" ? canary : stable;
    if (s && "error" in s) return { ...base, verdict: "NoData", noData: "no-data", reason: `no ${t} data: ${s.error}` };
    if (!got.length) {
      const dropped = s && "dropped" in s && s.dropped ? ` (${s.dropped} NaN/Inf values dropped)` : "";
      return { ...base, verdict: "NoData", noData: "no-data", reason: `the ${t} query returned no numbers for the window${dropped}` };
    }
    if (got.length < spec.minSamples) {
      return { ...base, verdict: "NoData", noData: "too-few-samples", reason: `too few ${t} samples: ${got.length} < min-samples ${spec.minSamples}` };
    }
  }
  if (spec.judge.kind === "compare") return { ...base, ...compare(spec.judge, canary, stable) };
  return { ...base, ...stable.length ? comparison(canary, stable, 0.98) : {}, ...threshold(spec.judge, canary) };
}
function comparison(canary, stable, confidence) {
  const test = mannWhitneyU(canary, stable);
  const difference = hodgesLehmann(canary, stable, confidence);
  const stableMedian = quantile(stable, 0.5);
  const shift = difference.estimate;
  const effectSize = shift === 0 ? 0 : stableMedian === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(stableMedian);
  return { test, difference, pValue: test.p, effectSize };
}
function threshold(j, canary) {
  const bounds = [j.min !== void 0 ? `min ${fmt(j.min)}` : "", j.max !== void 0 ? `max ${fmt(j.max)}` : ""].filter(Boolean).join(", ");
  if (j.aggregate !== "each") {
    const v = aggregate(j.aggregate, canary);
    const what = `${j.aggregate} ${fmt(v)}`;
    if (j.max !== void 0 && v > j.max) return { verdict: "High", reason: `${what} is above max ${fmt(j.max)}` };
    if (j.min !== void 0 && v < j.min) return { verdict: "Low", reason: `${what} is below min ${fmt(j.min)}` };
    return { verdict: "Pass", reason: `${what} is within ${bounds}` };
  }
  const high = j.max !== void 0 ? canary.filter((v) => v > j.max) : [];
  const low = j.min !== void 0 ? canary.filter((v) => v < j.min) : [];
  const failing = high.length + low.length;
  const limit = `failure-limit ${j.failureLimit}`;
  if (failing > j.failureLimit) {
    const verdict = high.length >= low.length ? "High" : "Low";
    const worst = verdict === "High" ? `above max ${fmt(j.max)} (worst ${fmt(maxOf(high))})` : `below min ${fmt(j.min)} (worst ${fmt(minOf(low))})`;
    return { verdict, reason: `${failing} of ${canary.length} samples ${worst}, more than ${limit}` };
  }
  return { verdict: "Pass", reason: failing ? `${failing} of ${canary.length} samples out of bounds, within ${limit}` : `all ${canary.length} samples within ${bounds}` };
}
function aggregate(kind, v) {
  switch (kind) {
    case "mean":
      return mean(v);
    case "median":
      return quantile(v, 0.5);
    case "p95":
      return quantile(v, 0.95);
    case "max":
      return maxOf(v);
    case "min":
      return minOf(v);
    case "last":
      return v[v.length - 1];
  }
}
function compare(j, canary, stable) {
  const { test, difference, effectSize } = comparison(canary, stable, j.confidence);
  const shift = difference.estimate;
  const nums = { difference, pValue: test.p, effectSize };
  const alpha = 1 - j.confidence;
  const p = `p=${fmtP(test.p)}`;
  if (test.p >= alpha) return { ...nums, verdict: "Pass", reason: `no significant difference from stable (${p} \u2265 ${fmtP(alpha)})` };
  const higher = test.xTendsHigher;
  const dir = higher ? "higher" : "lower";
  const size = Number.isFinite(effectSize) ? `${fmtPct(effectSize)}` : `${fmt(shift)} (stable median is 0)`;
  const withinRel = Number.isFinite(effectSize) && Math.abs(effectSize) <= j.tolerance;
  const withinAbs = Math.abs(shift) <= j.toleranceAbsolute;
  if (withinRel || withinAbs) {
    const tol = withinRel ? `tolerance ${fmtPct(j.tolerance).replace(/^\+/, "")}` : `tolerance-absolute ${fmt(j.toleranceAbsolute)}`;
    return { ...nums, verdict: "Pass", reason: `significantly ${dir} (${p}) but the shift ${size} is within ${tol}` };
  }
  if (j.worse !== "either" && j.worse !== dir) return { ...nums, verdict: "Pass", reason: `significantly ${dir} than stable (${p}, ${size}), which is better` };
  return { ...nums, verdict: higher ? "High" : "Low", reason: `significantly ${dir} than stable: shift ${size}, ${p}` };
}
function fmt(v) {
  if (v === void 0 || Number.isNaN(v)) return "-";
  if (!Number.isFinite(v)) return v > 0 ? "+Inf" : "-Inf";
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-4 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}
var fmtP = (p) => p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
var fmtPct = (f) => `${f > 0 ? "+" : ""}${Number((f * 100).toPrecision(3))}%`;

// src/canary/decide.ts
function decide(metrics, t, window) {
  const names = (ms) => ms.map((m) => m.name).join(", ");
  const failing = metrics.filter((m) => m.verdict === "High" || m.verdict === "Low");
  const noData = metrics.filter((m) => m.verdict === "NoData");
  const judged = metrics.filter((m) => m.required || m.verdict !== "NoData");
  const passing = judged.filter((m) => m.verdict === "Pass");
  const rawScore = judged.length ? passing.length / judged.length : 0;
  const summary = `${passing.length} of ${judged.length} judged metrics passed (score ${fmtScore(rawScore)})`;
  const out = (decision, score, ...reasons) => ({
    decision,
    score,
    reasons: reasons.filter(Boolean),
    metrics,
    window
  });
  const failingWhy = failing.map((m) => `${m.name}: ${m.reason}`);
  const criticalFailures = failing.filter((m) => m.critical);
  if (criticalFailures.length) {
    return out("rollback", 0, `critical metric ${names(criticalFailures)} failed, so the score is 0`, ...failingWhy);
  }
  if (!judged.length) return out("hold", 0, "no metric could be judged", ...noData.map((m) => `${m.name}: ${m.reason}`));
  const noDataWhy = noData.map((m) => `${m.name}: ${m.reason}`);
  if (noData.length * 2 >= metrics.length) {
    return out("hold", rawScore, `no data on ${noData.length} of ${metrics.length} metrics (half or more)`, ...noDataWhy, ...failingWhy);
  }
  if (rawScore < t.marginalScore) {
    if (failing.length) return out("rollback", rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)}`, ...failingWhy, ...noDataWhy);
    return out("hold", rawScore, `${summary}, below marginal-score ${fmtScore(t.marginalScore)} only because of missing data`, ...noDataWhy);
  }
  const tooFew = noData.filter((m) => m.noData === "too-few-samples");
  if (tooFew.length) return out("hold", rawScore, `too few samples on ${names(tooFew)}`, ...noDataWhy, ...failingWhy);
  if (rawScore < t.passScore) {
    return out("hold", rawScore, `${summary}: marginal (at least ${fmtScore(t.marginalScore)}, below pass-score ${fmtScore(t.passScore)})`, ...failingWhy, ...noDataWhy);
  }
  const requiredNoData = noData.filter((m) => m.required);
  if (requiredNoData.length) return out("hold", rawScore, `no data on required metric ${names(requiredNoData)}: no data never promotes`, ...noDataWhy);
  return out("promote", rawScore, `${summary}, at least pass-score ${fmtScore(t.passScore)}`, ...noDataWhy, ...failingWhy);
}
var fmtScore = (s) => fmtPct(s).replace(/^\+/, "");

// src/canary/providers/samples.ts
function sampleValue(v) {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return NaN;
  if (v === "+Inf" || v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  return v.trim() === "" ? NaN : Number(v);
}
function splitFinite(values) {
  const finite2 = values.filter(Number.isFinite);
  return { values: finite2, dropped: values.length - finite2.length };
}

// src/canary/providers/prometheus-answer.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var PROM_FLOAT = /^\s*(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Inf)\s*$/;
function parseQueryRange(data2) {
  if (!isObj(data2)) return { error: '"data" is not an object' };
  if (data2.resultType !== "matrix" && data2.resultType !== "vector") {
    return { error: `resultType ${JSON.stringify(data2.resultType)} (a range query answers "matrix")` };
  }
  if (!Array.isArray(data2.result)) return { error: '"data.result" is not a list' };
  const raw = [];
  for (let i = 0; i < data2.result.length; i++) {
    const series = data2.result[i];
    const at = `data.result[${i}]`;
    if (!isObj(series)) return { error: `${at} is not a series object` };
    const pairs = series.values ?? (series.value === void 0 ? void 0 : [series.value]);
    if (!Array.isArray(pairs)) return { error: `${at} has no "values" list` };
    for (let j = 0; j < pairs.length; j++) {
      const pair2 = pairs[j];
      const where = `${at}.values[${j}]`;
      if (!Array.isArray(pair2) || pair2.length !== 2 || typeof pair2[0] !== "number") return { error: `${where} is not a [time, "value"] pair` };
      if (typeof pair2[1] !== "string" || !PROM_FLOAT.test(pair2[1])) return { error: `${where} has a value that is not a number` };
      raw.push(sampleValue(pair2[1]));
    }
  }
  return splitFinite(raw);
}

// src/canary/providers/prometheus.ts
var QueryRejected = class extends Error {
  name = "QueryRejected";
};
var MissingSecret = class extends Error {
  name = "MissingSecret";
};
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
var credentialEnvNames = (cfg) => [cfg.bearerTokenEnv, cfg.basicAuth?.usernameEnv, cfg.basicAuth?.passwordEnv].filter((n) => !!n);
function authorization(cfg, env) {
  const secret = (name, what) => {
    const v = env[name];
    if (!v) throw new MissingSecret(`the environment variable ${name} (${what}) is empty or not set`);
    if (/[^\t\x20-\x7e\x80-\xff]/.test(v))
      throw new MissingSecret(`the environment variable ${name} (${what}) holds a newline or another character an HTTP header cannot carry`);
    return v;
  };
  if (cfg.bearerTokenEnv) return `Bearer ${secret(cfg.bearerTokenEnv, "provider.bearer-token-env")}`;
  if (cfg.basicAuth) {
    const user = secret(cfg.basicAuth.usernameEnv, "provider.basic-auth.username-env");
    const pass = secret(cfg.basicAuth.passwordEnv, "provider.basic-auth.password-env");
    return `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
  }
  return void 0;
}
function prometheusProvider(cfg, env) {
  const headers = { accept: "application/json", "content-type": "application/x-www-form-urlencoded" };
  const auth = authorization(cfg, env);
  if (auth) headers.authorization = auth;
  const at = `Prometheus at ${cfg.url}`;
  return {
    async fetch(query, _track, window) {
      const params = new URLSearchParams({ query, start: String(window.start), end: String(window.end), step: `${window.stepSeconds}s` });
      const signal = AbortSignal.timeout(cfg.timeoutSeconds * 1e3);
      let res;
      let text2 = "";
      for (let attempt = 1; !res; attempt++) {
        try {
          res = await fetch(`${cfg.url}/api/v1/query_range`, { method: "POST", headers, body: params.toString(), redirect: "manual", signal });
          text2 = await readCapped(res, MAX_ANSWER_BYTES);
        } catch (e) {
          if (e instanceof TooLarge) return { error: `${at} answered with more than ${MAX_ANSWER_BYTES} bytes` };
          if (attempt === 1 && isReset(e) && !signal.aborted) {
            res = void 0;
            continue;
          }
          return { error: `${at} ${transportError(e, cfg.timeoutSeconds)}` };
        }
      }
      if (res.status >= 300 && res.status < 400) return { error: `${at} answered HTTP ${res.status} (a redirect, which is not followed): give the final URL` };
      let body;
      try {
        body = JSON.parse(text2);
      } catch {
        return { error: `${at} answered HTTP ${res.status} with something that is not JSON` };
      }
      const api = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
      const apiError = typeof api.error === "string" ? api.error.slice(0, 300) : void 0;
      if (res.status === 400 || res.status === 422 && api.errorType === "execution") {
        throw new QueryRejected(
          `Prometheus rejected the query (${typeof api.errorType === "string" ? api.errorType : `HTTP ${res.status}`})${apiError ? `: ${apiError}` : ""}`
        );
      }
      if (res.status === 401 || res.status === 403) return { error: `${at} refused access (HTTP ${res.status}): check the auth secrets` };
      if (!res.ok || api.status !== "success")
        return { error: `${at} answered HTTP ${res.status}${apiError ? `: ${apiError}` : api.status === "success" ? "" : ' without status "success"'}` };
      const parsed = parseQueryRange(api.data);
      return "error" in parsed ? { error: `${at} answered a malformed result: ${parsed.error}` } : parsed;
    }
  };
}
var TooLarge = class extends Error {
};
async function readCapped(res, max) {
  const declared = Number(res.headers.get("content-length"));
  if (declared > max) {
    await res.body?.cancel();
    throw new TooLarge();
  }
  if (!res.body) return "";
  const chunks = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}
var isReset = (e) => {
  const code = e.cause?.code;
  return code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET";
};
function transportError(e, timeoutSeconds) {
  const err2 = e;
  if (err2.name === "TimeoutError" || err2.name === "AbortError") return `did not answer within ${timeoutSeconds}s`;
  const cause = err2.cause?.code ?? err2.cause?.message;
  return `is unreachable: ${cause ?? err2.message ?? String(e)}`;
}

// src/canary/analyse.ts
async function analyse(cfg, provider2) {
  const metrics = [];
  for (const spec of cfg.metrics) {
    const [canary, stable] = await Promise.allSettled([fetchTrack(provider2, spec, "canary", cfg), fetchTrack(provider2, spec, "stable", cfg)]);
    for (const r of [canary, stable]) if (r.status === "rejected") throw r.reason;
    metrics.push(judgeMetric(spec, { canary: settled(canary), stable: settled(stable) }));
  }
  return decide(metrics, cfg, cfg.window);
}
var settled = (r) => r.status === "fulfilled" ? r.value : void 0;
async function fetchTrack(provider2, spec, track, cfg) {
  const query = spec.queries[track];
  if (!query) return void 0;
  try {
    return await provider2.fetch(query, track, cfg.window);
  } catch (e) {
    if (e instanceof QueryRejected) {
      throw new UserError(`canary: metric ${quoted(spec.name)}: ${e.message}`, { where: spec.queryWhere[track], hint: `fix the ${track} query`, code: "canary_query" });
    }
    return { error: `the ${track} query failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// src/canary/config.ts
var CANARY_URL_ENV = "GO_XENV_CANARY_URL";
var RUNNER_CREDENTIAL = /^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)|^GH_TOKEN$/i;
var TOP_KEYS = ["provider", "window", "pass-score", "marginal-score", "confidence", "metrics"];
var PROMETHEUS_KEYS = ["type", "url", "bearer-token-env", "basic-auth", "timeout"];
var METRIC_KEYS = [
  "name",
  "query",
  "canary-query",
  "stable-query",
  "judge",
  "max",
  "min",
  "aggregate",
  "failure-limit",
  "worse",
  "confidence",
  "tolerance",
  "tolerance-absolute",
  "critical",
  "required",
  "min-samples"
];
var AGGREGATES = ["each", "mean", "median", "p95", "max", "min", "last"];
var WORSE = ["higher", "lower", "either"];
var HINT = "see the canary section of the README";
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseCanaryConfig(doc, opts) {
  const fail = (path2, message2, hint = HINT) => {
    throw new UserError(`canary: ${message2}`, { where: opts.locate(path2), hint, code: "canary_config" });
  };
  const object = (v, path2, allowed) => {
    if (!isObj2(v)) return fail(path2, `${label(path2)} must be a mapping`);
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail([...path2, k], `unknown key "${k}" in ${label(path2)}`, `allowed keys: ${allowed.join(", ")}`);
    return v;
  };
  const num2 = (o, key2, path2, def, range) => {
    const v = o[key2];
    if (v === void 0) return def;
    if (typeof v !== "number" || !Number.isFinite(v)) return fail([...path2, key2], `${label([...path2, key2])} must be a number, got ${JSON.stringify(v)}`);
    if (range && (v < range[0] || v > range[1])) fail([...path2, key2], `${label([...path2, key2])} must be between ${range[0]} and ${range[1]}, got ${v}`);
    return v;
  };
  const str2 = (o, key2, path2) => {
    const v = o[key2];
    if (v === void 0) return void 0;
    if (typeof v !== "string" || !v.trim()) return fail([...path2, key2], `${label([...path2, key2])} must be a non-empty string`);
    return v;
  };
  const bool = (o, key2, path2, def) => {
    const v = o[key2];
    if (v === void 0) return def;
    if (typeof v !== "boolean") return fail([...path2, key2], `${label([...path2, key2])} must be true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const oneOf = (o, key2, path2, values, def) => {
    const v = o[key2] ?? def;
    if (v === "") fail(path2, `${label(path2)} needs "${key2}"`, `use one of: ${values.join(", ")}`);
    if (!values.includes(v)) fail([...path2, key2], `${label([...path2, key2])} "${String(v)}" is not allowed`, `use one of: ${values.join(", ")}`);
    return v;
  };
  if (doc === null || doc === void 0) fail([], "the canary config is empty");
  const top = object(doc, [], TOP_KEYS);
  for (const k of ["provider", "metrics"]) if (top[k] === void 0) fail([], `"${k}" is missing`);
  const provider2 = parseProvider(top.provider);
  const window = parseWindow(top.window);
  const passScore = num2(top, "pass-score", [], 0.95, [0, 1]);
  const marginalScore = num2(top, "marginal-score", [], 0.75, [0, 1]);
  if (marginalScore > passScore) fail(["marginal-score"], `marginal-score (${marginalScore}) is above pass-score (${passScore})`);
  const confidence = num2(top, "confidence", [], 0.98, [0.5, 0.9999]);
  if (!Array.isArray(top.metrics) || !top.metrics.length) fail(["metrics"], '"metrics" must be a non-empty list');
  const metrics = top.metrics.map((m, i) => parseMetric(m, ["metrics", i]));
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((m, i) => {
    if (seen.has(m.name)) fail(["metrics", i, "name"], `metric name ${quoted(m.name)} is used twice`);
    seen.add(m.name);
  });
  return { provider: provider2, window, passScore, marginalScore, metrics };
  function parseProvider(v) {
    const path2 = ["provider"];
    if (!isObj2(v)) return fail(path2, "provider must be a mapping with a type (prometheus or file)");
    const type = oneOf(v, "type", path2, ["prometheus", "file"], v.type ?? "");
    if (type === "file") {
      const o2 = object(v, path2, ["type", "path"]);
      const p = str2(o2, "path", path2) ?? fail(path2, 'the file provider needs "path" (a JSON file of series)');
      return { type: "file", path: resolveInside(opts.baseDir, p, { label: "canary provider.path", where: opts.locate([...path2, "path"]) }) };
    }
    const o = object(v, path2, PROMETHEUS_KEYS);
    const pinned = opts.pinnedUrl && comparableUrl(opts.pinnedUrl);
    if (opts.pinnedUrl && !pinned) {
      throw new UserError(`${CANARY_URL_ENV} "${opts.pinnedUrl}" is not an http(s) URL`, { hint: "set it in the step env to the Prometheus base URL", code: "canary_config" });
    }
    const url = str2(o, "url", path2) ?? opts.pinnedUrl ?? fail(path2, 'the prometheus provider needs "url"');
    if (!comparableUrl(url)) fail([...path2, "url"], `provider.url "${url}" is not an http(s) URL`);
    if (pinned && comparableUrl(url) !== pinned) {
      fail([...path2, "url"], `provider.url "${url}" is not the Prometheus the workflow pins in ${CANARY_URL_ENV} (${opts.pinnedUrl})`, `leave provider.url out, or make it ${opts.pinnedUrl}`);
    }
    let basicAuth;
    if (o["basic-auth"] !== void 0) {
      const b = object(o["basic-auth"], [...path2, "basic-auth"], ["username-env", "password-env"]);
      const usernameEnv = str2(b, "username-env", [...path2, "basic-auth"]) ?? fail([...path2, "basic-auth"], 'basic-auth needs "username-env"');
      const passwordEnv = str2(b, "password-env", [...path2, "basic-auth"]) ?? fail([...path2, "basic-auth"], 'basic-auth needs "password-env"');
      basicAuth = { usernameEnv, passwordEnv };
    }
    const bearerTokenEnv = str2(o, "bearer-token-env", path2);
    if (bearerTokenEnv && basicAuth) fail([...path2, "bearer-token-env"], "give bearer-token-env or basic-auth, not both");
    const credentialKey = bearerTokenEnv ? "bearer-token-env" : basicAuth ? "basic-auth" : void 0;
    if (credentialKey && !opts.trusted) {
      if (!pinned) {
        fail(
          [...path2, credentialKey],
          `provider.${credentialKey} in a repository file (which a pull request can change) needs the Prometheus URL pinned by the workflow`,
          `set ${CANARY_URL_ENV} in the step env to the Prometheus URL, or give the provider in the canary input`
        );
      }
      for (const name of [bearerTokenEnv, basicAuth?.usernameEnv, basicAuth?.passwordEnv]) {
        if (name && RUNNER_CREDENTIAL.test(name)) fail([...path2, credentialKey], `provider.${credentialKey} names ${name}, a runner or action credential, not a Prometheus secret`, "name the variable that holds the Prometheus secret");
      }
    }
    return { type: "prometheus", url: url.replace(/\/+$/, ""), bearerTokenEnv, basicAuth, timeoutSeconds: num2(o, "timeout", path2, 10, [0.1, 600]) };
  }
  function parseWindow(v) {
    const path2 = ["window"];
    const o = object(v ?? { minutes: 30 }, path2, ["minutes", "start", "end", "step"]);
    const step = parseDuration(o.step ?? "1m") ?? fail([...path2, "step"], `window.step ${JSON.stringify(o.step)} is not a duration`, "use seconds (60) or 30s, 1m, 5m, 1h");
    if (o.minutes !== void 0) {
      if (o.start !== void 0 || o.end !== void 0) fail([...path2, "minutes"], "give window.minutes or window.start/end, not both");
      const minutes = num2(o, "minutes", path2, void 0, [1, 60 * 24 * 31]);
      return { start: opts.now - minutes * 60, end: opts.now, stepSeconds: step, minutes };
    }
    if (o.start === void 0 || o.end === void 0) fail(path2, 'window needs "minutes", or both "start" and "end"');
    const start = parseTime(o.start) ?? fail([...path2, "start"], `window.start ${JSON.stringify(o.start)} is not a time`, "use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds");
    const end = parseTime(o.end) ?? fail([...path2, "end"], `window.end ${JSON.stringify(o.end)} is not a time`, "use RFC 3339 (2026-11-21T10:00:00Z) or Unix seconds");
    if (end <= start) fail([...path2, "end"], "window.end must be after window.start");
    return { start, end, stepSeconds: step };
  }
  function parseMetric(v, path2) {
    const o = object(v, path2, METRIC_KEYS);
    const name = str2(o, "name", path2) ?? fail(path2, `metric ${Number(path2[1]) + 1} needs a "name"`);
    const at = `metric ${quoted(name)}`;
    const query = str2(o, "query", path2);
    const canaryQuery = str2(o, "canary-query", path2);
    const stableQuery = str2(o, "stable-query", path2);
    let queries;
    if (query !== void 0) {
      if (canaryQuery || stableQuery) fail([...path2, "query"], `${at}: give "query" with {{track}}, or canary-query and stable-query, not both`);
      if (provider2.type === "prometheus" && !query.includes("{{track}}")) {
        fail([...path2, "query"], `${at}: "query" needs the {{track}} placeholder (replaced by canary and stable)`, "or give canary-query and stable-query");
      }
      queries = { canary: query.replaceAll("{{track}}", "canary"), stable: query.replaceAll("{{track}}", "stable") };
    } else if (canaryQuery) {
      queries = { canary: canaryQuery, stable: stableQuery ?? "" };
    } else if (provider2.type === "file") {
      queries = { canary: name, stable: name };
    } else {
      return fail(path2, `${at} needs "query" (with {{track}}) or "canary-query"`);
    }
    const kind = oneOf(o, "judge", path2, ["threshold", "compare"], o.judge ?? "");
    const thresholdKeys = ["max", "min", "aggregate", "failure-limit"];
    const compareKeys = ["worse", "confidence", "tolerance", "tolerance-absolute"];
    for (const k of kind === "threshold" ? compareKeys : thresholdKeys) {
      if (o[k] !== void 0) fail([...path2, k], `${at}: "${k}" does not apply to judge ${kind}`);
    }
    let judge;
    if (kind === "threshold") {
      const max = num2(o, "max", path2, void 0);
      const min = num2(o, "min", path2, void 0);
      if (max === void 0 && min === void 0) fail(path2, `${at}: judge threshold needs "max", "min" or both`);
      if (max !== void 0 && min !== void 0 && min > max) fail([...path2, "min"], `${at}: min (${min}) is above max (${max})`);
      judge = { kind, max, min, aggregate: oneOf(o, "aggregate", path2, AGGREGATES, "each"), failureLimit: num2(o, "failure-limit", path2, 0, [0, 1e6]) };
    } else {
      if (!queries.stable) fail(path2, `${at}: judge compare needs a stable query ("stable-query", or "query" with {{track}})`);
      judge = {
        kind,
        worse: oneOf(o, "worse", path2, WORSE, "higher"),
        confidence: num2(o, "confidence", path2, confidence, [0.5, 0.9999]),
        tolerance: num2(o, "tolerance", path2, 0.1, [0, 100]),
        toleranceAbsolute: num2(o, "tolerance-absolute", path2, 0, [0, Number.MAX_VALUE])
      };
    }
    const minSamples = num2(o, "min-samples", path2, kind === "compare" ? 5 : 1, [1, 1e6]);
    if (!Number.isInteger(minSamples)) fail([...path2, "min-samples"], `${at}: min-samples must be a whole number`);
    return {
      name,
      queries,
      judge,
      minSamples,
      critical: bool(o, "critical", path2, false),
      required: bool(o, "required", path2, true),
      where: opts.locate(path2),
      queryWhere: {
        canary: opts.locate([...path2, query !== void 0 ? "query" : "canary-query"]),
        stable: opts.locate([...path2, query !== void 0 ? "query" : "stable-query"])
      }
    };
  }
}
function comparableUrl(text2) {
  let u;
  try {
    u = new URL(text2);
  } catch {
    return void 0;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:" || !u.hostname || u.username || u.password || u.search || u.hash) return void 0;
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}
function label(path2) {
  if (!path2.length) return "the canary config";
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : i ? `.${p}` : p).join("");
}
function parseDuration(v) {
  if (typeof v === "number") return v > 0 && Number.isFinite(v) ? v : void 0;
  const m = typeof v === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(v) : null;
  if (!m) return void 0;
  const s = Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] ?? "s"] ?? 1);
  return s > 0 ? s : void 0;
}
function parseTime(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime() / 1e3;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? void 0 : t / 1e3;
  }
  return void 0;
}

// src/canary/providers/file.ts
var MAX_SERIES_FILE_BYTES = 64 * 1024 * 1024;
function fileProvider(cfg, displayPath) {
  const where = { file: displayPath };
  const text2 = readBoundedText(cfg.path, { label: "canary series file", maxBytes: MAX_SERIES_FILE_BYTES, where });
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch {
    throw new UserError(`canary: the series file is not valid JSON${jsonErrorAt(text2)}`, { where, hint: 'write it as { "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
  }
  const metrics = doc?.metrics;
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) {
    throw new UserError('canary: the series file needs a "metrics" object', { where: { file: displayPath }, hint: '{ "metrics": { "<name>": { "canary": [...], "stable": [...] } } }' });
  }
  const table = metrics;
  return {
    async fetch(key2, track, window) {
      const entry = table[key2];
      const samples = Array.isArray(entry) ? entry : entry?.[track];
      if (entry === void 0) return { error: `no series "${key2}" in ${displayPath}` };
      if (!Array.isArray(samples)) return { error: `no ${track} series for "${key2}" in ${displayPath}` };
      const inWindow = (ts) => window.minutes !== void 0 || typeof ts !== "number" || ts >= window.start && ts <= window.end;
      const values = samples.filter((s) => !Array.isArray(s) || inWindow(s[0])).map((s) => sampleValue(Array.isArray(s) ? s[1] : s));
      return splitFinite(values);
    }
  };
}
function jsonErrorAt(text2) {
  const pos = jsonErrorOffset(text2);
  const before = text2.slice(0, pos);
  return ` (line ${before.split("\n").length}, column ${pos - before.lastIndexOf("\n")})`;
}
var JSON_LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function jsonErrorOffset(text2) {
  const stack = [];
  let i = 0;
  let expect = "value";
  for (; ; ) {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
    const c = text2[i];
    const top = stack.at(-1);
    if (c === void 0) return i;
    if (expect === "after") {
      if (c === "," && top) expect = top === "{" ? "key" : "value";
      else if (c === "}" && top === "{" || c === "]" && top === "[") stack.pop();
      else return i;
      i++;
      continue;
    }
    if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
      continue;
    }
    if (expect === "value" && (c === "{" || c === "[")) {
      const close = c === "{" ? "}" : "]";
      i++;
      while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
      if (text2[i] === close) i++;
      else stack.push(c);
      expect = text2[i - 1] === close ? "after" : c === "{" ? "key" : "value";
      continue;
    }
    if (expect === "key" && c !== '"') return i;
    JSON_LITERAL.lastIndex = i;
    const m = JSON_LITERAL.exec(text2);
    if (!m) return badTokenOffset(text2, i);
    i += m[0].length;
    expect = expect === "key" ? "colon" : "after";
  }
}
function badTokenOffset(text2, i) {
  const c = text2[i];
  if (c === '"') {
    for (let k2 = i + 1; k2 < text2.length; k2++) {
      if (text2.charCodeAt(k2) < 32) return k2;
      if (text2[k2] === "\\") {
        if (!/["\\/bfnrtu]/.test(text2[k2 + 1] ?? "")) return k2 + 1;
        k2++;
      }
    }
    return text2.length;
  }
  if (c === "-") return i + 1;
  const word = ["true", "false", "null"].find((w) => w[0] === c);
  if (!word) return i;
  let k = 0;
  while (k < word.length && text2[i + k] === word[k]) k++;
  return i + k;
}

// src/canary/render.ts
var HEAD = ["metric", "judge", "canary median / p95 (n)", "stable median / p95 (n)", "difference [CI]", "p-value", "effect", "verdict", "reason"];
var ICON = { Pass: "\u2705", High: "\u274C", Low: "\u274C", NoData: "\u2754" };
function cells(m) {
  const stats = (s) => s.samples ? `${fmt(s.median)} / ${fmt(s.p95)} (${s.samples})` : "- (0)";
  const d = m.difference;
  return [
    `${m.name}${m.critical ? " (critical)" : ""}${m.required ? "" : " (optional)"}`,
    m.judge,
    stats(m.canary),
    stats(m.stable),
    d ? `${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]` : "-",
    m.pValue === void 0 ? "-" : fmtP(m.pValue),
    m.effectSize === void 0 ? "-" : Number.isFinite(m.effectSize) ? fmtPct(m.effectSize) : fmt(m.effectSize),
    m.verdict,
    m.reason
  ];
}
var decisionLine = (r) => `decision: ${r.decision} (score ${Number(r.score.toFixed(4))})`;
function renderCanaryMarkdown(r) {
  const rows = r.metrics.map((m) => {
    const c = cells(m).map(escapeCell);
    c[7] = `${ICON[m.verdict]} ${c[7]}`;
    return `| ${c.join(" | ")} |`;
  });
  return [
    `**${decisionLine(r)}**`,
    "",
    ...r.reasons.map((x) => `- ${escapeMarkdown(x)}`),
    "",
    `| ${HEAD.join(" | ")} |`,
    `|${HEAD.map(() => "---").join("|")}|`,
    ...rows,
    "",
    `Window ${new Date(r.window.start * 1e3).toISOString()} \u2013 ${new Date(r.window.end * 1e3).toISOString()}, step ${r.window.stepSeconds}s.`
  ].join("\n");
}
function renderCanaryText(r) {
  const rows = [HEAD, ...r.metrics.map((m) => cells(m).map(logSafe))].map((c) => c.slice(0, 8));
  const widths = rows[0].map((_, i) => rows.reduce((w, row2) => Math.max(w, row2[i].length), 0));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [
    decisionLine(r),
    ...r.reasons.map((x) => `  - ${logSafe(x)}`),
    "",
    line(rows[0]),
    ...rows.slice(1).map((c, i) => `${line(c)}
    ${logSafe(r.metrics[i].reason)}`)
  ].join("\n");
}

// src/canary/source.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { relative } from "node:path";
function canarySource(config, flagFile) {
  if (flagFile !== void 0) {
    const path3 = resolveInside(config.workspace, flagFile, { label: "canary config file" });
    if (!existsSync(path3)) throw new UserError(`canary config file "${flagFile}" does not exist`, { hint: "give a path relative to the current directory (or --cwd)" });
    const { doc, locate } = readYaml(path3, flagFile, []);
    return { document: doc.toJS(), source: flagFile, locate, trusted: false };
  }
  const { document, source } = config.canary;
  if (document === void 0) return void 0;
  if (source === "canary (config file)" && config.configFile) {
    const display = relative(config.workspace, config.configFile) || config.configFile;
    return { document, source: display, locate: readYaml(config.configFile, display, ["canary"]).locate, trusted: false };
  }
  if (source === "input canary") return { document, source, locate: () => ({ file: source }), trusted: true };
  const path2 = resolveInside(config.workspace, source, { label: "canary config file" });
  return { document, source, locate: existsSync(path2) ? readYaml(path2, source, []).locate : () => ({ file: source }), trusted: false };
}
function readYaml(path2, display, prefix2) {
  const lines = new import_yaml.LineCounter();
  const text2 = readBoundedText(path2, { label: "canary config file", where: { file: display } });
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const pos = lines.linePos(doc.errors[0].pos[0]);
    throw new UserError(`invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, { where: { file: display, line: pos.line, col: pos.col }, hint: "fix the YAML syntax" });
  }
  const locate = (p) => {
    for (let n = p.length; n >= 0; n--) {
      const node2 = doc.getIn([...prefix2, ...p.slice(0, n)], true);
      if (node2 && typeof node2 === "object" && node2.range) return { file: display, line: lines.linePos(node2.range[0]).line };
    }
    return { file: display };
  };
  return { doc, locate };
}

// src/pipeline/canary.ts
async function runCanary(ctx) {
  try {
    return [toStepResult(await judgeCanary(ctx), ctx)];
  } catch (e) {
    ctx.host.setOutput("canary-decision", "hold");
    throw e;
  }
}
async function judgeCanary(ctx) {
  const { host } = ctx;
  const log2 = (line) => host.kind === "actions" ? host.info(line) : host.debug(line);
  const flag = typeof ctx.flags.config === "string" ? ctx.flags.config : void 0;
  const src = canarySource(ctx.config, flag);
  if (!src) {
    throw new UserError("no canary config: give --config FILE, the canary input, or a canary key in the config file", { hint: "see the canary section of the README", code: "canary_config" });
  }
  const cfg = parseCanaryConfig(src.document, {
    locate: src.locate,
    now: Math.floor(Date.now() / 1e3),
    baseDir: ctx.config.workspace,
    trusted: src.trusted,
    pinnedUrl: host.env[CANARY_URL_ENV] || void 0
  });
  const p = cfg.provider;
  const w = cfg.window;
  log2(`canary config from ${src.trusted ? "the canary input" : quoted(src.source)}: ${cfg.metrics.length} metric(s), window ${iso(w.start)} \u2013 ${iso(w.end)}, step ${w.stepSeconds}s`);
  log2(`metrics from ${p.type === "file" ? `the series file ${quoted(relative2(ctx.config.workspace, p.path) || p.path)}` : `Prometheus at ${quoted(p.url)}${p.bearerTokenEnv || p.basicAuth ? " (with credentials)" : ""}`}`);
  const result = await analyse(cfg, provider(cfg, ctx));
  for (const m of result.metrics) {
    log2(`metric ${quoted(m.name)} (${m.judge}${m.critical ? ", critical" : ""}): judged ${m.canary.samples} canary and ${m.stable.samples} stable samples: ${m.verdict} \u2014 ${logSafe(m.reason)}`);
    const where = cfg.metrics.find((s) => s.name === m.name)?.where;
    if (m.verdict === "High" || m.verdict === "Low") host.warning(`canary metric ${quoted(m.name)}: ${m.verdict}: ${logSafe(m.reason)}`, where);
  }
  log2(`decision: ${result.decision} (score ${fmtScore2(result.score)}): ${logSafe(result.reasons[0] ?? "")}`);
  return result;
}
var iso = (t) => new Date(t * 1e3).toISOString();
var fmtScore2 = (s) => String(Number(s.toFixed(4)));
function guardCanaryCredentials(ctx) {
  const provider2 = ctx.config.canary.document?.provider;
  const basic = provider2?.["basic-auth"];
  protect([provider2?.["bearer-token-env"], basic?.["username-env"], basic?.["password-env"]].filter((n) => typeof n === "string" && !!n), ctx);
}
function protect(names, ctx) {
  for (const name of names) {
    addSecretEnvName(name);
    if (ctx.host.env[name]) ctx.host.setSecret(ctx.host.env[name]);
  }
}
function provider(cfg, ctx) {
  const p = cfg.provider;
  if (p.type === "file") return fileProvider(p, relative2(ctx.config.workspace, p.path) || p.path);
  const env = ctx.host.env;
  protect(credentialEnvNames(p), ctx);
  try {
    const auth = authorization(p, env);
    if (auth) ctx.host.setSecret(auth.slice(auth.indexOf(" ") + 1));
    return prometheusProvider(p, env);
  } catch (e) {
    if (e instanceof MissingSecret) throw new UserError(`canary: ${e.message}`, { hint: "pass the secret to the step as an env variable", code: "canary_config" });
    throw e;
  }
}
function toStepResult(r, ctx) {
  const failOnHold = ctx.config.canary.failOnHold;
  const failed = r.decision === "rollback" || r.decision === "hold" && failOnHold;
  const exitCode = r.decision === "rollback" ? 1 : r.decision === "hold" && failOnHold ? 2 : 0;
  const score = fmtScore2(r.score);
  return {
    step: "canary",
    status: failed ? "failed" : "ok",
    title: `canary: ${r.decision} (score ${score})`,
    reason: failed ? r.reasons[0] : void 0,
    details: ctx.host.kind === "terminal" ? renderCanaryText(r) : renderCanaryMarkdown(r),
    outputs: { "canary-decision": r.decision, "canary-score": score },
    data: r,
    exitCode
  };
}
var canaryCommand = {
  name: "canary",
  summary: "Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback",
  usage: "canary [--config FILE] [--fail-on-hold] [--json]",
  flags: [{ name: "config", description: "The canary config file (YAML: provider, window, metrics). Default: the canary input or the canary key of the repository config file." }],
  // The check command groups each of its steps; run alone, the canary groups its own log.
  run: (ctx) => ctx.host.group("canary", () => runCanary(ctx))
};
var canaryStep = {
  step: "canary",
  skipReason: (ctx) => ctx.config.canary.document === void 0 ? "no canary config (the canary input or key is empty)" : void 0,
  run: (ctx) => runCanary(ctx)
};

// src/pipeline/toolchain.ts
import { existsSync as existsSync8 } from "node:fs";
import { join as join13, relative as relative9 } from "node:path";

// src/pipeline/host-check.ts
import { tmpdir } from "node:os";

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

// src/emulation/binfmt-parse.ts
function parseEntry(name, text2) {
  const e = { name, enabled: false, interpreter: "", flags: "", offset: 0, magic: "", mask: "" };
  for (const line of text2.split("\n").map((l) => l.trim()).filter(Boolean)) {
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
var parseStatus = (text2) => text2.trim() === "enabled";
var bytes = (hex) => (hex.match(/../g) ?? []).map((b) => parseInt(b, 16));
function entryServes(e, p) {
  if (!e.magic || e.offset !== 0) return false;
  const magic = bytes(e.magic);
  const mask = e.mask ? bytes(e.mask) : magic.map(() => 255);
  const header = bytes(p.magic);
  if (header.length < magic.length) return false;
  return magic.every((m, i) => (m & mask[i]) === (header[i] & mask[i]));
}
var entryFor = (entries2, p) => entries2.find((e) => e.enabled && entryServes(e, p));

// src/emulation/host-checks.ts
function wslVersion(f) {
  const said = `${f.osrelease ?? ""} ${f.procVersion ?? ""}`;
  if (/microsoft-standard-WSL2|\bWSL2\b/i.test(said)) return 2;
  if (/microsoft/i.test(said)) return 1;
  return void 0;
}
function hostFindings(f, needs) {
  const out = [];
  const add2 = (rule, severity, message2, help) => out.push({ capability: "emulation", rule, severity, message: message2, help });
  if (needs.emulation) emulationFindings(f, add2);
  for (const d of f.dirs) {
    if (!d.mount?.options.includes("noexec")) continue;
    const what = d.role === "out-dir" ? "smoke runs cannot execute the built binaries" : "the emulation probe and `go run`/`go test` cannot execute what they build";
    const elsewhere = d.role === "out-dir" ? "--out-dir on another file system" : `${d.label === "RUNNER_TEMP" ? "TMPDIR" : d.label}=$HOME/.cache/tmp (mkdir it first)`;
    add2(
      `noexec/${d.role}`,
      "error",
      `${d.label} ${d.path} is on ${d.mount.point}, mounted noexec: ${what}`,
      `\`sudo mount -o remount,exec ${d.mount.point}\`, or use ${elsewhere}`
    );
  }
  for (const c of f.compilers) {
    if (!c.cc) {
      add2(
        "cgo/unknown-compiler",
        "error",
        `cgo is asked for ${c.target}, but no C cross compiler is known for it`,
        `build ${c.target} with CGO_ENABLED=0 (remove it from cgo)`
      );
    } else if (!c.path) {
      add2(
        "cgo/missing-compiler",
        "error",
        `cgo is asked for ${c.target}, which needs the C cross compiler ${c.cc}: not on PATH`,
        `\`sudo apt-get install -y ${c.package}\``
      );
    }
  }
  return out;
}
function emulationFindings(f, add2) {
  const wsl = wslVersion(f);
  const distro = f.wslDistro ?? "<distro>";
  if (wsl === 1) {
    add2(
      "host/wsl1",
      "warning",
      `WSL1 (kernel ${f.osrelease ?? "?"}): WSL1 has no binfmt_misc, so no emulator can be registered (and Docker does not run)`,
      `convert the distribution to WSL2 from Windows: \`wsl --set-version ${distro} 2\` (\`wsl -l -v\` lists them), or run foreign binaries with qemu-user-static directly: \`qemu-aarch64-static ./bin\``
    );
  } else if (wsl === 2) {
    add2(
      "host/wsl2",
      "notice",
      `WSL2 (kernel ${f.osrelease ?? "?"}): binfmt_misc works, but registrations are lost when WSL restarts`,
      "after `wsl --shutdown` or a reboot run `sudo go-xenv emulation register` again"
    );
  }
  const b = f.binfmt;
  if (!b.mounted && wsl !== 1) {
    if (f.binfmtSupported === false) {
      add2(
        "binfmt/unsupported",
        "warning",
        "the kernel has no binfmt_misc file system (not in /proc/filesystems): no emulator can be registered",
        "load the module: `sudo modprobe binfmt_misc`, or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`"
      );
    } else {
      add2(
        "binfmt/not-mounted",
        "warning",
        `binfmt_misc is not mounted at ${b.root}: foreign binaries cannot run through the kernel`,
        `\`sudo mount binfmt_misc -t binfmt_misc ${b.root}\` (\`sudo go-xenv emulation register\` mounts it too)`
      );
    }
  } else if (b.mounted && !b.enabled) {
    add2(
      "binfmt/disabled",
      "warning",
      `binfmt_misc at ${b.root} is disabled: no registered emulator runs anything`,
      `\`echo 1 | sudo tee ${b.root}/status\``
    );
  }
  for (const e of b.entries) {
    const platform = QEMU_PLATFORMS.find((p) => entryServes(e, p));
    if (!platform || !e.enabled || e.flags.includes("F")) continue;
    add2(
      "binfmt/no-fix-binary",
      "warning",
      `binfmt_misc entry ${e.name} (${e.interpreter}, flags "${e.flags}") has no F flag: inside containers and chroots the kernel looks for ${e.interpreter} there and ${platform.name} binaries fail`,
      `re-register it with F: \`sudo go-xenv emulation register --qemu-method direct --qemu-platforms ${platform.name}\`, or the docker route \`docker run --rm --privileged tonistiigi/binfmt --install ${platform.name}\``
    );
  }
  if (f.selinux?.enforcing) {
    const bools = f.selinux.booleans;
    if (bools.deny_execmem === true) {
      add2(
        "selinux/deny-execmem",
        "error",
        "SELinux is enforcing (`getenforce`: Enforcing, /sys/fs/selinux/enforce is 1) and deny_execmem is on: emulated binaries (QEMU maps executable memory) are killed",
        "`sudo setsebool -P deny_execmem off`"
      );
    }
    if (bools.selinuxuser_execmem === false) {
      add2(
        "selinux/selinuxuser-execmem",
        "warning",
        "SELinux is enforcing (`getenforce`: Enforcing) and selinuxuser_execmem is off: programs a confined user runs cannot map executable memory, so QEMU cannot run emulated binaries",
        "`sudo setsebool -P selinuxuser_execmem on`"
      );
    }
  }
}

// src/emulation/host-facts.ts
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { isAbsolute, join as join3, relative as relative3 } from "node:path";

// src/emulation/binfmt-fs.ts
import { existsSync as existsSync2 } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";
var DEFAULT_BINFMT_ROOT = "/proc/sys/fs/binfmt_misc";
async function readBinfmt(root = DEFAULT_BINFMT_ROOT) {
  if (!existsSync2(join2(root, "register"))) return { root, mounted: false, enabled: false, entries: [] };
  const enabled = parseStatus(await readFile(join2(root, "status"), "utf8").catch(() => "disabled"));
  const names = (await readdir(root)).filter((n) => n !== "register" && n !== "status").sort();
  const entries2 = await Promise.all(names.map(async (n) => parseEntry(n, await readFile(join2(root, n), "utf8"))));
  return { root, mounted: true, enabled, entries: entries2 };
}
async function ensureMounted(root, run) {
  if (existsSync2(join2(root, "register"))) return;
  const r = await run("mount", ["-t", "binfmt_misc", "binfmt_misc", root], { timeoutMs: 1e4 });
  if (r.code !== 0 || !existsSync2(join2(root, "register"))) {
    throw new UserError(`cannot mount binfmt_misc at ${root}: ${(r.stderr || r.spawnError || "").trim() || `mount exited ${r.code}`}`, {
      hint: "run as root on a kernel with CONFIG_BINFMT_MISC, or use qemu-method: docker"
    });
  }
}
var fsWriter = (run) => ({
  mount: (root) => ensureMounted(root, run),
  async register(root, name, line) {
    if (existsSync2(join2(root, name))) await writeFile(join2(root, name), "-1");
    try {
      await writeFile(join2(root, "register"), line);
    } catch (e) {
      throw refused(name, e.code ?? e.message);
    }
  }
});
var sudoWriter = (run) => {
  const sudo = (cmd, args, opts) => run("sudo", ["-n", cmd, ...args], opts);
  const write = (path2, text2) => sudo("sh", ["-c", 'printf %s "$1" > "$2"', "sh", text2, path2], { timeoutMs: 1e4 });
  return {
    mount: (root) => ensureMounted(root, sudo),
    async register(root, name, line) {
      if (existsSync2(join2(root, name))) await write(join2(root, name), "-1");
      const r = await write(join2(root, "register"), line);
      if (r.code !== 0) throw refused(name, (r.stderr || r.spawnError || `exit ${r.code}`).trim());
    }
  };
};
var refused = (name, why) => new UserError(`binfmt_misc refused the registration of ${name}: ${why}`, {
  hint: /EACCES|EPERM|denied|not permitted/i.test(why) ? "registering needs root" : "check that the interpreter exists and is executable"
});

// src/emulation/host-facts.ts
var DEFAULT_HOST_ROOT = "/";
var text = (path2) => readFile2(path2, "utf8").then((t) => t.trim(), () => void 0);
function hostFactsReader(root = DEFAULT_HOST_ROOT, binfmtRoot2) {
  const at = (p) => join3(root, p);
  return {
    root,
    async read(q) {
      const [osrelease, procVersion, osRelease, filesystems, binfmt, selinux, mounts] = await Promise.all([
        text(at("proc/sys/kernel/osrelease")),
        text(at("proc/version")),
        text(at("etc/os-release")).then((t) => t ?? text(at("usr/lib/os-release"))),
        text(at("proc/filesystems")),
        readBinfmt(binfmtRoot2 ?? at("proc/sys/fs/binfmt_misc")),
        readSelinux(at("sys/fs/selinux")),
        readMounts(at("proc/self/mountinfo"), at("proc/mounts"))
      ]);
      return {
        root,
        osrelease,
        procVersion,
        os: osRelease && /^PRETTY_NAME=("?)(.*)\1$/m.exec(osRelease)?.[2],
        wslDistro: q.env.WSL_DISTRO_NAME || void 0,
        binfmt,
        binfmtSupported: filesystems === void 0 ? void 0 : /\sbinfmt_misc$/m.test(filesystems),
        selinux,
        dirs: q.dirs.map((d) => ({ ...d, mount: mountOf(mounts, realpathAllowMissing(d.path)) })),
        compilers: await Promise.all(q.compilers.map(async (c) => ({ ...c, path: c.cc ? await onPath(c.cc, q.env) : void 0 })))
      };
    }
  };
}
async function readSelinux(dir) {
  const enforce = await text(join3(dir, "enforce"));
  if (enforce === void 0) return void 0;
  const names = await readdir2(join3(dir, "booleans")).catch(() => []);
  const values = await Promise.all(names.map(async (n) => [n, (await text(join3(dir, "booleans", n)))?.split(/\s+/)[0] === "1"]));
  return { enforcing: enforce === "1", booleans: Object.fromEntries(values) };
}
var unescape = (s) => s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
async function readMounts(mountinfo, procMounts) {
  const info = await text(mountinfo);
  if (info !== void 0) {
    return info.split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 10).map((f) => {
      const sep5 = f.indexOf("-", 6);
      return { point: unescape(f[4]), options: f[5].split(","), fstype: f[sep5 + 1] ?? "" };
    });
  }
  return (await text(procMounts) ?? "").split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 4).map((f) => ({ point: unescape(f[1]), fstype: f[2], options: f[3].split(",") }));
}
function mountOf(mounts, path2) {
  let best;
  for (const m of mounts) {
    const r = relative3(m.point, path2);
    const under = r === "" || !r.startsWith("..") && !isAbsolute(r);
    if (under && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best;
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
      const list2 = out.get(current) ?? [];
      if (!list2.includes(v)) list2.push(v);
      out.set(current, list2);
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
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
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
  #visit(state, node2) {
    const { seen } = this.#marks;
    if (seen[node2.id] === state.gen)
      return false;
    seen[node2.id] = state.gen;
    return true;
  }
  #addThread(state, node2) {
    const { has } = this.#marks;
    if (has[node2.id] === state.gen)
      return false;
    has[node2.id] = state.gen;
    state.threads.push(node2);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node2, i, top) {
    switch (node2.t) {
      case "split":
        if (!this.#visit(state, node2))
          return;
        for (const o of node2.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node2))
          return;
        const sub = this.state();
        this.add(sub, node2.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node2, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node2))
          this.add(state, node2.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node2);
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
  constructor(pattern, options2 = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options2;
    const { nocase = false, noext = false, normalize: n } = options2;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options2.rangeMark);
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
var unescape2 = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape2(s.slice(4), { windowsPathsNoEscape, magicalBraces });
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
var minimatch = (p, pattern, options2) => {
  assertValidPattern(pattern);
  if (!options2?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options2).match(p);
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
var cachedMinimatch = (pattern, options2) => {
  const key2 = options2 ? optionsKey(options2) : 0;
  let mm = cache.get(key2)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key2)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options2));
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
var filter = (pattern, options2) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options2)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options2 = {}) => orig(p, pattern, ext(def, options2));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options2 = {}) {
        super(pattern, ext(def, options2));
      }
      static defaults(options2) {
        return orig.defaults(ext(def, options2)).Minimatch;
      }
    },
    unescape: (s, options2 = {}) => orig.unescape(s, ext(def, options2)),
    escape: (s, options2 = {}) => orig.escape(s, ext(def, options2)),
    filter: (pattern, options2 = {}) => orig.filter(pattern, ext(def, options2)),
    defaults: (options2) => orig.defaults(ext(def, options2)),
    braceExpand: (pattern, options2 = {}) => orig.braceExpand(pattern, ext(def, options2)),
    match: (list2, pattern, options2 = {}) => orig.match(list2, pattern, ext(def, options2)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options2 = {}) => {
  assertValidPattern(pattern);
  if (options2.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options2.windowsPathsNoEscape || options2[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options2.braceExpandMax });
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
var match = (list2, pattern, options2 = {}) => {
  const mm = new Minimatch(pattern, options2);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
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
var dotPortion = (f, start, end, dot, sep5) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep5))
        return true;
    }
    const s = nextSep(f, k, sep5);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep5))
      k++;
  }
  return false;
};
var isSep = (c, sep5) => sep5 === "/" ? c === 47 : sep5 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep5) => {
  if (sep5 !== "both")
    return f.indexOf(sep5, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep5) => sep5 !== "both" ? f.lastIndexOf(sep5, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
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
  constructor(pattern, options2 = {}) {
    assertValidPattern(pattern);
    options2 = options2 || {};
    this.options = options2;
    this.maxGlobstarRecursion = options2.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options2.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options2.windowsPathsNoEscape || options2[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options2.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options2.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options2.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options2.windowsNoMagicRoot !== void 0 ? options2.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options2.optimizationLevel ?? 1) >= 2;
    const n = options2.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row2) => this.#rootIndex(row2));
    this.#endRows = this.set.map((row2, r) => this.#endCheck && row2.length - 1 > drives[r]);
    this.#literals = this.set.map((row2, r) => {
      const end = this.#endRows[r] ? row2.length - 1 : row2.length;
      const lits = row2.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row2, r) => {
      const [p0, p1, p2] = row2;
      if (this.#endRows[r] && row2.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options2.matchBase && row2.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row2.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row2.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
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
  #rootIndex(row2) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row2[0]))
      return 0;
    const uncDrive = row2[0] === "" && row2[1] === "" && row2[2] === "?" && isDrive(row2[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row2);
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
    const options2 = this.options;
    if (!options2.nocomment && pattern.charAt(0) === "#") {
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
    if (!options2.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row2, i) => {
      for (let k = 0; k < row2.length; k++) {
        if (row2[k] === PENDING) {
          row2[k] = this.parse(this.globParts[i][k]);
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
        this.set.forEach((row2, i) => {
          if (!(row2[k] instanceof Matcher || row2[k] === PENDING) || !extSafe(this.globParts[i][k])) {
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
    const sep5 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row2 = this.set[r];
      const p = row2[row2.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep5);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep5))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep5) + 1;
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
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep5)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep5))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep5);
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
  #matchShape(file, row2, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row2[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row2[1];
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
  #walk(f, row2, head, dot, sep5) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep5))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep5); e !== -1; e = nextSep(f, s, sep5)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep5))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep5))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep5))
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
    const options2 = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options2;
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
    const options2 = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options2.flipNegate ? false : this.negate;
        if (can === "yes")
          return options2.flipNegate ? true : !this.negate;
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
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options2.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options2.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options2.flipNegate) {
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
minimatch.unescape = unescape2;

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

// src/pipeline/host-check.ts
var HOST_ROOT_FLAG = {
  name: "host-root",
  description: `read /proc, /sys and /etc under this directory instead of ${DEFAULT_HOST_ROOT} (a chroot, or a test's fake tree)`
};
async function hostCheck(ctx, opts = {}) {
  const root = typeof ctx.flags["host-root"] === "string" ? ctx.flags["host-root"] : DEFAULT_HOST_ROOT;
  const env = ctx.host.env;
  const targets = await configTargets(ctx, opts.emulation === void 0 || ctx.config.matrix.cgo.length > 0);
  const native = nativePlatforms();
  const emulation = opts.emulation ?? (ctx.config.emulation.platforms.length > 0 || targets.all.some((t) => t.startsWith("linux/") && !native.includes(t.slice("linux/".length))));
  const facts = await hostFactsReader(root, opts.binfmtRoot).read({ dirs: execDirs(ctx), compilers: targets.cgo.map(compilerFor), env });
  return { facts, findings: hostFindings(facts, { emulation }) };
}
function execDirs(ctx) {
  const env = ctx.host.env;
  const dirs = [{ role: "out-dir", label: "out-dir", path: ctx.config.matrix.outDir }];
  dirs.push(env.TMPDIR ? { role: "temp", label: "TMPDIR", path: env.TMPDIR } : { role: "temp", label: "temp directory", path: tmpdir() });
  if (env.RUNNER_TEMP && env.RUNNER_TEMP !== env.TMPDIR) dirs.push({ role: "temp", label: "RUNNER_TEMP", path: env.RUNNER_TEMP });
  return dirs;
}
var PAIR = /^[a-z0-9]+\/[a-z0-9]+$/;
async function configTargets(ctx, plan) {
  const m = ctx.config.matrix;
  const pairs = (list2) => list2.map((t) => t.trim().toLowerCase()).filter((t) => PAIR.test(t));
  const go = plan && m.targets.length ? await onPath("go", ctx.host.env) : void 0;
  const planned = go ? await plannedTargets(m, { go, env: ctx.host.env }, spawnRunner).catch(() => void 0) : void 0;
  if (!planned) return { all: pairs(m.targets), cgo: pairs(m.cgo) };
  const key2 = (t) => `${t.goos}/${t.goarch}`;
  return { all: [...new Set(planned.map(key2))], cgo: [...new Set(planned.filter((t) => t.cgo).map(key2))] };
}
function compilerFor(target) {
  const [goos, goarch] = target.split("/");
  const cc = crossCompiler(goos, goarch);
  return { target, cc: cc?.cc, package: cc?.package };
}

// src/toolchain/doctor.ts
import { isAbsolute as isAbsolute2, relative as relative4 } from "node:path";
var fromCapabilityFinding = (f) => ({
  id: f.rule ?? f.capability,
  severity: f.severity === "notice" ? "info" : f.severity,
  message: f.message,
  fix: f.help ?? ""
});
var VALID_MOD = /* @__PURE__ */ new Set(["readonly", "vendor", "mod"]);
function diagnose(f) {
  const out = [];
  const add2 = (id, severity, message2, fix) => out.push({ id, severity, message: message2, fix });
  const usedRoot = f.installed?.goroot ?? f.pathGo?.goroot;
  if (!f.pathGo && !f.installed) {
    add2("no-go", "error", "no `go` on PATH", "run `go-xenv setup` (or the action with `command: setup`) to install the requested Go");
  }
  if (f.installed && f.pathGo && f.pathGo.realpath !== f.installedRealpath && f.pathGo.goroot !== f.installed.goroot) {
    add2(
      "path-shadow",
      "warning",
      `\`go\` on PATH is ${f.pathGo.path} (go${f.pathGo.version ?? "?"}, GOROOT ${f.pathGo.goroot ?? "?"}), not the installed go${f.installed.version} (${f.installed.goBin})`,
      `put ${f.installed.goroot}/bin first on PATH, or remove the other Go from PATH`
    );
  }
  if (!f.installed && f.requested && f.pathGo && f.requested.satisfiedByPath === false) {
    add2(
      "path-version",
      "warning",
      `\`go\` on PATH is go${f.pathGo.version ?? "?"} but ${f.requested.source} asks for ${f.requested.spec}`,
      "run `go-xenv setup` (or the action with `command: setup`) to install it"
    );
  }
  if (f.env.GOROOT && usedRoot && trimSlash(f.env.GOROOT) !== trimSlash(usedRoot)) {
    add2(
      "goroot",
      "error",
      `GOROOT is set to ${f.env.GOROOT}, another tree than the go in use (${usedRoot})`,
      "unset GOROOT: the go command finds its own root, and a foreign GOROOT mixes standard libraries and tools"
    );
  }
  if (f.env.GO111MODULE?.toLowerCase() === "off") {
    add2(
      "go111module",
      "error",
      "GO111MODULE=off: go.mod is ignored and builds use GOPATH mode",
      "unset GO111MODULE (or set it to on)"
    );
  }
  const goSaid = f.goRun?.error;
  if (goSaid && !(/GOROOT/.test(goSaid) && out.some((x) => x.id === "goroot"))) {
    add2("go-fails", "error", `every go command fails here: \`${f.goRun.command}\` in ${f.workingDirectory} says: ${logSafe(goSaid)}`, fixFor(goSaid, f.env));
  }
  const goJudgedFlags = f.goRun && (!goSaid || /GOFLAGS|vendor/.test(goSaid));
  for (const flag of goJudgedFlags ? [] : (f.env.GOFLAGS ?? "").split(/\s+/).filter(Boolean)) {
    if (!flag.startsWith("-")) {
      add2("goflags", "error", `GOFLAGS holds "${flag}", which is not a flag: every go command fails`, "GOFLAGS takes space-separated flags such as -mod=readonly; fix or unset it");
      continue;
    }
    const mod = /^--?mod=(.*)$/.exec(flag)?.[1];
    if (mod !== void 0 && !VALID_MOD.has(mod)) {
      add2("goflags", "error", `GOFLAGS has ${flag}: -mod must be readonly, vendor or mod`, "fix or unset GOFLAGS");
    } else if (mod === "vendor" && !f.hasVendor) {
      add2(
        "goflags",
        "error",
        `GOFLAGS has ${flag} but ${f.workingDirectory} has no vendor/ directory: builds fail`,
        "run `go mod vendor` and commit vendor/, or remove -mod=vendor from GOFLAGS"
      );
    }
  }
  if (f.gotoolchainRun?.error) {
    add2(
      "gotoolchain",
      "error",
      `GOTOOLCHAIN=${logSafe(f.gotoolchain ?? "")}: go refuses it: ${logSafe(f.gotoolchainRun.error)}`,
      "set GOTOOLCHAIN to local (setup exports it), auto, path, or a toolchain name such as go1.26.8"
    );
  } else if (f.gotoolchain && f.gotoolchain !== "local") {
    add2(
      "gotoolchain",
      "warning",
      `GOTOOLCHAIN=${f.gotoolchain}: go may download and run another toolchain than the one installed`,
      "set GOTOOLCHAIN=local (setup exports it for later steps)"
    );
  }
  if (!f.hasGoMod && !f.hasGoWork) {
    add2(
      "no-go-mod",
      "warning",
      `${f.workingDirectory} has no go.mod: builds run outside module mode and the cache key has no dependencies`,
      "run `go mod init <module path>` there, or point working-directory at the module"
    );
  }
  if (f.locations) {
    for (const name of ["GOMODCACHE", "GOCACHE"]) {
      const p = f.locations[name];
      if (p && inside(p, f.workspaceAbs)) {
        add2(
          "cache-in-repo",
          "warning",
          `${name} (${p}) is inside the workspace: it gets scanned, linted and maybe committed`,
          `set ${name} outside the repository (the default under $HOME is fine)`
        );
      }
    }
  }
  return out;
}
function fixFor(said, env) {
  if (/GOFLAGS/.test(said)) return `fix or unset GOFLAGS (now "${logSafe(env.GOFLAGS ?? "")}"): it takes space-separated flags that go knows, such as -mod=readonly`;
  if (/GO111MODULE/.test(said)) return "unset GO111MODULE, or set it to on";
  if (/vendor/.test(said)) return "run `go mod vendor` and commit vendor/, or remove -mod=vendor from GOFLAGS";
  if (/GOROOT/.test(said)) return "unset GOROOT: the go command finds its own root";
  if (/go\.(mod|work|sum)/.test(said)) return "fix the file and line the message names";
  return "fix the setting the message names, then run doctor again";
}
var trimSlash = (p) => p.replace(/\/+$/, "");
var inside = (p, dir) => {
  const r = relative4(dir, p);
  return r === "" || !r.startsWith("..") && !isAbsolute2(r);
};
var ICON2 = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
var findingsTable = (findings) => ["| | finding | fix |", "|---|---|---|", ...findings.map((x) => `| ${ICON2[x.severity]} | ${escapeCell(x.message)} | ${escapeCell(x.fix)} |`)];
function renderDoctor(f, findings) {
  const esc = escapeCell;
  const lines = findings.length ? findingsTable(findings) : ["No problems found in the Go environment."];
  const rows = [
    ["go on PATH", f.pathGo ? `${f.pathGo.path} (go${f.pathGo.version ?? "?"})` : "none"],
    ["installed", f.installed ? `go${f.installed.version} in ${f.installed.goroot}` : void 0],
    ["GOPATH", f.locations?.GOPATH],
    ["GOCACHE", f.locations?.GOCACHE],
    ["GOMODCACHE", f.locations?.GOMODCACHE]
  ];
  lines.push("", "| where | path |", "|---|---|", ...rows.filter((r) => r[1] !== void 0).map(([k, v]) => `| ${k} | ${esc(v)} |`));
  return lines.join("\n");
}

// src/toolchain/doctor-facts.ts
import { existsSync as existsSync3, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join5, relative as relative5 } from "node:path";

// src/toolchain/go-env.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants as constants2, realpathSync } from "node:fs";
import { basename, delimiter as delimiter2, dirname, join as join4 } from "node:path";
var GoCommandError = class extends Error {
  constructor(message2, stderr) {
    super(message2);
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
  for (const dir of (pathEnv ?? "").split(delimiter2)) {
    if (!dir) continue;
    const p = join4(dir, exe);
    try {
      accessSync(p, constants2.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
var realpathOr = (p) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};
function goSyntaxError(goBin, file, env) {
  const tool = file.endsWith(".work") ? "work" : "mod";
  const r = spawnSync(goBin, [tool, "edit", "-json", file], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: 1e4,
    maxBuffer: 8 << 20,
    env: scrubEnv({ ...env, GOTOOLCHAIN: "local", GOFLAGS: "", GOWORK: "off" })
  });
  if (r.status === 0 || typeof r.stderr !== "string") return void 0;
  for (const l of r.stderr.split("\n")) {
    const m = /^(.+?):(\d+)(?::(\d+))?: (.+)$/.exec(l.trim());
    if (m && basename(m[1]) === basename(file)) return { message: m[4], line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 };
  }
  return void 0;
}

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

// src/toolchain/resolve.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/toolchain/release-shape.ts
var isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function releasesOf(data2) {
  if (!Array.isArray(data2)) return void 0;
  const out = [];
  for (const r of data2) {
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
  const { filename, os, arch, version: version2, sha256: sha2562, size } = file;
  if (typeof os !== "string" || typeof arch !== "string" || !PLATFORM_PART.test(os) || !PLATFORM_PART.test(arch)) {
    throw bad(`an invalid os/arch ${quoted(`${String(os)}/${String(arch)}`)}`);
  }
  const ext2 = typeof filename === "string" && filename.endsWith(".zip") ? "zip" : "tar.gz";
  const want2 = `${release.version}.${os}-${arch}.${ext2}`;
  if (typeof filename !== "string" || filename !== want2 || version2 !== release.version) {
    throw bad(`the file name ${quoted(String(filename))}: only the bare go.dev name ${quoted(want2)} is accepted`);
  }
  if (typeof sha2562 !== "string" || !SHA256.test(sha2562)) throw bad(`sha256 ${quoted(String(sha2562))}, not 64 hex digits`);
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size <= 0) throw bad(`size ${quoted(String(size))}, not a positive integer`);
  return file;
}

// src/toolchain/resolve.ts
var NODE_OS = { linux: "linux", darwin: "darwin", win32: "windows", freebsd: "freebsd", openbsd: "openbsd", aix: "aix" };
var NODE_ARCH = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "armv6l", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" };
var goPlatform = (platform, arch) => ({ os: NODE_OS[platform] ?? platform, arch: NODE_ARCH[arch] ?? arch });
function candidates(releases) {
  const out = [];
  for (const release of releases) {
    const v = goToSemver(release.version);
    if (v) out.push({ semver: v, release });
  }
  return out.sort((a, b) => import_semver2.default.rcompare(a.semver, b.semver));
}
function pickRelease(spec, releases, source) {
  const all = candidates(releases);
  const stable = all.filter((c) => c.release.stable && !import_semver2.default.prerelease(c.semver));
  const newest = stable[0] ? semverToGo(stable[0].semver) : "none";
  const line = (v) => `${import_semver2.default.major(v)}.${import_semver2.default.minor(v)}`;
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
      hit = stable.find((c) => import_semver2.default.satisfies(c.semver, spec.range));
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
function resolve2(spec, releases, platform, source) {
  const c = pickRelease(spec, releases, source);
  return { version: semverToGo(c.semver), semver: c.semver, release: c.release, file: pickFile(c.release, platform, source) };
}
function satisfiesOffline(version2, spec) {
  switch (spec.kind) {
    case "exact":
      return import_semver2.default.eq(version2, spec.semver);
    case "minor":
      return !import_semver2.default.prerelease(version2) && `${import_semver2.default.major(version2)}.${import_semver2.default.minor(version2)}` === spec.line;
    case "range":
      return import_semver2.default.satisfies(version2, spec.range);
    default:
      return void 0;
  }
}
function pickInstalled(installed, spec) {
  return [...installed].sort(import_semver2.default.rcompare).find((v) => satisfiesOffline(v, spec) === true);
}

// src/toolchain/doctor-facts.ts
var VARS = ["GOVERSION", "GOROOT", "GOPATH", "GOCACHE", "GOMODCACHE"];
async function probe(goBin, env) {
  const { GOROOT: _ignored, ...own } = env;
  try {
    return await goEnv(goBin, own, VARS);
  } catch {
    return void 0;
  }
}
async function gatherFacts(config, host, installed, request) {
  const env = host.env;
  const pathGoBin = whichGo(env.PATH);
  const pathEnv = pathGoBin ? await probe(pathGoBin, env) : void 0;
  const same = installed && pathGoBin && realpathOr(pathGoBin) === realpathOr(installed.goBin);
  const usedEnv = installed && !same ? await probe(installed.goBin, { ...env, ...installed.env }) : pathEnv;
  const usedRoot = installed?.goroot ?? pathEnv?.GOROOT;
  const pathVersion = pathEnv?.GOVERSION?.replace(/^go/, "");
  const lastSpec = request?.specs.at(-1);
  const pathSemver = pathVersion ? goToSemver(pathVersion) : void 0;
  const goBin = installed?.goBin ?? pathGoBin;
  const runEnv = installed ? { ...env, ...installed.env } : env;
  return {
    workingDirectory: relative5(config.workspace, config.workingDirectory) || ".",
    workingDirectoryAbs: config.workingDirectory,
    workspaceAbs: config.workspace,
    installed: installed && { version: installed.version, goroot: installed.goroot, goBin: installed.goBin },
    installedRealpath: installed && realpathOr(installed.goBin),
    requested: request && lastSpec ? { spec: lastSpec.raw, source: request.source, satisfiedByPath: pathSemver ? satisfiesOffline(pathSemver, lastSpec) : void 0 } : void 0,
    pathGo: pathGoBin ? { path: pathGoBin, realpath: realpathOr(pathGoBin), version: pathVersion, goroot: pathEnv?.GOROOT } : void 0,
    env: { GOROOT: env.GOROOT || void 0, GO111MODULE: env.GO111MODULE || void 0, GOFLAGS: env.GOFLAGS || void 0 },
    gotoolchain: env.GOTOOLCHAIN || (usedRoot ? goEnvFileValue(join5(usedRoot, "go.env"), "GOTOOLCHAIN") : void 0),
    locations: usedEnv ? { GOPATH: usedEnv.GOPATH, GOCACHE: usedEnv.GOCACHE, GOMODCACHE: usedEnv.GOMODCACHE } : void 0,
    hasGoMod: existsSync3(join5(config.workingDirectory, "go.mod")),
    hasGoWork: existsSync3(join5(config.workingDirectory, "go.work")),
    hasVendor: existsSync3(join5(config.workingDirectory, "vendor")),
    goRun: goBin ? await tryGo(goBin, RUN_ARGS, runEnv, config.workingDirectory) : void 0,
    gotoolchainRun: goBin && env.GOTOOLCHAIN && env.GOTOOLCHAIN !== "local" ? await tryToolchain(goBin, runEnv, env.GOTOOLCHAIN) : void 0
  };
}
var RUN_ARGS = ["list", "-e", "-f", "{{.ImportPath}}", "runtime"];
async function tryGo(goBin, args, env, cwd, gotoolchain) {
  const command = `go ${args.join(" ")}`;
  try {
    await runGo(goBin, args, { ...env, GOPROXY: "off" }, { cwd, gotoolchain, timeoutMs: 6e4 });
    return { command };
  } catch (e) {
    const said = e instanceof GoCommandError ? e.stderr : e.message;
    return { command, error: said.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" ") };
  }
}
async function tryToolchain(goBin, env, gotoolchain) {
  const dir = mkdtempSync(join5(tmpdir2(), "go-xenv-doctor-"));
  try {
    const run = await tryGo(goBin, ["env", "GOVERSION"], env, dir, gotoolchain);
    return run.error && /download/.test(run.error) ? { command: run.command } : run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function goEnvFileValue(file, name) {
  if (!existsSync3(file)) return void 0;
  const m = new RegExp(`^${name}=(.*)$`, "m").exec(readFileSync(file, "utf8"));
  return m?.[1].trim();
}

// src/toolchain/go-cache.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join6, relative as relative7 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync, realpath, realpathSync as realpathSync2, stat, statSync } from "fs";
import { isAbsolute as isAbsolute3, posix, resolve as resolve4 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname2, normalize as normalize2, relative as relative6, resolve as resolve3, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
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
function normalizePath(path2, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = resolve3(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options2) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative6(root, directoryPath), options2.pathSeparator) + options2.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options2) {
  const { relativePaths, includeBasePath } = options2;
  return relativePaths && root ? joinPathWithRelativePath(root, options2) : includeBasePath ? joinPathWithBasePath : joinPath;
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
function build$6(root, options2) {
  const { includeDirs, filters, relativePaths } = options2;
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
function build$5(options2) {
  const { excludeFiles, filters, onlyCounts } = options2;
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
function build$4(options2) {
  return options2.group ? getArrayGroup : getArray;
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
function build$3(options2) {
  return options2.group ? groupFiles : empty;
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
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
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
function build$1(options2, isSynchronous) {
  const { onlyCounts, group: group2, maxFiles } = options2;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group2) return isSynchronous ? groupsSync : groupsAsync;
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
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries2 = []) => {
    callback$1(entries2, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries2 = [];
  try {
    entries2 = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries2, directoryPath, currentDepth);
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
  constructor(root, options2, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options2, this.isSynchronous);
    this.root = normalizePath(root, options2);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options: options2,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options2.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options2);
    this.pushDirectory = build$6(this.root, options2);
    this.pushFile = build$5(options2);
    this.getArray = build$4(options2);
    this.groupFiles = build$3(options2);
    this.resolveSymlink = build$2(options2, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries2, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries2.length; ++i) {
      const entry = entries2[i];
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
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options2) {
  return new Promise((resolve$1, reject) => {
    callback(root, options2, (err2, output) => {
      if (err2) return reject(err2);
      resolve$1(output);
    });
  });
}
function callback(root, options2, callback$1) {
  let walker = new Walker(root, options2, callback$1);
  walker.start();
}
function sync(root, options2) {
  const walker = new Walker(root, options2);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options2) {
    this.root = root;
    this.options = options2;
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
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
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
  constructor(options2) {
    this.options = {
      ...this.options,
      ...options2
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
  crawlWithOptions(root, options2) {
    this.options = {
      ...this.options,
      ...options2
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options2) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options2);
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
function getPartialMatcher(patterns, options2 = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options2);
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
        if (!options2.noglobstar && part === "**") return true;
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
function isDynamicPattern(pattern, options2) {
  if ((options2 === null || options2 === void 0 ? void 0 : options2.caseSensitiveMatch) === false) return true;
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
  result = isAbsolute3(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
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
function processPatterns(options2, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options2.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options2, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options2, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options2, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options2, patterns) {
  const cwd = options2.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options2, patterns, props);
  if (options2.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options2;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options2.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options2.extglob === false,
    noglobstar: options2.globstar === false,
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
  if (options2.deep !== void 0) maxDepth = Math.round(options2.deep - props.depthOffset);
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
      const skipped2 = excludePredicate(_, p);
      log(`${skipped2 ? "skipped" : "crawling"} ${p}`);
      return skipped2;
    } : excludePredicate,
    fs: options2.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options2.onlyFiles,
    maxDepth,
    signal: options2.signal
  }).crawl(root);
  if (options2.debug) log("internal properties:", {
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
function getOptions(options2) {
  const opts = Object.assign({}, options2);
  for (const key2 in defaultOptions) if (opts[key2] === void 0) Object.assign(opts, { [key2]: defaultOptions[key2] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve4(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
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
  const options2 = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options2, patterns) : [];
}
function globSync(globInput, options2) {
  const [crawler, relative17] = getCrawler(globInput, options2);
  return crawler ? formatPaths(crawler.sync(), relative17) : [];
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
  constructor(status2, statusText) {
    super(`HTTP ${status2} ${statusText}`.trimEnd());
    this.status = status2;
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
    const status2 = res.statusCode ?? 0;
    if (REDIRECTS.has(status2) && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(res.headers.location, current);
      if (current.protocol === "https:" && next.protocol !== "https:") throw new Error(`refused a redirect from https to ${next.origin}`);
      current = next;
      continue;
    }
    if (status2 < 200 || status2 > 299) {
      res.resume();
      throw new HttpStatusError(status2, res.statusMessage ?? "");
    }
    return res;
  }
}
function requestOnce(u, headers, opts) {
  return new Promise((resolve10, reject) => {
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
      resolve10(r);
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
import { basename as basename3 } from "node:path";

// src/toolchain/go-mod-syntax.ts
var PUNCT = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
function lex(text2, file) {
  const fail = (message2, line, col, hint) => {
    throw new UserError(message2, { where: { file, line, col }, code: "bad_version_file", hint: hint ?? "fix the syntax (`go mod edit -fmt` shows the expected form)" });
  };
  return text2.split(/\r?\n/).map((src, i) => {
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
function parseStatements(text2, file) {
  const fail = (message2, line, col, hint = "fix the syntax (`go mod edit -fmt` shows the expected form)") => {
    throw new UserError(message2, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  const out = [];
  let block;
  for (const tokens of lex(text2, file)) {
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

// src/toolchain/version-file.ts
function readVersionText(name, text2, display) {
  const base = basename3(name);
  if (base === ".tool-versions") return fromToolVersions(text2, display);
  if (base.endsWith(".mod") || base.endsWith(".work")) return fromGoMod(text2, display, base.endsWith(".work") ? "work" : "mod");
  return fromPlain(text2, display);
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
function fromGoMod(text2, file, kind) {
  const fail = (message2, line, col, hint) => {
    throw new UserError(message2, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  let go;
  let toolchain;
  for (const st of parseStatements(text2, file)) {
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
function fromPlain(text2, file) {
  const lines = text2.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/#.*$/, "");
    const words4 = raw.trim().split(/\s+/).filter(Boolean);
    if (!words4.length) continue;
    if (words4.length > 1) {
      const col = raw.indexOf(words4[1], raw.indexOf(words4[0]) + words4[0].length) + 1;
      throw new UserError(`the version file holds more than one word: unexpected "${words4[1]}"`, { where: { file, line: i + 1, col }, code: "bad_version_file", hint: "write one version, like 1.26.8, on the line" });
    }
    return { spec: words4[0], line: i + 1, from: "version" };
  }
  throw new UserError("the version file is empty", { where: { file }, code: "bad_version_file", hint: "write a version like 1.26.8 on its first line" });
}
function fromToolVersions(text2, file) {
  const lines = text2.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [key2, value] = lines[i].replace(/#.*$/, "").trim().split(/\s+/);
    if (key2 !== "golang" && key2 !== "go") continue;
    if (!value) throw new UserError(`the ${key2} entry has no version`, { where: { file, line: i + 1, col: lines[i].indexOf(key2) + key2.length + 1 }, code: "bad_version_file", hint: `write it as \`${key2} 1.26.8\`` });
    return { spec: value, line: i + 1, from: key2 };
  }
  throw new UserError("no golang or go entry", { where: { file }, code: "bad_version_file", hint: "add a line like `golang 1.26.8`" });
}
var goModHasRequire = (text2) => /^\s*require\b/m.test(text2.replace(/\/\/.*$/gm, ""));

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
  const rel = relative7(config.workspace, config.workingDirectory);
  const given = config.toolchain.cacheDependencyPath;
  const patterns = given.length ? given : [rel ? `${rel}/go.sum` : "go.sum"];
  for (const p of patterns) resolveInside(config.workspace, literalPrefix(p), { label: LABEL });
  const plain2 = patterns.filter((p) => !WILDCARD.test(p) && existsSync4(join6(config.workspace, p))).map((p) => relative7(config.workspace, join6(config.workspace, p)));
  const globs = patterns.filter((p) => WILDCARD.test(p));
  const matched = globs.length ? globSync(globs, { cwd: config.workspace, onlyFiles: true, dot: true, followSymbolicLinks: false }) : [];
  const paths = [.../* @__PURE__ */ new Set([...plain2, ...matched])].sort();
  if (!paths.length) {
    const goMod = join6(config.workingDirectory, "go.mod");
    const noDeps = !given.length && existsSync4(goMod) && !goModHasRequire(readBoundedText(goMod, { label: "go.mod" }));
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
  const cache2 = await import("./cache-J3JCYT2R.js");
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
  const cache2 = await import("./cache-J3JCYT2R.js");
  if (!cache2.isFeatureAvailable()) {
    host.info(`module/build cache not saved: the cache service is not available here (key ${key2})`);
    return;
  }
  try {
    const paths = JSON.parse(host.getState(STATE.paths) || "[]");
    const existing = paths.filter((p) => existsSync4(p));
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
  if (!eventPath || !existsSync4(eventPath)) return void 0;
  try {
    const event = JSON.parse(readBoundedText(eventPath, { label: "the event payload", maxBytes: EVENT_LIMIT }));
    return typeof event.repository?.default_branch === "string" ? event.repository.default_branch : void 0;
  } catch {
    return void 0;
  }
}

// src/toolchain/request.ts
import { existsSync as existsSync5 } from "node:fs";
import { join as join7, relative as relative8, resolve as resolve5 } from "node:path";

// src/toolchain/version-spec.ts
var import_semver3 = __toESM(require_semver(), 1);
function parseVersionSpec(input, where = {}) {
  const raw = input.trim();
  const s = raw.replace(/^v(?=\d)/, "").replace(/^go(?=\d)/, "");
  const lower = s.toLowerCase();
  if (lower === "stable" || lower === "latest") return { kind: "stable", raw };
  if (lower === "oldstable") return { kind: "oldstable", raw };
  if (/^\d+\.\d+$/.test(s)) return { kind: "minor", raw, line: s };
  if (/^\d+\.\d+\.\d+$/.test(s) || /^\d+\.\d+(\.\d+)?(rc|beta)\d+$/.test(s)) return { kind: "exact", raw, semver: goToSemver(s) };
  const sv = import_semver3.default.valid(s);
  if (sv) return { kind: "exact", raw, semver: sv };
  if (/^\d+$/.test(s)) return { kind: "range", raw, range: `${s}.x` };
  if (s && import_semver3.default.validRange(s)) return { kind: "range", raw, range: s };
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
    const path2 = [resolve5(workspace, tc.goVersionFile), resolve5(workingDirectory, tc.goVersionFile)].find((p) => existsSync5(p));
    if (!path2) {
      throw new UserError(`go-version-file "${tc.goVersionFile}" does not exist`, {
        where: { file: "input go-version-file" },
        code: "missing_version_file",
        hint: "give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)"
      });
    }
    return fromFile(path2, workspace, "go-version-file", env);
  }
  const goMod = join7(workingDirectory, "go.mod");
  return existsSync5(goMod) ? fromFile(goMod, workspace, "go.mod", env) : void 0;
}
function fromFile(path2, workspace, label2, env) {
  const rel = relative8(workspace, path2);
  const display = rel && !rel.startsWith("..") ? rel : path2;
  const text2 = readBoundedText(path2, { label: label2, where: { file: display } });
  const v = versionOf(path2, text2, display, env);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}
function versionOf(path2, text2, display, env) {
  try {
    return readVersionText(path2, text2, display);
  } catch (e) {
    const goBin = e instanceof UserError && /\.(mod|work)$/.test(path2) && env ? whichGo(env.PATH) : void 0;
    const go = goBin ? goSyntaxError(goBin, path2, env) : void 0;
    if (!go) throw e;
    throw new UserError(go.message.replaceAll(path2, display), { where: { file: display, line: go.line, col: go.col }, code: "bad_version_file", hint: `as \`go ${path2.endsWith(".work") ? "work" : "mod"} edit -json\` reads it; fix that line` });
  }
}

// src/toolchain/setup.ts
import { homedir, tmpdir as tmpdir3 } from "node:os";
import { delimiter as delimiter3, join as join12 } from "node:path";

// src/toolchain/install.ts
import { existsSync as existsSync7, rmSync as rmSync4 } from "node:fs";
import { join as join10 } from "node:path";

// src/toolchain/download.ts
import { spawn as spawn2 } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { join as join8 } from "node:path";
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
    const data2 = Buffer.concat(parts).subarray(0, size);
    if (type === "L" || type === "K") {
      const end = data2.indexOf(0);
      const value = data2.toString("utf8", 0, end === -1 ? data2.length : end);
      if (type === "L") this.next.path = value;
      else this.next.linkpath = value;
      return;
    }
    const records = paxRecords(data2);
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
var HINT2 = "nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)";
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
      throw new UserError(`the download of ${filename} is truncated: ${this.bytes} of ${size} bytes`, { code: "download_truncated", hint: HINT2 });
    }
    const got = this.hash.digest("hex");
    if (got !== sha2562.toLowerCase()) {
      throw new UserError(`SHA-256 mismatch for ${filename}: the release list says ${sha2562}, the download is ${got}`, { code: "checksum_mismatch", hint: HINT2 });
    }
  }
};
var tooLong = (file) => new UserError(`the download of ${file.filename} is larger than the ${file.size} bytes the release list gives`, { code: "download_too_long", hint: HINT2 });
var extractError = (filename, why) => new UserError(`could not extract ${filename}: ${why}`, { code: "extract_failed", hint: EXTRACT_HINT });
async function downloadAndUnpack(url, file, staging, opts) {
  let res;
  try {
    res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, idleMs: opts.idleMs ?? 6e4 });
  } catch (e) {
    if (e instanceof HttpStatusError) throw new UserError(`could not download ${url}: ${e.message}`, { code: "download_http", hint: HINT2 });
    throw new UserError(`could not download ${url}: ${causeOf(e)}`, { code: "download_failed", hint: HINT2 });
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
    if (body.error) return new UserError(`the download of ${file.filename} was cut off after ${meter.bytes} bytes: ${causeOf(body.error)}`, { code: "download_truncated", hint: HINT2 });
    if (body.ended) meter.verify();
    return other();
  };
  if (file.filename.endsWith(".zip")) return unpackZip(res, meter, file, staging, opts.temp, failure);
  const tar = spawn2("tar", ["-x", "-f", "-", "-C", staging, "--no-same-owner", "--no-same-permissions"], { stdio: ["pipe", "ignore", "pipe"], env: scrubEnv(process.env) });
  let stderr = "";
  tar.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const exited = new Promise((resolve10) => {
    tar.on("error", (error) => resolve10({ code: null, error }));
    tar.on("close", (code) => resolve10({ code }));
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
  const work = mkdtempSync2(join8(temp, "go-xenv-"));
  try {
    const archive = join8(work, file.filename);
    try {
      await pipeline(res, meter, createWriteStream(archive));
    } catch (e) {
      throw failure(e, () => new UserError(`could not save ${file.filename}: ${causeOf(e)}`, { code: "download_failed", hint: HINT2 }));
    }
    meter.verify();
    checkZip(archive, { label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
    const tc = await import("./tool-cache-MJQ67YQA.js");
    await tc.extractZip(archive, staging).catch((e) => {
      throw extractError(file.filename, causeOf(e));
    });
  } finally {
    rmSync2(work, { recursive: true, force: true });
  }
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
  let data2;
  try {
    data2 = JSON.parse(body.toString("utf8"));
  } catch (e) {
    throw new UserError(`the Go release list from ${url} is not JSON: ${causeOf(e)}`, { code: "mirror_bad_list", hint });
  }
  const releases = releasesOf(data2);
  if (!releases) throw new UserError(`the Go release list from ${url} is not in go.dev's format ([{version, stable, files}])`, { code: "mirror_bad_list", hint });
  return releases;
}

// src/toolchain/tool-cache.ts
var import_semver4 = __toESM(require_semver(), 1);
import { createHash as createHash3, randomBytes } from "node:crypto";
import {
  closeSync as closeSync2,
  existsSync as existsSync6,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readdirSync as readdirSync2,
  readFileSync as readFileSync2,
  renameSync,
  rmSync as rmSync3,
  statSync as statSync2,
  unlinkSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { hostname } from "node:os";
import { join as join9 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var toolPath = (root, version2, arch) => join9(root, "go", version2, arch);
function cachedVersions(root, arch) {
  const dir = join9(root, "go");
  if (!existsSync6(dir)) return [];
  return readdirSync2(dir).filter((v) => import_semver4.default.valid(v) && existsSync6(join9(dir, v, arch)) && existsSync6(join9(dir, v, `${arch}.complete`)));
}
function findCached(root, version2, arch) {
  const p = toolPath(root, version2, arch);
  return existsSync6(p) && existsSync6(`${p}.complete`) ? p : void 0;
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
  const dir = join9(root, "go", `.staging-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync2(dir, { recursive: true });
  return dir;
}
function sweepStaging(root, now = Date.now()) {
  const dir = join9(root, "go");
  if (!existsSync6(dir)) return [];
  const removed = [];
  for (const name of readdirSync2(dir)) {
    const m = /^\.(?:staging|trash)-([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const p = join9(dir, name);
    const stale = m[1] === HOST ? !alive(Number(m[2])) : now - statSync2(p).mtimeMs > FOREIGN_STALE_MS;
    if (stale) {
      rmSync3(p, { recursive: true, force: true });
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
        return readFileSync2(path2, "utf8").split(" ");
      } catch {
        return [];
      }
    })();
    if (host === HOST && pid && !alive(Number(pid))) {
      rmSync3(path2, { force: true });
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
async function commit(goroot, root, version2, arch, works) {
  const target = toolPath(root, version2, arch);
  mkdirSync2(join9(root, "go", version2), { recursive: true });
  return withLock(`${target}.lock`, async () => {
    if (existsSync6(target)) {
      if (await works(target)) {
        writeFileSync(`${target}.complete`, "");
        return { path: target, adopted: true };
      }
      rmSync3(`${target}.complete`, { force: true });
      const trash = join9(root, "go", `.trash-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
      renameSync(target, trash);
      rmSync3(trash, { recursive: true, force: true });
    }
    renameSync(goroot, target);
    writeFileSync(`${target}.complete`, "");
    return { path: target, adopted: false };
  });
}

// src/toolchain/install.ts
function releaseListLoader(ctx) {
  let list2;
  return () => list2 ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl });
}
async function goVersionOf(goroot, ctx) {
  const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
  const env = { ...scrubEnv(process.env), GOTOOLCHAIN: "local", GOENV: "off", GOFLAGS: "", GOROOT: "" };
  const r = await (ctx.run ?? spawnRunner)(join10(goroot, "bin", exe), ["version"], { env, timeoutMs: 6e4 });
  if (r.spawnError) return { ok: false, why: r.spawnError };
  if (r.code !== 0) return { ok: false, why: r.stderr.trim().split("\n")[0] || (r.timedOut ? "timed out" : `exit status ${r.code ?? r.signal}`) };
  const m = /^go version go(\S+) /.exec(r.stdout);
  return m ? { ok: true, version: m[1] } : { ok: false, why: `it printed ${JSON.stringify(r.stdout.slice(0, 80))}` };
}
var runsAs = async (goroot, version2, ctx) => {
  const v = await goVersionOf(goroot, ctx);
  return v.ok && v.version === version2;
};
async function install(spec, ctx, list2) {
  for (const p of sweepStaging(ctx.toolCache)) ctx.log(`removed ${p}, left by an install that was killed`);
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    const goroot = cached && toolPath(ctx.toolCache, cached, ctx.cacheArch);
    if (goroot && await runsAs(goroot, semverToGo(cached), ctx)) return { version: semverToGo(cached), goroot, source: "tool-cache" };
  }
  const r = resolve2(spec, await list2(), ctx.platform, ctx.baseUrl);
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
    const goroot = join10(staging, "go");
    const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
    if (!existsSync7(join10(goroot, "bin", exe))) {
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
    rmSync4(staging, { recursive: true, force: true });
  }
}

// src/toolchain/matcher.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join11 } from "node:path";

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
  const file = join11(tempDir, "go-xenv-go-matcher.json");
  writeFileSync2(file, JSON.stringify(go_matcher_default));
  host.info(`::add-matcher::${file}`);
}

// src/toolchain/setup.ts
function installDirs(host) {
  const env = host.env;
  if (host.kind === "actions") {
    return { toolCache: env.RUNNER_TOOL_CACHE || join12(tmpdir3(), "go-xenv-tool-cache"), temp: env.RUNNER_TEMP || tmpdir3() };
  }
  const base = join12(env.XDG_CACHE_HOME || join12(env.HOME || homedir(), ".cache"), "go-xenv");
  return { toolCache: base, temp: join12(base, "tmp") };
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
  const list2 = releaseListLoader(ctx);
  const exe = process.platform === "win32" ? "go.exe" : "go";
  const local2 = host.kind === "terminal" ? await localGo(host) : void 0;
  const notes = [];
  const installed = [];
  if (!request) {
    if (!local2) {
      throw new UserError("no Go version requested", {
        code: "no_version",
        hint: "set go-version or go-version-file, or add a go.mod (with a go line) to working-directory"
      });
    }
    installed.push(local2);
    notes.push(`no version requested: using the go on PATH (${local2.goBin})`);
  }
  for (const spec of request?.specs ?? []) {
    if (local2 && await localSatisfies(local2, spec, list2, ctx.baseUrl)) {
      installed.push(local2);
      notes.push(`${spec.raw}: the go on PATH is go${local2.version} (${local2.goBin}); nothing to install`);
      continue;
    }
    const got = await install(spec, ctx, list2);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join12(got.goroot, "bin", exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === "download" ? "downloaded, SHA-256 verified," : "found in the tool cache,"} in ${got.goroot}`);
  }
  const chosen = installed.at(-1);
  host.exportVariable("GOTOOLCHAIN", "local");
  const info = await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: "local" }, ["GOVERSION", "GOPATH", "GOMODCACHE", "GOCACHE"]).catch((e) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: "broken_install", hint: "remove it from the tool cache and run again" });
  });
  if (info.GOVERSION !== `go${chosen.version}`) host.warning(logSafe(`${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`));
  if (chosen.source !== "path") {
    if (info.GOPATH) host.addPath(join12(info.GOPATH.split(delimiter3)[0], "bin"));
    host.addPath(join12(chosen.goroot, "bin"));
  }
  if (host.kind === "actions") registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? "", GOTOOLCHAIN: "local" };
  for (const t of installed) t.env = { ...env, PATH: `${join12(t.goroot, "bin")}${delimiter3}${env.PATH}` };
  const cache2 = opts.cache ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }) : { hit: false, note: "" };
  if (cache2.note) notes.push(cache2.note);
  if (host.kind === "actions") for (const note of notes) host.info(logSafe(note));
  const data2 = { ...chosen, all: installed, cacheHit: cache2.hit };
  const outputs = {
    "go-version": chosen.version,
    "go-root": chosen.goroot,
    "go-roots": JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    "cache-hit": String(cache2.hit)
  };
  return { data: data2, request, outputs, notes };
}
async function localGo(host) {
  const goBin = whichGo(host.env.PATH);
  if (!goBin) return void 0;
  try {
    const e = await goEnv(goBin, host.env, ["GOVERSION", "GOROOT"]);
    const version2 = e.GOVERSION.replace(/^go/, "");
    if (!goToSemver(version2)) return void 0;
    return { version: version2, goroot: e.GOROOT, goBin, env: {}, source: "path" };
  } catch {
    return void 0;
  }
}
async function localSatisfies(local2, spec, list2, source) {
  const v = goToSemver(local2.version);
  const offline = satisfiesOffline(v, spec);
  if (offline !== void 0) return offline;
  return semverToGo(pickRelease(spec, await list2(), source).semver) === local2.version;
}

// src/pipeline/toolchain.ts
async function runSetup(ctx) {
  const { config, host } = ctx;
  const s = await setup(config, host, { cache: true });
  const facts = await gatherFacts(config, host, s.data, s.request);
  const findings = diagnose(facts);
  reportFindings(host, findings);
  const versions2 = s.data.all.map((t) => `go${t.version}`).join(", ");
  return [{
    step: "toolchain",
    status: "ok",
    title: `toolchain: ${versions2}${s.data.all.length > 1 ? ` (go${s.data.version} first on PATH)` : ""}`,
    details: [...s.notes.map((n) => `- ${n}`), "", renderDoctor(facts, findings)].join("\n"),
    outputs: s.outputs,
    data: s.data
  }];
}
function reportFindings(host, findings) {
  for (const f of findings) if (f.severity !== "info") host.warning(`${f.message} \u2014 ${f.fix}`);
}
var setupCommand = {
  name: "setup",
  summary: "Install the requested Go (SHA-256 verified), put it on PATH, restore the module/build cache",
  run: runSetup
};
var doctorCommand = {
  name: "doctor",
  summary: "Check the Go environment: which go PATH runs, GOROOT, GO111MODULE, GOFLAGS, go.mod, cache locations",
  flags: [HOST_ROOT_FLAG],
  async run(ctx) {
    const { config, host } = ctx;
    const { request, problem } = safeRequest(config, host.env);
    const facts = await gatherFacts(config, host, void 0, request);
    const machine = await hostCheck(ctx);
    const findings = [...diagnose(facts), ...machine.findings.map(fromCapabilityFinding)];
    if (problem) findings.unshift({ id: "request", severity: "error", message: problem, fix: "fix go-version / go-version-file or the version file" });
    const errors = findings.filter((f) => f.severity === "error").length;
    const warnings = findings.filter((f) => f.severity === "warning").length;
    return [{
      step: "doctor",
      status: errors ? "failed" : "ok",
      title: `doctor: ${errors} error(s), ${warnings} warning(s)`,
      reason: errors ? findings.filter((f) => f.severity === "error").map((f) => f.message).join("; ") : void 0,
      details: renderDoctor(facts, findings),
      data: { facts, host: machine.facts, findings }
    }];
  }
};
function safeRequest(config, env) {
  try {
    return { request: requestedVersions(config.toolchain, config.workspace, config.workingDirectory, env) };
  } catch (e) {
    if (isUserError(e)) return { problem: e.format() };
    throw e;
  }
}
var toolchainStep = {
  step: "toolchain",
  // `setup` asked for nothing is an error; `check` over a directory that is no Go module just has no toolchain to set up.
  skipReason(ctx) {
    const { toolchain: tc, workingDirectory, workspace } = ctx.config;
    if (tc.goVersions.length || tc.goVersionFile || existsSync8(join13(workingDirectory, "go.mod"))) return void 0;
    return `no go-version or go-version-file, and no go.mod in ${relative9(workspace, workingDirectory) || "."}`;
  },
  run: (ctx) => runSetup(ctx)
};
var saveCachePostTask = (config, host) => saveGoCache(config, host);

// src/pipeline/emulation.ts
import { join as join15 } from "node:path";

// src/emulation/docker.ts
var DEFAULT_BINFMT_IMAGE = "docker.io/tonistiigi/binfmt@sha256:400a4873b838d1b89194d982c45e5fb3cda4593fbfd7e08a02e76b03b21166f0";
function checkBinfmtImage(image) {
  if (!/^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$/.test(image)) {
    throw new UserError(`qemu-image ${quoted(image)} is not an image reference pinned by digest`, {
      where: { file: "input qemu-image" },
      code: "bad_qemu_image",
      hint: `the binfmt installer runs --privileged: give name@sha256:<64 hex digits>, e.g. ${DEFAULT_BINFMT_IMAGE}`
    });
  }
  return image;
}
var dockerRegisterArgs = (image, platforms) => ["run", "--rm", "--privileged", image, "--install", platforms.join(",")];
async function dockerAnswers(run, env) {
  const r = await run("docker", ["version", "--format", "{{.Server.Version}}"], { env, timeoutMs: 15e3 });
  return r.code === 0 && r.stdout.trim() !== "";
}
async function dockerRegister(run, env, image, platforms) {
  return run("docker", dockerRegisterArgs(image, platforms), { env, timeoutMs: 3e5 });
}

// src/emulation/register.ts
var entryName = (p) => `qemu-${p.qemuArch}`;
var escapeHex = (hex) => hex.replace(/../g, (b) => `\\x${b}`);
function registerString(p, interpreter, flags = "F") {
  if (/[:\n]/.test(interpreter)) throw new Error(`interpreter path may not contain ":" or a newline: ${interpreter}`);
  return `:${entryName(p)}:M:0:${escapeHex(p.magic)}:${escapeHex(p.mask)}:${interpreter}:${flags}`;
}

// src/emulation/direct.ts
var QEMU_PACKAGE = "qemu-user-static";
async function findOrInstallQemu(platforms, opts) {
  const find = async () => new Map((await Promise.all(platforms.map(async (p) => [p.name, await onPath(`qemu-${p.qemuArch}-static`, opts.env)]))).filter((e) => e[1] !== void 0));
  let found = await find();
  const missing = () => platforms.filter((p) => !found.has(p.name)).map((p) => `qemu-${p.qemuArch}-static`);
  if (missing().length && opts.install && await onPath("apt-get", opts.env)) {
    const env = { ...opts.env, DEBIAN_FRONTEND: "noninteractive" };
    const admin = (args) => opts.sudo ? opts.run("sudo", ["-n", ...args], { env, timeoutMs: 6e5 }) : opts.run(args[0], args.slice(1), { env, timeoutMs: 6e5 });
    const install2 = ["apt-get", "install", "-y", "--no-install-recommends", QEMU_PACKAGE];
    if ((await admin(install2)).code !== 0 && (await admin(["apt-get", "update"])).code === 0) await admin(install2);
    found = await find();
  }
  if (missing().length) {
    throw new UserError(`${missing().join(", ")} not found on PATH`, {
      hint: `install the Debian/Ubuntu package ${QEMU_PACKAGE}${opts.install ? "" : " (qemu-install is false, so go-xenv did not)"}`
    });
  }
  return found;
}
async function registerDirect(platforms, interpreters, root, writer) {
  await writer.mount(root);
  for (const p of platforms) await writer.register(root, entryName(p), registerString(p, interpreters.get(p.name)));
}

// src/emulation/verify.ts
import { mkdir, mkdtemp, rm, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { join as join14 } from "node:path";
var PROBE = 'package main\n\nimport "runtime"\n\nfunc main() { println("go-xenv-probe", runtime.GOOS, runtime.GOARCH) }\n';
async function buildProbes(platforms, go, run, dir) {
  const work = dir ?? await mkdtemp(join14(tmpdir4(), "go-xenv-probe-"));
  await mkdir(work, { recursive: true });
  await writeFile2(join14(work, "go.mod"), "module probe\n\ngo 1.21\n");
  await writeFile2(join14(work, "main.go"), PROBE);
  const out = /* @__PURE__ */ new Map();
  for (const p of platforms) {
    const bin = join14(work, `probe-${p.name}`);
    const r = await run(go.go, ["build", "-trimpath", "-o", bin, "."], {
      cwd: work,
      timeoutMs: 3e5,
      env: { ...go.env, GOOS: "linux", GOARCH: p.goarch, CGO_ENABLED: "0", GOFLAGS: "-mod=mod" }
    });
    if (r.code !== 0) throw new Error(`building the ${p.name} probe failed: ${r.stderr || r.spawnError}`);
    out.set(p.name, bin);
  }
  return out;
}
async function verifyProbe(p, binary, run, env) {
  const r = await run(binary, [], { timeoutMs: 3e4, env });
  const said = `${r.stdout}${r.stderr}`.trim();
  const expected = `go-xenv-probe linux ${p.goarch}`;
  if (r.code === 0 && said.includes(expected)) return { platform: p.name, verified: true, detail: said };
  const shFallback = r.code !== 0 && said.startsWith(`${binary}:`);
  const why = r.spawnError ?? (r.timedOut ? "timed out" : shFallback ? "exec format error (no binfmt_misc handler took it)" : `exit ${r.code ?? r.signal}${said ? `: ${said.split("\n")[0]}` : ""}`);
  return { platform: p.name, verified: false, detail: `the ${p.name} probe did not run: ${why}` };
}
async function removeProbes(bins) {
  const dirs = new Set([...bins.values()].map((b) => join14(b, "..")));
  await Promise.all([...dirs].map((d) => rm(d, { recursive: true, force: true })));
}

// src/emulation/emulate.ts
async function qemuStaticPaths(env, platforms) {
  const out = {};
  for (const p of platforms) {
    const path2 = await onPath(`qemu-${p.qemuArch}-static`, env);
    if (path2) out[p.qemuArch] = path2;
  }
  return out;
}
var servedBy = (state, p) => state.entries.filter((e) => e.enabled && entryServes(e, p));
function describe2(state, p, registeredBy, hostArch, qemu) {
  const served = servedBy(state, p);
  const e = served.find((x) => x.flags.includes("F")) ?? served[0];
  return {
    platform: p.name,
    goarch: p.goarch,
    native: nativePlatforms(hostArch).includes(p.name),
    registeredBy: e ? registeredBy : "none",
    entry: e?.name,
    interpreter: e?.interpreter,
    fixBinary: e?.flags.includes("F") ?? false,
    qemuStatic: qemu[p.qemuArch]
  };
}
async function verifyAll(reports, platforms, ctx) {
  const foreign = platforms.filter((p) => !nativePlatforms(ctx.hostArch).includes(p.name));
  if (!foreign.length) return;
  const probes = await buildProbes(foreign, await ctx.go(), ctx.run);
  try {
    for (const p of foreign) {
      const v = await verifyProbe(p, probes.get(p.name), ctx.run, ctx.env);
      const r = reports.find((x) => x.platform === p.name);
      r.verified = v.verified;
      r.detail = v.detail;
    }
  } finally {
    await removeProbes(probes);
  }
}
async function emulationStatus(ctx, platforms = QEMU_PLATFORMS, verify = false) {
  const state = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, platforms);
  const reports = platforms.map((p) => describe2(state, p, "already", ctx.hostArch, qemu));
  if (verify) await verifyAll(reports, platforms.filter((p) => reports.find((r) => r.platform === p.name)?.registeredBy !== "none"), ctx);
  return { method: "none", binfmt: { root: state.root, mounted: state.mounted, enabled: state.enabled, entries: state.entries }, platforms: reports };
}
async function registerEmulation(ctx, opts) {
  const before = await readBinfmt(ctx.root);
  const todo = opts.platforms.filter((p) => !servedBy(before, p).some((e) => e.flags.includes("F")));
  let method = "none";
  let docker;
  if (todo.length) {
    method = opts.method === "auto" ? await dockerAnswers(ctx.run, ctx.env) ? "docker" : "direct" : opts.method;
    if (method === "docker") {
      const names = todo.map((p) => p.name);
      const r = await dockerRegister(ctx.run, ctx.env, opts.image, names);
      docker = { argv: ["docker", ...dockerRegisterArgs(opts.image, names)], exitCode: r.code, stderr: r.stderr.slice(-2e3) };
    } else {
      if (!ctx.isRoot && !ctx.allowSudo) {
        throw new UserError("registering emulators changes the kernel's binfmt_misc table and needs root", {
          hint: "run `sudo go-xenv emulation register`, or use qemu-<arch>-static directly (smoke runs do that when nothing is registered)"
        });
      }
      const sudo = !ctx.isRoot;
      const interpreters = await findOrInstallQemu(todo, { env: ctx.env, install: opts.install, run: ctx.run, sudo });
      await registerDirect(todo, interpreters, ctx.root, sudo ? sudoWriter(ctx.run) : fsWriter(ctx.run));
    }
  }
  const after = await readBinfmt(ctx.root);
  const qemu = await qemuStaticPaths(ctx.env, opts.platforms);
  const reports = opts.platforms.map((p) => describe2(after, p, todo.includes(p) ? method : "already", ctx.hostArch, qemu));
  await verifyAll(reports, opts.platforms, ctx);
  return { method, binfmt: { root: after.root, mounted: after.mounted, enabled: after.enabled, entries: after.entries }, platforms: reports, docker };
}

// src/pipeline/details-text.ts
var fold = (text2) => String(text2).replace(/\r\n?|\n/g, " ");
var detailsText = (kind) => kind === "terminal" ? { cell: fold, inline: fold } : { cell: escapeCell, inline: escapeMarkdown };

// src/pipeline/go-tool.ts
var asGoTool = (data2, baseEnv) => ({ go: data2.goBin, env: { ...baseEnv, ...data2.env } });
function goResolver(ctx, earlier = []) {
  const data2 = earlier.find((r) => r.step === "toolchain" && r.status === "ok")?.data;
  if (data2) return () => Promise.resolve(asGoTool(data2, ctx.host.env));
  let pending;
  return () => {
    pending ??= setup(ctx.config, ctx.host, { cache: false }).then((s) => asGoTool(s.data, ctx.host.env));
    return pending;
  };
}

// src/pipeline/emulation.ts
async function wantedPlatforms(ctx, go) {
  if (ctx.config.emulation.platforms.length) return resolvePlatforms(ctx.config.emulation.platforms);
  if (!ctx.config.matrix.targets.length) return [];
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  const native = nativePlatforms();
  const names = [...new Set(targets.filter((t) => t.goos === "linux").map((t) => findPlatform(t.goarch)?.name).filter((n) => !!n && !native.includes(n)))];
  return resolvePlatforms(names);
}
function binfmtRoot(ctx) {
  if (typeof ctx.flags["binfmt-root"] === "string") return ctx.flags["binfmt-root"];
  return typeof ctx.flags["host-root"] === "string" ? join15(ctx.flags["host-root"], DEFAULT_BINFMT_ROOT) : DEFAULT_BINFMT_ROOT;
}
function envFor(ctx, go) {
  const root = binfmtRoot(ctx);
  return { run: spawnRunner, env: ctx.host.env, go, root, isRoot: process.getuid?.() === 0, allowSudo: ctx.host.kind === "actions" };
}
function renderEmulation(ctx, report2, mode, machine) {
  const { cell, inline } = detailsText(ctx.host.kind);
  const wanted = report2.platforms;
  const unverified = mode === "register" ? wanted.filter((p) => !p.native && p.verified !== true) : [];
  const verified = wanted.filter((p) => p.verified).map((p) => p.platform);
  const b = report2.binfmt;
  const rows = wanted.map((p) => `| ${p.platform} | ${p.native ? "native" : p.registeredBy} | ${cell(p.interpreter ?? (p.qemuStatic ? `(not registered; ${p.qemuStatic})` : "\u2014"))} | ${p.entry ? p.fixBinary ? "F" : "no F" : "\u2014"} | ${cell(p.verified === void 0 ? "not checked" : p.verified ? "yes" : `no: ${p.detail}`)} |`);
  const head = inline(`binfmt_misc at ${b.root}: ${b.mounted ? `mounted, ${b.enabled ? "enabled" : "disabled"}, ${b.entries.length} entr${b.entries.length === 1 ? "y" : "ies"}` : "not mounted"}`);
  const docker = report2.docker ? `

registered with \`${report2.docker.argv.join(" ")}\` (exit ${report2.docker.exitCode}; success decided by verification)` : "";
  const problems = machine?.findings.filter((f) => f.severity === "error") ?? [];
  const hostTable = machine?.findings.length ? `

${findingsTable(machine.findings.map(fromCapabilityFinding)).join("\n")}` : "";
  return {
    step: "emulation",
    status: unverified.length || problems.length ? "failed" : "ok",
    title: mode === "register" ? `emulation: ${verified.length}/${wanted.filter((p) => !p.native).length} platforms verified${report2.method !== "none" ? ` (registered by ${report2.method})` : ""}` : `emulation: ${plural(wanted.filter((p) => p.registeredBy !== "none").length, "platform")} registered`,
    reason: [
      ...unverified.length ? [`not verified: ${unverified.map((p) => `${p.platform} (${p.detail ?? "no emulator registered"})`).join("; ")}`] : [],
      ...problems.map((f) => f.message)
    ].join("; ") || void 0,
    details: [head, "", "| platform | registered by | interpreter | flags | verified |", "|---|---|---|---|---|", ...rows].join("\n") + docker + hostTable,
    outputs: { "qemu-platforms": verified.join(",") },
    data: machine ? { ...report2, host: machine.facts, findings: machine.findings } : report2
  };
}
function logPlatforms(ctx, report2) {
  for (const p of report2.platforms) {
    const reg = p.native ? "native" : p.registeredBy === "none" ? `not registered${p.qemuStatic ? ` (${p.qemuStatic} on PATH)` : ""}` : `registered (${p.registeredBy}) with ${p.interpreter}${p.fixBinary ? " [F]" : ""}`;
    const ver = p.verified === void 0 ? "not verified (status without --verify)" : p.verified ? `verified: ${p.detail}` : `NOT verified: ${p.detail}`;
    ctx.host.info(logSafe(`${p.platform}: ${reg}; ${ver}`));
  }
}
function skipped(ctx, title, reason) {
  ctx.host.info(`${title}: ${reason}`);
  return [{ step: "emulation", status: "skipped", title, reason }];
}
async function register(ctx, go) {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) {
    return skipped(ctx, "emulation: nothing to register", "no platform needs emulation on this runner (qemu-platforms empty and every matrix target runs natively or is not linux)");
  }
  const method = ctx.config.emulation.method;
  if (method === "none") return skipped(ctx, "emulation: skipped", "qemu-method is none");
  const image = checkBinfmtImage(ctx.config.emulation.image || DEFAULT_BINFMT_IMAGE);
  const report2 = await registerEmulation(envFor(ctx, go), { platforms, method, image, install: ctx.config.emulation.install });
  logPlatforms(ctx, report2);
  return [renderEmulation(ctx, report2, "register")];
}
async function status(ctx, go, platforms) {
  const report2 = await emulationStatus(envFor(ctx, go), platforms, ctx.flags.verify === true);
  logPlatforms(ctx, report2);
  const machine = await hostCheck(ctx, { binfmtRoot: binfmtRoot(ctx), emulation: true });
  for (const f of machine.findings) {
    const line = logSafe(`${f.message} \u2014 ${f.help}`);
    if (f.severity === "notice") ctx.host.info(line);
    else ctx.host.warning(line);
  }
  return [renderEmulation(ctx, report2, "status", machine)];
}
async function statusForCheck(ctx, go) {
  const platforms = await wantedPlatforms(ctx, go);
  if (!platforms.length) return skipped(ctx, "emulation: skipped", "no platform needs emulation on this runner");
  return status(ctx, go, platforms);
}
var emulationCommand = {
  name: "emulation",
  summary: "QEMU emulation: `status` reports binfmt_misc per platform; `register` registers and verifies (needs root)",
  usage: "emulation [status|register] [flags]   (default: status)",
  flags: [
    { name: "verify", description: "status: execute a tiny binary for each registered platform", boolean: true },
    { name: "binfmt-root", description: `where binfmt_misc is (or is mounted): default ${DEFAULT_BINFMT_ROOT}` },
    HOST_ROOT_FLAG
  ],
  async run(ctx) {
    const [what = "status"] = ctx.args;
    const go = goResolver(ctx);
    if (what === "status") {
      const all = ctx.config.emulation.platforms.length ? resolvePlatforms(ctx.config.emulation.platforms, "none") : QEMU_PLATFORMS.filter((p) => !nativePlatforms().includes(p.name));
      return status(ctx, go, all);
    }
    if (what === "register") return register(ctx, go);
    throw new UserError(`emulation: unknown action ${quoted(what)}`, { hint: "use go-xenv emulation status or go-xenv emulation register" });
  }
};
var emulationStep = {
  step: "emulation",
  skipReason(ctx) {
    if (ctx.config.emulation.method === "none") return "qemu-method is none";
    if (process.platform !== "linux") return `binfmt_misc is a Linux kernel feature; this runner is ${process.platform}`;
    if (!ctx.config.emulation.platforms.length && !ctx.config.matrix.targets.length) return "no qemu-platforms and no matrix targets";
    return void 0;
  },
  // Only in Actions does `check` change the kernel's table; from a terminal it reports what is there.
  run: (ctx, earlier) => ctx.host.kind === "actions" ? register(ctx, goResolver(ctx, earlier)) : statusForCheck(ctx, goResolver(ctx, earlier))
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

// src/pipeline/matrix.ts
import { readFile as readFile5 } from "node:fs/promises";
import { join as join19, relative as relative12 } from "node:path";

// src/emulation/emulator.ts
function runVia(goarch, lookup, sysroot) {
  const p = findPlatform(goarch);
  if (nativePlatforms(lookup.hostArch).includes(goarch)) return { via: "native", prefix: [], env: {} };
  if (!p) return { reason: `no QEMU user-mode emulator is known for ${goarch}` };
  const qemu = lookup.qemuStatic[p.qemuArch];
  if (sysroot && qemu) return { via: "qemu", prefix: [qemu, "-L", sysroot], env: {}, interpreter: qemu };
  const entry = entryFor(lookup.entries, p);
  if (entry) return { via: "binfmt", prefix: [], env: sysroot ? { QEMU_LD_PREFIX: sysroot } : {}, interpreter: entry.interpreter };
  if (qemu) return { via: "qemu", prefix: [qemu], env: {}, interpreter: qemu };
  return { reason: `nothing runs ${goarch} binaries here: no binfmt_misc entry and no qemu-${p.qemuArch}-static on PATH (Debian/Ubuntu package qemu-user-static)` };
}
async function emulatorLookup(env, root = DEFAULT_BINFMT_ROOT) {
  const state = await readBinfmt(root).catch(() => ({ entries: [] }));
  const qemuStatic = {};
  for (const p of QEMU_PLATFORMS) {
    const path2 = await onPath(`qemu-${p.qemuArch}-static`, env);
    if (path2) qemuStatic[p.qemuArch] = path2;
  }
  return { entries: state.entries, qemuStatic };
}
async function hostExecPlanner(env) {
  const lookup = await emulatorLookup(env);
  return (goarch, sysroot) => runVia(goarch, lookup, sysroot);
}

// src/matrix/build.ts
import { mkdir as mkdir2, utimes } from "node:fs/promises";
import { dirname as dirname3, join as join16, relative as relative10 } from "node:path";
function buildEnv(job, base) {
  const t = job.target;
  const env = { ...base, GOOS: t.goos, GOARCH: t.goarch, CGO_ENABLED: t.cgo ? "1" : "0" };
  for (const v of ["GOARM", "GOAMD64", "GOARM64", "GO386"]) delete env[v];
  if (t.variant) env[t.variant.env] = t.variant.value;
  if (t.cgo && job.cc) env.CC = job.cc;
  if (job.gocache) env.GOCACHE = job.gocache;
  return env;
}
var buildArgs = (job) => ["build", "-trimpath", ...job.ldflags ? ["-ldflags", job.ldflags] : [], "-o", job.outFile, "--", job.pkg];
function checkBuildPackage(pkg) {
  if (!pkg.trim() || pkg.startsWith("-")) {
    throw new UserError(
      `build-package ${quoted(pkg)} is not a package path${pkg.startsWith("-") ? ': it starts with "-", which go would read as a flag' : ""}`,
      {
        where: { file: "input build-package" },
        code: "bad_build_package",
        hint: "give a package path relative to the working directory, such as . or ./cmd/tool"
      }
    );
  }
  return pkg;
}
function compilerError(stderr, moduleDir) {
  const m = /^(?:#[^\n]*\n)?((?:\.{0,2}\/)?[^\s:]+\.(?:go|c|h|s)):(\d+)(?::(\d+))?: (.*)$/m.exec(stderr);
  if (!m) return { message: stderr.trim().split("\n").slice(0, 5).join("\n") || "go build failed" };
  const file = relative10(moduleDir, join16(moduleDir, m[1])) || m[1];
  return { message: `${file}:${m[2]}${m[3] ? `:${m[3]}` : ""}: ${m[4]}`, where: { file, line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 } };
}
async function buildTarget(job, go, run) {
  await mkdir2(dirname3(job.outFile), { recursive: true });
  const r = await run(go.go, buildArgs(job), { cwd: job.moduleDir, env: buildEnv(job, go.env), timeoutMs: 9e5 });
  if (r.code !== 0) {
    if (r.spawnError) return { ok: false, message: `cannot run ${go.go}: ${r.spawnError}`, durationMs: r.durationMs };
    if (r.timedOut) return { ok: false, message: "go build timed out after 15 minutes", durationMs: r.durationMs };
    return { ok: false, ...compilerError(r.stderr, job.moduleDir), durationMs: r.durationMs };
  }
  if (job.mtime) await utimes(job.outFile, job.mtime, job.mtime);
  return { ok: true, durationMs: r.durationMs };
}

// src/matrix/run-matrix.ts
import { availableParallelism, tmpdir as tmpdir5 } from "node:os";
import { existsSync as existsSync9 } from "node:fs";
import { mkdir as mkdir3, mkdtemp as mkdtemp2, readFile as readFile4, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { basename as basename4, dirname as dirname4, isAbsolute as isAbsolute4, join as join18, relative as relative11, sep as sep3 } from "node:path";

// src/matrix/check-binary.ts
var ELF_ARCH = {
  "386": { machine: "i386", bits: 32, endian: "little" },
  amd64: { machine: "x86-64", bits: 64, endian: "little" },
  arm: { machine: "arm", bits: 32, endian: "little" },
  arm64: { machine: "aarch64", bits: 64, endian: "little" },
  riscv64: { machine: "riscv", bits: 64, endian: "little" },
  ppc64: { machine: "ppc64", bits: 64, endian: "big" },
  ppc64le: { machine: "ppc64", bits: 64, endian: "little" },
  s390x: { machine: "s390", bits: 64, endian: "big" },
  mips: { machine: "mips", bits: 32, endian: "big" },
  mipsle: { machine: "mips", bits: 32, endian: "little" },
  mips64: { machine: "mips", bits: 64, endian: "big" },
  mips64le: { machine: "mips", bits: 64, endian: "little" },
  loong64: { machine: "loongarch", bits: 64, endian: "little" },
  sparc64: { machine: "sparcv9", bits: 64, endian: "big" }
};
var LINUX_INTERPRETERS = {
  "386": "/lib/ld-linux.so.2",
  amd64: "/lib64/ld-linux-x86-64.so.2",
  arm: "/lib/ld-linux-armhf.so.3",
  arm64: "/lib/ld-linux-aarch64.so.1",
  riscv64: "/lib/ld-linux-riscv64-lp64d.so.1",
  ppc64le: "/lib64/ld64.so.2",
  s390x: "/lib/ld64.so.1"
};
var MACHO_ARCH = { amd64: "x86_64", arm64: "arm64" };
var PE_ARCH = {
  "386": { machine: "i386", bits: 32 },
  amd64: { machine: "amd64", bits: 64 },
  arm64: { machine: "arm64", bits: 64 },
  arm: { machine: "arm", bits: 32 }
};
function expectedFormat(goos) {
  if (goos === "darwin" || goos === "ios") return "macho";
  if (goos === "windows") return "pe";
  if (goos === "js" || goos === "wasip1") return "wasm";
  if (goos === "aix") return "xcoff";
  if (goos === "plan9") return "plan9";
  return "elf";
}
function checkBinary(info, t, opts = {}) {
  const want2 = expectedFormat(t.goos);
  if (info.format !== want2) return [`is ${info.format === "unknown" ? "not a known executable format" : `a ${info.format} file`}, ${t.id} needs ${want2}`];
  const problems = [];
  const differ = (what, got, expected) => {
    if (got !== expected) problems.push(`${what} is ${String(got)}, ${t.id} needs ${String(expected)}`);
  };
  if (info.format === "elf") {
    const e = ELF_ARCH[t.goarch];
    if (e) {
      differ("machine", info.machineName, e.machine);
      differ("class", `ELF${info.bits}`, `ELF${e.bits}`);
      differ("byte order", info.endian, e.endian);
    }
    if ((t.goos === "linux" || t.goos === "android") && info.osAbi !== 0 && info.osAbi !== 3) problems.push(`OS ABI is ${info.osAbi}, ${t.id} needs SYSV (0) or GNU/Linux (3)`);
    if (t.goos === "freebsd") differ("OS ABI", info.osAbi, 9);
    if (t.goos === "linux") {
      if (!t.cgo && info.dynamic) problems.push(`is dynamically linked${info.interpreter ? ` (interpreter ${info.interpreter})` : ""}, a CGO_ENABLED=0 build of ${t.id} must be static`);
      if (t.cgo) {
        const interp = LINUX_INTERPRETERS[t.goarch];
        if (!info.interpreter) problems.push(`has no interpreter, a cgo build of ${t.id} is dynamically linked against glibc`);
        else if (interp && info.interpreter !== interp) differ("interpreter", info.interpreter, interp);
        if (t.goarch === "arm" && info.armFloatAbi === "soft") problems.push(`uses the soft-float ABI, ${t.id} with cgo (arm-linux-gnueabihf) needs hard-float`);
      }
    }
  } else if (info.format === "macho") {
    const arch = MACHO_ARCH[t.goarch];
    if (arch && !info.slices.some((s) => s.arch === arch)) problems.push(`CPU type is ${info.slices.map((s) => s.arch).join("+")}, ${t.id} needs ${arch}`);
    const bad = info.slices.filter((s) => s.fileType !== void 0 && s.fileType !== 2);
    if (bad.length) problems.push(`Mach-O file type is ${bad[0].fileType}, an executable (2) was expected`);
  } else if (info.format === "pe") {
    const p = PE_ARCH[t.goarch];
    if (p) {
      differ("machine", info.machineName, p.machine);
      differ("class", `PE${info.bits === 64 ? "32+" : "32"}`, `PE${p.bits === 64 ? "32+" : "32"}`);
    }
    differ("subsystem", info.subsystemName, opts.windowsGui ? "gui" : "console");
  } else if (info.format === "plan9" && info.arch && info.arch !== t.goarch) {
    differ("architecture", info.arch, t.goarch);
  }
  return problems;
}

// src/matrix/checksums.ts
import { createHash as createHash4 } from "node:crypto";
import { createReadStream } from "node:fs";
function sha256File(path2) {
  return new Promise((resolveHash, reject) => {
    const h = createHash4("sha256");
    createReadStream(path2).on("data", (d) => h.update(d)).on("error", reject).on("end", () => resolveHash(h.digest("hex")));
  });
}
var sha256sums = (files) => [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}
`).join("");

// src/matrix/inspect/elf.ts
var MACHINES = {
  3: "i386",
  8: "mips",
  20: "ppc",
  21: "ppc64",
  22: "s390",
  40: "arm",
  43: "sparcv9",
  62: "x86-64",
  183: "aarch64",
  243: "riscv",
  258: "loongarch"
};
var SHT_ARM_ATTRIBUTES = 1879048195;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var EF_ARM_ABI_FLOAT_SOFT = 512;
var EF_ARM_ABI_FLOAT_HARD = 1024;
var isElf = (b) => b.length >= 4 && b[0] === 127 && b[1] === 69 && b[2] === 76 && b[3] === 70;
var PH_ENTRY = { 32: 32, 64: 56 };
var SH_ENTRY = { 32: 40, 64: 64 };
function readElf(b) {
  try {
    return parseElf(b);
  } catch (e) {
    if (e instanceof RangeError) throw new Error("truncated ELF: a header field points past the end of the file");
    throw e;
  }
}
function parseElf(b) {
  if (!isElf(b) || b.length < 52) throw new Error("not an ELF file");
  const bits = b[4] === 2 ? 64 : b[4] === 1 ? 32 : void 0;
  const endian = b[5] === 1 ? "little" : b[5] === 2 ? "big" : void 0;
  if (!bits || !endian) throw new Error(`bad ELF class ${b[4]} or data encoding ${b[5]}`);
  const le = endian === "little";
  const u16 = (o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
  const u32 = (o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const addr = (o) => bits === 64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
  const need = (end, what) => {
    if (end > b.length) throw new Error(`truncated ELF: ${what} past the end of the file`);
  };
  if (bits === 64) need(64, "header");
  const machine = u16(18);
  const info = {
    format: "elf",
    bits,
    endian,
    osAbi: b[7],
    type: u16(16),
    machine,
    machineName: MACHINES[machine] ?? `machine ${machine}`,
    flags: u32(bits === 64 ? 48 : 36),
    dynamic: false
  };
  const phoff = addr(bits === 64 ? 32 : 28);
  const phentsize = u16(bits === 64 ? 54 : 42);
  const phnum = u16(bits === 64 ? 56 : 44);
  if (phnum && phentsize < PH_ENTRY[bits]) throw new Error(`program header entry size ${phentsize}, ELF${bits} needs at least ${PH_ENTRY[bits]}`);
  need(phoff + phentsize * phnum, "program headers");
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    const type = u32(ph);
    if (type === PT_DYNAMIC) info.dynamic = true;
    if (type === PT_INTERP) {
      const off = addr(bits === 64 ? ph + 8 : ph + 4);
      const size = addr(bits === 64 ? ph + 32 : ph + 16);
      need(off + size, "interpreter");
      info.interpreter = b.subarray(off, off + size).toString("latin1").replace(/\0.*$/s, "");
      info.dynamic = true;
    }
  }
  if (machine === 40) readArm(b, info, { u16, u32, addr, need, bits });
  return info;
}
function readArm(b, info, r) {
  info.armFloatAbi = info.flags & EF_ARM_ABI_FLOAT_HARD ? "hard" : info.flags & EF_ARM_ABI_FLOAT_SOFT ? "soft" : "unspecified";
  const shoff = r.addr(r.bits === 64 ? 40 : 32);
  const shentsize = r.u16(r.bits === 64 ? 58 : 46);
  const shnum = r.u16(r.bits === 64 ? 60 : 48);
  if (!shoff || !shnum) return;
  if (shentsize < SH_ENTRY[r.bits]) throw new Error(`section header entry size ${shentsize}, ELF${r.bits} needs at least ${SH_ENTRY[r.bits]}`);
  r.need(shoff + shentsize * shnum, "section headers");
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    if (r.u32(sh + 4) !== SHT_ARM_ATTRIBUTES) continue;
    const off = r.addr(r.bits === 64 ? sh + 24 : sh + 16);
    const size = r.addr(r.bits === 64 ? sh + 32 : sh + 20);
    r.need(off + size, ".ARM.attributes");
    const attrs = parseArmAttributes(b.subarray(off, off + size), info.endian === "little");
    if (attrs.vfpArgs !== void 0) info.armFloatAbi = attrs.vfpArgs === 1 ? "hard" : "soft";
    if (attrs.cpuArch !== void 0) info.armCpuArch = attrs.cpuArch;
  }
}
function parseArmAttributes(s, le = true) {
  const out = {};
  if (s[0] !== 65) return out;
  const u32 = (o) => le ? s.readUInt32LE(o) : s.readUInt32BE(o);
  let p = 1;
  while (p + 4 <= s.length) {
    const len = u32(p);
    const end = Math.min(p + len, s.length);
    const nul = s.indexOf(0, p + 4);
    if (len < 5 || nul < 0 || nul >= end) break;
    const vendor = s.subarray(p + 4, nul).toString("latin1");
    let q = nul + 1;
    while (vendor === "aeabi" && q + 5 <= end) {
      const tag = s[q];
      const subEnd = Math.min(q + u32(q + 1), end);
      if (tag === 1) readFileAttributes(s, q + 5, subEnd, out);
      if (subEnd <= q) break;
      q = subEnd;
    }
    p = end;
  }
  return out;
}
function readFileAttributes(s, start, end, out) {
  let p = start;
  const uleb = () => {
    let v = 0;
    let shift = 0;
    while (p < end) {
      const byte = s[p++];
      v += (byte & 127) * 2 ** shift;
      shift += 7;
      if (!(byte & 128)) break;
    }
    return v;
  };
  const ntbs = () => {
    const z = s.indexOf(0, p);
    p = z < 0 || z >= end ? end : z + 1;
  };
  while (p < end) {
    const tag = uleb();
    if (tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1) ntbs();
    else if (tag === 32) {
      uleb();
      ntbs();
    } else {
      const v = uleb();
      if (tag === 6) out.cpuArch = v;
      if (tag === 28) out.vfpArgs = v;
    }
  }
}

// src/matrix/inspect/macho.ts
var CPU_ARCH_ABI64 = 16777216;
var CPU_NAMES = { 7: "i386", [7 | CPU_ARCH_ABI64]: "x86_64", 12: "arm", [12 | CPU_ARCH_ABI64]: "arm64", 18: "ppc", [18 | CPU_ARCH_ABI64]: "ppc64" };
var MH_MAGIC = 4277009102;
var MH_MAGIC_64 = 4277009103;
var FAT_MAGIC = 3405691582;
var FAT_MAGIC_64 = 3405691583;
var cpuName = (cpuType) => CPU_NAMES[cpuType] ?? `cpu ${cpuType}`;
function isMacho(b) {
  if (b.length < 8) return false;
  const be = b.readUInt32BE(0);
  const le = b.readUInt32LE(0);
  if (be === FAT_MAGIC || be === FAT_MAGIC_64) return b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 64;
  return [MH_MAGIC, MH_MAGIC_64].includes(be) || [MH_MAGIC, MH_MAGIC_64].includes(le);
}
function thin2(b, at) {
  if (at + 28 > b.length) throw new Error("truncated Mach-O header");
  const le = [MH_MAGIC, MH_MAGIC_64].includes(b.readUInt32LE(at));
  const u32 = (o) => le ? b.readUInt32LE(at + o) : b.readUInt32BE(at + o);
  const magic = u32(0);
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) throw new Error(`bad Mach-O magic 0x${magic.toString(16)} at offset ${at}`);
  const cpuType = u32(4);
  return { cpuType, cpuSubtype: u32(8) & 16777215, arch: cpuName(cpuType), bits: magic === MH_MAGIC_64 ? 64 : 32, fileType: u32(12) };
}
function readMacho(b) {
  if (!isMacho(b)) throw new Error("not a Mach-O file");
  const magic = b.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return { format: "macho", fat: false, slices: [thin2(b, 0)] };
  const n = b.readUInt32BE(4);
  const entry = magic === FAT_MAGIC_64 ? 32 : 20;
  if (8 + n * entry > b.length) throw new Error("truncated universal Mach-O header");
  const slices = [];
  for (let i = 0; i < n; i++) {
    const e = 8 + i * entry;
    const cpuType = b.readUInt32BE(e);
    const cpuSubtype = b.readUInt32BE(e + 4) & 16777215;
    const offset = magic === FAT_MAGIC_64 ? Number(b.readBigUInt64BE(e + 8)) : b.readUInt32BE(e + 8);
    const inner = offset + 28 <= b.length ? thin2(b, offset) : void 0;
    if (inner && inner.cpuType !== cpuType) throw new Error(`universal Mach-O slice ${i} says ${cpuName(cpuType)} but its header says ${inner.arch}`);
    slices.push({ cpuType, cpuSubtype, arch: cpuName(cpuType), bits: cpuType & CPU_ARCH_ABI64 ? 64 : 32, fileType: inner?.fileType });
  }
  return { format: "macho", fat: true, slices };
}

// src/matrix/inspect/pe.ts
var MACHINES2 = { 332: "i386", 34404: "amd64", 43620: "arm64", 452: "arm" };
var isPe = (b) => b.length >= 64 && b[0] === 77 && b[1] === 90;
function readPe(b) {
  if (!isPe(b)) throw new Error("not a PE file (no MZ header)");
  const pe = b.readUInt32LE(60);
  if (pe + 24 + 70 > b.length) throw new Error("truncated PE header");
  if (b.readUInt32LE(pe) !== 17744) throw new Error("missing PE signature");
  const machine = b.readUInt16LE(pe + 4);
  const opt = pe + 24;
  const magic = b.readUInt16LE(opt);
  if (magic !== 267 && magic !== 523) throw new Error(`bad optional header magic 0x${magic.toString(16)}`);
  const subsystem = b.readUInt16LE(opt + 68);
  return {
    format: "pe",
    machine,
    machineName: MACHINES2[machine] ?? `machine 0x${machine.toString(16)}`,
    bits: magic === 523 ? 64 : 32,
    subsystem,
    subsystemName: subsystem === 2 ? "gui" : subsystem === 3 ? "console" : "other"
  };
}

// src/matrix/inspect/index.ts
var PLAN9 = { 491: "386", 35479: "amd64", 1607: "arm" };
function inspectBinary(b) {
  if (isElf(b)) return readAs("ELF", readElf, b);
  if (isMacho(b)) return readAs("Mach-O", readMacho, b);
  if (isPe(b)) return readAs("PE", readPe, b);
  if (b.length >= 4 && b.readUInt32BE(0) === 6386541) return { format: "wasm", bits: 32 };
  if (b.length >= 2 && (b.readUInt16BE(0) === 503 || b.readUInt16BE(0) === 479)) return { format: "xcoff", bits: b.readUInt16BE(0) === 503 ? 64 : 32 };
  if (b.length >= 4 && PLAN9[b.readUInt32BE(0)]) return { format: "plan9", arch: PLAN9[b.readUInt32BE(0)] };
  return { format: "unknown" };
}
function readAs(format, read, b) {
  try {
    return read(b);
  } catch (e) {
    throw new Error(`not a valid ${format} file: ${e instanceof RangeError ? "a header field points past the end of the file" : e.message}`);
  }
}

// src/matrix/ldflags.ts
function renderLdflags(template, info) {
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, field) => {
    const name = field.replace(/^\./, "");
    if (!field.startsWith(".") || !(name in info)) {
      throw new UserError(`unknown template field "{{${field}}}"`, { where: { file: "input ldflags" }, hint: "use {{.Version}}, {{.Commit}} or {{.CommitDate}}" });
    }
    return info[name];
  });
}
var asksWindowsGui = (ldflags) => /-H[= ]windowsgui\b/.test(ldflags);

// src/matrix/manifest.ts
function buildManifest(m) {
  return {
    schema: 1,
    module: m.module,
    goVersion: m.goVersion,
    version: m.version,
    commit: m.commit,
    commitDate: m.commitDate,
    ldflags: m.ldflags,
    binaries: m.binaries.map((b) => ({
      target: b.target.id,
      goos: b.target.goos,
      goarch: b.target.goarch,
      variant: b.target.variant,
      cgo: b.target.cgo,
      file: b.name,
      size: b.size,
      sha256: b.sha256,
      format: b.info.format,
      checks: { ok: b.problems.length === 0, problems: b.problems },
      header: b.info,
      smoke: b.smoke
    })),
    failures: m.failures.map((f) => ({ target: f.target.id, stage: f.stage, message: f.message })),
    reproducible: m.reproducible
  };
}

// src/matrix/pool.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/matrix/smoke.ts
async function smokeRun(job, planner, run, env) {
  const how = planner(job.goarch, job.sysroot);
  if ("reason" in how) return { via: "none", command: [], exitCode: null, timedOut: false, output: "", durationMs: 0, ok: false, reason: how.reason };
  const command = [...how.prefix, job.file, ...job.args];
  const r = await run(command[0], command.slice(1), { env: { ...env, ...how.env }, timeoutMs: job.timeoutMs });
  const output = `${r.stdout}${r.stderr}`.slice(0, 4096);
  const ok = r.code === 0 && !r.timedOut && !r.spawnError;
  const reason = ok ? void 0 : r.spawnError ?? (r.timedOut ? `timed out after ${job.timeoutMs / 1e3}s` : `exit code ${r.code ?? r.signal}`);
  return { via: how.via, command, exitCode: r.code, timedOut: r.timedOut, output, durationMs: Math.round(r.durationMs), ok, reason };
}

// src/matrix/source-info.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join17 } from "node:path";
var modulePathOf = (goMod) => /^module\s+("?)([^"\s]+)\1\s*$/m.exec(goMod)?.[2] ?? "";
async function sourceInfo(moduleDir, run, env) {
  const module = modulePathOf(await readFile3(join17(moduleDir, "go.mod"), "utf8").catch(() => ""));
  const git2 = async (...args) => {
    const r = await run("git", args, { cwd: moduleDir, env, timeoutMs: 1e4 });
    return r.code === 0 ? r.stdout.trim() : "";
  };
  const commit2 = await git2("rev-parse", "HEAD");
  if (!commit2) return { module, Version: "dev", Commit: "", CommitDate: "" };
  const [describe4, date, epoch] = await Promise.all([git2("describe", "--tags", "--always", "--dirty"), git2("log", "-1", "--format=%cI"), git2("log", "-1", "--format=%ct")]);
  return { module, Version: describe4.replace(/^v(?=\d)/, "") || "dev", Commit: commit2, CommitDate: date, commitTime: epoch ? new Date(Number(epoch) * 1e3) : void 0 };
}

// src/matrix/run-matrix.ts
async function checkCrossCompilers(targets, env) {
  const out = /* @__PURE__ */ new Map();
  for (const t of targets.filter((x) => x.cgo)) {
    const cc = crossCompiler(t.goos, t.goarch);
    if (!cc) {
      throw new UserError(`no C cross compiler is known for ${t.goos}/${t.goarch}`, {
        where: { file: "input cgo" },
        hint: t.goos === "darwin" || t.goos === "ios" ? "cgo for Apple targets needs the macOS SDK: build them on a macOS runner" : `build ${t.goos}/${t.goarch} with CGO_ENABLED=0 (remove it from cgo)`
      });
    }
    if (!await onPath(cc.cc, env)) {
      throw new UserError(`cgo build of ${t.goos}/${t.goarch} needs the C cross compiler ${cc.cc}, which is not on PATH`, {
        where: { file: "input cgo" },
        hint: `install the Debian/Ubuntu package ${cc.package}`
      });
    }
    out.set(`${t.goos}/${t.goarch}`, cc);
  }
  return out;
}
var since = (t0) => performance.now() - t0;
var IGNORE_ALL = "# Written by go-xenv: build outputs never change the module's git state (vcs.modified, --reproducible).\n*\n";
async function ignoreOutputs(outDir, moduleDir) {
  const rel = relative11(outDir, moduleDir);
  const holdsModule = rel === "" || !(rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute4(rel));
  if (holdsModule || existsSync9(join18(outDir, ".gitignore"))) return;
  await writeFile3(join18(outDir, ".gitignore"), IGNORE_ALL);
}
async function runMatrix(o) {
  const timings = { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 };
  let t0 = performance.now();
  const log2 = o.log ?? (() => void 0);
  checkBuildPackage(o.pkg);
  if (o.name) checkBinaryName(o.name);
  const compilers = await checkCrossCompilers(o.targets, o.go.env);
  const [src, goVersion] = await Promise.all([
    sourceInfo(o.moduleDir, o.run, o.go.env),
    o.run(o.go.go, ["env", "GOVERSION"], { env: o.go.env, timeoutMs: 3e4 }).then((r) => r.stdout.trim())
  ]);
  const ldflags = renderLdflags(o.ldflagsTemplate, src);
  const name = o.name || checkBinaryName(nameFromModule(src.module), { file: "go.mod" });
  const concurrency = o.concurrency ?? availableParallelism();
  await mkdir3(o.outDir, { recursive: true });
  await ignoreOutputs(o.outDir, o.moduleDir);
  timings.setupMs = since(t0);
  const failures = [];
  const buildAll = (outDir, gocache) => mapLimit(o.targets, concurrency, async (target) => {
    const file = join18(outDir, binaryFileName(name, target));
    if (dirname4(file) !== outDir) throw new Error(`${file} is not directly inside ${outDir}`);
    const cc = compilers.get(`${target.goos}/${target.goarch}`)?.cc;
    const r = await buildTarget({ target, outFile: file, moduleDir: o.moduleDir, pkg: o.pkg, ldflags, cc, gocache, mtime: src.commitTime }, o.go, o.run);
    return { target, file, r };
  });
  t0 = performance.now();
  const built = await buildAll(o.outDir, o.gocache);
  timings.buildMs = since(t0);
  for (const { target, file, r } of built) log2(r.ok ? `built ${target.id}: ${basename4(file)} in ${Math.round(r.durationMs)} ms` : `build of ${target.id} failed: ${r.message}`);
  const binaries = [];
  for (const { target, file, r } of built) {
    if (!r.ok) {
      failures.push({ target, stage: "build", message: r.message, where: r.where });
      continue;
    }
    let t1 = performance.now();
    const bytes2 = await readFile4(file);
    let info;
    try {
      info = inspectBinary(bytes2);
    } catch (e) {
      failures.push({ target, stage: "inspect", message: `${binaryFileName(name, target)}: ${e.message}` });
      log2(`inspected ${binaryFileName(name, target)}: ${e.message}`);
      continue;
    }
    const problems = checkBinary(info, target, { windowsGui: asksWindowsGui(ldflags) });
    timings.inspectMs += since(t1);
    t1 = performance.now();
    const sha2562 = await sha256File(file);
    timings.checksumMs += since(t1);
    const fileName = binaryFileName(name, target);
    if (problems.length) failures.push({ target, stage: "inspect", message: `${fileName} does not match ${target.id}: ${problems.join("; ")}` });
    log2(`inspected ${fileName}: ${describeHeader(info)}, ${problems.length ? `does not match ${target.id}: ${problems.join("; ")}` : `matches ${target.id}`}, sha256 ${sha2562}`);
    binaries.push({ target, file, name: fileName, size: bytes2.length, sha256: sha2562, info, problems, buildMs: Math.round(r.durationMs) });
  }
  t0 = performance.now();
  if (o.smokeArgs.length) {
    const linux = binaries.filter((b) => b.target.goos === "linux" && b.problems.length === 0);
    await mapLimit(linux, concurrency, async (b) => {
      const sysroot = b.target.cgo ? compilers.get(`${b.target.goos}/${b.target.goarch}`)?.sysroot : void 0;
      b.smoke = await smokeRun({ file: b.file, goarch: b.target.goarch, args: o.smokeArgs, timeoutMs: o.smokeTimeoutMs, sysroot }, o.execPlanner, o.run, o.go.env);
      const firstLine = b.smoke.output.trim().split("\n")[0];
      if (!b.smoke.ok && b.smoke.via !== "none") {
        failures.push({ target: b.target, stage: "smoke", message: `${b.name} ${o.smokeArgs.join(" ")}: ${b.smoke.reason}${firstLine ? `: ${firstLine}` : ""}` });
      }
      log2(`smoke run ${b.name} ${o.smokeArgs.join(" ")}: ${b.smoke.ok ? `ok (${b.smoke.via}, ${b.smoke.durationMs} ms)` : b.smoke.via === "none" ? `not run: ${b.smoke.reason}` : `FAILED (${b.smoke.via}): ${b.smoke.reason}`}${firstLine ? `: ${firstLine}` : ""}`);
    });
  }
  timings.smokeMs = since(t0);
  let reproducible;
  if (o.reproducible) {
    t0 = performance.now();
    const again = await mkdtemp2(join18(tmpdir5(), "go-xenv-repro-"));
    try {
      const second = await buildAll(join18(again, "out"), join18(again, "gocache"));
      const differing = [];
      for (const s of second) {
        const first = binaries.find((b) => b.target === s.target);
        if (!first) continue;
        const hash = s.r.ok ? await sha256File(s.file) : `build failed: ${s.r.message}`;
        if (hash !== first.sha256) {
          differing.push(first.name);
          failures.push({ target: s.target, stage: "reproducible", message: `${first.name} differs between two builds: ${first.sha256} then ${hash}` });
        }
      }
      reproducible = { checked: true, differing };
      log2(`reproducible: ${differing.length ? `${differing.join(", ")} differ between two builds` : `${second.length} binaries identical in a second build`}`);
    } finally {
      await rm2(again, { recursive: true, force: true, maxRetries: 3 });
    }
    timings.reproducibleMs = since(t0);
  }
  t0 = performance.now();
  const manifest = buildManifest({ module: src.module, goVersion, version: src.Version, commit: src.Commit, commitDate: src.CommitDate, ldflags, binaries, failures, reproducible });
  const manifestPath = join18(o.outDir, "manifest.json");
  const sumsPath = join18(o.outDir, "SHA256SUMS");
  await writeFile3(sumsPath, sha256sums(binaries));
  await writeFile3(manifestPath, `${JSON.stringify(manifest, null, 2)}
`);
  timings.writeMs = since(t0);
  return { outDir: o.outDir, manifestPath, sumsPath, manifest, binaries, failures, timings };
}
function describeHeader(info) {
  if (info.format === "elf") return `ELF${info.bits} ${info.machineName} ${info.dynamic ? `dynamic${info.interpreter ? ` (${info.interpreter})` : ""}` : "static"}`;
  if (info.format === "macho") return `Mach-O ${info.slices.map((x) => x.arch).join("+")}`;
  if (info.format === "pe") return `PE ${info.machineName} ${info.subsystemName}`;
  return info.format;
}

// src/pipeline/matrix.ts
var noTargets = () => new UserError("no targets to build", { where: { file: "input targets" }, hint: "set targets, e.g. --targets first-class or targets: linux/amd64,linux/arm64" });
async function binaryName(ctx) {
  if (ctx.config.matrix.binaryName) return checkBinaryName(ctx.config.matrix.binaryName);
  const goMod = join19(ctx.config.workingDirectory, "go.mod");
  const name = nameFromModule(modulePathOf(await readFile5(goMod, "utf8").catch(() => "")));
  return checkBinaryName(name, { file: relative12(ctx.config.workspace, goMod) });
}
async function planResult(ctx, go, name) {
  if (!ctx.config.matrix.targets.length) throw noTargets();
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  const matrix = strategyMatrix(targets, name);
  return {
    targets,
    result: {
      step: "matrix",
      status: "ok",
      title: `matrix: ${targets.length} target${targets.length === 1 ? "" : "s"} planned`,
      details: matrix.include.map((e) => `- ${e.target}${e.variants ? ` ${e.variants}` : ""}${e.cgo ? " (cgo)" : ""} \u2192 ${e.runner}${e.emulated ? " + QEMU" : ""}`).join("\n"),
      outputs: { matrix: JSON.stringify(matrix) },
      data: matrix
    }
  };
}
function renderBuild(ctx, r) {
  const ok = r.binaries.filter((b) => b.problems.length === 0).length;
  const { cell, inline } = detailsText(ctx.host.kind);
  const rows = r.binaries.map((b) => {
    const smoke = !b.smoke ? "\u2014" : b.smoke.ok ? `ok (${b.smoke.via}, ${b.smoke.durationMs} ms)` : b.smoke.via === "none" ? `not run: ${b.smoke.reason}` : `FAILED: ${b.smoke.reason}`;
    const check3 = b.problems.length ? `FAILED: ${b.problems.join("; ")}` : "ok";
    return `| ${cell(`${b.target.id}${b.target.cgo ? " (cgo)" : ""}`)} | ${cell(b.name)} | ${cell(check3)} | ${cell(smoke)} | \`${b.sha256.slice(0, 12)}\` |`;
  });
  const failures = r.failures.map((f) => `- ${inline(`${f.target.id} (${f.stage}): ${f.message}`)}`);
  for (const f of r.failures) {
    const where = f.where?.file ? { ...f.where, file: relative12(ctx.config.workspace, join19(ctx.config.workingDirectory, f.where.file)) } : void 0;
    ctx.host.error(logSafe(`${f.target.id}: ${where ? f.message.replace(/^\S+?:\d+(:\d+)?: /, "") : f.message}`), where);
  }
  const failed = r.failures.length > 0;
  return {
    step: "matrix",
    status: failed ? "failed" : "ok",
    title: `matrix: ${ok}/${r.manifest.binaries.length + r.failures.filter((f) => f.stage === "build").length} binaries built and checked${failed ? `, ${r.failures.length} failure${r.failures.length === 1 ? "" : "s"}` : ""}`,
    reason: failed ? r.failures.map((f) => `${f.target.id}: ${f.message}`).join("\n") : void 0,
    details: ["| target | file | header check | smoke run | sha256 |", "|---|---|---|---|---|", ...rows, ...failures.length ? ["", ...failures] : []].join("\n"),
    outputs: { artifacts: r.manifestPath },
    data: { outDir: r.outDir, manifest: r.manifestPath, sums: r.sumsPath, binaries: r.manifest.binaries, failures: r.manifest.failures, reproducible: r.manifest.reproducible, timings: r.timings }
  };
}
async function build3(ctx, resolveGo) {
  const m = ctx.config.matrix;
  const name = await binaryName(ctx);
  checkBuildPackage(m.buildPackage);
  const { result: planned, targets } = await planResult(ctx, resolveGo, name);
  const go = await resolveGo();
  const r = await runMatrix({
    targets,
    moduleDir: ctx.config.workingDirectory,
    pkg: m.buildPackage,
    name,
    ldflagsTemplate: m.ldflags,
    outDir: m.outDir,
    smokeArgs: m.smokeArgs,
    smokeTimeoutMs: m.smokeTimeoutSeconds * 1e3,
    reproducible: m.reproducible,
    go,
    run: spawnRunner,
    execPlanner: await hostExecPlanner(go.env),
    log: (line) => ctx.host.info(logSafe(line))
  });
  const built = renderBuild(ctx, r);
  return [{ ...built, outputs: { ...planned.outputs, ...built.outputs } }];
}
var planCommand = {
  name: "plan",
  summary: "Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)",
  async run(ctx) {
    return [(await planResult(ctx, goResolver(ctx), await binaryName(ctx))).result];
  },
  // `go-xenv plan --json` is the strategy.matrix document itself, ready for a fan-out.
  json: (results) => results.find((r) => r.step === "matrix")?.data
};
var buildCommand = {
  name: "build",
  summary: "Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json",
  run: (ctx) => build3(ctx, goResolver(ctx))
};
var matrixStep = {
  step: "matrix",
  skipReason: (ctx) => ctx.config.matrix.targets.length ? void 0 : "no targets configured",
  run: (ctx, earlier) => build3(ctx, goResolver(ctx, earlier))
};

// src/pipeline/steps.ts
var CHECK_STEPS = [
  toolchainStep,
  emulationStep,
  matrixStep,
  canaryStep
];
var NOT_YET = ["policy", "baseline", "report"];

// src/pipeline/check.ts
var check = {
  name: "check",
  summary: "Run every configured capability in order (toolchain, emulation, matrix, policy, baseline, canary, report)",
  async run(ctx) {
    guardCanaryCredentials(ctx);
    const results = [];
    for (const s of CHECK_STEPS) {
      const reason = s.skipReason(ctx);
      if (reason) {
        results.push({ step: s.step, status: "skipped", title: `${s.step}: skipped`, reason });
        continue;
      }
      const got = await ctx.host.group(s.step, () => s.run(ctx, results));
      results.push(...got);
      if (got.some((r) => r.status === "failed") && s.step === "toolchain") break;
    }
    for (const step of NOT_YET) {
      results.push({ step, status: "skipped", title: `${step}: skipped`, reason: "not available in this version of go-xenv" });
    }
    return results;
  }
};

// src/pipeline/not-yet.ts
var notYet = (name, step, summary) => ({
  name,
  summary: `${summary} (not available in this version)`,
  async run() {
    return [{ step, status: "skipped", title: `${step}: skipped`, reason: "not available in this version of go-xenv" }];
  }
});

// src/pipeline/rego.ts
var regoCommand = {
  name: "rego",
  summary: "Evaluate a Rego query with the built-in engine and print the result set as JSON (like `opa eval -f json`)",
  usage: "rego eval --data <paths> [--input <file>] [--v0] [--strict] <query>",
  flags: [
    { name: "data", short: "d", description: "comma-separated .rego/.json/.yaml files or directories" },
    { name: "input", short: "i", description: "the input document (JSON or YAML)" },
    { name: "v0", description: "parse modules as Rego v0 (like opa --v0-compatible)", boolean: true },
    { name: "strict", description: "strict builtin errors", boolean: true }
  ],
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (sub !== "eval" || rest.length !== 1) throw new UserError("usage: go-xenv rego eval --data <paths> [--input <file>] <query>");
    const { evalCommand } = await import("./opa-eval-RZSUGH25.js");
    const { toJSONText } = await import("./value-JRF3FXKY.js");
    const dataPaths = typeof ctx.flags.data === "string" ? ctx.flags.data.split(",").filter(Boolean) : [];
    const out = await evalCommand({
      dataPaths,
      inputFile: typeof ctx.flags.input === "string" ? ctx.flags.input : void 0,
      query: rest[0],
      v0: ctx.flags.v0 === true,
      strict: ctx.flags.strict === true,
      cwd: ctx.config.workspace
    });
    const text2 = toJSONText(out, "  ");
    return [{ step: "rego", status: "ok", title: "rego eval", details: text2 }];
  },
  // Like `opa eval -f json`: the result set is the output, with or without --json (written by our own JSON writer,
  // which goes to OPA's nesting depth).
  jsonText: (results) => results[0]?.details ?? "",
  text: (results) => results[0]?.details ?? ""
};

// src/pipeline/parse.ts
import { relative as relative16 } from "node:path";

// src/locks/parse.ts
import { basename as basename5, relative as relative14 } from "node:path";

// src/locks/bom.ts
var withoutBom = (text2) => text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;

// src/locks/go-version.ts
var NUM = "(0|[1-9][0-9]*)";
var IDENT = "[0-9A-Za-z-]+";
var SEMVER = new RegExp(`^v${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`);
function parse(v) {
  const m = SEMVER.exec(v);
  if (!m) return null;
  const pre = m[4] ? m[4].split(".") : [];
  if (pre.some((p) => /^0[0-9]+$/.test(p))) return null;
  return { major: m[1], minor: m[2], patch: m[3], pre, build: m[5] ?? "" };
}
var isGoVersion = (v) => parse(v) !== null;
var isNum = (s) => /^[0-9]+$/.test(s);
var cmpNum = (a, b) => a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
function cmpPre(a, b) {
  if (!a.length || !b.length) return Math.sign(b.length - a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    const c = isNum(x) && isNum(y) ? cmpNum(x, y) : isNum(x) ? -1 : isNum(y) ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (c) return Math.sign(c);
  }
  return Math.sign(a.length - b.length);
}
function compareGoVersions(a, b) {
  const x = parse(a), y = parse(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return Math.sign(cmpNum(x.major, y.major) || cmpNum(x.minor, y.minor) || cmpNum(x.patch, y.patch)) || cmpPre(x.pre, y.pre);
}
var PSEUDO = /^v[0-9]+\.[0-9]+\.[0-9]+-(?:[0-9A-Za-z-]+\.)*(?:0\.)?([0-9]{14})-([0-9a-f]{12})(?:\+incompatible)?$/;
var isPseudoVersion = (v) => PSEUDO.test(v) && isGoVersion(v);

// src/locks/lock-error.ts
var LockSyntaxError = class extends Error {
  constructor(error) {
    super(`${error.file}:${error.line}: ${error.message}`);
    this.error = error;
    this.name = "LockSyntaxError";
  }
  error;
};
var malformed = (file, line, message2, column) => new LockSyntaxError({ code: "malformed", file, line, message: message2, ...column ? { column } : {} });
function catchLockError(file, parse3) {
  try {
    return { ok: true, document: parse3() };
  } catch (e) {
    if (e instanceof LockSyntaxError) return { ok: false, error: e.error };
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
}
var unreadable = (e, file) => ({
  code: "unreadable",
  file: e.where.file ?? file,
  line: e.where.line ?? 1,
  message: e.message
});

// src/locks/go-modfile-syntax.ts
var PUNCT2 = /* @__PURE__ */ new Set(["(", ")", "[", "]", ","]);
function tokenize2(text2, file, line) {
  const tokens = [];
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    if (c === " " || c === "	" || c === "\r") i++;
    else if (text2.startsWith("//", i)) return { tokens, comment: text2.slice(i + 2).trim() };
    else if (PUNCT2.has(c)) {
      tokens.push(c);
      i++;
    } else if (text2.startsWith("=>", i)) {
      tokens.push("=>");
      i += 2;
    } else if (c === '"' || c === "`") {
      const end = quotedEnd(text2, i);
      if (end < 0) throw malformed(file, line, "unterminated quoted string", i + 1);
      const raw = text2.slice(i, end + 1);
      try {
        tokens.push(c === "`" ? raw.slice(1, -1) : JSON.parse(raw));
      } catch {
        throw malformed(file, line, `invalid quoted string ${raw}`, i + 1);
      }
      i = end + 1;
    } else {
      let j = i;
      while (j < text2.length && !/[\s()[\],"`]/.test(text2[j]) && !text2.startsWith("//", j) && !text2.startsWith("=>", j)) j++;
      tokens.push(text2.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: null };
}
function quotedEnd(text2, start) {
  const q = text2[start];
  for (let i = start + 1; i < text2.length; i++) {
    if (q === '"' && text2[i] === "\\") i++;
    else if (text2[i] === q) return i;
  }
  return -1;
}
function statements(text2, file) {
  const out = [];
  const lines = text2.split("\n");
  let block = null;
  let comments = [];
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const { tokens, comment } = tokenize2(raw, file, line);
    if (!tokens.length) {
      comments = comment !== null ? [...comments, comment] : [];
      return;
    }
    const before = comments;
    comments = [];
    if (block) {
      if (tokens.length === 1 && tokens[0] === ")") return void (block = null);
      if (tokens.includes("(") || tokens.includes(")")) throw malformed(file, line, `unexpected parenthesis inside the ${block.verb} block`);
      out.push({ verb: block.verb, args: tokens, line, trailing: comment, before: before.length ? before : block.before });
      return;
    }
    if (tokens[0] === ")") throw malformed(file, line, 'unexpected ")" outside a block');
    if (tokens.length === 2 && tokens[1] === "(") return void (block = { verb: tokens[0], line, before });
    if (tokens.includes("(") || tokens.includes(")")) throw malformed(file, line, "a block starts with `verb (` alone on its line");
    out.push({ verb: tokens[0], args: tokens.slice(1), line, trailing: comment, before });
  });
  if (block) throw malformed(file, block.line, `the ${block.verb} block is never closed with ")"`);
  return out;
}

// src/locks/go-mod.ts
var GO_VERSION = /^[1-9][0-9]*\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;
var TOOLCHAIN = /^(default|go1(\.[0-9a-z.+-]*)?(-[0-9A-Za-z.+-]+)?)$/;
var isLocalPath = (p) => /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(p);
function want(s, file, n, usage) {
  const [lo, hi] = typeof n === "number" ? [n, n] : n;
  if (s.args.length < lo || s.args.length > hi) throw malformed(file, s.line, `usage: ${usage}`);
}
function version(s, file, path2, v) {
  if (!isGoVersion(v)) throw malformed(file, s.line, `${path2}: invalid version "${v}": must be of the form v1.2.3`);
  return v;
}
function once(prev, s, file) {
  if (prev) throw malformed(file, s.line, `repeated ${s.verb} directive`);
}
function goLine(s, file) {
  want(s, file, 1, "go 1.23");
  if (!GO_VERSION.test(s.args[0])) throw malformed(file, s.line, `invalid go version "${s.args[0]}": must match 1.23, 1.23.4 or 1.24rc1`);
  return { version: s.args[0], line: s.line };
}
function toolchainLine(s, file) {
  want(s, file, 1, "toolchain go1.23.4");
  if (!TOOLCHAIN.test(s.args[0])) throw malformed(file, s.line, `invalid toolchain "${s.args[0]}": must be of the form go1.23.4 or default`);
  return { name: s.args[0], line: s.line };
}
function godebugLine(s, file) {
  want(s, file, 1, "godebug key=value");
  const eq = s.args[0].indexOf("=");
  if (eq <= 0 || /\s|,/.test(s.args[0])) throw malformed(file, s.line, `invalid godebug "${s.args[0]}": must be key=value`);
  return { key: s.args[0].slice(0, eq), value: s.args[0].slice(eq + 1), line: s.line };
}
function replaceLine(s, file) {
  const arrow = s.args.indexOf("=>");
  if (arrow < 1 || arrow > 2 || s.args.length - arrow - 1 < 1 || s.args.length - arrow - 1 > 2)
    throw malformed(file, s.line, "usage: replace module/path [v1.2.3] => other/module v1.4.5 | ../local/dir");
  const [oldPath, oldVersion] = s.args.slice(0, arrow);
  const [newPath, newVersion] = s.args.slice(arrow + 1);
  const local2 = isLocalPath(newPath);
  if (local2 && newVersion) throw malformed(file, s.line, `replacement directory ${newPath} takes no version`);
  if (!local2 && !newVersion) throw malformed(file, s.line, `replacement module ${newPath} needs a version (or give a directory as ./dir)`);
  return {
    old: { path: oldPath, ...oldVersion ? { version: version(s, file, oldPath, oldVersion) } : {} },
    new: { path: newPath, ...newVersion ? { version: version(s, file, newPath, newVersion) } : {} },
    local: local2,
    line: s.line
  };
}
function retractLine(s, file) {
  const a = s.args;
  const rationale = [...s.before, ...s.trailing ? [s.trailing] : []].join("\n");
  if (a.length === 1) return { low: version(s, file, "retract", a[0]), high: a[0], rationale, line: s.line };
  if (a.length === 5 && a[0] === "[" && a[2] === "," && a[4] === "]")
    return { low: version(s, file, "retract", a[1]), high: version(s, file, "retract", a[3]), rationale, line: s.line };
  throw malformed(file, s.line, "usage: retract v1.2.3 | retract [v1.2.0, v1.2.9]");
}
var deprecation = (comments) => {
  const text2 = comments.join("\n");
  const m = /(?:^|\n\n)Deprecated: ([\s\S]*?)(?:\n\n|$)/.exec(text2);
  return m ? m[1].replace(/\n/g, " ").trim() : null;
};
function sharedDirective(doc, s, file) {
  switch (s.verb) {
    case "go":
      once(doc.go, s, file);
      doc.go = goLine(s, file);
      return true;
    case "toolchain":
      once(doc.toolchain, s, file);
      doc.toolchain = toolchainLine(s, file);
      return true;
    case "godebug":
      doc.godebug.push(godebugLine(s, file));
      return true;
    case "replace":
      doc.replace.push(replaceLine(s, file));
      return true;
    default:
      return false;
  }
}
var isIndirect = (c) => c !== null && (c === "indirect" || c.startsWith("indirect;"));
function parseGoModText(text2, file) {
  const doc = {
    ecosystem: "go",
    format: "go.mod",
    file,
    module: null,
    go: null,
    toolchain: null,
    godebug: [],
    packages: [],
    replace: [],
    exclude: [],
    retract: [],
    tool: [],
    ignore: []
  };
  for (const s of statements(text2, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case "module":
        once(doc.module, s, file);
        want(s, file, 1, "module module/path");
        doc.module = { path: s.args[0], deprecated: deprecation([...s.before, ...s.trailing ? [s.trailing] : []]), line: s.line };
        break;
      case "require": {
        want(s, file, 2, "require module/path v1.2.3");
        const [name, v] = s.args;
        const indirect = isIndirect(s.trailing);
        doc.packages.push({
          name,
          version: version(s, file, name, v),
          direct: !indirect,
          indirect,
          pseudo: isPseudoVersion(v),
          hashes: [],
          source: null,
          markers: null,
          line: s.line
        });
        break;
      }
      case "exclude":
        want(s, file, 2, "exclude module/path v1.2.3");
        doc.exclude.push({ path: s.args[0], version: version(s, file, s.args[0], s.args[1]), line: s.line });
        break;
      case "retract":
        doc.retract.push(retractLine(s, file));
        break;
      case "tool":
      case "ignore":
        want(s, file, 1, `${s.verb} path`);
        doc[s.verb].push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  if (!doc.module) throw malformed(file, 1, "no module directive: a go.mod starts with `module path`");
  const replaced = new Map(doc.replace.map((r) => [r.old.version ? `${r.old.path}@${r.old.version}` : r.old.path, r]));
  for (const p of doc.packages) {
    const r = replaced.get(`${p.name}@${p.version}`) ?? replaced.get(p.name);
    if (r) p.source = r.new.version ? `${r.new.path}@${r.new.version}` : r.new.path;
  }
  return doc;
}
function parseGoWorkText(text2, file) {
  const doc = { ecosystem: "go", format: "go.work", file, go: null, toolchain: null, godebug: [], use: [], replace: [], packages: [] };
  for (const s of statements(text2, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case "use":
        want(s, file, 1, "use ./dir");
        doc.use.push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  return doc;
}
var parseGoMod = (text2, file) => catchLockError(file, () => parseGoModText(text2, file));
var parseGoWork = (text2, file) => catchLockError(file, () => parseGoWorkText(text2, file));

// src/locks/go-sum.ts
var H1 = /^h1:[A-Za-z0-9+/]{43}=$/;
function parseGoSumText(text2, file) {
  const byKey = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((raw, idx) => {
    const line = idx + 1;
    const f = raw.trim().split(/\s+/).filter(Boolean);
    if (!f.length) return;
    if (f.length !== 3) throw malformed(file, line, `malformed go.sum line: ${f.length} fields, want "module version h1:hash"`);
    const [name, v, hash] = f;
    const goMod = v.endsWith("/go.mod");
    const version2 = goMod ? v.slice(0, -"/go.mod".length) : v;
    if (!isGoVersion(version2)) throw malformed(file, line, `${name}: invalid version "${version2}"`);
    if (!/^h[0-9]+:/.test(hash) || hash.startsWith("h1:") && !H1.test(hash))
      throw malformed(file, line, `${name}@${version2}: malformed hash "${hash}", want h1: and a base64 SHA-256`);
    const key2 = `${name}@${version2}`;
    let p = byKey.get(key2);
    if (!p) {
      p = { name, version: version2, direct: null, hashes: [], source: null, markers: null, line, goModHash: null, goModOnly: true };
      byKey.set(key2, p);
    }
    if (goMod) p.goModHash ??= hash;
    else {
      if (!p.hashes.includes(hash)) p.hashes.push(hash);
      p.goModOnly = false;
    }
  });
  return { ecosystem: "go", format: "go.sum", file, packages: [...byKey.values()] };
}
var parseGoSum = (text2, file) => catchLockError(file, () => parseGoSumText(text2, file));

// src/locks/json-source.ts
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var SPACE = /[ \t\n\r]*/y;
function parseJsonWithLines(text2, file) {
  const lines = /* @__PURE__ */ new Map();
  let i = 0;
  let counted = 0, line = 1;
  const lineAt = (pos) => {
    for (let k = text2.indexOf("\n", counted); k >= 0 && k < pos; k = text2.indexOf("\n", k + 1)) {
      line++;
      counted = k + 1;
    }
    return line;
  };
  const fail = (what) => {
    throw malformed(file, lineAt(i), `invalid JSON: ${what}`, i - text2.lastIndexOf("\n", i - 1));
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text2);
    i = SPACE.lastIndex;
  };
  const token = (re) => {
    re.lastIndex = i;
    const m = re.exec(text2);
    if (!m) return null;
    i = re.lastIndex;
    return m[0];
  };
  const str2 = () => {
    const t = token(STRING);
    return t === null ? fail("expected a string (double-quoted, control characters escaped)") : JSON.parse(t);
  };
  const expect = (c) => text2[i] === c ? i++ : fail(`expected "${c}" but found ${text2[i] === void 0 ? "the end" : `"${text2[i]}"`}`);
  function value(path2) {
    space();
    const c = text2[i];
    if (c === "{") {
      i++;
      const obj = {};
      space();
      if (text2[i] === "}") return i++, obj;
      for (; ; ) {
        space();
        const at = i;
        const key2 = str2();
        lines.set(JSON.stringify([...path2, key2]), lineAt(at));
        space();
        expect(":");
        obj[key2] = value([...path2, key2]);
        space();
        if (text2[i] === ",") i++;
        else return expect("}"), obj;
      }
    }
    if (c === "[") {
      i++;
      const arr = [];
      space();
      if (text2[i] === "]") return i++, arr;
      for (; ; ) {
        arr.push(value([...path2, String(arr.length)]));
        space();
        if (text2[i] === ",") i++;
        else return expect("]"), arr;
      }
    }
    if (c === '"') return str2();
    for (const [word, v2] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ])
      if (text2.startsWith(word, i)) return i += word.length, v2;
    const n = token(NUMBER);
    return n === null ? fail(c === void 0 ? "unexpected end" : `unexpected "${c}"`) : Number(n);
  }
  const v = value([]);
  space();
  if (i < text2.length) fail(`unexpected "${text2[i]}" after the document`);
  return { value: v, keyLine: (path2) => lines.get(JSON.stringify(path2)) ?? 1 };
}

// src/locks/pipfile-lock.ts
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parsePipfileLockText(text2, file) {
  const { value, keyLine } = parseJsonWithLines(text2, file);
  if (!isObj3(value) || !isObj3(value._meta)) throw malformed(file, 1, 'Pipfile.lock must be an object with "_meta"');
  const meta = value._meta;
  const sources = (Array.isArray(meta.sources) ? meta.sources : []).map((s, i) => {
    if (!isObj3(s) || typeof s.name !== "string" || typeof s.url !== "string")
      throw malformed(file, keyLine(["_meta", "sources"]), `_meta.sources[${i}] needs a "name" and a "url"`);
    return { name: s.name, url: s.url, verifySsl: s.verify_ssl !== false };
  });
  const indexUrl = new Map(sources.map((s) => [s.name, s.url]));
  const requires = isObj3(meta.requires) ? Object.fromEntries(Object.entries(meta.requires).map(([k, v]) => [k, String(v)])) : {};
  const packages = [];
  for (const section2 of ["default", "develop"]) {
    const entries2 = value[section2] ?? {};
    if (!isObj3(entries2)) throw malformed(file, keyLine([section2]), `"${section2}" must be an object of packages`);
    for (const [name, e] of Object.entries(entries2)) {
      const line = keyLine([section2, name]);
      if (!isObj3(e)) throw malformed(file, line, `${section2}.${name} must be an object`);
      const str2 = (k) => {
        if (e[k] === void 0) return null;
        if (typeof e[k] !== "string") throw malformed(file, keyLine([section2, name, k]), `${section2}.${name}.${k} must be a string`);
        return e[k];
      };
      const hashes = e.hashes ?? [];
      if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== "string"))
        throw malformed(file, keyLine([section2, name, "hashes"]), `${section2}.${name}.hashes must be a list of strings`);
      const version2 = str2("version");
      const index = str2("index");
      const vcs = ["git", "hg", "svn", "bzr"].find((k) => e[k] !== void 0);
      const ref = str2("ref");
      const source = vcs ? `${vcs}+${str2(vcs)}${ref ? `@${ref}` : ""}` : str2("path") ?? str2("file") ?? (index ? indexUrl.get(index) ?? index : null);
      packages.push({
        name,
        version: version2?.startsWith("==") ? version2.replace(/^={2,3}/, "") : version2,
        direct: null,
        hashes,
        source,
        markers: str2("markers"),
        line,
        section: section2,
        editable: e.editable === true
      });
    }
  }
  const sha = isObj3(meta.hash) && typeof meta.hash.sha256 === "string" ? meta.hash.sha256 : null;
  return {
    ecosystem: "pip",
    format: "Pipfile.lock",
    file,
    pipfileSha256: sha,
    pipfileSpec: typeof meta["pipfile-spec"] === "number" ? meta["pipfile-spec"] : null,
    requires,
    sources,
    packages
  };
}
var parsePipfileLock = (text2, file) => catchLockError(file, () => parsePipfileLockText(text2, file));

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message2, options2) {
    const [line, column] = getLineColFromPtr(options2.toml, options2.ptr);
    const codeblock = makeCodeBlock(options2.toml, line, column);
    super(`Invalid TOML document: ${message2}

${codeblock}`, options2);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message2, ctx, ptr) {
    throw new _TomlError(message2, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit2 = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit2 < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit2;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match2 = date.match(DATE_TIME_RE);
        if (match2) {
          if (!match2[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match2[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match2[2] && +match2[2] > 23) {
            date = "";
          } else {
            offset = match2[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso2 = super.toISOString();
    if (this.isDate())
      return iso2.slice(0, 10);
    if (this.isTime())
      return iso2.slice(11, 23);
    if (this.#offset === null)
      return iso2.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso2;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime2(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime2(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key2, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key2[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options2 = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options2.maxDepth ?? 1e3,
    bi: options2.integersAsBigInt ?? false,
    ld: options2.useLegacyDate ?? true,
    uk: options2.unsafeKeyBehaviour === "throw" ? 2 : options2.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/locks/toml-source.ts
function parseToml(text2, file) {
  try {
    return parse2(text2);
  } catch (e) {
    if (e instanceof TomlError) throw malformed(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`, e.column);
    throw e;
  }
}
function arrayTableLines(text2, name) {
  const header = new RegExp(`^[ \\t]*\\[\\[[ \\t]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*\\]\\][ \\t]*(#.*)?$`, "gm");
  const multiline = /"""|'''/g;
  const out = [];
  let open = null;
  let quote2 = multiline.exec(text2);
  let line = 1;
  let counted = 0;
  for (let h = header.exec(text2); h; h = header.exec(text2)) {
    while (quote2 && quote2.index < h.index) {
      open = open === null ? quote2[0] : open === quote2[0] ? null : open;
      quote2 = multiline.exec(text2);
    }
    if (open) continue;
    for (let k = text2.indexOf("\n", counted); k >= 0 && k < h.index; k = text2.indexOf("\n", k + 1)) {
      line++;
      counted = k + 1;
    }
    out.push(line);
  }
  return out;
}
var describe3 = (v) => Array.isArray(v) ? "an array" : typeof v === "object" ? "a table" : `a ${typeof v}`;
var Fields = class {
  constructor(file, line, where) {
    this.file = file;
    this.line = line;
    this.where = where;
  }
  file;
  line;
  where;
  fail(key2, want2, v) {
    if (v === void 0) throw malformed(this.file, this.line, `${this.where}: "${key2}" is missing (${want2})`);
    throw malformed(this.file, this.line, `${this.where}: "${key2}" must be ${want2}, not ${describe3(v)}`);
  }
  str(t, key2) {
    const v = t[key2];
    return typeof v === "string" ? v : this.fail(key2, "a string", v);
  }
  optStr(t, key2) {
    return t[key2] === void 0 ? null : this.str(t, key2);
  }
  table(t, key2) {
    const v = t[key2];
    if (v === void 0) return null;
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : this.fail(key2, "a table", v);
  }
  tables(t, key2) {
    const v = t[key2];
    if (v === void 0) return [];
    if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== "object" || Array.isArray(x))) this.fail(key2, "an array of tables", v);
    return v;
  }
  strings(t, key2) {
    const v = t[key2];
    if (v === void 0) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) this.fail(key2, "an array of strings", v);
    return v;
  }
};
function entries(doc, text2, file, name) {
  const list2 = new Fields(file, 1, file).tables(doc, name);
  let lines = arrayTableLines(text2, name);
  if (lines.length !== list2.length) {
    const key2 = text2.split("\n").findIndex((l) => new RegExp(`^\\s*"?${name}"?\\s*=`).test(l));
    lines = list2.map(() => key2 + 1 || 1);
  }
  return list2.map((entry, i) => ({ entry, line: lines[i] }));
}

// src/locks/poetry-lock.ts
function sourceOf(f, src) {
  if (!src) return null;
  const type = f.optStr(src, "type"), url = f.optStr(src, "url");
  if (type === "git") return `git+${url}@${f.optStr(src, "resolved_reference") ?? f.optStr(src, "reference") ?? ""}`;
  return url;
}
function markersOf(f, pkg) {
  if (pkg.markers === void 0) return null;
  if (typeof pkg.markers === "string") return pkg.markers;
  const byGroup = [...new Set(Object.keys(f.table(pkg, "markers")).map((g) => f.str(f.table(pkg, "markers"), g)))];
  return byGroup.length === 1 ? byGroup[0] : byGroup.map((m) => `(${m})`).join(" or ");
}
function parsePoetryLockText(text2, file) {
  const doc = parseToml(text2, file);
  const top = new Fields(file, 1, "poetry.lock");
  const meta = top.table(doc, "metadata") ?? {};
  const packages = entries(doc, text2, file, "package").map(({ entry, line }) => {
    const f = new Fields(file, line, "package");
    return {
      name: f.str(entry, "name"),
      version: f.str(entry, "version"),
      direct: null,
      hashes: f.tables(entry, "files").map((x) => f.str(x, "hash")),
      source: sourceOf(f, f.table(entry, "source")),
      markers: markersOf(f, entry),
      line,
      groups: f.strings(entry, "groups"),
      optional: entry.optional === true,
      dependencies: Object.keys(f.table(entry, "dependencies") ?? {})
    };
  });
  const generated = /^# This file is automatically @generated by (.+?) and should not be changed by hand\./m.exec(text2);
  return {
    ecosystem: "pip",
    format: "poetry.lock",
    file,
    generatedBy: generated?.[1] ?? null,
    lockVersion: top.optStr(meta, "lock-version"),
    pythonVersions: top.optStr(meta, "python-versions"),
    contentHash: top.optStr(meta, "content-hash"),
    packages
  };
}
var parsePoetryLock = (text2, file) => catchLockError(file, () => parsePoetryLockText(text2, file));

// src/locks/pylock.ts
function hashesOf(f, artifact) {
  const h = artifact ? f.table(artifact, "hashes") : null;
  return h ? Object.keys(h).map((alg) => `${alg}:${f.str(h, alg)}`) : [];
}
function sourceOf2(f, pkg) {
  const vcs = f.table(pkg, "vcs");
  if (vcs) return `${f.optStr(vcs, "type") ?? "vcs"}+${f.optStr(vcs, "url") ?? f.optStr(vcs, "path")}@${f.optStr(vcs, "commit-id") ?? ""}`;
  const dir = f.table(pkg, "directory");
  if (dir) return f.str(dir, "path");
  const archive = f.table(pkg, "archive");
  if (archive) return f.optStr(archive, "url") ?? f.optStr(archive, "path");
  return f.optStr(pkg, "index");
}
function parsePylockText(text2, file) {
  const doc = parseToml(text2, file);
  const top = new Fields(file, 1, "pylock.toml");
  const lockVersion = top.optStr(doc, "lock-version");
  if (!lockVersion) throw malformed(file, 1, 'pylock.toml needs "lock-version" (PEP 751)');
  if (!/^1(\.[0-9]+)?$/.test(lockVersion)) throw malformed(file, 1, `lock-version "${lockVersion}" is not one this reader knows (1.x)`);
  const packages = entries(doc, text2, file, "packages").map(({ entry, line }) => {
    const f = new Fields(file, line, "packages");
    return {
      name: f.str(entry, "name"),
      version: f.optStr(entry, "version"),
      direct: null,
      hashes: [...hashesOf(f, f.table(entry, "sdist")), ...f.tables(entry, "wheels").flatMap((w) => hashesOf(f, w)), ...hashesOf(f, f.table(entry, "archive"))],
      source: sourceOf2(f, entry),
      markers: f.optStr(entry, "marker"),
      line
    };
  });
  return {
    ecosystem: "pip",
    format: "pylock.toml",
    file,
    lockVersion,
    createdBy: top.optStr(doc, "created-by"),
    requiresPython: top.optStr(doc, "requires-python"),
    environments: top.strings(doc, "environments"),
    packages
  };
}
var parsePylock = (text2, file) => catchLockError(file, () => parsePylockText(text2, file));

// src/locks/requirements.ts
import { dirname as dirname5, relative as relative13, resolve as resolve6 } from "node:path";

// src/locks/pep508.ts
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
var EXTRAS = /^\[\s*([^\]]*)\]\s*/;
var SPEC = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
var URLISH = /^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|file:|[^\s;@<>=!~[]*[/\\]|\S+\.(whl|zip|tar\.gz|tar\.bz2)(\s|;|$))/i;
var EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
var pipName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
function nameFromUrl(url) {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return { name: egg[1], version: null };
  const file = url.split(/[?#]/)[0].split("/").pop() ?? "";
  const wheel = /^([A-Za-z0-9_.]+)-([^-]+)(-[^-]+)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return { name: wheel[1], version: wheel[2] };
  const sdist = /^([A-Za-z0-9_.-]+?)-([0-9][^-]*)\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  if (sdist) return { name: sdist[1], version: sdist[2] };
  return { name: null, version: null };
}
function parseRequirement(text2) {
  const t = text2.trim();
  if (URLISH.test(t)) {
    const [url, markers2] = t.split(/\s+;\s*/, 2);
    const { name, version: version2 } = nameFromUrl(url);
    return { name: name ?? url, extras: [], specifier: "", pinned: version2, url, markers: markers2?.trim() || null };
  }
  const n = NAME.exec(t);
  if (!n) return { error: `"${t}" is not a requirement: a project name comes first` };
  let rest = t.slice(n[0].length);
  let extras = [];
  const e = EXTRAS.exec(rest);
  if (e) {
    extras = e[1].split(",").map((x) => x.trim()).filter(Boolean);
    const bad = extras.find((x) => !EXTRA_NAME.test(x));
    if (bad) return { error: `invalid extra "${bad}" in ${n[1]}` };
    rest = rest.slice(e[0].length);
  } else if (rest.startsWith("[")) return { error: `unclosed "[" in the extras of ${n[1]}` };
  if (rest.startsWith("@")) {
    const m = /^@\s*(\S+)(?:\s+;\s*(.*))?$/.exec(rest);
    if (!m) return { error: `${n[1]}: "@" must be followed by a URL, then optionally " ; markers"` };
    return { name: n[1], extras, specifier: "", pinned: null, url: m[1], markers: m[2]?.trim() || null };
  }
  const semi = rest.indexOf(";");
  let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const markers = semi < 0 ? null : rest.slice(semi + 1).trim();
  if (markers === "") return { error: `${n[1]}: ";" with no markers after it` };
  if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
  const parts = spec ? spec.split(",").map((s) => s.trim()) : [];
  for (const p of parts) {
    const m = SPEC.exec(p);
    if (!m) return { error: `${n[1]}: invalid version specifier "${p}" (use ==, !=, <=, >=, <, >, ~= or ===, then a version)` };
    if (m[2].includes("*") && m[1] !== "==" && m[1] !== "!=") return { error: `${n[1]}: "${p}": a wildcard only goes with == or !=` };
  }
  const single = parts.length === 1 ? SPEC.exec(parts[0]) : null;
  const pinned = single && (single[1] === "===" || single[1] === "==" && !single[2].includes("*")) ? single[2] : null;
  return { name: n[1], extras, specifier: parts.join(","), pinned, url: null, markers };
}

// src/locks/requirements.ts
var VALUED = /* @__PURE__ */ new Map([
  ["-r", "requirement"],
  ["--requirement", "requirement"],
  ["-c", "constraint"],
  ["--constraint", "constraint"],
  ["-e", "editable"],
  ["--editable", "editable"],
  ["-i", "index-url"],
  ["--index-url", "index-url"],
  ["--extra-index-url", "extra-index-url"],
  ["-f", "find-links"],
  ["--find-links", "find-links"],
  ["--only-binary", "only-binary"],
  ["--no-binary", "no-binary"],
  ["--trusted-host", "trusted-host"],
  ["--use-feature", "use-feature"],
  ["--hash", "hash"],
  ["--global-option", "global-option"],
  ["-C", "config-settings"],
  ["--config-settings", "config-settings"]
]);
var FLAGS = /* @__PURE__ */ new Map([
  ["--no-index", "no-index"],
  ["--pre", "pre"],
  ["--prefer-binary", "prefer-binary"],
  ["--require-hashes", "require-hashes"]
]);
var PER_REQUIREMENT = /* @__PURE__ */ new Set(["hash", "global-option", "config-settings"]);
var HASH = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128}|sha224:[0-9a-f]{56}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$/;
var COMMENT = /(^|\s+)#.*$/;
var URL_REF = /^[a-z][a-z0-9+.-]*:\/\//i;
function logicalLines(text2) {
  const out = [];
  let parts = [];
  let first = 0;
  let inVia = false;
  const lines = text2.split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const n = idx + 1;
    const comment = /^\s*#\s?(.*)$/.exec(raw);
    if (comment && out.length && !parts.length) {
      const c = comment[1];
      const via = /^\s*via(?:\s+(.*))?$/.exec(c);
      if (via) {
        inVia = !via[1];
        if (via[1])
          out[out.length - 1].via.push(
            ...via[1].split(/,\s*/).map((s) => s.trim()).filter(Boolean)
          );
        return;
      }
      if (inVia && /^\s{2,}\S/.test(c)) return void out[out.length - 1].via.push(c.trim());
    }
    inVia = false;
    if (raw.endsWith("\\") && !COMMENT.test(raw)) {
      if (!parts.length) first = n;
      parts.push(raw.slice(0, -1));
      return;
    }
    const joined = parts.length ? [...parts, raw].join("") : raw;
    const at = parts.length ? first : n;
    parts = [];
    const t = joined.replace(COMMENT, "").trim();
    if (t) out.push({ text: t, line: at, via: [] });
  });
  if (parts.length) {
    const t = parts.join("").replace(COMMENT, "").trim();
    if (t) out.push({ text: t, line: first, via: [] });
  }
  return out;
}
function options(tokens, file, line) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = tok.startsWith("--") ? tok.indexOf("=") : -1;
    const flag = eq > 0 ? tok.slice(0, eq) : !tok.startsWith("--") && tok.length > 2 ? tok.slice(0, 2) : tok;
    const attached = eq > 0 ? tok.slice(eq + 1) : flag !== tok ? tok.slice(2) : null;
    if (FLAGS.has(flag)) {
      if (attached !== null) throw malformed(file, line, `option ${flag} takes no value`);
      out.push([FLAGS.get(flag), null]);
    } else if (VALUED.has(flag)) {
      const value = attached ?? tokens[++i];
      if (value === void 0 || value === "") throw malformed(file, line, `option ${flag} needs a value`);
      out.push([VALUED.get(flag), value]);
    } else if (tok.startsWith("-")) throw malformed(file, line, `unknown option ${tok}`);
    else throw malformed(file, line, `unexpected "${tok}" among the options`);
  }
  return out;
}
var Reader = class {
  constructor(file, opts) {
    this.opts = opts;
    this.doc = { ecosystem: "pip", format: "requirements.txt", file, packages: [], constraints: [], includes: [], options: [] };
  }
  opts;
  doc;
  files = 0;
  shown(abs) {
    const ws = this.opts.workspace;
    return ws ? relative13(resolve6(ws), abs) : abs;
  }
  read(text2, file, chain, constraint) {
    if (++this.files > (this.opts.maxFiles ?? 64)) throw this.limit(file, `more than ${this.opts.maxFiles ?? 64} requirements files`);
    const own = file === this.doc.file ? void 0 : file;
    for (const l of logicalLines(text2)) {
      const tokens = l.text.split(/\s+/);
      const firstOpt = tokens.findIndex((t) => t.startsWith("-"));
      const reqTokens = firstOpt < 0 ? tokens : tokens.slice(0, firstOpt);
      const opts = firstOpt < 0 ? [] : options(tokens.slice(firstOpt), file, l.line);
      const line = [];
      const hashes = [];
      let requirement = reqTokens.join(" ");
      let editable = false;
      for (const [name, value] of opts) {
        if (name === "hash") {
          if (!HASH.test(value)) throw malformed(file, l.line, `--hash=${value}: want algorithm:hexdigest, such as sha256:<64 hex digits>`);
          hashes.push(value);
        } else if (name === "editable") {
          if (requirement) throw malformed(file, l.line, `-e takes the requirement itself, not "${requirement}" before it`);
          requirement = value;
          editable = true;
        } else if (name === "requirement" || name === "constraint") this.include(name, value, file, l.line, chain, constraint || name === "constraint");
        else if (!PER_REQUIREMENT.has(name)) line.push({ name, value, file, line: l.line });
      }
      if (!requirement) {
        if (hashes.length || opts.some(([n]) => n === "global-option" || n === "config-settings"))
          throw malformed(file, l.line, "--hash and per-requirement options go on a requirement line");
        this.doc.options.push(...line);
        continue;
      }
      if (line.length) throw malformed(file, l.line, `option --${line[0].name} goes on a line of its own, not after a requirement`);
      const r = parseRequirement(requirement);
      if ("error" in r) throw malformed(file, l.line, r.error);
      if (editable && !r.url) r.url = requirement;
      const direct = !l.via.length || l.via.some((v) => v.startsWith("-r ") || v.startsWith("-c ") || v.endsWith(")"));
      const req = {
        name: r.name,
        version: r.pinned,
        direct,
        hashes,
        source: r.url,
        markers: r.markers,
        line: l.line,
        ...own ? { file: own } : {},
        text: requirement,
        extras: r.extras,
        specifier: r.specifier,
        url: r.url,
        editable,
        via: l.via
      };
      (constraint ? this.doc.constraints : this.doc.packages).push(req);
    }
  }
  limit(file, what) {
    return new LockSyntaxError({ code: "include_limit", file, line: 1, message: `${what}: the includes are bounded` });
  }
  include(kind, ref, file, line, chain, constraint) {
    const entry = { kind, ref, resolved: null, file, line };
    this.doc.includes.push(entry);
    const ws = this.opts.workspace;
    if (URL_REF.test(ref) || !ws) return;
    const label2 = `${kind === "requirement" ? "-r" : "-c"} include`;
    const abs = resolveInside(ws, ref, { label: label2, base: dirname5(resolve6(ws, file)), where: { file, line } });
    if (chain.includes(abs)) {
      throw new LockSyntaxError({
        code: "include_cycle",
        file,
        line,
        message: `-${kind[0]} ${ref} includes ${this.shown(abs)} again: the includes form a cycle`
      });
    }
    if (chain.length >= (this.opts.maxDepth ?? 16))
      throw new LockSyntaxError({ code: "include_limit", file, line, message: `includes nested deeper than ${this.opts.maxDepth ?? 16}` });
    const shown = this.shown(abs);
    entry.resolved = shown;
    const text2 = withoutBom(readBoundedText(abs, { label: label2, where: { file, line } }));
    this.read(text2, shown, [...chain, abs], constraint);
  }
};
function parseRequirementsText(text2, file, opts = {}) {
  const reader = new Reader(file, opts);
  const ws = opts.workspace;
  reader.read(text2, file, ws ? [resolveInside(ws, file, { label: "requirements file" })] : [], false);
  return reader.doc;
}
var parseRequirements = (text2, file, opts = {}) => catchLockError(file, () => parseRequirementsText(text2, file, opts));

// src/locks/uv-lock.ts
function sourceOf3(src) {
  if (!src) return { text: null, root: false };
  const [kind, where] = Object.entries(src)[0] ?? [];
  if (typeof where !== "string") return { text: null, root: false };
  if (kind === "git") return { text: `git+${where}`, root: false };
  return { text: where, root: (kind === "virtual" || kind === "editable") && where === "." };
}
function dependencyNames(f, pkg) {
  const names = f.tables(pkg, "dependencies").map((d) => f.str(d, "name"));
  for (const key2 of ["optional-dependencies", "dev-dependencies"]) {
    const groups = f.table(pkg, key2) ?? {};
    for (const g of Object.keys(groups)) names.push(...f.tables(groups, g).map((d) => f.str(d, "name")));
  }
  return [...new Set(names)];
}
function parseUvLockText(text2, file) {
  const doc = parseToml(text2, file);
  const top = new Fields(file, 1, "uv.lock");
  const members = new Set((top.table(doc, "manifest") ? top.strings(top.table(doc, "manifest"), "members") : []).map(pipName));
  const out = {
    ecosystem: "pip",
    format: "uv.lock",
    file,
    version: typeof doc.version === "number" ? doc.version : null,
    revision: typeof doc.revision === "number" ? doc.revision : null,
    requiresPython: top.optStr(doc, "requires-python"),
    members: [],
    packages: []
  };
  if (out.version === null) throw malformed(file, 1, 'uv.lock has no "version" number at the top: not a uv lock');
  const roots = [];
  for (const { entry, line } of entries(doc, text2, file, "package")) {
    const f = new Fields(file, line, "package");
    const name = f.str(entry, "name");
    const source = sourceOf3(f.table(entry, "source"));
    const deps = dependencyNames(f, entry);
    if (members.has(pipName(name)) || source.root) {
      out.members.push({ name, version: f.optStr(entry, "version"), line });
      roots.push(...deps);
      continue;
    }
    const sdist = f.table(entry, "sdist");
    const hashes = [...sdist?.hash ? [f.str(sdist, "hash")] : [], ...f.tables(entry, "wheels").flatMap((w) => w.hash ? [f.str(w, "hash")] : [])];
    const markers = f.strings(entry, "resolution-markers");
    out.packages.push({
      name,
      version: f.optStr(entry, "version"),
      direct: false,
      hashes,
      source: source.text,
      markers: markers.length ? markers.map((m) => `(${m})`).join(" or ") : null,
      line,
      dependencies: deps
    });
  }
  const direct = new Set(roots.map(pipName));
  for (const p of out.packages) p.direct = direct.has(pipName(p.name));
  return out;
}
var parseUvLock = (text2, file) => catchLockError(file, () => parseUvLockText(text2, file));

// src/locks/parse.ts
function lockFormatOf(file) {
  const name = basename5(file);
  if (name === "go.mod" || name === "go.sum" || name === "go.work" || name === "poetry.lock" || name === "Pipfile.lock" || name === "uv.lock") return name;
  if (/^pylock(\.[^.]+)?\.toml$/.test(name)) return "pylock.toml";
  if (/^requirements.*\.txt$/.test(name)) return "requirements.txt";
  return null;
}
var PARSERS = {
  "go.mod": parseGoMod,
  "go.sum": parseGoSum,
  "go.work": parseGoWork,
  "requirements.txt": parseRequirements,
  "poetry.lock": parsePoetryLock,
  "Pipfile.lock": parsePipfileLock,
  "uv.lock": parseUvLock,
  "pylock.toml": parsePylock
};
function parseLockText(raw, file, opts = {}) {
  const text2 = withoutBom(raw);
  const format = opts.format ?? lockFormatOf(file);
  const parser = format && PARSERS[format];
  if (!parser) {
    return {
      ok: false,
      error: {
        code: "unreadable",
        file,
        line: 1,
        message: `${basename5(file)} is not a lock file this reader knows (go.mod, go.sum, go.work, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pylock.toml)`
      }
    };
  }
  return parser(text2, file, opts);
}
function readLock(workspace, file, opts = {}) {
  let text2;
  let shown;
  try {
    const abs = resolveInside(workspace, file, { label: "lock file" });
    shown = relative14(resolveInside(workspace, ".", { label: "workspace" }), abs) || file;
    text2 = readBoundedText(abs, { label: "lock file", maxBytes: opts.maxBytes, where: { file: shown } });
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
  return parseLockText(text2, shown, { ...opts, workspace });
}

// src/locks/pep440.ts
var VERSION = new RegExp(
  "^\\s*v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?(?:[-_.]?(dev)[-_.]?([0-9]+)?)?(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$",
  "i"
);
var PRE_LABEL = { alpha: "a", a: "a", beta: "b", b: "b", preview: "rc", pre: "rc", c: "rc", rc: "rc" };
function parsePep440(text2) {
  const m = VERSION.exec(text2);
  if (!m) return null;
  const [, epoch, release, preL, preN, postN1, postL, postN2, devL, devN, local2] = m;
  return {
    epoch: BigInt(epoch ?? 0),
    release: release.split(".").map(BigInt),
    pre: preL ? { label: PRE_LABEL[preL.toLowerCase()], n: BigInt(preN ?? 0) } : null,
    post: postN1 !== void 0 ? BigInt(postN1) : postL ? BigInt(postN2 ?? 0) : null,
    dev: devL ? BigInt(devN ?? 0) : null,
    local: local2 ? local2.toLowerCase().split(/[-_.]/).map((s) => /^[0-9]+$/.test(s) ? BigInt(s) : s) : null
  };
}
var isPep440 = (text2) => parsePep440(text2) !== null;
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function cmpRelease(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? 0n, b[i] ?? 0n);
    if (c) return c;
  }
  return 0;
}
var PRE_RANK = { a: 0, b: 1, rc: 2 };
function preKey(v) {
  if (v.pre) return [0, PRE_RANK[v.pre.label], v.pre.n];
  if (v.post === null && v.dev !== null) return [-1, 0, 0n];
  return [1, 0, 0n];
}
function cmpLocal(a, b) {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    const c = typeof x === typeof y ? cmp(x, y) : typeof x === "bigint" ? 1 : -1;
    if (c) return c;
  }
  return Math.sign(a.length - b.length);
}
function comparePep440Parsed(a, b) {
  const pa = preKey(a), pb = preKey(b);
  return cmp(a.epoch, b.epoch) || cmpRelease(a.release, b.release) || pa[0] - pb[0] || pa[1] - pb[1] || cmp(pa[2], pb[2]) || // no post-release sorts before any post-release; no dev release sorts after any dev release
  (a.post === b.post ? 0 : a.post === null ? -1 : b.post === null ? 1 : cmp(a.post, b.post)) || (a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : cmp(a.dev, b.dev)) || cmpLocal(a.local, b.local);
}
function comparePep440(a, b) {
  const x = parsePep440(a), y = parsePep440(b);
  if (!x || !y) return x ? 1 : y ? -1 : cmp(a, b);
  return Math.sign(comparePep440Parsed(x, y));
}

// src/locks/diff.ts
var compareVersions = (ecosystem, a, b) => ecosystem === "go" ? compareGoVersions(a, b) : comparePep440(a, b);
function order(eco, a, b) {
  const valid2 = eco === "go" ? isGoVersion : isPep440;
  return a !== null && b !== null && valid2(a) && valid2(b) ? compareVersions(eco, a, b) : null;
}
var sortKey = (eco) => (a, b) => order(eco, a, b) ?? (a === b ? 0 : a === null || b !== null && a < b ? -1 : 1);
var versionOf2 = (p) => p.version ?? ("specifier" in p && typeof p.specifier === "string" && p.specifier ? p.specifier : "url" in p && typeof p.url === "string" ? p.url : null);
function group(doc) {
  const key2 = doc.ecosystem === "pip" ? pipName : (n) => n;
  const out = /* @__PURE__ */ new Map();
  for (const p of doc.packages) {
    const k = key2(p.name);
    const g = out.get(k);
    if (!g) {
      out.set(k, { side: { name: p.name, versions: [versionOf2(p)], direct: p.direct, line: p.line, file: p.file ?? doc.file }, packages: [p] });
      continue;
    }
    g.packages.push(p);
    if (!g.side.versions.includes(versionOf2(p))) g.side.versions.push(versionOf2(p));
    if (p.direct !== null) g.side.direct = (g.side.direct ?? false) || p.direct;
  }
  for (const g of out.values()) g.side.versions.sort(sortKey(doc.ecosystem));
  return out;
}
var highest = (s) => s.versions[s.versions.length - 1];
function rehash(name, base, head) {
  for (const b of base.packages) {
    const h = head.packages.find((p) => p.version === b.version && p.markers === b.markers);
    if (!h || !b.hashes.length || !h.hashes.length) continue;
    const removed = b.hashes.filter((x) => !h.hashes.includes(x));
    const added = h.hashes.filter((x) => !b.hashes.includes(x));
    if (removed.length || added.length) return { name, base: base.side, head: head.side, version: b.version, addedHashes: added, removedHashes: removed };
  }
  return null;
}
function diffLocks(base, head) {
  if (base.ecosystem !== head.ecosystem) throw new Error(`diffLocks: ${base.file} is ${base.ecosystem}, ${head.file} is ${head.ecosystem}`);
  const eco = base.ecosystem;
  const diff = {
    ecosystem: eco,
    base: { file: base.file, format: base.format },
    head: { file: head.file, format: head.format },
    added: [],
    removed: [],
    upgraded: [],
    downgraded: [],
    changed: [],
    madeDirect: [],
    madeIndirect: [],
    rehashed: []
  };
  const b = group(base), h = group(head);
  for (const [k, g] of b) if (!h.has(k)) diff.removed.push({ name: g.side.name, base: g.side, head: null });
  for (const [k, hg] of h) {
    const bg = b.get(k);
    if (!bg) {
      diff.added.push({ name: hg.side.name, base: null, head: hg.side });
      continue;
    }
    const change = { name: hg.side.name, base: bg.side, head: hg.side, from: highest(bg.side), to: highest(hg.side) };
    const sameSet = bg.side.versions.length === hg.side.versions.length && bg.side.versions.every((v) => hg.side.versions.includes(v));
    if (!sameSet) {
      const c = order(eco, change.from, change.to);
      (c === null || c === 0 ? diff.changed : c < 0 ? diff.upgraded : diff.downgraded).push(change);
    } else {
      const r = rehash(hg.side.name, bg, hg);
      if (r) diff.rehashed.push(r);
    }
    if (bg.side.direct !== null && hg.side.direct !== null && bg.side.direct !== hg.side.direct)
      (hg.side.direct ? diff.madeDirect : diff.madeIndirect).push(change);
  }
  const byName = (x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  for (const list2 of [diff.added, diff.removed, diff.upgraded, diff.downgraded, diff.changed, diff.madeDirect, diff.madeIndirect, diff.rehashed])
    list2.sort(byName);
  return diff;
}

// src/locks/revisions.ts
function checkRevision(rev, label2) {
  if (!rev || rev.startsWith("-") || new RegExp("\\p{Cc}", "u").test(rev)) {
    throw new UserError(`${label2} revision ${JSON.stringify(rev)} is not a revision`, {
      hint: 'give a branch, tag or commit (it may not be empty, start with "-" or hold control characters)',
      code: "bad_revision"
    });
  }
}
async function git(opts, args, what) {
  const r = await opts.run("git", args, { cwd: opts.cwd, env: opts.env, timeoutMs: opts.timeoutMs ?? 6e4 });
  if (r.spawnError) throw new UserError(`git could not be started: ${r.spawnError}`, { hint: "install git and put it on PATH", code: "git_missing" });
  if (r.code !== 0) {
    const msg = (r.stderr.trim().split("\n")[0] ?? "") || (r.timedOut ? "timed out" : `exit ${r.code}`);
    throw new UserError(`${what}: ${msg}`, {
      hint: "run it inside a git repository that has both revisions (fetch-depth: 0 in actions/checkout)",
      code: "git_failed"
    });
  }
  return r;
}
async function resolveCommit(opts, rev, label2) {
  checkRevision(rev, label2);
  const r = await git(opts, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`], `${label2} revision ${JSON.stringify(rev)} is not a commit here`);
  const sha = r.stdout.trim();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    throw new UserError(`${label2} revision ${JSON.stringify(rev)}: git answered ${JSON.stringify(sha.slice(0, 80))}`, { code: "git_failed" });
  return sha;
}
async function lockFiles(opts, commit2) {
  const r = await git(opts, ["ls-tree", "-r", "-l", "-z", "--full-tree", commit2], `listing the files of ${commit2}`);
  const out = /* @__PURE__ */ new Map();
  for (const rec of r.stdout.split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+) +(\d+)\t([^]+)$/.exec(rec);
    if (m && lockFormatOf(m[3])) out.set(m[3], { blob: m[1], size: Number(m[2]) });
  }
  return out;
}
async function readLockAt(opts, side, path2, entry) {
  const where = `${path2} at ${side.rev}`;
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const tooLarge = () => new UserError(`${where} is ${entry.size} bytes, more than the ${max} read of a lock`, {
    where: { file: path2 },
    hint: "leave generated files that large out of the lock diff",
    code: "file_too_large"
  });
  if (entry.size > max) throw tooLarge();
  const r = await git(opts, ["show", "--no-textconv", `${side.commit}:${path2}`], `reading ${where}`);
  const read = Buffer.byteLength(r.stdout);
  if (read !== entry.size) {
    throw new UserError(`${where} was not read whole: ${read} of its ${entry.size} bytes came through`, {
      where: { file: path2 },
      hint: "a lock this large is beyond what the diff reads through git; leave it out or split it",
      code: "file_too_large"
    });
  }
  const parsed = parseLockText(r.stdout, path2);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new UserError(`${e.message} (at ${side.rev})`, {
      where: { file: e.file, line: e.line, col: e.column },
      hint: "fix the lock at that revision, or regenerate it with its tool",
      code: `lock_${e.code}`
    });
  }
  return parsed.document;
}
var empty2 = (doc) => ({ ...doc, packages: [] });
async function diffRevisions(baseRev, headRev, opts) {
  const base = { rev: baseRev, commit: await resolveCommit(opts, baseRev, "base") };
  const head = { rev: headRev, commit: await resolveCommit(opts, headRev, "head") };
  const [baseFiles, headFiles] = await Promise.all([lockFiles(opts, base.commit), lockFiles(opts, head.commit)]);
  const paths = [.../* @__PURE__ */ new Set([...baseFiles.keys(), ...headFiles.keys()])].sort();
  const result = { base, head, files: [], unchanged: [] };
  for (const path2 of paths) {
    const b = baseFiles.get(path2);
    const h = headFiles.get(path2);
    if (b && h && b.blob === h.blob) {
      result.unchanged.push(path2);
      continue;
    }
    const bd = b && await readLockAt(opts, base, path2, b);
    const hd = h && await readLockAt(opts, head, path2, h);
    const status2 = !bd ? "added" : !hd ? "removed" : "changed";
    result.files.push({ file: path2, status: status2, diff: diffLocks(bd ?? empty2(hd), hd ?? empty2(bd)) });
  }
  return result;
}

// src/core/document.ts
var import_yaml2 = __toESM(require_dist(), 1);
function lineNear(doc, path2) {
  for (let n = path2.length; n >= 0; n--) {
    const line = doc.lineOf(path2.slice(0, n));
    if (line !== void 0) return line;
  }
  return 1;
}
var DocumentSyntaxError = class extends UserError {
  constructor(file, message2, line, col, format = "document") {
    super(`invalid ${format}: ${message2}`, { where: { file, line, col }, hint: `fix the ${format} syntax`, code: "syntax_error" });
  }
};
var pathKey = (path2) => path2.join("\0");
var Lines = class {
  lines = /* @__PURE__ */ new Map();
  set(path2, line) {
    this.lines.set(pathKey(path2), line);
  }
  document() {
    return (path2) => this.lines.get(pathKey(path2));
  }
};
function readYamlDocuments(text2, opts) {
  const counter = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text2, {
    lineCounter: counter,
    prettyErrors: false,
    schema: opts.schema ?? "core",
    uniqueKeys: opts.duplicateKeys !== "last",
    merge: false
  });
  const list2 = Array.isArray(docs) ? docs : [];
  for (const d of list2) {
    const e = d.errors[0];
    if (e) {
      const pos = counter.linePos(e.pos[0]);
      throw new DocumentSyntaxError(opts.file, e.message.split("\n")[0], pos.line, pos.col, "YAML");
    }
  }
  const lineAt = (offset) => counter.linePos(offset).line;
  return list2.map((d) => {
    const lines = new Lines();
    const start = d.contents?.range?.[0] ?? d.range[0];
    lines.set([], lineAt(start));
    const value = new Converter(d, opts, lines, lineAt, opts.maxNodes ?? Math.max(1e6, text2.length)).value(d.contents, []);
    return { value, lineOf: lines.document() };
  });
}
var Converter = class {
  constructor(doc, opts, lines, lineAt, maxNodes) {
    this.doc = doc;
    this.opts = opts;
    this.lines = lines;
    this.lineAt = lineAt;
    this.maxNodes = maxNodes;
  }
  doc;
  opts;
  lines;
  lineAt;
  maxNodes;
  visited = 0;
  active = /* @__PURE__ */ new Set();
  value(node2, path2) {
    if (!node2) return null;
    if (++this.visited > this.maxNodes) {
      throw new DocumentSyntaxError(this.opts.file, "the document expands too far through aliases", this.lineAt(node2.range?.[0] ?? 0), void 0, "YAML");
    }
    if ((0, import_yaml2.isAlias)(node2)) {
      const target = node2.resolve(this.doc);
      if (!target || this.active.has(target)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          `alias *${node2.source} refers to no anchor or to itself`,
          this.lineAt(node2.range?.[0] ?? 0),
          void 0,
          "YAML"
        );
      }
      return this.value(target, path2);
    }
    this.active.add(node2);
    try {
      if ((0, import_yaml2.isScalar)(node2)) return this.opts.scalar ? this.opts.scalar(node2) : node2.toJSON();
      if ((0, import_yaml2.isSeq)(node2)) {
        return node2.items.map((item, i) => {
          const n = item;
          if (n?.range) this.lines.set([...path2, i], this.lineAt(n.range[0]));
          return this.value(n, [...path2, i]);
        });
      }
      if ((0, import_yaml2.isMap)(node2)) return this.map(node2.items, path2);
      return null;
    } finally {
      this.active.delete(node2);
    }
  }
  map(pairs, path2) {
    const out = {};
    const merged = [];
    for (const p of pairs) {
      if (!(0, import_yaml2.isPair)(p)) continue;
      const keyNode = p.key;
      if (this.opts.merge && (0, import_yaml2.isScalar)(keyNode) && keyNode.source === "<<" && keyNode.type === "PLAIN") {
        merged.push(...this.mergeSources(p.value, path2));
        continue;
      }
      const rawKey = keyNode ? (0, import_yaml2.isScalar)(keyNode) ? this.opts.scalar ? this.opts.scalar(keyNode) : keyNode.toJSON() : this.value(keyNode, path2) : null;
      const key2 = typeof rawKey === "string" ? rawKey : this.opts.key ? this.opts.key(rawKey) : String(rawKey);
      const line = this.lineAt(keyNode?.range?.[0] ?? p.value?.range?.[0] ?? 0);
      this.lines.set([...path2, key2], line);
      out[key2] = this.value(p.value, [...path2, key2]);
    }
    if (!merged.length) return out;
    const result = {};
    for (const src of merged.reverse()) Object.assign(result, src);
    return Object.assign(result, out);
  }
  mergeSources(node2, path2) {
    const one = (n) => {
      const v = this.value(n, path2);
      if (!v || typeof v !== "object" || Array.isArray(v)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          "a merge key (<<) takes a mapping or a list of mappings",
          this.lineAt(n?.range?.[0] ?? 0),
          void 0,
          "YAML"
        );
      }
      return v;
    };
    if ((0, import_yaml2.isSeq)(node2)) return node2.items.map((i) => one(i));
    return [one(node2)];
  }
};
function readJson(text2, file, format = "JSON") {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    const { offset, message: message2 } = jsonSyntaxError(text2) ?? { offset: 0, message: e.message };
    const before = text2.slice(0, offset);
    const line = before.split("\n").length;
    throw new DocumentSyntaxError(file, message2, line, offset - before.lastIndexOf("\n"), format);
  }
  let lines;
  return { value, lineOf: (path2) => (lines ??= jsonLines(text2))(path2) };
}
function jsonSyntaxError(text2) {
  let i = 0;
  const ws = () => {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
  };
  const found = () => i >= text2.length ? "the end of the input" : JSON.stringify(text2[i]);
  class Stop {
    constructor(message2) {
      this.message = message2;
    }
    message;
  }
  const fail = (expected) => {
    throw new Stop(`expected ${expected}, found ${found()}`);
  };
  const string = () => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text2.slice(i));
    if (!m) fail("a string in double quotes");
    i += m[0].length;
  };
  const value = () => {
    ws();
    const c = text2[i];
    if (c === "{") {
      i++;
      ws();
      if (text2[i] === "}") return void i++;
      for (; ; ) {
        ws();
        if (text2[i] !== '"') fail("a key in double quotes");
        string();
        ws();
        if (text2[i] !== ":") fail('":"');
        i++;
        value();
        ws();
        if (text2[i] === ",") i++;
        else if (text2[i] === "}") return void i++;
        else fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text2[i] === "]") return void i++;
      for (; ; ) {
        value();
        ws();
        if (text2[i] === ",") i++;
        else if (text2[i] === "]") return void i++;
        else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text2.slice(i, i + 400));
    if (!m) fail("a value");
    i += m[0].length;
  };
  try {
    value();
    ws();
    if (i < text2.length) fail("the end of the input");
    return void 0;
  } catch (e) {
    if (e instanceof Stop) return { offset: i, message: e.message };
    throw e;
  }
}
function jsonLines(text2) {
  const counter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: counter, prettyErrors: false, schema: "json", uniqueKeys: false });
  const lines = new Lines();
  lines.set([], counter.linePos(firstContent(text2)).line);
  if (!doc.errors.length) new Converter(doc, { file: "" }, lines, (o) => counter.linePos(o).line, Infinity).value(doc.contents, []);
  return lines.document();
}
var firstContent = (text2) => Math.max(0, text2.search(/\S/));

// src/policy/parsers/parser.ts
function fromDocument(doc) {
  if (Array.isArray(doc.value)) {
    return { value: doc.value, documents: doc.value, lineOf: (i, path2) => doc.lineOf([i, ...path2]) };
  }
  return { value: doc.value, documents: [doc.value], lineOf: (_i, path2) => doc.lineOf(path2) };
}
var lineFor = (parsed, docIndex, path2) => lineNear({ value: parsed.documents[docIndex], lineOf: (p) => parsed.lineOf(docIndex, p) }, path2);

// src/policy/parsers/registry.ts
import { basename as basename6, dirname as dirname6, extname } from "node:path";

// src/policy/parsers/yaml.ts
var PLAIN = {};
var words = (v, list2) => list2.split(" ").forEach((w) => PLAIN[w] = v);
words(true, "y Y yes Yes YES true True TRUE on On ON");
words(false, "n N no No NO false False FALSE off Off OFF");
words(null, "~ null Null NULL");
words(Infinity, ".inf .Inf .INF +.inf +.Inf +.INF");
words(-Infinity, "-.inf -.Inf -.INF");
words(NaN, ".nan .NaN .NAN");
var YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function goInt(s) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return void 0;
  const body = m[2];
  const digits = /^0[oO]/.test(body) ? "0o" + body.slice(2) : /^0[0-7]+$/.test(body) ? "0o" + body.slice(1) : body;
  const n = BigInt(digits) * (m[1] === "-" ? -1n : 1n);
  if (n < -INT64_MAX - 1n || n > UINT64_MAX || m[1] === "-" && n < -INT64_MAX - 1n) return void 0;
  if (m[1] === "+" && n > INT64_MAX) return void 0;
  return Number(n);
}
function resolvePlain(text2) {
  if (text2 === "") return null;
  if (Object.hasOwn(PLAIN, text2)) return PLAIN[text2];
  const c = text2[0];
  if (c === ".") {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text2) ? Number(text2) : text2;
  }
  if (!/[0-9+-]/.test(c)) return text2;
  const plain2 = text2.replaceAll("_", "");
  const int = goInt(plain2);
  if (int !== void 0) return int;
  if (YAML_FLOAT.test(plain2)) return Number(plain2);
  return text2;
}
var YAML_TAG = "tag:yaml.org,2002:";
function scalar(node2) {
  const text2 = String(node2.value ?? "");
  const tag = node2.tag;
  if (tag === `${YAML_TAG}str` || tag === "!") return text2;
  if (node2.type !== "PLAIN" && !(tag && /^tag:yaml\.org,2002:(int|float|bool|null)$/.test(tag))) return text2;
  if (tag && !tag.startsWith(YAML_TAG)) return text2;
  return resolvePlain(text2);
}
function goFloatKey(f) {
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  if (Number.isNaN(f)) return ".nan";
  const single = Math.fround(f);
  let digits = 1;
  while (digits < 9 && Math.fround(Number(single.toPrecision(digits))) !== single) digits++;
  const [mant, exp] = single.toExponential(digits - 1).split("e");
  const e = Number(exp);
  if (e < -4 || e >= 6) return `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return String(Number(single.toPrecision(digits)));
}
function keyString(file) {
  return (key2) => {
    if (typeof key2 === "boolean") return String(key2);
    if (typeof key2 === "number") return Number.isInteger(key2) && Math.abs(key2) < 2 ** 63 ? BigInt(key2).toString() : goFloatKey(key2);
    throw new DocumentSyntaxError(
      file,
      `a mapping key of type ${key2 === null ? "null" : Array.isArray(key2) ? "list" : typeof key2} has no JSON form`,
      1,
      void 0,
      "YAML"
    );
  };
}
function checkJsonable(v, file, doc, path2 = []) {
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path2.join(".") || "the top"} has no JSON form`, doc.lineOf(path2) ?? 1, void 0, "YAML");
  }
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) checkJsonable(x, file, doc, [...path2, Array.isArray(v) ? Number(k) : k]);
}
function parseYamlAsConftest(text2, file) {
  const docs = readYamlDocuments(text2.replace(/^\uFEFF/, ""), {
    file,
    schema: "failsafe",
    scalar,
    key: keyString(file),
    merge: true,
    duplicateKeys: "last"
  });
  if (docs.length > 1 && /\n---[ \t]*$/.test(text2) && docs[docs.length - 1].value === null) docs.pop();
  for (const d of docs) checkJsonable(d.value, file, d);
  if (docs.length === 0) return { value: null, documents: [null], lineOf: (_i, p) => p.length ? void 0 : 1 };
  if (docs.length === 1) return fromDocument(docs[0]);
  const values = docs.map((d) => d.value);
  return { value: values, documents: values, lineOf: (i, path2) => docs[i]?.lineOf(path2) };
}
var yamlParser = { name: "yaml", extensions: ["yaml", "yml"], parse: parseYamlAsConftest };

// src/policy/parsers/compose.ts
var COMPOSE = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/;
var composeParser = {
  name: "docker-compose",
  extensions: [],
  fileName: (base) => COMPOSE.test(base),
  parse: parseYamlAsConftest
};

// src/policy/parsers/dockerfile.ts
var WS = /[\t\v\f\r ]+/;
var isSpace = (c) => /\s/.test(c);
var FLAGS2 = {
  add: ["chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude"],
  copy: ["chown", "from", "chmod", "link", "exclude", "parents"],
  from: ["platform"],
  run: ["mount", "network", "security", "device"],
  healthcheck: ["interval", "timeout", "start-period", "start-interval", "retries"]
};
var KNOWN = [
  "add",
  "arg",
  "cmd",
  "copy",
  "entrypoint",
  "env",
  "expose",
  "from",
  "healthcheck",
  "label",
  "maintainer",
  "onbuild",
  "run",
  "shell",
  "stopsignal",
  "user",
  "volume",
  "workdir"
];
function scanWords(text2, esc, flags) {
  const chars = [...text2];
  const words4 = [];
  const rest = (pos) => ({ words: words4, rest: chars.slice(pos).join("") });
  let word = "";
  let phase = "spaces";
  let quote2 = "";
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? "";
    if (phase === "spaces") {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      if (flags && !(ch === "-" && chars[pos + 1] === "-")) return rest(pos);
      phase = "word";
    }
    if (pos === chars.length) {
      if (!(flags && word === "--") && (blankOK || word)) words4.push(word);
      break;
    }
    if (phase === "word") {
      if (isSpace(ch)) {
        phase = "spaces";
        if (flags && word === "--") return rest(pos);
        if (blankOK || word) words4.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote2 = ch;
        blankOK = true;
        phase = "quote";
        if (flags) continue;
      }
      if (ch === esc) {
        if (pos + 1 === chars.length) continue;
        if (!flags) word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote2) {
      phase = "word";
      if (flags) continue;
    }
    if (ch === esc && (flags || quote2 !== "'")) {
      if (pos + 1 === chars.length) {
        phase = "word";
        continue;
      }
      if (!flags) word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return { words: words4, rest: "" };
}
var builderFlags = (line, esc) => {
  const { words: words4, rest } = scanWords(line, esc, true);
  return { rest, flags: words4 };
};
var words2 = (rest, esc) => scanWords(rest, esc, false).words;
function maybeJson(rest, toList) {
  const t = rest.trimStart();
  if (t.startsWith("[")) {
    let list2;
    try {
      list2 = JSON.parse(t);
    } catch {
      list2 = void 0;
    }
    if (Array.isArray(list2)) {
      if (list2.some((s) => typeof s !== "string")) throw new Error("when using JSON array syntax, arrays must be comprised of strings only");
      return { value: list2.length ? list2 : null, json: true };
    }
  }
  if (!rest) return { value: null, json: false };
  return { value: toList ? rest.split(WS) : [rest], json: false };
}
function nameVal(rest, key2, esc) {
  const list2 = words2(rest, esc);
  if (!list2.length) return null;
  if (!list2[0].includes("=")) {
    const parts = rest.split(WS);
    if (parts.length < 2) throw new Error(`${key2} must have two arguments`);
    return [parts[0], rest.slice(rest.search(WS)).replace(WS, ""), ""];
  }
  return list2.flatMap((w) => {
    if (!w.includes("=")) throw new Error(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
    const at = w.indexOf("=");
    return [w.slice(0, at), w.slice(at + 1), "="];
  });
}
function dispatch(cmd, rest, esc) {
  switch (cmd) {
    case "add":
    case "copy":
    case "volume":
      return maybeJson(rest, true);
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      return maybeJson(rest, false);
    case "arg": {
      const w = words2(rest, esc);
      return { value: w.length ? w : null, json: false };
    }
    case "env":
    case "label":
      return { value: nameVal(rest, cmd === "env" ? "ENV" : "LABEL", esc), json: false };
    case "expose":
    case "from":
      return { value: rest ? rest.split(WS) : null, json: false };
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      return { value: rest ? [rest] : null, json: false };
    case "healthcheck": {
      const sep5 = rest.search(/\s/) < 0 ? rest.length : rest.search(/\s/);
      if (sep5 === 0) return { value: null, json: false };
      const inner = maybeJson(rest.slice(sep5).trimStart(), false);
      return { value: [rest.slice(0, sep5), ...inner.value ?? []], json: inner.json };
    }
    default:
      return { value: null, json: false };
  }
}
function validate(cmd, flags, value, upper) {
  if (!KNOWN.includes(cmd)) throw new Error(`unknown instruction: ${upper}`);
  const allowed = FLAGS2[cmd] ?? [];
  for (const f of flags) {
    const name = f.replace(/^--/, "").split("=")[0];
    if (!allowed.includes(name)) throw new Error(`unknown flag: --${name}`);
  }
  const n = value?.length ?? 0;
  const need = {
    add: () => n < 2 ? "ADD requires at least two arguments, but only one was provided. Destination could not be determined" : void 0,
    copy: () => n < 2 ? "COPY requires at least two arguments, but only one was provided. Destination could not be determined" : void 0,
    from: () => n !== 1 && !(n === 3 && value[1].toLowerCase() === "as") ? "FROM requires either one or three arguments" : void 0,
    arg: () => n < 1 ? "ARG requires at least one argument" : void 0,
    env: () => n < 1 ? "ENV requires at least one argument" : void 0,
    label: () => n < 1 ? "LABEL requires at least one argument" : void 0,
    expose: () => n < 1 ? "EXPOSE requires at least one argument" : void 0,
    volume: () => n < 1 ? "VOLUME requires at least one argument" : void 0,
    shell: () => n < 1 ? "SHELL requires at least one argument" : void 0,
    healthcheck: () => n < 1 ? "HEALTHCHECK requires at least one argument" : void 0,
    onbuild: () => n < 1 ? "ONBUILD requires at least one argument" : void 0,
    maintainer: () => n !== 1 ? "MAINTAINER requires exactly one argument" : void 0,
    workdir: () => n !== 1 ? "WORKDIR requires exactly one argument" : void 0,
    user: () => n !== 1 ? "USER requires exactly one argument" : void 0,
    stopsignal: () => n !== 1 ? "STOPSIGNAL requires exactly one argument" : void 0
  };
  const problem = need[cmd]?.();
  if (problem) throw new Error(problem);
}
var HEREDOC = /(?:^|\s)\d*<<(-?)(["']?)([^\s"'<]+)\2/g;
var dockerfileParser = {
  name: "dockerfile",
  extensions: ["dockerfile"],
  fileName: (base) => base === "dockerfile" || base.startsWith("dockerfile."),
  parse(text2, file) {
    const lines = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    let esc = "\\";
    let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    let directivesDone = false;
    const seen = /* @__PURE__ */ new Set();
    const commands = [];
    const cmdLines = [];
    let stage = -1;
    let comments = [];
    const fail = (message2, line) => new DocumentSyntaxError(file, message2, line, void 0, "Dockerfile");
    const isComment = (l) => l.trimStart().startsWith("#");
    const directive = (l, lineNo) => {
      if (directivesDone) return false;
      const m = l.startsWith("#") ? /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(l.slice(1).trimStart()) : null;
      const name = m?.[1].toLowerCase();
      if (!m || !name || !["syntax", "escape", "check"].includes(name)) {
        directivesDone = true;
        return false;
      }
      if (seen.has(name)) throw fail(`only one ${name} parser directive can be used`, lineNo);
      seen.add(name);
      if (name === "escape") {
        if (m[2] !== "`" && m[2] !== "\\") throw fail(`invalid escape token '${m[2]}' does not match \` or \\`, lineNo);
        esc = m[2];
        const e = esc === "\\" ? "\\\\" : "`";
        continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
      }
      return true;
    };
    for (let n = 0; n < lines.length; n++) {
      const startLine = n + 1;
      const raw = lines[n].replace(/\r$/, "");
      const first = raw.trimStart();
      if (isComment(first)) {
        const c = first.slice(1).trim();
        comments = c ? [...comments, { text: c, line: startLine }] : [];
      }
      if (directive(first, startLine)) {
        comments = comments.slice(0, -1);
        continue;
      }
      let piece = isComment(first) ? "" : first;
      let ended = !continuation.test(piece);
      if (!ended) piece = piece.replace(continuation, "$1");
      if (ended && !piece) continue;
      let line = piece;
      while (!ended && n + 1 < lines.length) {
        const next = lines[++n].replace(/\r$/, "");
        directive(next, n + 1);
        if (isComment(next) || !next.trim()) continue;
        ended = !continuation.test(next);
        line += ended ? next : next.replace(continuation, "$1");
      }
      let cmd;
      try {
        const parts = line.trim().split(WS);
        const upper = parts[0];
        const argText = line.trim().slice(upper.length).replace(/^[\t\v\f\r ]+/, "");
        const { rest, flags } = parts.length > 1 ? builderFlags(argText, esc) : { rest: "", flags: null };
        const lower = upper.toLowerCase();
        let subCmd = "";
        let parsed;
        if (lower === "onbuild") {
          const sub = rest.trim().split(WS)[0];
          if (!rest.trim()) parsed = { value: null, json: false };
          else {
            if (sub.toLowerCase() === "onbuild") throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
            if (["from", "maintainer"].includes(sub.toLowerCase())) throw new Error(`${sub.toUpperCase()} isn't allowed as an ONBUILD trigger`);
            const subArgs = rest.trim().slice(sub.length).replace(/^[\t\v\f\r ]+/, "");
            const subFlags = builderFlags(subArgs, esc);
            subCmd = sub;
            parsed = dispatch(sub.toLowerCase(), subFlags.rest.trim(), esc);
          }
          if (!rest.trim()) throw new Error("ONBUILD requires at least one argument");
        } else {
          parsed = dispatch(lower, rest.trim(), esc);
          validate(lower, flags ?? [], parsed.value, upper);
        }
        if (lower === "from") stage++;
        cmd = { Cmd: lower, SubCmd: subCmd, JSON: parsed.json, Flags: flags, Value: parsed.value, Stage: Math.max(0, stage) };
        if (["run", "copy", "add"].includes(lower) && !parsed.json && line.includes("<<")) {
          for (const h of line.matchAll(HEREDOC)) {
            const end = h[3];
            let closed = false;
            while (n + 1 < lines.length) {
              const body = lines[++n].replace(/\r$/, "");
              if ((h[1] ? body.replace(/^\t+/, "") : body) === end) {
                closed = true;
                break;
              }
            }
            if (!closed) throw new Error("unterminated heredoc");
          }
        }
      } catch (e) {
        throw fail(e.message, startLine);
      }
      for (const c of comments) {
        commands.push({ Cmd: "comment", SubCmd: "", JSON: false, Flags: null, Value: [c.text], Stage: Math.max(0, stage) });
        cmdLines.push(c.line);
      }
      commands.push(cmd);
      cmdLines.push(startLine);
      comments = [];
    }
    if (!commands.some((c) => c.Cmd !== "comment")) throw fail("file with no instructions", Math.max(1, lines.length));
    const value = [commands];
    return {
      value,
      documents: value,
      lineOf: (_i, path2) => path2.length ? cmdLines[Number(path2[0])] : 1
    };
  }
};

// src/policy/parsers/dotenv.ts
var LINE = /^[ \t\n\f\r]*(?:export[ \t\n\f\r]+)?([\w.]+)(?:[ \t\n\f\r]*=[ \t\n\f\r]*|:[ \t\n\f\r]+?)('[^]*'|"[^]*"|[^#\n]+)?[ \t\n\f\r]*(?:[ \t\n\f\r]*#.*)?$/;
var VARIABLE = /(\\)?(\$)(\{?([A-Z0-9_]+)?\}?)/g;
var NAME2 = /(\$)(\{?([A-Z0-9_]+)\}?)/;
var dotenvParser = {
  name: "dotenv",
  extensions: ["env"],
  fileName: (base) => base === ".env" || base.startsWith(".env."),
  parse(text2, file) {
    const env = {};
    const keyLines = /* @__PURE__ */ new Map();
    const lines = text2.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    const fail = (message2, line) => new DocumentSyntaxError(file, message2, line, void 0, "dotenv");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      let line = lines[n].trim();
      if (!line || line[0] === "#") continue;
      let quote2 = "";
      let idx = line.indexOf("=");
      if (idx === -1) idx = line.indexOf(":");
      if (idx > 0 && idx < line.length - 1) {
        const val2 = line.slice(idx + 1).trim();
        if (val2[0] === '"' || val2[0] === "'") {
          quote2 = val2[0];
          const at = val2.slice(1).trim().lastIndexOf(quote2);
          if (at >= 0 && val2[at] !== "\\") quote2 = "";
        }
      }
      while (quote2 && n + 1 < lines.length) {
        const l = lines[++n];
        line += "\n" + l;
        const at = l.lastIndexOf(quote2);
        if (at > 0 && l[at - 1] === "\\") continue;
        if (at >= 0) quote2 = "";
      }
      if (quote2) throw fail("missing quotes", lineNo);
      const m = LINE.exec(line);
      if (!m) {
        const exported = /^export\s(.*)$/.exec(line.trim());
        if (exported && !Object.hasOwn(env, exported[1])) throw fail(`line \`${line}\` has an unset variable`, lineNo);
        throw fail(`line \`${line}\` doesn't match format`, lineNo);
      }
      const key2 = m[1].trim();
      let val = (m[2] ?? "").trim();
      const last = val.length - 1;
      const dq = val.length >= 2 && val[0] === '"' && val[last] === '"';
      const sq = val.length >= 2 && val[0] === "'" && val[last] === "'";
      if (dq || sq) val = val.slice(1, last);
      if (dq)
        val = val.replaceAll("\\n", "\n").replaceAll("\\r", "\r").replace(/\\([^$])/g, "$1");
      if (!sq) {
        val = val.replace(VARIABLE, (s) => {
          if (s[0] === "\\") return s.slice(1);
          const name = NAME2.exec(s);
          return name ? env[name[3]] ?? "" : s;
        });
      }
      env[key2] = val;
      keyLines.set(key2, lineNo);
    }
    return { value: env, documents: [env], lineOf: (_i, path2) => path2.length ? keyLines.get(String(path2[0])) : 1 };
  }
};

// src/policy/parsers/hcl2-syntax.ts
var HclError = class extends Error {
  constructor(message2, at) {
    super(message2);
    this.at = at;
  }
  at;
};
var IDENT_START = /[\p{L}_]/u;
var IDENT2 = /[\p{L}\p{N}_-]/u;
var BINARY = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];
var HclParser = class _HclParser {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  fail(message2, at = this.i) {
    throw new HclError(message2, at);
  }
  /** Skips spaces and comments; newlines too when `nl` (inside brackets, where they do not end anything). */
  skip(nl) {
    const s = this.src;
    for (; ; ) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r" || nl && c === "\n") this.i++;
      else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        if (end < 0) this.fail("Unterminated block comment");
        this.i = end + 2;
      } else return;
    }
  }
  peek(t) {
    return this.src.startsWith(t, this.i);
  }
  expect(t, nl) {
    this.skip(nl);
    if (!this.peek(t)) this.fail(`Missing "${t}"`);
    this.i += t.length;
  }
  ident() {
    const s = this.src;
    if (!IDENT_START.test(s[this.i] ?? "")) return void 0;
    const start = this.i;
    while (this.i < s.length && IDENT2.test(s[this.i])) this.i++;
    return s.slice(start, this.i);
  }
  // ---- bodies
  items(closing) {
    const out = [];
    const names = /* @__PURE__ */ new Set();
    for (; ; ) {
      this.skip(true);
      if (this.i >= this.src.length) {
        if (closing) this.fail("Unclosed configuration block: there is no closing brace for this block");
        return out;
      }
      if (this.peek("}")) {
        if (!closing) this.fail("Argument or block definition required: an argument or block definition is required here");
        this.i++;
        return out;
      }
      const at = this.i;
      const name = this.ident();
      if (!name) this.fail("Argument or block definition required: an argument or block definition is required here");
      this.skip(false);
      if (this.peek("=") && !this.peek("==")) {
        this.i++;
        if (names.has(name)) this.fail(`Attribute redefined: the argument "${name}" was already set`, at);
        names.add(name);
        const expr = this.expr(false);
        this.skip(false);
        if (!(this.i >= this.src.length || this.peek("\n") || closing && this.peek("}"))) {
          this.fail("Missing newline after argument: an argument definition must end with a newline");
        }
        out.push({ kind: "attr", name, expr, at });
        continue;
      }
      const labels = [];
      for (; ; ) {
        this.skip(false);
        if (this.peek('"')) {
          const t = this.template('"');
          if (t.kind !== "template" || t.parts.some((p) => p.kind !== "lit")) this.fail("Invalid block label: templates are not allowed here", t.start);
          labels.push(t.parts.map((p) => p.text).join(""));
        } else if (this.peek("{")) break;
        else {
          const l = this.ident();
          if (!l) this.fail('Invalid block definition: either a quoted string block label or an opening brace ("{") is expected here');
          labels.push(l);
        }
      }
      this.i++;
      const body = this.items(true);
      out.push({ kind: "block", type: name, labels, body, at });
      this.skip(false);
      if (!(this.i >= this.src.length || this.peek("\n") || this.peek("}")))
        this.fail("Missing newline after block definition: a block definition must end with a newline");
    }
  }
  // ---- expressions
  expr(nl) {
    this.skip(nl);
    const start = this.i;
    const cond = this.binary(nl);
    this.skip(nl);
    if (this.peek("?")) {
      this.i++;
      const yes = this.expr(nl);
      this.expect(":", nl);
      const no = this.expr(nl);
      return { kind: "conditional", cond, yes, no, start, end: no.end };
    }
    return cond;
  }
  binary(nl) {
    const first = this.unary(nl);
    let end = first.end;
    let combined = false;
    for (; ; ) {
      const save = this.i;
      this.skip(nl);
      const op = BINARY.find((o) => this.peek(o) && !(o === "/" && (this.peek("//") || this.peek("/*"))));
      if (!op) {
        this.i = save;
        break;
      }
      this.i += op.length;
      end = this.unary(nl).end;
      combined = true;
    }
    return combined ? { kind: "other", start: first.start, end } : first;
  }
  unary(nl) {
    this.skip(nl);
    const start = this.i;
    if (this.peek("-") || this.peek("!")) {
      const op = this.src[this.i++];
      const operand = this.unary(nl);
      return { kind: "unary", op, operand, start, end: operand.end };
    }
    return this.postfix(this.primary(nl), nl);
  }
  postfix(e, nl) {
    let end = e.end;
    let changed = false;
    for (; ; ) {
      const save = this.i;
      this.skip(nl);
      if (this.peek(".") && !this.peek("..")) {
        this.i++;
        if (this.peek("*")) this.i++;
        else if (!this.ident() && !this.digits()) this.fail("Invalid attribute name: an attribute name is required after a dot");
      } else if (this.peek("[")) {
        this.i++;
        this.skip(true);
        if (this.peek("*")) this.i++;
        else this.expr(true);
        this.expect("]", true);
      } else {
        this.i = save;
        break;
      }
      end = this.i;
      changed = true;
    }
    return changed ? { kind: "other", start: e.start, end } : e;
  }
  digits() {
    const m = /^\d+/.exec(this.src.slice(this.i, this.i + 32));
    if (m) this.i += m[0].length;
    return !!m;
  }
  primary(nl) {
    this.skip(nl);
    const s = this.src;
    const start = this.i;
    const c = s[this.i];
    if (c === void 0) this.fail("Invalid expression: expected the start of an expression, but found the end of the file");
    const num2 = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (num2) {
      this.i += num2[0].length;
      return { kind: "literal", value: Number(num2[0]), start, end: this.i };
    }
    if (c === '"') return this.template('"');
    if (this.peek("<<")) return this.heredoc();
    if (c === "(") {
      this.i++;
      this.expr(true);
      this.expect(")", true);
      return { kind: "other", start, end: this.i };
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.ident();
    if (!name) this.fail(`Invalid expression: expected the start of an expression, but found ${JSON.stringify(c)}`);
    if (name === "true" || name === "false") return { kind: "literal", value: name === "true", start, end: this.i };
    if (name === "null") return { kind: "literal", value: null, start, end: this.i };
    if (this.peek("(") || this.peek("::") && /^::[\p{L}_]/u.test(s.slice(this.i, this.i + 3))) {
      while (this.peek("::")) {
        this.i += 2;
        this.ident();
      }
      this.i++;
      this.skip(true);
      while (!this.peek(")")) {
        this.expr(true);
        this.skip(true);
        if (this.peek("...")) this.i += 3;
        this.skip(true);
        if (this.peek(",")) this.i++;
        else if (!this.peek(")")) this.fail("Missing argument separator: a comma is required between function arguments");
        this.skip(true);
      }
      this.i++;
    }
    return { kind: "other", start, end: this.i };
  }
  /** `x in coll` or `k, v in coll`, after a `for` keyword (of an expression or a template directive). */
  forHead() {
    this.skip(true);
    let key2;
    let val = this.ident();
    this.skip(true);
    if (this.peek(",")) {
      this.i++;
      this.skip(true);
      key2 = val;
      val = this.ident();
    }
    if (!val) this.fail('Invalid "for" expression: a variable name is required');
    this.skip(true);
    if (!this.peek("in")) this.fail('Invalid "for" expression: the "in" keyword is required');
    this.i += 2;
    return { key: key2, val, coll: this.expr(true) };
  }
  /** `for x in coll:` / `for k, v in coll:` after the opening bracket; the rest of the for expression up to `close`. */
  forExpr(start, close) {
    this.i += 3;
    const { key: key2, val, coll } = this.forHead();
    this.expect(":", true);
    const body = this.expr(true);
    this.skip(true);
    if (this.peek("=>")) {
      this.i += 2;
      this.expr(true);
      this.skip(true);
      if (this.peek("...")) this.i += 3;
    }
    this.skip(true);
    if (this.peek("if")) {
      this.i += 2;
      this.expr(true);
    }
    this.expect(close, true);
    return { kind: "for", key: key2, val, coll, body, start, end: this.i };
  }
  isFor() {
    return /^for[\s]/.test(this.src.slice(this.i, this.i + 4));
  }
  tuple() {
    const start = this.i++;
    this.skip(true);
    if (this.isFor()) return { kind: "other", start, end: this.forExpr(start, "]").end };
    const items = [];
    while (!this.peek("]")) {
      items.push(this.expr(true));
      this.skip(true);
      if (this.peek(",")) this.i++;
      else if (!this.peek("]")) this.fail("Missing item separator: expected a comma or a closing bracket");
      this.skip(true);
    }
    this.i++;
    return { kind: "tuple", items, start, end: this.i };
  }
  object() {
    const start = this.i++;
    this.skip(true);
    if (this.isFor()) return { kind: "other", start, end: this.forExpr(start, "}").end };
    const items = [];
    while (!this.peek("}")) {
      const keyStart = this.i;
      const key2 = this.expr(true);
      const bare = key2.kind === "other" && IDENT_START.test(this.src[keyStart]) && /^[\p{L}\p{N}_.-]+$/u.test(this.src.slice(key2.start, key2.end));
      this.skip(true);
      if (this.peek("=") || this.peek(":")) this.i++;
      else this.fail('Missing key/value separator: expected an equals sign ("=") to mark the beginning of the attribute value');
      const value = this.expr(true);
      items.push({ key: key2, bare, value, line: keyStart });
      this.skip(false);
      if (this.peek(",")) this.i++;
      this.skip(true);
    }
    this.i++;
    return { kind: "object", items, start, end: this.i };
  }
  /** A quoted template, from its opening quote to its closing one. */
  template(quote2) {
    const start = this.i++;
    const parts = this.templateParts((at) => this.src[at] === quote2, true);
    this.i++;
    return this.templateExpr(parts, start);
  }
  templateExpr(parts, start) {
    const solid = parts.filter((p) => p.kind !== "lit" || p.text);
    if (solid.length === 1 && solid[0].kind === "expr" && !solid[0].directive) {
      return { kind: "wrap", inner: solid[0].expr, start, end: this.i };
    }
    return { kind: "template", parts, start, end: this.i };
  }
  /**
   * Every token of the templates read so far, in source order, as HCL's template parser sees them: literals (a
   * heredoc's split at each newline) and markers for interpolations and directives. Strip markers (`~`) trim the
   * token beside them only; a flush heredoc's indentation is then taken off the literals that begin a line.
   */
  tokens = [];
  stripNext = false;
  pushLit(parts, text2) {
    const part = { kind: "lit", text: this.stripNext ? text2.replace(/^\s+/, "") : text2 };
    this.stripNext = false;
    parts.push(part);
    this.tokens.push(part);
  }
  pushMarker(stripBefore) {
    const last = this.tokens[this.tokens.length - 1];
    if (stripBefore && last?.kind === "lit") last.text = last.text.replace(/\s+$/, "");
    this.stripNext = false;
    this.tokens.push(null);
  }
  /** Template content up to `atEnd`, with `${}` interpolations and `%{}` directives; escapes only in quoted strings. */
  templateParts(atEnd, quoted2, stopAt = []) {
    const s = this.src;
    const parts = [];
    let lit2 = "";
    const flush = () => {
      if (lit2) this.pushLit(parts, lit2);
      lit2 = "";
    };
    for (; ; ) {
      if (atEnd(this.i)) break;
      if (this.i >= s.length) this.fail("Unterminated template string: there is no closing marker for the string");
      const c = s[this.i];
      if (quoted2 && c === "\n") this.fail("Invalid multi-line string: quoted strings may not be split over multiple lines");
      if (quoted2 && c === "\\") {
        const e = s[this.i + 1];
        const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
        if (e in simple) {
          lit2 += simple[e];
          this.i += 2;
        } else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail("Invalid escape sequence");
          lit2 += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
        } else this.fail(`Invalid escape sequence: the symbol ${JSON.stringify(e)} is not a valid escape sequence selector`);
        continue;
      }
      if (this.peek("$${") || this.peek("%%{")) {
        lit2 += s[this.i] + "{";
        this.i += 3;
        continue;
      }
      if (this.peek("${")) {
        this.i += 2;
        const stripBefore = this.peek("~");
        if (stripBefore) this.i++;
        flush();
        this.pushMarker(stripBefore);
        const expr = this.expr(true);
        this.skip(true);
        if (this.peek("~")) {
          this.i++;
          this.stripNext = true;
        }
        const strip = this.stripNext;
        this.expect("}", true);
        this.stripNext = strip;
        parts.push({ kind: "expr", expr });
        continue;
      }
      if (this.peek("%{")) {
        const word = /^%\{~?\s*(\w+)/.exec(s.slice(this.i, this.i + 40))?.[1];
        if (word && stopAt.includes(word)) break;
        flush();
        parts.push(this.directive(atEnd, quoted2));
        continue;
      }
      lit2 += c;
      this.i++;
      if (c === "\n") flush();
    }
    flush();
    return parts;
  }
  /** `%{if}`/`%{for}` template directives, up to their `%{endif}`/`%{endfor}`. */
  directive(atEnd, quoted2) {
    const start = this.i;
    const open = () => {
      this.i += 2;
      const stripBefore = this.peek("~");
      if (stripBefore) this.i++;
      this.pushMarker(stripBefore);
      this.skip(true);
      return this.ident();
    };
    const close = () => {
      this.skip(true);
      const strip = this.peek("~");
      if (strip) this.i++;
      this.expect("}", true);
      this.stripNext = strip;
    };
    const word = open();
    if (word === "if") {
      const cond = this.expr(true);
      close();
      const yesStart = this.i;
      const yes = this.templateParts(atEnd, quoted2, ["else", "endif"]);
      const yesExpr = { kind: "template", parts: yes, start: yesStart, end: this.i };
      let noExpr = { kind: "template", parts: [], start: this.i, end: this.i };
      let tag = open();
      if (tag === "else") {
        close();
        const noStart = this.i;
        const no = this.templateParts(atEnd, quoted2, ["endif"]);
        noExpr = { kind: "template", parts: no, start: noStart, end: this.i };
        tag = open();
      }
      if (tag !== "endif") this.fail("Unterminated template directive: expected %{endif}");
      close();
      return { kind: "expr", expr: { kind: "conditional", cond, yes: yesExpr, no: noExpr, start, end: this.i }, directive: true };
    }
    if (word === "for") {
      const { key: key2, val, coll } = this.forHead();
      close();
      const bodyStart = this.i;
      const body = this.templateParts(atEnd, quoted2, ["endfor"]);
      if (open() !== "endfor") this.fail("Unterminated template directive: expected %{endfor}");
      close();
      const bodyExpr = { kind: "template", parts: body, start: bodyStart, end: this.i };
      return { kind: "expr", expr: { kind: "for", key: key2, val, coll, body: bodyExpr, start, end: this.i }, directive: true };
    }
    this.fail('Invalid template directive: expected "if" or "for"', start);
  }
  heredoc() {
    const s = this.src;
    const start = this.i;
    const m = /^<<(-?)([\p{L}_][\p{L}\p{N}_-]*)\r?\n/u.exec(s.slice(this.i, this.i + 200));
    if (!m) this.fail("Invalid heredoc: the heredoc marker must be followed by an identifier and a newline");
    this.i += m[0].length;
    const contentStart = this.i;
    const marker = new RegExp(`^[ \\t]*${m[2]}[ \\t]*\\r?$`);
    let end = -1;
    for (let at = contentStart; at <= s.length; ) {
      const nlAt2 = s.indexOf("\n", at);
      const lineEnd = nlAt2 < 0 ? s.length : nlAt2;
      if (marker.test(s.slice(at, lineEnd))) {
        end = at;
        break;
      }
      if (nlAt2 < 0) break;
      at = nlAt2 + 1;
    }
    if (end < 0) this.fail(`Unterminated template string: there is no closing marker ${m[2]} for this heredoc`, start);
    const body = s.slice(contentStart, end);
    const inner = new _HclParser(body);
    const parts = inner.templateParts((at) => at >= body.length, false);
    if (m[1]) flushIndent(inner.tokens);
    const nlAt = s.indexOf("\n", end);
    this.i = nlAt < 0 ? s.length : s[nlAt - 1] === "\r" ? nlAt - 1 : nlAt;
    return { kind: "template", parts: withSource(parts, body), start, end: this.i };
  }
};
function flushIndent(tokens) {
  let min = Infinity;
  let newline = true;
  const adjust = [];
  for (const t of tokens) {
    if (newline) {
      newline = false;
      if (t?.kind === "lit") {
        const trimmed = t.text.replace(/^\s+/, "");
        if (!(trimmed === "" && t.text.endsWith("\n"))) {
          min = Math.min(min, [...t.text.slice(0, t.text.length - trimmed.length)].length);
          adjust.push(t);
        }
      } else min = 0;
    }
    if (t?.kind === "lit" && t.text.endsWith("\n")) newline = true;
  }
  if (!Number.isFinite(min)) return;
  for (const t of adjust) t.text = [...t.text].slice(min).join("");
}
function withSource(parts, text2) {
  const mark = (e) => {
    e.text = text2;
    if (e.kind === "template") e.parts.forEach((p) => p.kind === "expr" && mark(p.expr));
    if (e.kind === "conditional") [e.cond, e.yes, e.no].forEach(mark);
    if (e.kind === "for") [e.coll, e.body].forEach(mark);
    if (e.kind === "wrap") mark(e.inner);
    if (e.kind === "unary") mark(e.operand);
    if (e.kind === "tuple") e.items.forEach(mark);
    if (e.kind === "object") e.items.forEach((i) => (mark(i.key), mark(i.value)));
  };
  parts.forEach((p) => p.kind === "expr" && mark(p.expr));
  return parts;
}

// src/policy/parsers/hcl2.ts
var escapeLiteral = (s) => s.replaceAll("${", () => "$${").replaceAll("%{", () => "%%{");
var Converter2 = class {
  constructor(src, lineAt, lines) {
    this.src = src;
    this.lineAt = lineAt;
    this.lines = lines;
  }
  src;
  lineAt;
  lines;
  /** hcl2json's rangeSource: the expression's text, and a `)` right after it. */
  source(e) {
    const src = e.text ?? this.src;
    const end = src[e.end] === ")" ? e.end + 1 : e.end;
    return src.slice(e.start, end);
  }
  wrap(e) {
    return "${" + this.source(e) + "}";
  }
  body(items, path2) {
    const out = {};
    for (const item of items) if (item.kind === "block") this.block(item, out, path2);
    for (const item of items) {
      if (item.kind !== "attr") continue;
      this.lines.set([...path2, item.name].join("\0"), this.lineAt(item.at));
      out[item.name] = this.expression(item.expr, [...path2, item.name]);
    }
    return out;
  }
  block(block, root, base) {
    let out = root;
    let key2 = block.type;
    const path2 = [...base];
    for (const label2 of block.labels) {
      path2.push(key2);
      if (!this.lines.has(path2.join("\0"))) this.lines.set(path2.join("\0"), this.lineAt(block.at));
      if (Object.hasOwn(out, key2)) {
        const next = out[key2];
        if (!next || typeof next !== "object" || Array.isArray(next)) {
          throw new HclError(`Unable to convert Block to JSON: ${block.type}.${block.labels.join(".")}`, block.at);
        }
        out = next;
      } else {
        out[key2] = {};
        out = out[key2];
      }
      key2 = label2;
    }
    path2.push(key2);
    const list2 = Object.hasOwn(out, key2) ? out[key2] : void 0;
    if (list2 !== void 0 && !Array.isArray(list2)) {
      throw new HclError(`invalid HCL detected for "${key2}" block, cannot have blocks with and without labels`, block.at);
    }
    const index = list2 ? list2.length : 0;
    if (!this.lines.has(path2.join("\0"))) this.lines.set(path2.join("\0"), this.lineAt(block.at));
    this.lines.set([...path2, index].join("\0"), this.lineAt(block.at));
    const value = this.body(block.body, [...path2, index]);
    if (list2) list2.push(value);
    else out[key2] = [value];
  }
  expression(e, path2) {
    switch (e.kind) {
      case "literal":
        return e.value;
      case "unary":
        if (e.operand.kind !== "literal") return this.wrap(e);
        if (e.op === "-" && typeof e.operand.value === "number") return -e.operand.value;
        if (e.op === "!" && typeof e.operand.value === "boolean") return !e.operand.value;
        throw new HclError(`Invalid operand: unsuitable value for the ${e.op} operator`, e.start);
      case "template":
        return this.template(e);
      case "wrap":
        return this.expression(e.inner, path2);
      case "tuple":
        return e.items.map((x, i) => {
          this.lines.set([...path2, i].join("\0"), this.lineAt(x.start));
          return this.expression(x, [...path2, i]);
        });
      case "object": {
        const out = {};
        for (const item of e.items) {
          const key2 = item.bare ? this.source(item.key) : this.stringPart(item.key);
          this.lines.set([...path2, key2].join("\0"), this.lineAt(item.line));
          out[key2] = this.expression(item.value, [...path2, key2]);
        }
        return out;
      }
      default:
        return this.wrap(e);
    }
  }
  template(e) {
    return e.parts.map((p) => p.kind === "lit" ? escapeLiteral(p.text) : this.stringPart(p.expr)).join("");
  }
  stringPart(e) {
    switch (e.kind) {
      case "literal":
        return e.value === null ? "null" : escapeLiteral(String(e.value));
      case "template":
        return this.template(e);
      case "wrap":
        return this.stringPart(e.inner);
      case "conditional": {
        const yes = this.stringPart(e.yes);
        const no = this.stringPart(e.no);
        return `%{if ${this.source(e.cond)}}${yes}${no ? `%{else}${no}` : ""}%{endif}`;
      }
      case "for":
        return `%{for ${e.key ? `${e.key}, ` : ""}${e.val} in ${this.source(e.coll)}}${this.stringPart(e.body)}%{endfor}`;
      default:
        return this.wrap(e);
    }
  }
};
var hcl2Parser = {
  name: "hcl2",
  extensions: ["hcl", "tf", "tfvars"],
  parse(text2, file) {
    const starts = [0];
    for (let i = 0; i < text2.length; i++) if (text2[i] === "\n") starts.push(i + 1);
    const lineAt = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    const lines = /* @__PURE__ */ new Map();
    try {
      const items = new HclParser(text2).items(false);
      const value = new Converter2(text2, lineAt, lines).body(items, []);
      return { value, documents: [value], lineOf: (_i, path2) => path2.length ? lines.get(path2.join("\0")) : 1 };
    } catch (e) {
      if (!(e instanceof HclError)) throw e;
      const line = lineAt(e.at);
      throw new DocumentSyntaxError(file, e.message, line, e.at - starts[line - 1] + 1, "HCL");
    }
  }
};

// src/policy/parsers/ini.ts
var GO_FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+)$/;
var GO_BOOL = {
  1: true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  0: false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false
};
function typedValue(v) {
  if (GO_FLOAT.test(v)) {
    const n = v.includes("x") || v.includes("X") ? hexFloat(v) : Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (Object.hasOwn(GO_BOOL, v)) return GO_BOOL[v];
  return v;
}
function hexFloat(v) {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(v);
  const mant = parseInt(m[2] || "0", 16) + (m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0);
  return (m[1] === "-" ? -1 : 1) * mant * 2 ** Number(m[4]);
}
var surrounded = (s, q) => s.length >= 2 && s[0] === q && s.endsWith(q) && s.indexOf(q, 1) === s.length - 1;
var iniParser = {
  name: "ini",
  extensions: ["ini"],
  parse(text2, file) {
    const lines = text2.replace(/^(\uFEFF|\uFFFE)/, "").split("\n");
    const sections = /* @__PURE__ */ new Map();
    const keyLines = /* @__PURE__ */ new Map();
    let section2 = "DEFAULT";
    const fail = (message2, line) => new DocumentSyntaxError(file, message2, line, void 0, "INI");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      const line = lines[n].trimStart();
      const bare = line.trimEnd();
      if (!bare || bare[0] === "#" || bare[0] === ";") continue;
      if (bare[0] === "[") {
        const close = bare.lastIndexOf("]");
        if (close < 0) throw fail(`unclosed section: ${bare}`, lineNo);
        const name = bare.slice(1, close);
        if (!name) throw fail("empty section name", lineNo);
        section2 = name;
        if (name !== "DEFAULT" && !sections.has(name)) sections.set(name, {});
        if (!keyLines.has(name)) keyLines.set(name, lineNo);
        continue;
      }
      let key2;
      let rest;
      const quote2 = line.startsWith('"""') && line.length > 6 ? '"""' : line[0] === '"' ? '"' : line[0] === "`" ? "`" : "";
      if (quote2) {
        const end = line.indexOf(quote2, quote2.length);
        if (end < 0) throw fail(`missing closing key quote: ${bare}`, lineNo);
        const d = line.slice(end + quote2.length).search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        key2 = line.slice(quote2.length, end).trim();
        rest = line.slice(end + quote2.length + d + 1);
      } else {
        const d = line.search(/[=:]/);
        if (d < 0) throw fail(`key-value delimiter not found: ${bare}`, lineNo);
        if (d === 0) throw fail(`empty key name: ${bare}`, lineNo);
        key2 = line.slice(0, d).trim();
        rest = line.slice(d + 1);
      }
      const read = readValue(rest, lines, n, fail);
      n = read.last;
      if (section2 === "DEFAULT") continue;
      sections.get(section2)[key2] = typedValue(read.value);
      keyLines.set(`${section2}\0${key2}`, lineNo);
    }
    const value = Object.fromEntries(sections);
    return { value, documents: [value], lineOf: (_i, path2) => path2.length ? keyLines.get(path2.join("\0")) : 1 };
  }
};
function readValue(rest, lines, n, fail) {
  const line = rest.trimStart();
  if (!line.trim()) return { value: "", last: n };
  const quote2 = line.length > 3 && line.startsWith('"""') ? '"""' : line[0] === "`" ? "`" : "";
  if (quote2) {
    const first = line.slice(quote2.length) + (n < lines.length - 1 ? "\n" : "");
    const pos = first.lastIndexOf(quote2);
    if (pos >= 0) return { value: first.slice(0, pos), last: n };
    let value2 = first;
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k] + (k < lines.length - 1 ? "\n" : "");
      const at = next.lastIndexOf(quote2);
      if (at >= 0) return { value: value2 + next.slice(0, at), last: k };
      value2 += next;
    }
    throw fail(`missing closing quote ${quote2}`, n + 1);
  }
  let value = line.trim();
  let last = n;
  if (value.endsWith("\\")) {
    value = value.slice(0, -1);
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k].trim();
      last = k;
      if (!next) break;
      value += next;
      if (!value.endsWith("\\")) break;
      value = value.slice(0, -1);
    }
    return { value, last };
  }
  const comment = value.search(/[#;]/);
  if (comment >= 0) value = value.slice(0, comment).trim();
  if (surrounded(value, "'") || surrounded(value, '"')) value = value.slice(1, -1);
  return { value, last };
}

// src/policy/parsers/json.ts
var jsonParser = {
  name: "json",
  extensions: ["json"],
  parse: (text2, file) => fromDocument(readJson(text2.replace(/^\uFEFF/, ""), file))
};

// src/policy/parsers/jsonc.ts
function blankComments(text2) {
  let out = "";
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  while (i < text2.length) {
    const c = text2[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text2.length && text2[j] !== '"' && text2[j] !== "\n") j += text2[j] === "\\" ? 2 : 1;
      out += text2.slice(i, j + 1);
      i = j + 1;
    } else if (c === "#" || c === "/" && text2[i + 1] === "/") {
      const end = text2.indexOf("\n", i);
      const j = end < 0 ? text2.length : end;
      out += blank(text2.slice(i, j));
      i = j;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const j = end < 0 ? text2.length : end + 2;
      out += blank(text2.slice(i, j));
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
var jsoncParser = {
  name: "jsonc",
  extensions: ["jsonc"],
  parse: (text2, file) => fromDocument(readJson(blankComments(text2.replace(/^\uFEFF/, "")), file, "JSONC"))
};

// src/policy/parsers/logrotate.ts
var SCRIPTS = /* @__PURE__ */ new Set(["postrotate", "prerotate", "firstaction", "lastaction", "preremove"]);
var NEEDS_ARG = /* @__PURE__ */ new Set([
  "rotate",
  "size",
  "maxsize",
  "minsize",
  "maxage",
  "minage",
  "olddir",
  "su",
  "include",
  "extension",
  "start",
  "dateformat",
  "tabooext",
  "taboopat",
  "mail",
  "compresscmd",
  "uncompresscmd",
  "compressext",
  "compressoptions",
  "shredcycles",
  "createolddir"
]);
var INTEGER = /* @__PURE__ */ new Set(["rotate", "maxage", "minage", "start", "shredcycles"]);
function words3(text2, fail) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)|(["'])/g;
  for (const m of text2.matchAll(re)) {
    if (m[4]) throw fail(`unclosed ${m[4]} quote`);
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}
var logrotateParser = {
  name: "logrotate",
  extensions: [],
  fileName: (base) => base === "logrotate.conf",
  parse(text2, file) {
    const settings = {};
    const directives = [];
    const includes = [];
    const stanzas = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const at = (path2, line) => lines.set(path2.join("\0"), line);
    const src = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
    let stanza = null;
    let pending = null;
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail = (message2, line2 = lineNo) => new DocumentSyntaxError(file, message2, line2, void 0, "logrotate");
      let line = src[n].trim();
      if (!line || line[0] === "#") continue;
      if (!stanza) {
        const open = line.indexOf("{");
        const head = open >= 0 ? line.slice(0, open) : line;
        const isPath = pending || open >= 0 || /^["'/~*]/.test(line);
        if (isPath) {
          const paths = words3(head, fail);
          pending ??= { paths: [], line: lineNo };
          pending.paths.push(...paths);
          if (open < 0) continue;
          if (!pending.paths.length) throw fail('"{" opens a stanza without a log file path');
          const rest = line.slice(open + 1).trim();
          const s = { paths: pending.paths, line: pending.line, settings: {}, effective: { ...settings }, directives: [], scripts: {} };
          const si = stanzas.length;
          at(["stanzas", si], s.line);
          s.paths.forEach((_, k) => at(["stanzas", si, "paths", k], s.line));
          stanzas.push(s);
          stanza = s;
          pending = null;
          if (!rest) continue;
          line = rest;
        }
      }
      if (line === "}" || line.startsWith("}")) {
        if (!stanza) throw fail('"}" closes no stanza');
        if (line.slice(1).trim() && line.slice(1).trim()[0] !== "#") throw fail('text after "}" on the same line');
        stanza = null;
        continue;
      }
      if (line.includes("{")) throw fail(stanza ? 'a stanza inside a stanza: close the first one with "}"' : '"{" after an option');
      const [name, ...args] = words3(line, fail);
      const key2 = name.toLowerCase();
      if (!/^[a-z][a-z0-9_]*$/.test(key2)) throw fail(`"${name}" is not a logrotate option (a log file path starts with /, ~, * or a quote)`);
      const base = stanza ? ["stanzas", stanzas.length - 1] : [];
      if (SCRIPTS.has(key2)) {
        if (!stanza) throw fail(`${name} is only allowed inside a log file stanza`);
        const body = [];
        const start = lineNo;
        for (n++; n < src.length && src[n].trim() !== "endscript"; n++) body.push(src[n]);
        if (n >= src.length) throw fail(`${name} is not ended with "endscript"`, start);
        stanza.scripts[key2] = body.join("\n");
        at([...base, "scripts", key2], start);
        continue;
      }
      if (key2 === "endscript") throw fail("endscript without a script");
      if (NEEDS_ARG.has(key2) && !args.length) throw fail(`${name} needs an argument`);
      if (INTEGER.has(key2) && !/^-?\d+$/.test(args[0])) throw fail(`${name} needs a whole number, not "${args[0]}"`);
      const list2 = stanza ? stanza.directives : directives;
      at([...base, "directives", list2.length], lineNo);
      list2.push({ name, args, line: lineNo });
      if (key2 === "include") {
        if (!stanza) {
          at(["includes", includes.length], lineNo);
          includes.push({ path: args.join(" "), line: lineNo });
        }
        continue;
      }
      const v = args.length ? args.join(" ") : true;
      for (const target of stanza ? ["settings", "effective"] : ["settings"]) {
        (stanza ? stanza[target] : settings)[key2] = v;
        at([...base, target, key2], lineNo);
      }
    }
    if (stanza) throw new DocumentSyntaxError(file, 'the stanza opened here is not closed with "}"', stanza.line, void 0, "logrotate");
    if (pending) throw new DocumentSyntaxError(file, 'log file paths without a "{ ... }" stanza', pending.line, void 0, "logrotate");
    const value = { settings, directives, includes, stanzas };
    return { value, documents: [value], lineOf: (_i, path2) => lines.get(path2.join("\0")) };
  }
};

// src/policy/parsers/nginx.ts
function tokenize3(text2, file) {
  const out = [];
  let line = 1;
  let i = 0;
  const fail = (message2, at) => new DocumentSyntaxError(file, message2, at, void 0, "nginx");
  while (i < text2.length) {
    const c = text2[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f") i++;
    else if (c === "#") {
      while (i < text2.length && text2[i] !== "\n") i++;
    } else if (c === "{" || c === "}" || c === ";") {
      out.push({ text: c, line, punct: true });
      i++;
    } else {
      const start = i;
      const startLine = line;
      while (i < text2.length && !/[\s{};]/.test(text2[i])) {
        const q = text2[i];
        if (q === "\\") i += 2;
        else if ((q === '"' || q === "'") && i === start) {
          i++;
          while (i < text2.length && text2[i] !== q) {
            if (text2[i] === "\\") i++;
            else if (text2[i] === "\n") line++;
            i++;
          }
          if (i >= text2.length) throw fail(`unclosed ${q} quote`, startLine);
          i++;
          break;
        } else i++;
      }
      out.push({ text: text2.slice(start, i), line: startLine, punct: false });
    }
  }
  return out;
}
var nginxParser = {
  name: "nginx",
  extensions: ["nginx"],
  fileName: (base) => base === "nginx.conf",
  parse(text2, file) {
    const tokens = tokenize3(text2.replace(/^\uFEFF/, ""), file);
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const fail = (message2, line) => new DocumentSyntaxError(file, message2, line, void 0, "nginx");
    let i = 0;
    const block = (path2, openLine) => {
      const list2 = [];
      for (; ; ) {
        const t = tokens[i];
        if (!t) {
          if (openLine !== null) throw fail('the block opened here is not closed with "}"', openLine);
          return list2;
        }
        if (t.punct && t.text === "}") {
          if (openLine === null) throw fail('"}" closes no block', t.line);
          i++;
          return list2;
        }
        if (t.punct) throw fail(`unexpected "${t.text}": a directive name is missing`, t.line);
        const d = { name: t.text };
        const at = [...path2, list2.length];
        lines.set(at.join("\0"), t.line);
        list2.push(d);
        i++;
        const params = [];
        for (; ; ) {
          const p = tokens[i];
          if (!p) throw fail(`directive "${t.text}" is not ended with ";" or a block`, t.line);
          i++;
          if (!p.punct) {
            lines.set([...at, "parameters", params.length].join("\0"), p.line);
            params.push(p.text);
            continue;
          }
          if (p.text === "}") throw fail(`directive "${t.text}" is not ended with ";"`, t.line);
          if (params.length) d.parameters = params;
          if (p.text === "{") {
            lines.set([...at, "block"].join("\0"), p.line);
            d.block = { directives: block([...at, "block", "directives"], p.line) };
          }
          break;
        }
      }
    };
    const value = { directives: block(["directives"], null) };
    return { value, documents: [value], lineOf: (_i, path2) => lines.get(path2.join("\0")) };
  }
};

// src/policy/parsers/properties.ts
var WS2 = " \f	";
var END_OF_KEY = " \f	\r\n:=";
var ESCAPED = { f: "\f", n: "\n", r: "\r", t: "	", " ": " ", ":": ":", "=": "=" };
var MAX_EXPANSION_DEPTH = 64;
var propertiesParser = {
  name: "properties",
  extensions: ["properties"],
  parse(text2, file) {
    const props = {};
    const keyLines = /* @__PURE__ */ new Map();
    let i = 0;
    let line = 1;
    const fail = (message2) => new DocumentSyntaxError(file, message2, line, void 0, "properties");
    const escape2 = () => {
      const r = text2[i++];
      if (r === void 0) throw fail("premature EOF");
      if (r === "u") {
        const hex = text2.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw fail("invalid unicode literal");
        i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return ESCAPED[r] ?? r;
    };
    while (i < text2.length) {
      const c = text2[i];
      if (c === "\n" || c === "\r") {
        if (c === "\n") line++;
        i++;
        continue;
      }
      if (WS2.includes(c)) {
        i++;
        continue;
      }
      if (c === "#" || c === "!") {
        while (i < text2.length && text2[i] !== "\n" && text2[i] !== "\r") i++;
        continue;
      }
      const keyLine = line;
      let key2 = "";
      while (i < text2.length && !END_OF_KEY.includes(text2[i])) key2 += text2[i] === "\\" ? (i++, escape2()) : text2[i++];
      while (i < text2.length && WS2.includes(text2[i])) i++;
      if (text2[i] === ":" || text2[i] === "=") i++;
      while (i < text2.length && WS2.includes(text2[i])) i++;
      let value = "";
      while (i < text2.length && text2[i] !== "\n" && text2[i] !== "\r") {
        if (text2[i] === "\\") {
          i++;
          if (text2[i] === "\n" || text2[i] === "\r") {
            if (text2[i] === "\n") line++;
            i++;
            while (i < text2.length && WS2.includes(text2[i])) i++;
          } else value += escape2();
        } else value += text2[i++];
      }
      if (!key2) throw fail(`a value without a key: ${JSON.stringify(value)}`);
      props[key2] = value;
      keyLines.set(key2, keyLine);
    }
    for (const [key2, value] of Object.entries(props)) {
      const problem = checkExpansion(value, [key2], props);
      if (problem) {
        line = keyLines.get(key2);
        throw fail(problem);
      }
    }
    return { value: props, documents: [props], lineOf: (_i, path2) => path2.length ? keyLines.get(String(path2[0])) : 1 };
  }
};
function checkExpansion(s, keys, values) {
  if (keys.length > MAX_EXPANSION_DEPTH) return "expansion too deep";
  let rest = s;
  for (; ; ) {
    const start = rest.indexOf("${");
    if (start < 0) return void 0;
    const len = rest.slice(start + 2).indexOf("}");
    if (len < 0) return "malformed expression";
    const key2 = rest.slice(start + 2, start + 2 + len);
    if (keys.includes(key2)) return `circular reference in ${keys.join(" -> ")} -> ${key2}`;
    const problem = checkExpansion(values[key2] ?? "", [...keys, key2], values);
    if (problem) return problem;
    rest = rest.slice(start + 3 + len);
  }
}

// src/policy/parsers/sshd-config.ts
var section = () => ({ settings: {}, values: {}, directives: [] });
function splitArgs(text2, fail) {
  const out = [];
  let i = 0;
  while (i < text2.length) {
    if (text2[i] === " " || text2[i] === "	") {
      i++;
      continue;
    }
    if (text2[i] === "#") break;
    let arg = "";
    let quoted2 = false;
    for (; i < text2.length; i++) {
      const c = text2[i];
      if (c === "\\" && (text2[i + 1] === '"' || text2[i + 1] === "\\" || !quoted2 && (text2[i + 1] === " " || text2[i + 1] === "	"))) arg += text2[++i];
      else if (c === '"') quoted2 = !quoted2;
      else if (!quoted2 && (c === " " || c === "	")) break;
      else arg += c;
    }
    if (quoted2) throw fail("unclosed double quote");
    out.push(arg);
  }
  return out;
}
var MATCH_CRITERIA = /* @__PURE__ */ new Set(["all", "user", "group", "host", "localaddress", "localport", "rdomain", "address", "invalid-user", "version"]);
function criteria(args, fail) {
  if (!args.length) throw fail('Match needs criteria (e.g. "Match User alice" or "Match All")');
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    const name = (eq > 0 ? args[i].slice(0, eq) : args[i]).toLowerCase();
    if (!MATCH_CRITERIA.has(name)) throw fail(`unknown Match criterion "${args[i]}"`);
    if (name === "all" || name === "invalid-user") {
      out.push({ name, patterns: [] });
      continue;
    }
    const pattern = eq > 0 ? args[i].slice(eq + 1) : args[++i];
    if (pattern === void 0 || pattern === "") throw fail(`Match ${args[i - 1] ?? name} needs a pattern`);
    out.push({ name, patterns: pattern.split(",") });
  }
  return out;
}
var sshdConfigParser = {
  name: "sshd_config",
  extensions: [],
  fileName: (base) => base === "sshd_config" || base.startsWith("sshd_config.") && !base.endsWith(".d"),
  parse(text2, file) {
    const global = section();
    const match2 = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const src = text2.replace(/^\uFEFF/, "").split(/\r?\n/);
    let current = global;
    let base = [];
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail = (message2) => new DocumentSyntaxError(file, message2, lineNo, void 0, "sshd_config");
      const line = src[n].trim();
      if (!line || line[0] === "#") continue;
      const kw = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(line);
      if (!kw) throw fail(`"${line.split(/\s/)[0]}" is not a keyword`);
      const args = splitArgs(line.slice(kw[0].length), fail);
      const key2 = kw[1].toLowerCase();
      if (key2 === "match") {
        const m = { criteria: criteria(args, fail), line: lineNo, ...section() };
        base = ["match", match2.length];
        lines.set(base.join("\0"), lineNo);
        match2.push(m);
        current = m;
        continue;
      }
      if (!args.length) throw fail(`${kw[1]} needs a value`);
      const d = { keyword: kw[1], key: key2, args, value: args.join(" "), line: lineNo };
      lines.set([...base, "directives", current.directives.length].join("\0"), lineNo);
      current.directives.push(d);
      if (!Object.hasOwn(current.settings, key2)) {
        current.settings[key2] = d.value;
        lines.set([...base, "settings", key2].join("\0"), lineNo);
        lines.set([...base, "values", key2].join("\0"), lineNo);
        current.values[key2] = [];
      }
      lines.set([...base, "values", key2, current.values[key2].length].join("\0"), lineNo);
      current.values[key2].push(d.value);
    }
    const value = { ...global, match: match2 };
    return { value, documents: [value], lineOf: (_i, path2) => lines.get(path2.join("\0")) };
  }
};

// src/policy/parsers/toml.ts
function goTime(d) {
  const iso2 = d.toISOString().replace(/\.(\d*?)0+(?=$|[Z+-])/, (_m, f) => f ? `.${f}` : "");
  if (d.isTime()) return `0000-01-01T${iso2}Z`;
  if (d.isDate()) return `${iso2}T00:00:00Z`;
  if (d.isLocal()) return `${iso2}Z`;
  return iso2.replace(/[+-]00:00$/, "Z");
}
function plain(v, file, lines, path2 = []) {
  if (v instanceof TomlDate) return goTime(v);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path2.join(".")} has no JSON form`, lines.get(path2.join("\0")) ?? 1, void 0, "TOML");
  }
  if (Array.isArray(v)) return v.map((x, i) => plain(x, file, lines, [...path2, i]));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, file, lines, [...path2, k])]));
  }
  return v;
}
function keyParts(key2) {
  const parts = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m;
  while (re.lastIndex < key2.length && (m = re.exec(key2))) parts.push(m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2] ?? m[3]);
  return parts;
}
function scanLines(text2) {
  const lines = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  let table = [];
  let depth = 0;
  let multi = null;
  text2.split("\n").forEach((raw, n) => {
    const line = n + 1;
    let s = raw;
    if (multi) {
      const end = s.indexOf(multi);
      if (end < 0) return;
      s = s.slice(end + 3);
      multi = null;
    } else if (depth === 0) {
      const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?/.exec(s);
      const kv = header ? null : /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=/.exec(s);
      if (header) {
        const parts = keyParts(header[2]);
        table = parts;
        if (header[1] === "[[") {
          const id = parts.join("\0");
          const i = counts.get(id) ?? 0;
          counts.set(id, i + 1);
          table = [...parts, i];
        }
        lines.set(table.join("\0"), line);
        for (let k = 1; k < parts.length; k++) if (!lines.has(parts.slice(0, k).join("\0"))) lines.set(parts.slice(0, k).join("\0"), line);
        return;
      }
      if (kv) {
        const parts = keyParts(kv[1]);
        for (let k = 1; k <= parts.length; k++) {
          const id = [...table, ...parts.slice(0, k)].join("\0");
          if (!lines.has(id)) lines.set(id, line);
        }
        s = s.slice(kv[0].length);
      }
    }
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === "#") break;
      if ((c === '"' || c === "'") && s.startsWith(c.repeat(3), i)) {
        const end = s.indexOf(c.repeat(3), i + 3);
        if (end < 0) {
          multi = c.repeat(3);
          break;
        }
        i = end + 2;
      } else if (c === '"' || c === "'") {
        const re = c === '"' ? /"(?:[^"\\]|\\.)*"/y : /'[^']*'/y;
        re.lastIndex = i;
        const m = re.exec(s);
        i = m ? i + m[0].length - 1 : s.length;
      } else if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    }
  });
  return lines;
}
var tomlParser = {
  name: "toml",
  extensions: ["toml"],
  parse(text2, file) {
    let raw;
    try {
      raw = parse2(text2, { integersAsBigInt: "asNeeded" });
    } catch (e) {
      if (!(e instanceof TomlError)) throw e;
      const message2 = e.message.replace(/^Invalid TOML document: /, "").split("\n")[0];
      throw new DocumentSyntaxError(file, message2, e.line, e.column, "TOML");
    }
    const lines = scanLines(text2);
    const value = plain(raw, file, lines);
    const first = Math.max(1, text2.slice(0, Math.max(0, text2.search(/\S/))).split("\n").length);
    return { value, documents: [value], lineOf: (_i, path2) => path2.length ? lines.get(path2.join("\0")) : first };
  }
};

// src/policy/parsers/xml.ts
var import_sax = __toESM(require_sax(), 1);
var local = (name) => {
  const i = name.indexOf(":");
  return i < 1 || i > name.length - 2 ? name : name.slice(i + 1);
};
var trim = (s) => s.replace(/^[\s\p{C}\p{Z}]+|[\s\p{C}\p{Z}]+$/gu, "");
var node = (line) => ({ children: /* @__PURE__ */ new Map(), data: "", line });
var add = (parent, label2, child) => {
  const list2 = parent.children.get(label2);
  if (list2) list2.push(child);
  else parent.children.set(label2, [child]);
};
function toJson(n, path2, lines) {
  lines.set(path2.join("\0"), n.line);
  if (!n.children.size) return n.data;
  const out = {};
  if (n.data) out["#content"] = n.data;
  for (const [label2, list2] of n.children) {
    out[label2] = list2.length > 1 ? list2.map((c, i) => toJson(c, [...path2, label2, i], lines)) : toJson(list2[0], [...path2, label2], lines);
    if (list2.length > 1) lines.set([...path2, label2].join("\0"), list2[0].line);
  }
  return out;
}
var xmlParser = {
  name: "xml",
  extensions: ["xml"],
  parse(text2, file) {
    const parser = import_sax.default.parser(true, { position: true });
    const root = node(1);
    const stack = [{ label: "", n: root }];
    const top = () => stack[stack.length - 1].n;
    const setText = (t) => top().data = trim(t);
    let failure;
    parser.onerror = (e) => {
      failure ??= new DocumentSyntaxError(file, e.message.split("\n")[0], parser.line + 1, parser.column, "XML");
      parser.resume();
    };
    parser.onopentag = (tag) => {
      const n = node(parser.line + 1);
      for (const [name, value2] of Object.entries(tag.attributes)) add(n, `-${local(name)}`, { children: /* @__PURE__ */ new Map(), data: String(value2), line: n.line });
      stack.push({ label: local(tag.name), n });
    };
    parser.ontext = setText;
    parser.oncdata = setText;
    parser.onclosetag = () => {
      const done = stack.pop();
      add(top(), done.label, done.n);
    };
    try {
      parser.write(text2.replace(/^\uFEFF/, "")).close();
    } catch (e) {
      failure ??= new DocumentSyntaxError(file, e.message.split("\n")[0], parser.line + 1, parser.column, "XML");
    }
    if (failure) throw failure;
    const lines = /* @__PURE__ */ new Map();
    const value = toJson(root, [], lines);
    return { value, documents: [value], lineOf: (_i, path2) => lines.get(path2.join("\0")) };
  }
};

// src/policy/parsers/registry.ts
var PARSERS2 = [
  dockerfileParser,
  composeParser,
  yamlParser,
  hcl2Parser,
  dotenvParser,
  jsonParser,
  jsoncParser,
  tomlParser,
  iniParser,
  propertiesParser,
  xmlParser,
  sshdConfigParser,
  logrotateParser,
  nginxParser
];
var parserNames = () => PARSERS2.map((p) => p.name);
function parserNamed(name) {
  const p = PARSERS2.find((x) => x.name === name.toLowerCase());
  if (!p) throw new UserError(`unknown parser ${JSON.stringify(name)}`, { hint: `use one of: ${parserNames().join(", ")}`, code: "unknown_parser" });
  return p;
}
function parserFor(path2) {
  const base = basename6(path2).toLowerCase();
  if (basename6(dirname6(path2)).toLowerCase() === "logrotate.d") return logrotateParser;
  const ext2 = extname(base).slice(1);
  return PARSERS2.find((p) => p.fileName?.(base) || ext2 && (p.extensions.includes(ext2) || p.name === ext2));
}

// src/policy/input-file.ts
var MAX_INPUT_BYTES = DEFAULT_READ_LIMIT;
var refused2 = (file, reason, message2, help, line, column) => ({
  status: "refused",
  file,
  reason,
  finding: { capability: "policy", rule: `input/${reason}`, severity: "error", message: message2, file, line, column, help }
});
function binaryReason(bytes2) {
  if (bytes2.includes(0)) return "it contains NUL bytes (a binary file)";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes2);
  } catch {
    return "it is not UTF-8 text";
  }
  return void 0;
}
function parseInput(text2, file, parser) {
  try {
    return { status: "parsed", file, parser: parser.name, parsed: parser.parse(text2, file) };
  } catch (e) {
    if (!(e instanceof DocumentSyntaxError)) throw e;
    return refused2(file, "syntax", e.message, e.hint ?? "fix the file", e.where.line, e.where.col);
  }
}
function readInputFile(path2, opts = {}) {
  const file = opts.display ?? path2;
  const parser = opts.parser ? parserNamed(opts.parser) : parserFor(file);
  if (!parser) return refused2(file, "no-parser", `no parser understands ${file}`, "name a parser with --parser, or leave the file out");
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes2;
  try {
    bytes2 = readBounded(path2, { label: "policy input", maxBytes: max, where: { file } });
  } catch (e) {
    if (!isUserError(e)) throw e;
    const reason = e.code === "file_too_large" ? "too-large" : "unreadable";
    return refused2(file, reason, e.message, e.hint ?? "name a regular file inside the workspace");
  }
  const binary = binaryReason(bytes2);
  if (binary) return refused2(file, "binary", `${file} is not read as ${parser.name}: ${binary}`, "leave binary files out of the policy inputs");
  return parseInput(bytes2.toString("utf8"), file, parser);
}

// src/policy/load.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname7, relative as relative15, resolve as resolve8, sep as sep4 } from "node:path";

// src/policy/walk.ts
import { readdirSync as readdirSync3, statSync as statSync3 } from "node:fs";
import { join as join20, resolve as resolve7 } from "node:path";
function walk(paths, cwd, keep, label2) {
  const out = [];
  const visit = (shown, named) => {
    const st = statSync3(resolve7(cwd, shown), { throwIfNoEntry: false });
    if (!st) {
      throw new UserError(`${label2 ? `${label2}: ` : ""}no such file or directory: ${shown}`, {
        hint: label2 ? `check the ${label2} paths` : "name the config files or directories to test"
      });
    }
    if (st.isDirectory()) for (const name of readdirSync3(resolve7(cwd, shown)).sort()) visit(join20(shown, name), false);
    else if (keep(shown, named)) out.push(shown);
  };
  for (const p of paths) visit(p, true);
  return out;
}
var walkInputs = (paths, cwd, forcedParser) => walk(paths, cwd, (file, named) => named || !!forcedParser || !!parserFor(file));
var filesWithExtension = (paths, cwd, exts, label2) => walk(paths, cwd, (file) => exts.some((e) => file.toLowerCase().endsWith(e)), label2);

// src/policy/load.ts
var DEFAULT_POLICY_PATH = "policy";
var isFailureRule = (name) => /^(deny|violation)(_[a-zA-Z0-9]+)*$/.test(name);
var isWarningRule = (name) => /^warn(_[a-zA-Z0-9]+)*$/.test(name);
function loadPolicies(opts) {
  const paths = opts.policyPaths.length ? opts.policyPaths : [DEFAULT_POLICY_PATH];
  const files = filesWithExtension(paths, opts.cwd, [".rego"], "policy");
  if (!files.length) {
    throw new UserError(`no policies found in ${paths.join(", ")}`, {
      hint: "name a directory or file holding .rego policies with --policy",
      code: "no_policies"
    });
  }
  const modules = files.map((file) => ({ file, source: readFileSync3(resolve8(opts.cwd, file), "utf8") }));
  const v0 = opts.regoVersion === "v0";
  const data2 = loadData(opts.dataPaths ?? [], opts.cwd);
  const policy = opts.engine.compile(modules, data2, { v0 });
  const namespaces = [];
  const rules = /* @__PURE__ */ new Map();
  for (const m of opts.engine.parseModules(modules, { v0 })) {
    const ns = m.package.join(".");
    if (!rules.has(ns)) {
      namespaces.push(ns);
      rules.set(ns, /* @__PURE__ */ new Map());
    }
    const counts = rules.get(ns);
    for (const r of m.rules) {
      const head = r.head.ref;
      const name = head.length === 1 && head[0].t === "var" ? head[0].name : void 0;
      if (name && (isFailureRule(name) || isWarningRule(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return { engine: opts.engine, policy, namespaces, rules };
}
function loadData(paths, cwd) {
  let data2 = {};
  for (const { file, prefix: prefix2 } of paths.flatMap(
    (root) => filesWithExtension([root], cwd, [".json", ".yaml", ".yml"], "data").map((file2) => ({
      file: file2,
      prefix: file2 === root ? [] : relative15(root, dirname7(file2)).split(sep4).filter(Boolean)
    }))
  )) {
    const parsed = parseInput(readFileSync3(resolve8(cwd, file), "utf8"), file, parserFor(file));
    if (parsed.status === "refused") {
      const f = parsed.finding;
      throw new UserError(`cannot load data: ${f.message}`, {
        where: { file, line: f.line, col: f.column },
        hint: "fix the data document or leave it out of --data",
        code: "bad_data"
      });
    }
    for (const doc of parsed.parsed.documents)
      data2 = merge(
        data2,
        prefix2.reduceRight((v, k) => ({ [k]: v }), doc)
      );
  }
  return data2;
}
function merge(a, b) {
  if (!isObject2(b)) return a;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject2(out[k]) && isObject2(v) ? merge(out[k], v) : v;
  return out;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/policy/evaluate.ts
import { resolve as resolve9 } from "node:path";

// src/policy/results.ts
function totalsOf(results) {
  const t = { tests: 0, passed: 0, warnings: 0, failures: 0, exceptions: 0 };
  for (const r of results) {
    t.passed += r.successes;
    t.warnings += r.warnings.length;
    t.failures += r.failures.length;
    t.exceptions += r.exceptions.length;
  }
  t.tests = t.passed + t.warnings + t.failures + t.exceptions;
  return t;
}
function exitCodeOf(totals, opts) {
  if (opts.noFail) return 0;
  if (opts.failOnWarn) return totals.failures ? 2 : totals.warnings ? 1 : 0;
  return totals.failures ? 1 : 0;
}

// src/policy/evaluate.ts
var COMBINED = "Combined";
function namespacesToTest(loaded, opts) {
  if (opts.allNamespaces) return loaded.namespaces;
  const wanted = opts.namespaces?.length ? [...opts.namespaces] : ["main"];
  const unknown = wanted.filter((n) => !loaded.rules.has(n));
  if (unknown.length) {
    throw new UserError(`no policy declares namespace ${unknown.map((n) => JSON.stringify(n)).join(", ")}`, {
      hint: `the policies declare: ${loaded.namespaces.join(", ")} (use --namespace or --all-namespaces)`,
      code: "unknown_namespace"
    });
  }
  return wanted;
}
function evaluatePolicies(loaded, opts) {
  const namespaces = namespacesToTest(loaded, opts);
  const inputs = opts.files.map((f) => readInputFile(resolve9(opts.cwd, f), { display: f, parser: opts.parser }));
  const results = [];
  const findings = [];
  const parsed = inputs.filter((i) => i.status === "parsed");
  const refusal = (i) => {
    const r = {
      filename: i.file,
      namespace: namespaces[0],
      successes: 0,
      warnings: [],
      exceptions: [],
      failures: [{ msg: i.finding.message, line: i.finding.line }]
    };
    refusals.set(r, i.finding);
    return r;
  };
  const refusals = /* @__PURE__ */ new Map();
  for (const [n, ns] of namespaces.entries()) {
    if (opts.combine) {
      if (parsed.length) results.push(check2(loaded, ns, COMBINED, [combinedDocument(parsed)]));
      if (n === 0) {
        for (const i of inputs) if (i.status === "refused") results.push(refusal(i));
      }
    } else {
      for (const i of inputs) {
        if (i.status === "parsed") results.push(check2(loaded, ns, i.file, i.parsed.documents, i.parsed));
        else if (n === 0) results.push(refusal(i));
      }
    }
  }
  for (const r of results) findings.push(...refusals.has(r) ? [refusals.get(r)] : findingsOf(r));
  const totals = totalsOf(results);
  return { results, findings, totals, exitCode: exitCodeOf(totals, opts) };
}
function combinedDocument(parsed) {
  const byPath = [...parsed].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return byPath.flatMap((p) => p.parsed.documents.map((contents) => ({ path: p.file, contents })));
}
function check2(loaded, ns, filename, documents, parsed) {
  const out = { filename, namespace: ns, successes: 0, warnings: [], failures: [], exceptions: [] };
  const rules = [...loaded.rules.get(ns) ?? /* @__PURE__ */ new Map()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  documents.forEach((doc, docIndex) => {
    const input = loaded.engine.fromJSON(doc);
    for (const [rule, count] of rules) {
      const exceptionQuery = `data.${ns}.exception[_][_] == ${JSON.stringify(rule.replace(/^(deny|violation)_/, ""))}`;
      const excepted = loaded.policy.query(exceptionQuery, { input }).rows.length;
      for (let i = 0; i < excepted; i++) out.exceptions.push({ msg: exceptionQuery });
      const query = `data.${ns}.${rule}`;
      const value = loaded.policy.evaluate(query, { input }).value;
      const messages = messagesOf(value === void 0 ? void 0 : loaded.engine.toJSON(value), query);
      const successes = messages.length ? 0 : 1;
      if (!excepted) {
        for (const m of messages) {
          const path2 = pathOf(m.metadata?.path);
          m.line = parsed ? lineFor(parsed, docIndex, path2 ?? []) : void 0;
          (isFailureRule(rule) ? out.failures : out.warnings).push(m);
        }
      }
      out.successes += successes + Math.max(0, count - (successes + (excepted ? 0 : messages.length) + excepted));
    }
  });
  return out;
}
function messagesOf(value, query) {
  if (!Array.isArray(value)) return [];
  const out = [];
  for (const v of value) {
    if (typeof v === "string") out.push({ msg: v, metadata: { query } });
    else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const { msg, ...rest } = v;
      if (typeof msg !== "string") {
        throw new UserError(`${query}: a result object has ${msg === void 0 ? 'no "msg" key' : 'a "msg" that is not a string'}`, {
          hint: 'return a string or an object with a string "msg" from deny/violation/warn rules',
          code: "bad_policy_result"
        });
      }
      out.push({ msg, metadata: { ...rest, query } });
    }
  }
  return out;
}
function pathOf(p) {
  if (Array.isArray(p) && p.every((k) => typeof k === "string" || typeof k === "number" || typeof k === "bigint")) {
    return p.map((k) => typeof k === "bigint" ? Number(k) : k);
  }
  if (typeof p === "string" && p) return p.split(".").map((k) => /^\d+$/.test(k) ? Number(k) : k);
  return void 0;
}
function findingsOf(r) {
  const file = r.filename === COMBINED ? void 0 : r.filename;
  const one = (m, severity) => ({
    capability: "policy",
    rule: `${r.namespace}/${String(m.metadata?.query ?? "").split(".").pop()}`,
    severity,
    message: m.msg,
    file,
    line: file ? m.line ?? 1 : void 0
  });
  return [...r.failures.map((m) => one(m, "error")), ...r.warnings.map((m) => one(m, "warning"))];
}

// src/pipeline/parse.ts
var LOCK_FORMATS = ["go.mod", "go.sum", "go.work", "requirements.txt", "poetry.lock", "Pipfile.lock", "uv.lock", "pylock.toml"];
function parseOne(workspace, file, parser) {
  const abs = resolveInside(workspace, file, { label: "file to parse" });
  const shown = relative16(workspace, abs) || file;
  const lockFormat = parser ? LOCK_FORMATS.find((f2) => f2.toLowerCase() === parser.toLowerCase()) : lockFormatOf(shown);
  if (lockFormat) {
    const r = readLock(workspace, shown, { format: lockFormat });
    if (r.ok) return r.document;
    throw new UserError(r.error.message, { where: { file: r.error.file, line: r.error.line, col: r.error.column }, hint: "fix the lock file, or regenerate it with its tool", code: `lock_${r.error.code}` });
  }
  const input = readInputFile(abs, { display: shown, parser });
  if (input.status === "parsed") return input.parsed.value;
  const f = input.finding;
  throw new UserError(f.message, { where: { file: f.file, line: f.line, col: f.column }, hint: f.help, code: `parse_${input.reason}` });
}
var parseCommand = {
  name: "parse",
  summary: "Print the documents policies see for config and lock files, as JSON (like `conftest parse`)",
  usage: "parse <files...> [--parser NAME]",
  flags: [{ name: "parser", description: `read every file with this parser: ${[...parserNames(), ...LOCK_FORMATS].join(", ")}` }],
  async run(ctx) {
    if (!ctx.args.length) throw new UserError("usage: go-xenv parse <files...> [--parser NAME]", { hint: "name at least one file" });
    const parser = typeof ctx.flags.parser === "string" ? ctx.flags.parser : void 0;
    if (parser && !LOCK_FORMATS.some((f) => f.toLowerCase() === parser.toLowerCase()) && !parserNames().includes(parser.toLowerCase())) {
      throw new UserError(`unknown parser ${JSON.stringify(parser)}`, { hint: `use one of: ${[...parserNames(), ...LOCK_FORMATS].join(", ")}`, code: "unknown_parser" });
    }
    const workspace = resolveInside(ctx.config.workspace, ".", { label: "workspace" });
    const docs = {};
    for (const file of ctx.args) docs[file] = parseOne(workspace, file, parser);
    const data2 = ctx.args.length === 1 ? docs[ctx.args[0]] : docs;
    return [{ step: "parse", status: "ok", title: `parse: ${ctx.args.length} file(s)`, data: data2 }];
  },
  // The documents are the output, with or without --json.
  json: (results) => results[0]?.data,
  text: (results) => JSON.stringify(results[0]?.data, null, 2)
};

// src/report/locks-diff.ts
var versions = (s) => s ? s.versions.map((v) => v ?? "unpinned").join(", ") : "";
var directness = (s) => s.direct === null ? "unknown" : s.direct ? "direct" : "indirect";
var row = (change, name, base, head) => `| ${change} | ${escapeCell(name)} | ${escapeCell(base)} | ${escapeCell(head)} |`;
var moved = (kind) => (c) => row(kind, c.name, versions(c.base), versions(c.head));
function renderLocksDiffMarkdown(r) {
  const side = (s) => `${escapeMarkdown(s.rev)} (${s.commit.slice(0, 12)})`;
  const out = [`## Lock changes: ${side(r.base)} \u2192 ${side(r.head)}`, ""];
  out.push(r.files.length ? `${r.files.length} lock file(s) changed, ${r.unchanged.length} unchanged.` : `No lock file changed (${r.unchanged.length} unchanged).`);
  for (const f of r.files) {
    const d = f.diff;
    const rows = [
      ...d.added.map(moved("added")),
      ...d.removed.map(moved("removed")),
      ...d.upgraded.map(moved("upgraded")),
      ...d.downgraded.map(moved("downgraded")),
      ...d.changed.map(moved("changed")),
      ...d.madeDirect.map((c) => row("made direct", c.name, directness(c.base), directness(c.head))),
      ...d.madeIndirect.map((c) => row("made indirect", c.name, directness(c.base), directness(c.head))),
      ...d.rehashed.map((c) => row("rehashed", c.name, `${c.version ?? "unpinned"}: ${c.removedHashes.length} hash(es) removed`, `${c.addedHashes.length} hash(es) added`))
    ];
    out.push("", `### ${escapeMarkdown(f.file)} (${f.status}, ${d.ecosystem})`, "");
    if (!rows.length) out.push("The file changed, its packages did not.");
    else out.push("| change | package | base | head |", "|---|---|---|---|", ...rows);
  }
  return `${out.join("\n")}
`;
}

// src/pipeline/locks.ts
var USAGE = "locks diff <base-rev> <head-rev> [--json]";
var locksCommand = {
  name: "locks",
  summary: "Diff the dependency locks (Go and pip) between two revisions of the repository: Markdown, or JSON with --json",
  usage: USAGE,
  async run(ctx) {
    const [sub, ...revs] = ctx.args;
    if (sub !== "diff" || revs.length !== 2) throw new UserError(`usage: go-xenv ${USAGE}`, { hint: "name the base and the head revision", code: "usage" });
    const diff = await diffRevisions(revs[0], revs[1], { run: spawnRunner, cwd: ctx.config.workspace, env: ctx.host.env });
    return [{ step: "locks", status: "ok", title: `locks: ${diff.files.length} lock file(s) changed`, details: renderLocksDiffMarkdown(diff), data: diff }];
  },
  json: (results) => results[0]?.data,
  text: (results) => results[0]?.details ?? ""
};

// src/report/policy-json.ts
var GoStruct = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
var message = (m) => new GoStruct({ msg: m.msg, ...m.metadata ? { metadata: m.metadata } : {} });
var checkResult = (r) => new GoStruct({
  filename: r.filename,
  namespace: r.namespace,
  successes: r.successes,
  ...r.warnings.length ? { warnings: r.warnings.map(message) } : {},
  ...r.failures.length ? { failures: r.failures.map(message) } : {},
  ...r.exceptions.length ? { exceptions: r.exceptions.map(message) } : {}
});
var renderPolicyJson = (result) => goJson(result.results.map(checkResult), "");
var policyJsonDocument = (result) => JSON.parse(renderPolicyJson(result));
function goJson(v, level) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return goString(v);
  const inner = `${level}	`;
  if (Array.isArray(v)) return v.length ? `[
${v.map((x) => inner + goJson(x, inner)).join(",\n")}
${level}]` : "[]";
  const o = v instanceof GoStruct ? v.fields : v;
  const keys = v instanceof GoStruct ? Object.keys(o) : Object.keys(o).sort();
  return keys.length ? `{
${keys.map((k) => `${inner}${goString(k)}: ${goJson(o[k], inner)}`).join(",\n")}
${level}}` : "{}";
}
var goString = (s) => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

// src/report/policy-markdown.ts
function renderPolicyMarkdown(result) {
  const t = result.totals;
  const head = `${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`;
  if (!result.findings.length) return head;
  const rows = result.findings.map(
    (f) => `| ${f.severity} | ${escapeCell(f.file ?? "")}${f.line ? `:${f.line}` : ""} | ${escapeCell(f.rule ?? "")} | ${escapeCell(f.message)} |`
  );
  return [head, "", "| | where | rule | message |", "|---|---|---|---|", ...rows].join("\n");
}

// src/report/policy-sarif.ts
var SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json";
var LEVEL = { failure: "error", warning: "warning", exception: "note" };
var DESCRIPTION = { failure: "Policy violation", warning: "Policy warning", exception: "Policy exception" };
var uriOf = (file) => file.split(/[\\/]/).map(encodeURIComponent).join("/");
function policySarifLog(result) {
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  const results = [];
  const add2 = (r, kind, m) => {
    const query = typeof m.metadata?.query === "string" ? m.metadata.query : void 0;
    const id = `${r.namespace}/${kind === "exception" ? "exception" : query?.split(".").pop() ?? kind}`;
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, shortDescription: { text: DESCRIPTION[kind] }, ...query ? { properties: { query } } : {} });
    }
    const location = { physicalLocation: { artifactLocation: { uri: uriOf(r.filename) }, region: { startLine: m.line ?? 1 } } };
    results.push({
      ruleId: id,
      ruleIndex: index.get(id),
      level: LEVEL[kind],
      message: { text: m.msg },
      ...r.filename === COMBINED ? {} : { locations: [location] }
    });
  };
  for (const r of result.results) {
    for (const m of r.failures) add2(r, "failure", m);
    for (const m of r.warnings) add2(r, "warning", m);
    for (const m of r.exceptions) add2(r, "exception", m);
  }
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: "go-xenv", informationUri: "https://github.com/go-xenv/go-xenv-action", rules } },
        invocations: [
          {
            executionSuccessful: true,
            exitCode: result.exitCode,
            exitCodeDescription: result.totals.failures ? "Policy violations found" : result.totals.warnings ? "Policy warnings found" : "No policy violations found"
          }
        ],
        results
      }
    ]
  };
}
var renderPolicySarif = (result) => JSON.stringify(policySarifLog(result), null, 2);

// src/report/policy-stdout.ts
var COLOUR = { red: 31, green: 32, yellow: 33, cyan: 36 };
function renderPolicyStdout(result, opts = {}) {
  const paint = (text2, c) => opts.color === false ? text2 : `\x1B[${COLOUR[c]}m${text2}\x1B[0m`;
  const lines = [];
  for (const r of result.results) {
    const line = (word, c, msg) => lines.push(`${paint(word, c)} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.warnings) line("WARN", "yellow", m.msg);
    for (const m of r.failures) line("FAIL", "red", m.msg);
    for (const m of r.exceptions) line("EXCP", "cyan", m.msg);
  }
  const t = result.totals;
  lines.push("", paint(policySummary(t), t.failures ? "red" : t.warnings ? "yellow" : "green"));
  return lines.join("\n");
}
function policySummary(t) {
  const n = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${n(t.tests, "test")}, ${t.passed} passed, ${n(t.warnings, "warning")}, ${n(t.failures, "failure")}, ${n(t.exceptions, "exception")}`;
}

// src/report/policy-github.ts
var property = (s) => s.replace(/[%\r\n:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
var data = (s) => logSafe(s).replace(/%/g, "%25");
function renderPolicyGithub(result) {
  const lines = [];
  for (const r of result.results) {
    const total = r.successes + r.failures.length + r.warnings.length + r.exceptions.length;
    const command = (name, msg, m) => lines.push(`::${name} file=${property(r.filename)},line=${m?.line ?? 1}::${data(msg)}`);
    lines.push(`::group::Testing ${quoted(r.filename)} against ${total} policies in namespace ${quoted(r.namespace)}`);
    for (const m of r.failures) command("error", m.msg, m);
    for (const m of r.warnings) command("warning", m.msg, m);
    for (const m of r.exceptions) command("notice", m.msg, m);
    command("notice", `Number of successful checks: ${r.successes}`);
    lines.push("::endgroup::");
  }
  lines.push(policySummary(result.totals));
  return lines.join("\n");
}

// src/report/policy-junit.ts
var XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;", "	": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };
var xmlText = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
function renderPolicyJunit(result) {
  const suites = /* @__PURE__ */ new Map();
  for (const r of result.results) suites.set(r.namespace, [...suites.get(r.namespace) ?? [], r]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"];
  for (const [namespace, results] of suites) {
    const cls = xmlText(`conftest.${namespace}`);
    const cases = [];
    let failures = 0;
    for (const r of results) {
      for (const m of [...r.warnings, ...r.failures]) {
        failures++;
        cases.push(
          `		<testcase classname="${cls}" name="${xmlText(`${r.filename} - ${m.msg.split("\n")[0]}`)}" time="0.000">`,
          `			<failure message="Failed" type="">${xmlText(m.msg)}</failure>`,
          "		</testcase>"
        );
      }
      for (let i = 0; i < r.successes; i++) cases.push(`		<testcase classname="${cls}" name="${xmlText(r.filename)}" time="0.000"></testcase>`);
    }
    const tests = results.reduce((n, r) => n + r.warnings.length + r.failures.length + r.successes, 0);
    lines.push(`	<testsuite tests="${tests}" failures="${failures}" time="0.000" name="${cls}">`, ...cases, "	</testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n");
}

// src/report/policy-table.ts
var HEADER = ["RESULT", "FILE", "NAMESPACE", "MESSAGE"];
function renderPolicyTable(result) {
  const rows = [];
  for (const r of result.results) {
    const row2 = (kind, msg) => rows.push([kind, logSafe(r.filename), logSafe(r.namespace), logSafe(msg)]);
    for (let i = 0; i < r.successes; i++) row2("success", "SUCCESS");
    for (const m of r.exceptions) row2("exception", m.msg);
    for (const m of r.warnings) row2("warning", m.msg);
    for (const m of r.failures) row2("failure", m.msg);
  }
  const len = (s) => [...s].length;
  const widths = HEADER.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ""))));
  const rule = (left, mid, right) => left + widths.map((w) => "\u2500".repeat(w + 2)).join(mid) + right;
  const centre = (s, w) => " ".repeat(Math.floor((w - len(s)) / 2)) + s + " ".repeat(Math.ceil((w - len(s)) / 2));
  const line = (cells2, pad) => `\u2502 ${cells2.map((c, i) => pad(c, widths[i] ?? 0)).join(" \u2502 ")} \u2502`;
  return [
    rule("\u250C", "\u252C", "\u2510"),
    line(HEADER, centre),
    rule("\u251C", "\u253C", "\u2524"),
    ...rows.map((r) => line(r, (s, w) => s + " ".repeat(w - len(s)))),
    rule("\u2514", "\u2534", "\u2518")
  ].join("\n");
}

// src/report/policy-tap.ts
function renderPolicyTap(result) {
  const lines = [`1..${result.totals.tests}`];
  let n = 0;
  for (const r of result.results) {
    const line = (ok, msg) => lines.push(`${ok ? "ok" : "not ok"} ${++n} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.failures) line(false, m.msg);
    const section2 = (name, ok, msgs) => {
      if (!msgs.length) return;
      lines.push(`# ${name}`);
      for (const msg of msgs) line(ok, msg);
    };
    section2(
      "warnings",
      false,
      r.warnings.map((m) => m.msg)
    );
    section2(
      "exceptions",
      true,
      r.exceptions.map((m) => m.msg)
    );
    section2("successes", true, Array(r.successes).fill("SUCCESS"));
  }
  return lines.join("\n");
}

// src/pipeline/policy.ts
var RENDER = {
  stdout: (d) => renderPolicyStdout(d.result, { color: d.color }),
  json: (d) => renderPolicyJson(d.result),
  tap: (d) => renderPolicyTap(d.result),
  junit: (d) => renderPolicyJunit(d.result),
  table: (d) => renderPolicyTable(d.result),
  github: (d) => renderPolicyGithub(d.result),
  sarif: (d) => renderPolicySarif(d.result)
};
var OUTPUTS = Object.keys(RENDER);
var list = (v) => typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
var policyCommand = {
  name: "policy",
  summary: "Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output)",
  usage: "policy test [-p <paths>] [-n <namespaces> | --all-namespaces] [-d <paths>] [--combine] [-o stdout|json|tap|junit|table|github|sarif] <files...>",
  flags: [
    { name: "policy", short: "p", description: "comma-separated policy files or directories (default: policy)" },
    { name: "namespace", short: "n", description: "comma-separated namespaces to test (default: main)" },
    { name: "all-namespaces", description: "test every namespace the policies declare", boolean: true },
    { name: "combine", description: "test all inputs as one document, [{path, contents}]", boolean: true },
    { name: "data", short: "d", description: "comma-separated data files or directories (JSON/YAML), merged under data" },
    { name: "parser", description: "read every input with this parser" },
    { name: "output", short: "o", description: `output format: ${OUTPUTS.join(", ")}` },
    { name: "fail-on-warn", description: "exit 1 on warnings, 2 on failures", boolean: true },
    { name: "no-fail", description: "exit 0 whatever the results", boolean: true },
    { name: "no-color", description: "no ANSI colours in the stdout output", boolean: true },
    { name: "rego-version", description: "v1 (default) or v0" }
  ],
  async run(ctx) {
    const [sub, ...files] = ctx.args;
    if (sub === void 0 && ctx.host.kind === "actions") {
      return [
        {
          step: "policy",
          status: "skipped",
          title: "policy: not available in the action yet",
          reason: "the action has no policy inputs in this version; run `go-xenv policy test <files>` in a run: step"
        }
      ];
    }
    if (sub !== "test") throw new UserError("usage: go-xenv policy test [flags] <files...>", { hint: "see go-xenv policy --help" });
    if (!files.length)
      throw new UserError("policy test needs at least one file or directory to test", {
        hint: "name the config files, e.g. go-xenv policy test deployment.yaml"
      });
    const f = ctx.flags;
    const output = typeof f.output === "string" ? f.output : "stdout";
    if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(f.output)}`, { hint: `use one of: ${OUTPUTS.join(", ")}` });
    const regoVersion = typeof f["rego-version"] === "string" ? f["rego-version"] : "v1";
    if (regoVersion !== "v0" && regoVersion !== "v1") throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: "use v0 or v1" });
    const cwd = ctx.config.workspace;
    const parser = typeof f.parser === "string" ? f.parser : void 0;
    const engine = await import("./rego-ATGK5OOV.js");
    const loaded = loadPolicies({ engine, cwd, policyPaths: list(f.policy), dataPaths: list(f.data), regoVersion });
    const result = evaluatePolicies(loaded, {
      cwd,
      files: walkInputs(files, cwd, parser),
      parser,
      namespaces: list(f.namespace),
      allNamespaces: f["all-namespaces"] === true,
      combine: f.combine === true,
      failOnWarn: f["fail-on-warn"] === true,
      noFail: f["no-fail"] === true
    });
    const t = result.totals;
    const data2 = { result, output, color: f["no-color"] !== true };
    return [
      {
        step: "policy",
        status: result.exitCode ? "failed" : "ok",
        title: `policy: ${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`,
        details: renderPolicyMarkdown(result),
        data: data2,
        exitCode: result.exitCode
      }
    ];
  },
  json: (results) => {
    const d = results[0]?.data;
    return d ? policyJsonDocument(d.result) : [];
  },
  text: (results) => {
    const d = results[0]?.data;
    if (!d) return "";
    return RENDER[d.output](d);
  }
};

// src/pipeline/registry.ts
var COMMAND_TABLE = [
  check,
  setupCommand,
  doctorCommand,
  emulationCommand,
  planCommand,
  buildCommand,
  policyCommand,
  notYet("audit", "baseline", "Diff the default branch against the committed baseline (nightly)"),
  notYet("baseline-update", "baseline", "Write the baseline snapshot from the current state"),
  canaryCommand,
  regoCommand,
  parseCommand,
  locksCommand
];
var findCommand = (name) => COMMAND_TABLE.find((c) => c.name === name);

export {
  saveCachePostTask,
  COMMAND_TABLE,
  findCommand
};
