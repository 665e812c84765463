import { createRequire } from 'node:module';
import { _ as __commonJS, U as UserError, e as existsSync, h as createReadStream, r as realpathSync, k as __toESM, m as mkdirSync, v as mkdtempSync, x as rmSync, b as readFileSync, o as openSync, f as fstatSync, d as readSync, g as closeSync, y as createWriteStream, t as readdirSync, s as statSync, n as writeSync, z as unlinkSync, w as writeFileSync, A as renameSync } from './chunk-gJGdoriE.js';
import { a as realpathAllowMissing, r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { r as readBoundedText, h as hashRegularFile } from './chunk-CE2JlTQc.js';
import { q as quoted, l as logSafe } from './chunk-DjFb5CTR.js';
import { o as onPath, s as spawnRunner } from './chunk-DtjlLlnT.js';
import { a as minimatch } from './chunk-HyW7ORsI.js';
import { readFile, readdir, writeFile, mkdtemp, rm, mkdir, utimes } from 'node:fs/promises';
import { join, relative, isAbsolute, dirname, sep, basename, resolve as resolve$1, delimiter } from 'node:path';
import { availableParallelism, hostname } from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { setTimeout } from 'node:timers/promises';

let __goxenvRequire$1; const __goxenvReq$1 = () => (__goxenvRequire$1 ??= createRequire(import.meta.url)); const require$2 = Object.assign((id) => __goxenvReq$1()(id), { resolve: (id, options) => __goxenvReq$1().resolve(id, options) });

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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
  const write = (path, text2) => sudo("sh", ["-c", 'printf %s "$1" > "$2"', "sh", text2, path], { timeoutMs: 1e4 });
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

// src/emulation/qemu-static.ts
var qemuStaticName = (p) => `qemu-${p.qemuArch}-static`;
async function qemuStaticPaths(env, platforms) {
  const found = await Promise.all(platforms.map(async (p) => [p.qemuArch, await onPath(qemuStaticName(p), env)]));
  return Object.fromEntries(found.filter((e) => e[1] !== void 0));
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
  const find = async () => {
    const paths = await qemuStaticPaths(opts.env, platforms);
    return new Map(platforms.filter((p) => paths[p.qemuArch]).map((p) => [p.name, paths[p.qemuArch]]));
  };
  let found = await find();
  const missing = () => platforms.filter((p) => !found.has(p.name)).map(qemuStaticName);
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
var PROBE = 'package main\n\nimport "runtime"\n\nfunc main() { println("go-xenv-probe", runtime.GOOS, runtime.GOARCH) }\n';
async function buildProbes(platforms, go, run, tempDir) {
  const work = await mkdtemp(join(tempDir, "go-xenv-probe-"));
  await writeFile(join(work, "go.mod"), "module probe\n\ngo 1.21\n");
  await writeFile(join(work, "main.go"), PROBE);
  const out = /* @__PURE__ */ new Map();
  for (const p of platforms) {
    const bin = join(work, `probe-${p.name}`);
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
  const dirs = new Set([...bins.values()].map((b) => join(b, "..")));
  await Promise.all([...dirs].map((d) => rm(d, { recursive: true, force: true })));
}

// src/emulation/emulate.ts
var servedBy = (state, p) => state.entries.filter((e) => e.enabled && entryServes(e, p));
function describe(state, p, registeredBy, hostArch, qemu) {
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
  const probes = await buildProbes(foreign, await ctx.go(), ctx.run, ctx.tempDir);
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
  const reports = platforms.map((p) => describe(state, p, "already", ctx.hostArch, qemu));
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
  const reports = opts.platforms.map((p) => describe(after, p, todo.includes(p) ? method : "already", ctx.hostArch, qemu));
  await verifyAll(reports, opts.platforms, ctx);
  return { method, binfmt: { root: after.root, mounted: after.mounted, enabled: after.enabled, entries: after.entries }, platforms: reports, docker };
}

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
  return { reason: `nothing runs ${goarch} binaries here: no binfmt_misc entry and no ${qemuStaticName(p)} on PATH (Debian/Ubuntu package qemu-user-static)` };
}
async function emulatorLookup(env, root = DEFAULT_BINFMT_ROOT) {
  const state = await readBinfmt(root).catch(() => ({ entries: [] }));
  return { entries: state.entries, qemuStatic: await qemuStaticPaths(env, QEMU_PLATFORMS) };
}
async function hostExecPlanner(env) {
  const lookup = await emulatorLookup(env);
  return (goarch, sysroot) => runVia(goarch, lookup, sysroot);
}

// src/emulation/host-checks.ts
function wslVersion(f) {
  const said = `${f.osrelease ?? ""} ${f.procVersion ?? ""}`;
  if (/microsoft-standard-WSL2|\bWSL2\b/i.test(said)) return 2;
  if (/microsoft/i.test(said)) return 1;
  return void 0;
}
function hostFindings(f, needs) {
  const out = [];
  const add = (rule, severity, message, help) => out.push({ capability: "emulation", rule, severity, message, help });
  if (needs.emulation) emulationFindings(f, add);
  for (const d of f.dirs) {
    if (!d.mount?.options.includes("noexec")) continue;
    const what = d.role === "out-dir" ? "smoke runs cannot execute the built binaries" : "the emulation probe and `go run`/`go test` cannot execute what they build";
    const elsewhere = d.role === "out-dir" ? "--out-dir on another file system" : `${d.label === "RUNNER_TEMP" ? "TMPDIR" : d.label}=$HOME/.cache/tmp (mkdir it first)`;
    add(
      `noexec/${d.role}`,
      "error",
      `${d.label} ${d.path} is on ${d.mount.point}, mounted noexec: ${what}`,
      `\`sudo mount -o remount,exec ${d.mount.point}\`, or use ${elsewhere}`
    );
  }
  for (const c of f.compilers) {
    if (!c.cc) {
      add(
        "cgo/unknown-compiler",
        "error",
        `cgo is asked for ${c.target}, but no C cross compiler is known for it`,
        `build ${c.target} with CGO_ENABLED=0 (remove it from cgo)`
      );
    } else if (!c.path) {
      add(
        "cgo/missing-compiler",
        "error",
        `cgo is asked for ${c.target}, which needs the C cross compiler ${c.cc}: not on PATH`,
        `\`sudo apt-get install -y ${c.package}\``
      );
    }
  }
  return out;
}
function emulationFindings(f, add) {
  const wsl = wslVersion(f);
  const distro = f.wslDistro ?? "<distro>";
  if (wsl === 1) {
    add(
      "host/wsl1",
      "warning",
      `WSL1 (kernel ${f.osrelease ?? "?"}): WSL1 has no binfmt_misc, so no emulator can be registered (and Docker does not run)`,
      `convert the distribution to WSL2 from Windows: \`wsl --set-version ${distro} 2\` (\`wsl -l -v\` lists them), or run foreign binaries with qemu-user-static directly: \`qemu-aarch64-static ./bin\``
    );
  } else if (wsl === 2) {
    add(
      "host/wsl2",
      "notice",
      `WSL2 (kernel ${f.osrelease ?? "?"}): binfmt_misc works, but registrations are lost when WSL restarts`,
      "after `wsl --shutdown` or a reboot run `sudo go-xenv emulation register` again"
    );
  }
  const b = f.binfmt;
  if (!b.mounted && wsl !== 1) {
    if (f.binfmtSupported === false) {
      add(
        "binfmt/unsupported",
        "warning",
        "the kernel has no binfmt_misc file system (not in /proc/filesystems): no emulator can be registered",
        "load the module: `sudo modprobe binfmt_misc`, or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`"
      );
    } else {
      add(
        "binfmt/not-mounted",
        "warning",
        `binfmt_misc is not mounted at ${b.root}: foreign binaries cannot run through the kernel`,
        `\`sudo mount binfmt_misc -t binfmt_misc ${b.root}\` (\`sudo go-xenv emulation register\` mounts it too)`
      );
    }
  } else if (b.mounted && !b.enabled) {
    add(
      "binfmt/disabled",
      "warning",
      `binfmt_misc at ${b.root} is disabled: no registered emulator runs anything`,
      `\`echo 1 | sudo tee ${b.root}/status\``
    );
  }
  for (const e of b.entries) {
    const platform = QEMU_PLATFORMS.find((p) => entryServes(e, p));
    if (!platform || !e.enabled || e.flags.includes("F")) continue;
    add(
      "binfmt/no-fix-binary",
      "warning",
      `binfmt_misc entry ${e.name} (${e.interpreter}, flags "${e.flags}") has no F flag: inside containers and chroots the kernel looks for ${e.interpreter} there and ${platform.name} binaries fail`,
      `re-register it with F: \`sudo go-xenv emulation register --qemu-method direct --qemu-platforms ${platform.name}\`, or the docker route \`docker run --rm --privileged tonistiigi/binfmt --install ${platform.name}\``
    );
  }
  if (f.selinux?.enforcing) {
    const bools = f.selinux.booleans;
    if (bools.deny_execmem === true) {
      add(
        "selinux/deny-execmem",
        "error",
        "SELinux is enforcing (`getenforce`: Enforcing, /sys/fs/selinux/enforce is 1) and deny_execmem is on: emulated binaries (QEMU maps executable memory) are killed",
        "`sudo setsebool -P deny_execmem off`"
      );
    }
    if (bools.selinuxuser_execmem === false) {
      add(
        "selinux/selinuxuser-execmem",
        "warning",
        "SELinux is enforcing (`getenforce`: Enforcing) and selinuxuser_execmem is off: programs a confined user runs cannot map executable memory, so QEMU cannot run emulated binaries",
        "`sudo setsebool -P selinuxuser_execmem on`"
      );
    }
  }
}
var DEFAULT_HOST_ROOT = "/";
var text = (path) => readFile(path, "utf8").then((t) => t.trim(), () => void 0);
function hostFactsReader(root = DEFAULT_HOST_ROOT, binfmtRoot) {
  const at = (p) => join(root, p);
  return {
    root,
    async read(q) {
      const [osrelease, procVersion, osRelease, filesystems, binfmt, selinux, mounts] = await Promise.all([
        text(at("proc/sys/kernel/osrelease")),
        text(at("proc/version")),
        text(at("etc/os-release")).then((t) => t ?? text(at("usr/lib/os-release"))),
        text(at("proc/filesystems")),
        readBinfmt(binfmtRoot ?? at("proc/sys/fs/binfmt_misc")),
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
  const enforce = await text(join(dir, "enforce"));
  if (enforce === void 0) return void 0;
  const names = await readdir(join(dir, "booleans")).catch(() => []);
  const values = await Promise.all(names.map(async (n) => [n, (await text(join(dir, "booleans", n)))?.split(/\s+/)[0] === "1"]));
  return { enforcing: enforce === "1", booleans: Object.fromEntries(values) };
}
var unescape = (s) => s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
async function readMounts(mountinfo, procMounts) {
  const info = await text(mountinfo);
  if (info !== void 0) {
    return info.split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 10).map((f) => {
      const sep2 = f.indexOf("-", 6);
      return { point: unescape(f[4]), options: f[5].split(","), fstype: f[sep2 + 1] ?? "" };
    });
  }
  return (await text(procMounts) ?? "").split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 4).map((f) => ({ point: unescape(f[1]), fstype: f[2], options: f[3].split(",") }));
}
function mountOf(mounts, path) {
  let best;
  for (const m of mounts) {
    const r = relative(m.point, path);
    const under = r === "" || !r.startsWith("..") && !isAbsolute(r);
    if (under && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best;
}
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
  const file = relative(moduleDir, join(moduleDir, m[1])) || m[1];
  return { message: `${file}:${m[2]}${m[3] ? `:${m[3]}` : ""}: ${m[4]}`, where: { file, line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 } };
}
async function buildTarget(job, go, run) {
  await mkdir(dirname(job.outFile), { recursive: true });
  const r = await run(go.go, buildArgs(job), { cwd: job.moduleDir, env: buildEnv(job, go.env), timeoutMs: 9e5 });
  if (r.code !== 0) {
    if (r.spawnError) return { ok: false, message: `cannot run ${go.go}: ${r.spawnError}`, durationMs: r.durationMs };
    if (r.timedOut) return { ok: false, message: "go build timed out after 15 minutes", durationMs: r.durationMs };
    return { ok: false, ...compilerError(r.stderr, job.moduleDir), durationMs: r.durationMs };
  }
  if (job.mtime) await utimes(job.outFile, job.mtime, job.mtime);
  return { ok: true, durationMs: r.durationMs };
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
  const ext = t.goos === "windows" ? ".exe" : t.goos === "js" || t.goos === "wasip1" ? ".wasm" : "";
  return `${name}_${t.goos}_${t.goarch}${variantSuffix(t.variant)}${ext}`;
}
function nameFromModule(modulePath) {
  const parts = modulePath.split("/").filter(Boolean);
  const last = parts.at(-1) ?? "app";
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2) : last;
}

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
var modulePathOf = (goMod) => /^module\s+("?)([^"\s]+)\1\s*$/m.exec(goMod)?.[2] ?? "";
var modulePathIn = (dir) => {
  const goMod = join(dir, "go.mod");
  return existsSync(goMod) ? modulePathOf(readBoundedText(goMod, { label: "go.mod" })) : "";
};
async function sourceInfo(moduleDir, run, env) {
  const module = modulePathIn(moduleDir);
  const git = async (...args) => {
    const r = await run("git", args, { cwd: moduleDir, env, timeoutMs: 1e4 });
    return r.code === 0 ? r.stdout.trim() : "";
  };
  const commit2 = await git("rev-parse", "HEAD");
  if (!commit2) return { module, Version: "dev", Commit: "", CommitDate: "" };
  const [describe2, date, epoch] = await Promise.all([git("describe", "--tags", "--always", "--dirty"), git("log", "-1", "--format=%cI"), git("log", "-1", "--format=%ct")]);
  return { module, Version: describe2.replace(/^v(?=\d)/, "") || "dev", Commit: commit2, CommitDate: date, commitTime: epoch ? new Date(Number(epoch) * 1e3) : void 0 };
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
  const want = expectedFormat(t.goos);
  if (info.format !== want) return [`is ${info.format === "unknown" ? "not a known executable format" : `a ${info.format} file`}, ${t.id} needs ${want}`];
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
function sha256File(path) {
  return new Promise((resolveHash, reject) => {
    const h = createHash("sha256");
    createReadStream(path).on("data", (d) => h.update(d)).on("error", reject).on("end", () => resolveHash(h.digest("hex")));
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
function thin(b, at) {
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
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return { format: "macho", fat: false, slices: [thin(b, 0)] };
  const n = b.readUInt32BE(4);
  const entry = magic === FAT_MAGIC_64 ? 32 : 20;
  if (8 + n * entry > b.length) throw new Error("truncated universal Mach-O header");
  const slices = [];
  for (let i = 0; i < n; i++) {
    const e = 8 + i * entry;
    const cpuType = b.readUInt32BE(e);
    const cpuSubtype = b.readUInt32BE(e + 4) & 16777215;
    const offset = magic === FAT_MAGIC_64 ? Number(b.readBigUInt64BE(e + 8)) : b.readUInt32BE(e + 8);
    const inner = offset + 28 <= b.length ? thin(b, offset) : void 0;
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
  const rel = relative(outDir, moduleDir);
  const holdsModule = rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  if (holdsModule || existsSync(join(outDir, ".gitignore"))) return;
  await writeFile(join(outDir, ".gitignore"), IGNORE_ALL);
}
async function runMatrix(o) {
  const timings = { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 };
  let t0 = performance.now();
  const log = o.log ?? (() => void 0);
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
  await mkdir(o.outDir, { recursive: true });
  await ignoreOutputs(o.outDir, o.moduleDir);
  timings.setupMs = since(t0);
  const failures = [];
  const buildAll = (outDir, gocache) => mapLimit(o.targets, concurrency, async (target) => {
    const file = join(outDir, binaryFileName(name, target));
    if (dirname(file) !== outDir) throw new Error(`${file} is not directly inside ${outDir}`);
    const cc = compilers.get(`${target.goos}/${target.goarch}`)?.cc;
    const r = await buildTarget({ target, outFile: file, moduleDir: o.moduleDir, pkg: o.pkg, ldflags, cc, gocache, mtime: src.commitTime }, o.go, o.run);
    return { target, file, r };
  });
  t0 = performance.now();
  const built = await buildAll(o.outDir, o.gocache);
  timings.buildMs = since(t0);
  for (const { target, file, r } of built) log(r.ok ? `built ${target.id}: ${basename(file)} in ${Math.round(r.durationMs)} ms` : `build of ${target.id} failed: ${r.message}`);
  const binaries = [];
  for (const { target, file, r } of built) {
    if (!r.ok) {
      failures.push({ target, stage: "build", message: r.message, where: r.where });
      continue;
    }
    let t1 = performance.now();
    const bytes2 = await readFile(file);
    let info;
    try {
      info = inspectBinary(bytes2);
    } catch (e) {
      failures.push({ target, stage: "inspect", message: `${binaryFileName(name, target)}: ${e.message}` });
      log(`inspected ${binaryFileName(name, target)}: ${e.message}`);
      continue;
    }
    const problems = checkBinary(info, target, { windowsGui: asksWindowsGui(ldflags) });
    timings.inspectMs += since(t1);
    t1 = performance.now();
    const sha2562 = await sha256File(file);
    timings.checksumMs += since(t1);
    const fileName = binaryFileName(name, target);
    if (problems.length) failures.push({ target, stage: "inspect", message: `${fileName} does not match ${target.id}: ${problems.join("; ")}` });
    log(`inspected ${fileName}: ${describeHeader(info)}, ${problems.length ? `does not match ${target.id}: ${problems.join("; ")}` : `matches ${target.id}`}, sha256 ${sha2562}`);
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
      log(`smoke run ${b.name} ${o.smokeArgs.join(" ")}: ${b.smoke.ok ? `ok (${b.smoke.via}, ${b.smoke.durationMs} ms)` : b.smoke.via === "none" ? `not run: ${b.smoke.reason}` : `FAILED (${b.smoke.via}): ${b.smoke.reason}`}${firstLine ? `: ${firstLine}` : ""}`);
    });
  }
  timings.smokeMs = since(t0);
  let reproducible;
  if (o.reproducible) {
    t0 = performance.now();
    const again = await mkdtemp(join(o.tempDir, "go-xenv-repro-"));
    try {
      const second = await buildAll(join(again, "out"), join(again, "gocache"));
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
      log(`reproducible: ${differing.length ? `${differing.join(", ")} differ between two builds` : `${second.length} binaries identical in a second build`}`);
    } finally {
      await rm(again, { recursive: true, force: true, maxRetries: 3 });
    }
    timings.reproducibleMs = since(t0);
  }
  t0 = performance.now();
  const manifest = buildManifest({ module: src.module, goVersion, version: src.Version, commit: src.Commit, commitDate: src.CommitDate, ldflags, binaries, failures, reproducible });
  const manifestPath = join(o.outDir, "manifest.json");
  const sumsPath = join(o.outDir, "SHA256SUMS");
  await writeFile(sumsPath, sha256sums(binaries));
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}
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
  const r = await (opts.run ?? spawnRunner)(goBin, args, { cwd: opts.cwd, env: { ...env, GOTOOLCHAIN: opts.gotoolchain ?? "local" }, timeoutMs });
  if (r.code === 0) return r.stdout;
  const why = r.spawnError ?? (r.stderr.trim() || (r.timedOut ? `timed out after ${timeoutMs / 1e3}s` : `exit status ${r.code ?? r.signal}`));
  throw new GoCommandError(`${goBin} ${args.join(" ")}: ${why}`, why);
}
async function goEnv(goBin, env, vars, run) {
  return JSON.parse(await runGo(goBin, ["env", "-json", ...vars], env, { run }));
}
var whichGo = (env, platform = process.platform) => onPath(platform === "win32" ? "go.exe" : "go", env);
var realpathOr = (p) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};
async function goSyntaxError(goBin, file, env, run = spawnRunner) {
  const tool = file.endsWith(".work") ? "work" : "mod";
  const r = await run(goBin, [tool, "edit", "-json", file], {
    cwd: dirname(file),
    timeoutMs: 1e4,
    env: { ...env, GOTOOLCHAIN: "local", GOFLAGS: "", GOWORK: "off" }
  });
  if (r.code === 0 || r.spawnError) return void 0;
  for (const l of r.stderr.split("\n")) {
    const m = /^(.+?):(\d+)(?::(\d+))?: (.+)$/.exec(l.trim());
    if (m && basename(m[1]) === basename(file)) return { message: m[4], line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 };
  }
  return void 0;
}

// src/toolchain/go-version.ts
var import_semver = __toESM(require_semver2(), 1);
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
var import_semver2 = __toESM(require_semver2(), 1);

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
  const ext = typeof filename === "string" && filename.endsWith(".zip") ? "zip" : "tar.gz";
  const want = `${release.version}.${os}-${arch}.${ext}`;
  if (typeof filename !== "string" || filename !== want || version !== release.version) {
    throw bad(`the file name ${quoted(String(filename))}: only the bare go.dev name ${quoted(want)} is accepted`);
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
function satisfiesOffline(version, spec) {
  switch (spec.kind) {
    case "exact":
      return import_semver2.default.eq(version, spec.semver);
    case "minor":
      return !import_semver2.default.prerelease(version) && `${import_semver2.default.major(version)}.${import_semver2.default.minor(version)}` === spec.line;
    case "range":
      return import_semver2.default.satisfies(version, spec.range);
    default:
      return void 0;
  }
}
function pickInstalled(installed, spec) {
  return [...installed].sort(import_semver2.default.rcompare).find((v) => satisfiesOffline(v, spec) === true);
}

// src/toolchain/doctor-facts.ts
var VARS = ["GOVERSION", "GOROOT", "GOPATH", "GOCACHE", "GOMODCACHE"];
async function probe(goBin, env, run) {
  const { GOROOT: _ignored, ...own } = env;
  try {
    return await goEnv(goBin, own, VARS, run);
  } catch {
    return void 0;
  }
}
async function gatherFacts(config, host, installed, request, run = spawnRunner) {
  const env = host.env;
  const pathGoBin = await whichGo(env);
  const goBin = installed?.goBin ?? pathGoBin;
  const runEnv = installed ? { ...env, ...installed.env } : env;
  const goRun = goBin ? tryGo(goBin, RUN_ARGS, runEnv, config.workingDirectory, run) : void 0;
  const gotoolchainRun = goBin && env.GOTOOLCHAIN && env.GOTOOLCHAIN !== "local" ? tryToolchain(goBin, runEnv, env.GOTOOLCHAIN, config.runtime.runner.temp, run) : void 0;
  gotoolchainRun?.catch(() => void 0);
  const pathEnv = pathGoBin ? await probe(pathGoBin, env, run) : void 0;
  const same = installed && pathGoBin && realpathOr(pathGoBin) === realpathOr(installed.goBin);
  const usedEnv = installed && !same ? await probe(installed.goBin, { ...env, ...installed.env }, run) : pathEnv;
  const usedRoot = installed?.goroot ?? pathEnv?.GOROOT;
  const pathVersion = pathEnv?.GOVERSION?.replace(/^go/, "");
  const lastSpec = request?.specs.at(-1);
  const pathSemver = pathVersion ? goToSemver(pathVersion) : void 0;
  return {
    workingDirectory: relative(config.workspace, config.workingDirectory) || ".",
    workingDirectoryAbs: config.workingDirectory,
    workspaceAbs: config.workspace,
    installed: installed && { version: installed.version, goroot: installed.goroot, goBin: installed.goBin },
    installedRealpath: installed && realpathOr(installed.goBin),
    requested: request && lastSpec ? { spec: lastSpec.raw, source: request.source, satisfiedByPath: pathSemver ? satisfiesOffline(pathSemver, lastSpec) : void 0 } : void 0,
    pathGo: pathGoBin ? { path: pathGoBin, realpath: realpathOr(pathGoBin), version: pathVersion, goroot: pathEnv?.GOROOT } : void 0,
    env: { GOROOT: env.GOROOT || void 0, GO111MODULE: env.GO111MODULE || void 0, GOFLAGS: env.GOFLAGS || void 0 },
    gotoolchain: env.GOTOOLCHAIN || (usedRoot ? goEnvFileValue(join(usedRoot, "go.env"), "GOTOOLCHAIN") : void 0),
    locations: usedEnv ? { GOPATH: usedEnv.GOPATH, GOCACHE: usedEnv.GOCACHE, GOMODCACHE: usedEnv.GOMODCACHE } : void 0,
    hasGoMod: existsSync(join(config.workingDirectory, "go.mod")),
    hasGoWork: existsSync(join(config.workingDirectory, "go.work")),
    hasVendor: existsSync(join(config.workingDirectory, "vendor")),
    goRun: await goRun,
    gotoolchainRun: await gotoolchainRun
  };
}
var RUN_ARGS = ["list", "-e", "-f", "{{.ImportPath}}", "unsafe"];
async function tryGo(goBin, args, env, cwd, run, gotoolchain) {
  const command = `go ${args.join(" ")}`;
  try {
    await runGo(goBin, args, { ...env, GOPROXY: "off" }, { cwd, gotoolchain, timeoutMs: 6e4, run });
    return { command };
  } catch (e) {
    const said = e instanceof GoCommandError ? e.stderr : e.message;
    return { command, error: said.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" ") };
  }
}
async function tryToolchain(goBin, env, gotoolchain, temp, run) {
  mkdirSync(temp, { recursive: true });
  const dir = mkdtempSync(join(temp, "go-xenv-doctor-"));
  try {
    const tried = await tryGo(goBin, ["env", "GOVERSION"], env, dir, run, gotoolchain);
    return tried.error && /download/.test(tried.error) ? { command: tried.command } : tried;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function goEnvFileValue(file, name) {
  if (!existsSync(file)) return void 0;
  const m = new RegExp(`^${name}=(.*)$`, "m").exec(readFileSync(file, "utf8"));
  return m?.[1].trim();
}
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var normalizeTargets = (targets) => [...new Set(targets.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
function targetsPart(targets) {
  const t = normalizeTargets(targets);
  return t.length ? sha256(t.join(",")).slice(0, 12) : "host";
}
function cacheKey(i) {
  const prefix = `go-xenv-${i.os}-${i.arch}-go${i.goVersion}-targets-${targetsPart(i.targets)}-`.toLowerCase();
  return { key: `${prefix}${i.depHash ?? "nodeps"}`, restoreKeys: [prefix] };
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

// src/toolchain/cache-service.ts
var actionsCache = {
  isAvailable: async () => (await import('./cache-Bl2GxMJ6.js')).isFeatureAvailable(),
  restore: async (paths, key2, restoreKeys) => await (await import('./cache-Bl2GxMJ6.js')).restoreCache([...paths], key2, restoreKeys) || void 0,
  save: async (paths, key2) => (await import('./cache-Bl2GxMJ6.js')).saveCache([...paths], key2)
};
var builtin = createRequire(import.meta.url);
var { request: httpRequest } = builtin("node:http");
var { request: httpsRequest } = builtin("node:https");
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
  return new Promise((resolve4, reject) => {
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
      resolve4(r);
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

// src/toolchain/go-mod-syntax.ts
var PUNCT = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
function lex(text2, file) {
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint: hint ?? "fix the syntax (`go mod edit -fmt` shows the expected form)" });
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
  const fail = (message, line, col, hint = "fix the syntax (`go mod edit -fmt` shows the expected form)") => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
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
  const base = basename(name);
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
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
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
  const rel = relative(config.workspace, config.workingDirectory);
  const given = config.toolchain.cacheDependencyPath;
  const patterns = given.length ? given : [rel ? `${rel}/go.sum` : "go.sum"];
  for (const p of patterns) resolveInside(config.workspace, literalPrefix(p), { label: LABEL });
  const plain = patterns.filter((p) => !WILDCARD.test(p) && existsSync(join(config.workspace, p))).map((p) => relative(config.workspace, join(config.workspace, p)));
  const globs = patterns.filter((p) => WILDCARD.test(p));
  const matched = globs.length ? (await import('./dist-DMAJNNOM.js')).globSync(globs, { cwd: config.workspace, onlyFiles: true, dot: true, followSymbolicLinks: false }) : [];
  const paths = [.../* @__PURE__ */ new Set([...plain, ...matched])].sort();
  if (!paths.length) {
    const goMod = join(config.workingDirectory, "go.mod");
    const noDeps = !given.length && existsSync(goMod) && !goModHasRequire(readBoundedText(goMod, { label: "go.mod" }));
    if (!noDeps) host.warning(logSafe(`no file matches cache-dependency-path (${patterns.join(", ")}): the cache key has no dependency hash`));
  }
  const out = [];
  for (const p of paths) {
    const real = resolveInside(config.workspace, p, { label: LABEL });
    out.push({ path: p, sha256: await hashRegularFile(real, { label: `${LABEL} file` }) });
  }
  return out;
}
async function restoreGoCache(config, host, goVersion, dirs, cache = actionsCache) {
  if (config.toolchain.cache === "false") return { hit: false, note: "module/build cache: off" };
  if (!config.runtime.onActions) return { hit: false, note: "module/build cache: not used outside Actions (the local caches stay where they are)" };
  const { key: key2, restoreKeys } = cacheKey({
    os: config.runtime.runner.os,
    arch: config.runtime.runner.arch,
    goVersion,
    targets: config.matrix.targets,
    depHash: hashDependencyFiles(await dependencyFiles(config, host))
  });
  const paths = [dirs.GOMODCACHE, dirs.GOCACHE].filter(Boolean);
  host.saveState(STATE.key, key2);
  host.saveState(STATE.paths, JSON.stringify(paths));
  if (!await cache.isAvailable()) return { hit: false, note: `module/build cache: the cache service is not available here; not restored (key ${key2})` };
  try {
    const matched = await cache.restore(paths, key2, restoreKeys) ?? "";
    host.saveState(STATE.matched, matched);
    if (!matched) return { hit: false, note: `module/build cache: no entry for ${key2}` };
    return { hit: matched === key2, note: `module/build cache: restored ${matched}${matched === key2 ? "" : " (prefix match)"}` };
  } catch (e) {
    host.warning(`the module/build cache was not restored: ${causeOf(e)}`);
    return { hit: false, note: "module/build cache: restore failed" };
  }
}
async function saveGoCache(config, host, cache = actionsCache) {
  const key2 = host.getState(STATE.key);
  if (!key2) return;
  const decision = shouldSave({
    mode: config.toolchain.cache,
    key: key2,
    matchedKey: host.getState(STATE.matched),
    branch: config.runtime.branch,
    defaultBranch: config.runtime.defaultBranch,
    saveBranches: config.toolchain.cacheSaveBranches
  });
  if (!decision.save) {
    host.info(`module/build cache not saved: ${decision.reason}`);
    return;
  }
  if (!await cache.isAvailable()) {
    host.info(`module/build cache not saved: the cache service is not available here (key ${key2})`);
    return;
  }
  try {
    const paths = JSON.parse(host.getState(STATE.paths) || "[]");
    const existing = paths.filter((p) => existsSync(p));
    if (!existing.length) {
      host.info("module/build cache not saved: neither GOMODCACHE nor GOCACHE exists");
      return;
    }
    const id = await cache.save(existing, key2);
    host.info(id === -1 ? `module/build cache not saved (key ${key2})` : `module/build cache saved as ${key2}`);
  } catch (e) {
    host.warning(`the module/build cache was not saved: ${causeOf(e)}`);
  }
}

// src/toolchain/version-spec.ts
var import_semver3 = __toESM(require_semver2(), 1);
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
async function requestedVersions(tc, workspace, workingDirectory, env, run) {
  const goParser = env && { env, run };
  if (tc.goVersions.length) {
    const specs = tc.goVersions.map((v) => parseVersionSpec(v, { file: "input go-version" }));
    const warning = tc.goVersionFile ? `both go-version and go-version-file are given; using go-version (${tc.goVersions.join(", ")})` : void 0;
    return { specs, source: "input go-version", warning };
  }
  if (tc.goVersionFile) {
    const path = [resolve$1(workspace, tc.goVersionFile), resolve$1(workingDirectory, tc.goVersionFile)].find((p) => existsSync(p));
    if (!path) {
      throw new UserError(`go-version-file "${tc.goVersionFile}" does not exist`, {
        where: { file: "input go-version-file" },
        code: "missing_version_file",
        hint: "give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)"
      });
    }
    return fromFile(path, workspace, "go-version-file", goParser);
  }
  const goMod = join(workingDirectory, "go.mod");
  return existsSync(goMod) ? fromFile(goMod, workspace, "go.mod", goParser) : void 0;
}
async function fromFile(path, workspace, label, goParser) {
  const rel = relative(workspace, path);
  const display = rel && !rel.startsWith("..") ? rel : path;
  const text2 = readBoundedText(path, { label, where: { file: display } });
  const v = await versionOf(path, text2, display, goParser);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}
async function versionOf(path, text2, display, goParser) {
  try {
    return readVersionText(path, text2, display);
  } catch (e) {
    const goBin = e instanceof UserError && /\.(mod|work)$/.test(path) && goParser ? await whichGo(goParser.env) : void 0;
    const go = goBin ? await goSyntaxError(goBin, path, goParser.env, goParser.run) : void 0;
    if (!go) throw e;
    throw new UserError(go.message.replaceAll(path, display), { where: { file: display, line: go.line, col: go.col }, code: "bad_version_file", hint: `as \`go ${path.endsWith(".work") ? "work" : "mod"} edit -json\` reads it; fix that line` });
  }
}
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
    super({ writableHighWaterMark: 1 << 20, readableObjectMode: true, readableHighWaterMark: 4 });
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
  /** What one input chunk lets through (views of it, and headers), handed on as one array: tar gets it in one writev. */
  out = [];
  _transform(chunk, _enc, cb) {
    try {
      this.expanded += chunk.length;
      if (this.expanded > this.opts.maxBytes) throw this.tooLarge();
      this.feed(chunk);
      const out = this.out;
      this.out = [];
      cb(null, out.length ? out : void 0);
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
        this.out.push(part);
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
      this.out.push(Buffer.alloc(2 * BLOCK));
      return;
    }
    if (!checksumOk(h)) throw this.refuse("has a damaged header (bad checksum)");
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
    const ustar = h.toString("latin1", 257, 263) === "ustar\0";
    const rawName = str(h, 0, 100);
    const prefix = ustar ? str(h, 345, 155) : "";
    const name = this.next.path ?? (prefix ? `${prefix}/${rawName}` : rawName);
    const linkname = this.next.linkpath ?? str(h, 157, 100);
    const size = this.next.size ?? num(h, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw this.refuse(`has a member ${quoted(name)} with an invalid size`);
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      if (size > MAX_META) throw this.refuse(`has a ${size}-byte metadata header`);
      this.out.push(h);
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
    this.out.push(h);
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
var EOCD = 101010256;
var CENTRAL = 33639248;
var TAIL = 22 + 65535;
function checkZip(path, opts) {
  const refuse = (why) => new UserError(`refused ${opts.label}: the archive ${why}`, {
    code: "archive_refused",
    hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
  });
  const fd = openSync(path, "r");
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
var Meter = class extends Transform {
  constructor(file) {
    super({ highWaterMark: 1 << 20 });
    this.file = file;
  }
  file;
  bytes = 0;
  head = Buffer.alloc(0);
  hash = createHash("sha256");
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
  const guard = new TarGuard({ label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
  const stop = new AbortController();
  let sink;
  const env = Object.fromEntries(Object.entries(opts.env).filter(([k]) => k !== "TAR_OPTIONS"));
  const exited = (opts.run ?? spawnRunner)("tar", ["-x", "-f", "-", "-C", staging, "--no-same-owner", "--no-same-permissions"], {
    env,
    signal: stop.signal,
    stdin: (stdin) => {
      sink = tarInput(stdin, guard);
    }
  });
  const tarWhy = (r2) => r2.spawnError ?? (r2.stderr.trim().split("\n")[0] || `tar exited with ${r2.code ?? r2.signal}`);
  try {
    await pipeline(res, meter, createGunzip({ chunkSize: 256 << 10 }), guard, sink);
  } catch (e) {
    stop.abort();
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
    objectMode: true,
    highWaterMark: 4,
    // One array of buffers from the guard per gunzip chunk: corked, so it goes to the pipe as one writev.
    write: (parts, _enc, cb) => {
      if (stdinError) return cb(guard.ended ? void 0 : stdinError);
      stdin.cork();
      let room = true;
      for (const part of parts) room = stdin.write(part);
      stdin.uncork();
      if (room) cb();
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
  const work = mkdtempSync(join(temp, "go-xenv-"));
  try {
    const archive = join(work, file.filename);
    try {
      await pipeline(res, meter, createWriteStream(archive));
    } catch (e) {
      throw failure(e, () => new UserError(`could not save ${file.filename}: ${causeOf(e)}`, { code: "download_failed", hint: HINT }));
    }
    meter.verify();
    checkZip(archive, { label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
    const tc = await import('./tool-cache-gW7AYJ0g.js');
    await tc.extractZip(archive, staging).catch((e) => {
      throw extractError(file.filename, causeOf(e));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
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
var import_semver4 = __toESM(require_semver2(), 1);
var toolPath = (root, version, arch) => join(root, "go", version, arch);
function cachedVersions(root, arch) {
  const dir = join(root, "go");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((v) => import_semver4.default.valid(v) && existsSync(join(dir, v, arch)) && existsSync(join(dir, v, `${arch}.complete`)));
}
function findCached(root, version, arch) {
  const p = toolPath(root, version, arch);
  return existsSync(p) && existsSync(`${p}.complete`) ? p : void 0;
}
var HOST = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
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
  const dir = join(root, "go", `.staging-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
function sweepStaging(root, now = Date.now()) {
  const dir = join(root, "go");
  if (!existsSync(dir)) return [];
  const removed = [];
  for (const name of readdirSync(dir)) {
    const m = /^\.(?:staging|trash)-([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const p = join(dir, name);
    const stale = m[1] === HOST ? !alive(Number(m[2])) : now - statSync(p).mtimeMs > FOREIGN_STALE_MS;
    if (stale) {
      rmSync(p, { recursive: true, force: true });
      removed.push(p);
    }
  }
  return removed;
}
var LOCK_WAIT_MS = 10 * 6e4;
async function withLock(path, fn) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${HOST} ${process.pid}`);
      closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const [host, pid] = (() => {
      try {
        return readFileSync(path, "utf8").split(" ");
      } catch {
        return [];
      }
    })();
    if (host === HOST && pid && !alive(Number(pid))) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(`the tool cache lock ${path} has been held for ${LOCK_WAIT_MS / 6e4} minutes`, {
        code: "tool_cache_locked",
        hint: "another install seems stuck; if none runs, delete the lock file"
      });
    }
    await setTimeout(50);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
    }
  }
}
async function commit(goroot, root, version, arch, works) {
  const target = toolPath(root, version, arch);
  mkdirSync(join(root, "go", version), { recursive: true });
  return withLock(`${target}.lock`, async () => {
    if (existsSync(target)) {
      if (await works(target)) {
        writeFileSync(`${target}.complete`, "");
        return { path: target, adopted: true };
      }
      rmSync(`${target}.complete`, { force: true });
      const trash = join(root, "go", `.trash-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
      renameSync(target, trash);
      rmSync(trash, { recursive: true, force: true });
    }
    renameSync(goroot, target);
    writeFileSync(`${target}.complete`, "");
    return { path: target, adopted: false };
  });
}

// src/toolchain/install.ts
var GO_ENV_VARS = ["GOVERSION", "GOPATH", "GOMODCACHE", "GOCACHE"];
function releaseListLoader(ctx) {
  let list;
  return () => list ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl });
}
var goBinOf = (goroot, ctx) => join(goroot, "bin", ctx.platform.os === "windows" ? "go.exe" : "go");
async function goVersionOf(goroot, ctx) {
  const env = { ...ctx.env, GOTOOLCHAIN: "local", GOENV: "off", GOFLAGS: "", GOROOT: "" };
  const r = await (ctx.run ?? spawnRunner)(goBinOf(goroot, ctx), ["version"], { env, timeoutMs: 6e4 });
  if (r.spawnError) return { ok: false, why: r.spawnError };
  if (r.code !== 0) return { ok: false, why: r.stderr.trim().split("\n")[0] || (r.timedOut ? "timed out" : `exit status ${r.code ?? r.signal}`) };
  const m = /^go version go(\S+) /.exec(r.stdout);
  return m ? { ok: true, version: m[1] } : { ok: false, why: `it printed ${JSON.stringify(r.stdout.slice(0, 80))}` };
}
async function goEnvOf(goroot, ctx) {
  const env = { ...ctx.env, GOTOOLCHAIN: "local", GOROOT: "" };
  const r = await (ctx.run ?? spawnRunner)(goBinOf(goroot, ctx), ["env", "-json", ...GO_ENV_VARS], { env, timeoutMs: 6e4 });
  if (r.code !== 0) return void 0;
  try {
    const v = JSON.parse(r.stdout);
    return GO_ENV_VARS.every((k) => typeof v[k] === "string") ? v : void 0;
  } catch {
    return void 0;
  }
}
async function check(goroot, version, ctx) {
  const goEnv2 = await goEnvOf(goroot, ctx);
  if (goEnv2?.GOVERSION === `go${version}`) return { ok: true, goEnv: goEnv2 };
  const v = await goVersionOf(goroot, ctx);
  if (v.ok && v.version === version) return { ok: true, goEnv: goEnv2 };
  return { ok: false, said: v.ok ? `reports go${v.version}, not go${version}` : `does not run (${v.why})` };
}
var runsAs = async (goroot, version, ctx) => (await check(goroot, version, ctx)).ok;
async function install(spec, ctx, list) {
  for (const p of sweepStaging(ctx.toolCache)) ctx.log(`removed ${p}, left by an install that was killed`);
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    const goroot = cached && toolPath(ctx.toolCache, cached, ctx.cacheArch);
    const c = goroot ? await check(goroot, semverToGo(cached), ctx) : void 0;
    if (goroot && c?.ok) return { version: semverToGo(cached), goroot, source: "tool-cache", goEnv: c.goEnv };
  }
  const r = resolve2(spec, await list(), ctx.platform, ctx.baseUrl);
  const hit = findCached(ctx.toolCache, r.semver, ctx.cacheArch);
  if (hit) {
    const c = await check(hit, r.version, ctx);
    if (c.ok) return { version: r.version, goroot: hit, source: "tool-cache", goEnv: c.goEnv };
    ctx.log(`the cached Go ${r.version} in ${hit} does not run as go${r.version}: installing it again`);
  }
  const url = archiveUrl(ctx.baseUrl, r.file.filename);
  ctx.log(logSafe(`downloading ${url} (${(r.file.size / 1e6).toFixed(1)} MB, sha256 ${r.file.sha256})`));
  const staging = stagingDir(ctx.toolCache);
  try {
    await downloadAndUnpack(url, r.file, staging, { token: ctx.token, serverUrl: ctx.serverUrl, temp: ctx.temp, env: ctx.env, run: ctx.run });
    const goroot = join(staging, "go");
    const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
    if (!existsSync(join(goroot, "bin", exe))) {
      throw new UserError(`${r.file.filename} is not a Go distribution: it has no go/bin/${exe}`, { code: "extract_failed", hint: "nothing was installed; check the mirror" });
    }
    const c = await check(goroot, r.version, ctx);
    if (!c.ok) {
      throw new UserError(logSafe(`the go/bin/${exe} in ${r.file.filename} ${c.said}`), { code: "broken_download", hint: "nothing was installed; the mirror serves an archive that is not this Go release" });
    }
    const placed = await commit(goroot, ctx.toolCache, r.semver, ctx.cacheArch, (dir) => runsAs(dir, r.version, ctx));
    ctx.log(placed.adopted ? `Go ${r.version} (sha256 verified) was placed in ${placed.path} by a concurrent install: using that tree` : `installed Go ${r.version} (sha256 verified) in ${placed.path}`);
    return { version: r.version, goroot: placed.path, source: "download", goEnv: c.goEnv };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

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
  mkdirSync(tempDir, { recursive: true });
  const file = join(tempDir, "go-xenv-go-matcher.json");
  writeFileSync(file, JSON.stringify(go_matcher_default));
  host.info(`::add-matcher::${file}`);
}

// src/toolchain/setup.ts
function installDirs(runtime) {
  if (runtime.onActions) return { toolCache: runtime.runner.toolCache, temp: runtime.runner.temp };
  const base = join(runtime.cacheDir, "go-xenv");
  return { toolCache: base, temp: join(base, "tmp") };
}
async function setup(config, host, opts) {
  const run = opts.run ?? spawnRunner;
  const { runtime } = config;
  const request = await requestedVersions(config.toolchain, config.workspace, config.workingDirectory, host.env, run);
  const findings = [];
  const warn = (rule, message) => findings.push({ capability: "toolchain", rule, severity: "warning", message });
  if (request?.warning) warn("version-request", request.warning);
  const dirs = installDirs(runtime);
  const ctx = {
    baseUrl: baseUrlOf(config.toolchain.downloadBaseUrl),
    token: config.toolchain.token,
    serverUrl: runtime.serverUrl,
    platform: goPlatform(process.platform, process.arch),
    cacheArch: process.arch,
    ...dirs,
    checkLatest: config.toolchain.checkLatest,
    log: (m) => host.info(m),
    env: host.env,
    run
  };
  const list = releaseListLoader(ctx);
  const exe = process.platform === "win32" ? "go.exe" : "go";
  const local = runtime.onActions ? void 0 : await localGo(host.env, run);
  const notes = [];
  const installed = [];
  const checkedEnv = /* @__PURE__ */ new Map();
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
    if (got.goEnv) checkedEnv.set(got.goroot, got.goEnv);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join(got.goroot, "bin", exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === "download" ? "downloaded, SHA-256 verified," : "found in the tool cache,"} in ${got.goroot}`);
  }
  const chosen = installed.at(-1);
  host.exportVariable("GOTOOLCHAIN", "local");
  const info = checkedEnv.get(chosen.goroot) ?? await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: "local" }, GO_ENV_VARS, run).catch((e) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: "broken_install", hint: "remove it from the tool cache and run again" });
  });
  if (info.GOVERSION !== `go${chosen.version}`) warn("version-mismatch", `${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`);
  if (chosen.source !== "path") {
    if (info.GOPATH) host.addPath(join(info.GOPATH.split(delimiter)[0], "bin"));
    host.addPath(join(chosen.goroot, "bin"));
  }
  if (runtime.onActions) registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? "", GOTOOLCHAIN: "local" };
  for (const t of installed) t.env = { ...env, PATH: `${join(t.goroot, "bin")}${delimiter}${env.PATH}` };
  const cache = opts.cache ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }, opts.cacheService) : { hit: false, note: "" };
  if (cache.note) notes.push(cache.note);
  if (runtime.onActions) for (const note of notes) host.info(logSafe(note));
  const data = { ...chosen, all: installed, cacheHit: cache.hit };
  const outputs = {
    "go-version": chosen.version,
    "go-root": chosen.goroot,
    "go-roots": JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    "cache-hit": String(cache.hit)
  };
  return { data, request, outputs, notes, findings };
}
async function localGo(env, run) {
  const goBin = await whichGo(env);
  if (!goBin) return void 0;
  try {
    const e = await goEnv(goBin, env, ["GOVERSION", "GOROOT"], run);
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

export { DEFAULT_HOST_ROOT as D, QEMU_PLATFORMS as Q, hostFindings as a, saveGoCache as b, crossCompiler as c, checkBinaryName as d, nameFromModule as e, strategyMatrix as f, gatherFacts as g, hostFactsReader as h, checkBuildPackage as i, runMatrix as j, hostExecPlanner as k, DEFAULT_BINFMT_ROOT as l, modulePathIn as m, nativePlatforms as n, resolvePlatforms as o, plannedTargets as p, findPlatform as q, requestedVersions as r, setup as s, checkBinfmtImage as t, DEFAULT_BINFMT_IMAGE as u, registerEmulation as v, emulationStatus as w, require_semver2 as x };
