import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  TomlDate,
  TomlError,
  parse
} from "./chunk-BIOPUC26.js";
import {
  DocumentSyntaxError,
  lineNear,
  readJson,
  readYamlDocuments
} from "./chunk-CUPEGQLV.js";
import {
  resolveInside
} from "./chunk-VR37WL5S.js";
import {
  DEFAULT_READ_LIMIT,
  POLICY_READ_LIMIT,
  readBounded,
  readBoundedText
} from "./chunk-JCTGLZSJ.js";
import {
  existsSync,
  lstatSync,
  readdirSync,
  realpathSync,
  statSync
} from "./chunk-S7VI56VC.js";
import {
  UserError,
  isUserError
} from "./chunk-PH75XFP6.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-S42OCB4Q.js";

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
      function determineBufferEncoding(data, isEnd) {
        if (data.length >= 2) {
          if (data[0] === 255 && data[1] === 254) {
            return "utf-16le";
          }
          if (data[0] === 254 && data[1] === 255) {
            return "utf-16be";
          }
        }
        if (data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191) {
          return "utf8";
        }
        if (data.length >= 4) {
          if (data[0] === 60 && data[1] === 0 && data[2] === 63 && data[3] === 0) {
            return "utf-16le";
          }
          if (data[0] === 0 && data[1] === 60 && data[2] === 0 && data[3] === 63) {
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
      SAXStream.prototype._decodeBuffer = function(data, isEnd) {
        if (this._decoderBuffer) {
          data = Buffer.concat([this._decoderBuffer, data]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data, isEnd);
          if (!encoding) {
            this._decoderBuffer = data;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data)) {
          data = this._decodeBuffer(data, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data.toString());
        this.emit("data", data);
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
      Object.keys(sax2.ENTITIES).forEach(function(key) {
        var e = sax2.ENTITIES[key];
        var s2 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax2.ENTITIES[key] = s2;
      });
      for (var s in sax2.STATE) {
        sax2.STATE[sax2.STATE[s]] = s;
      }
      S = sax2.STATE;
      function emit(parser, event, data) {
        parser[event] && parser[event](data);
      }
      function getDeclaredEncoding(body) {
        var match = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match ? match[2] : null;
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
      function validateXmlDeclarationEncoding(parser, data) {
        if (!parser.strict || !parser.encoding || !data || data.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text) {
        if (opt.trim) text = text.trim();
        if (opt.normalize) text = text.replace(/\s+/g, " ");
        return text;
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
      function strictFail(parser, message) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message);
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
        var prefix = qualName[0];
        var local2 = qualName[1];
        if (attribute && name === "xmlns") {
          prefix = "xmlns";
          local2 = "";
        }
        return { prefix, local: local2 };
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
          var prefix = qn.prefix;
          var local2 = qn.local;
          if (prefix === "xmlns") {
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
            var prefix = qualName.prefix;
            var local2 = qualName.local;
            var uri = prefix === "" ? "" : tag.ns[prefix] || "";
            var a = {
              name,
              value,
              prefix,
              local: local2,
              uri
            };
            if (prefix && prefix !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix)
              );
              a.uri = prefix;
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
        var num;
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
            num = parseInt(entity, 16);
            numStr = num.toString(16);
          } else {
            entity = entity.slice(1);
            num = parseInt(entity, 10);
            numStr = num.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num) || numStr.toLowerCase() !== entity || num < 0 || num > 1114111 || !isXmlChar(num)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num);
      }
      function isXmlChar(num) {
        return num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111;
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

// src/policy/parsers/registry.ts
import { basename, dirname, extname } from "node:path";

// src/policy/parsers/parser.ts
function fromDocument(doc) {
  if (Array.isArray(doc.value)) {
    return { value: doc.value, documents: doc.value, lineOf: (i, path) => doc.lineOf([i, ...path]) };
  }
  return { value: doc.value, documents: [doc.value], lineOf: (_i, path) => doc.lineOf(path) };
}
var lineFor = (parsed, docIndex, path) => lineNear({ value: parsed.documents[docIndex], lineOf: (p) => parsed.lineOf(docIndex, p) }, path);

// src/policy/parsers/yaml.ts
var PLAIN = {};
var words = (v, list) => list.split(" ").forEach((w) => PLAIN[w] = v);
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
function resolvePlain(text) {
  if (text === "") return null;
  if (Object.hasOwn(PLAIN, text)) return PLAIN[text];
  const c = text[0];
  if (c === ".") {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : text;
  }
  if (!/[0-9+-]/.test(c)) return text;
  const plain2 = text.replaceAll("_", "");
  const int = goInt(plain2);
  if (int !== void 0) return int;
  if (YAML_FLOAT.test(plain2)) return Number(plain2);
  return text;
}
var YAML_TAG = "tag:yaml.org,2002:";
function scalar(node2) {
  const text = String(node2.value ?? "");
  const tag = node2.tag;
  if (tag === `${YAML_TAG}str` || tag === "!") return text;
  if (node2.type !== "PLAIN" && !(tag && /^tag:yaml\.org,2002:(int|float|bool|null)$/.test(tag))) return text;
  if (tag && !tag.startsWith(YAML_TAG)) return text;
  return resolvePlain(text);
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
  return (key) => {
    if (typeof key === "boolean") return String(key);
    if (typeof key === "number") return Number.isInteger(key) && Math.abs(key) < 2 ** 63 ? BigInt(key).toString() : goFloatKey(key);
    throw new DocumentSyntaxError(
      file,
      `a mapping key of type ${key === null ? "null" : Array.isArray(key) ? "list" : typeof key} has no JSON form`,
      1,
      void 0,
      "YAML"
    );
  };
}
function checkJsonable(v, file, doc, path = []) {
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join(".") || "the top"} has no JSON form`, doc.lineOf(path) ?? 1, void 0, "YAML");
  }
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) checkJsonable(x, file, doc, [...path, Array.isArray(v) ? Number(k) : k]);
}
function parseYamlAsConftest(text, file) {
  const docs = readYamlDocuments(text.replace(/^\uFEFF/, ""), {
    file,
    schema: "failsafe",
    scalar,
    key: keyString(file),
    merge: true,
    duplicateKeys: "last"
  });
  if (docs.length > 1 && /\n---[ \t]*$/.test(text) && docs[docs.length - 1].value === null) docs.pop();
  for (const d of docs) checkJsonable(d.value, file, d);
  if (docs.length === 0) return { value: null, documents: [null], lineOf: (_i, p) => p.length ? void 0 : 1 };
  if (docs.length === 1) return fromDocument(docs[0]);
  const values = docs.map((d) => d.value);
  return { value: values, documents: values, lineOf: (i, path) => docs[i]?.lineOf(path) };
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
var FLAGS = {
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
function scanWords(text, esc, flags) {
  const chars = [...text];
  const words4 = [];
  const rest = (pos) => ({ words: words4, rest: chars.slice(pos).join("") });
  let word = "";
  let phase = "spaces";
  let quote = "";
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
        quote = ch;
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
    if (ch === quote) {
      phase = "word";
      if (flags) continue;
    }
    if (ch === esc && (flags || quote !== "'")) {
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
    let list;
    try {
      list = JSON.parse(t);
    } catch {
      list = void 0;
    }
    if (Array.isArray(list)) {
      if (list.some((s) => typeof s !== "string")) throw new Error("when using JSON array syntax, arrays must be comprised of strings only");
      return { value: list.length ? list : null, json: true };
    }
  }
  if (!rest) return { value: null, json: false };
  return { value: toList ? rest.split(WS) : [rest], json: false };
}
function nameVal(rest, key, esc) {
  const list = words2(rest, esc);
  if (!list.length) return null;
  if (!list[0].includes("=")) {
    const parts = rest.split(WS);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return [parts[0], rest.slice(rest.search(WS)).replace(WS, ""), ""];
  }
  return list.flatMap((w) => {
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
      const sep3 = rest.search(/\s/) < 0 ? rest.length : rest.search(/\s/);
      if (sep3 === 0) return { value: null, json: false };
      const inner = maybeJson(rest.slice(sep3).trimStart(), false);
      return { value: [rest.slice(0, sep3), ...inner.value ?? []], json: inner.json };
    }
    default:
      return { value: null, json: false };
  }
}
function validate(cmd, flags, value, upper) {
  if (!KNOWN.includes(cmd)) throw new Error(`unknown instruction: ${upper}`);
  const allowed = FLAGS[cmd] ?? [];
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
  parse(text, file) {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    let esc = "\\";
    let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    let directivesDone = false;
    const seen = /* @__PURE__ */ new Set();
    const commands = [];
    const cmdLines = [];
    let stage = -1;
    let comments = [];
    const fail2 = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "Dockerfile");
    const isComment = (l) => l.trimStart().startsWith("#");
    const directive = (l, lineNo) => {
      if (directivesDone) return false;
      const m = l.startsWith("#") ? /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(l.slice(1).trimStart()) : null;
      const name = m?.[1].toLowerCase();
      if (!m || !name || !["syntax", "escape", "check"].includes(name)) {
        directivesDone = true;
        return false;
      }
      if (seen.has(name)) throw fail2(`only one ${name} parser directive can be used`, lineNo);
      seen.add(name);
      if (name === "escape") {
        if (m[2] !== "`" && m[2] !== "\\") throw fail2(`invalid escape token '${m[2]}' does not match \` or \\`, lineNo);
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
        throw fail2(e.message, startLine);
      }
      for (const c of comments) {
        commands.push({ Cmd: "comment", SubCmd: "", JSON: false, Flags: null, Value: [c.text], Stage: Math.max(0, stage) });
        cmdLines.push(c.line);
      }
      commands.push(cmd);
      cmdLines.push(startLine);
      comments = [];
    }
    if (!commands.some((c) => c.Cmd !== "comment")) throw fail2("file with no instructions", Math.max(1, lines.length));
    const value = [commands];
    return {
      value,
      documents: value,
      lineOf: (_i, path) => path.length ? cmdLines[Number(path[0])] : 1
    };
  }
};

// src/policy/parsers/dotenv.ts
var LINE = /^[ \t\n\f\r]*(?:export[ \t\n\f\r]+)?([\w.]+)(?:[ \t\n\f\r]*=[ \t\n\f\r]*|:[ \t\n\f\r]+?)('[^]*'|"[^]*"|[^#\n]+)?[ \t\n\f\r]*(?:[ \t\n\f\r]*#.*)?$/;
var VARIABLE = /(\\)?(\$)(\{?([A-Z0-9_]+)?\}?)/g;
var NAME = /(\$)(\{?([A-Z0-9_]+)\}?)/;
var dotenvParser = {
  name: "dotenv",
  extensions: ["env"],
  fileName: (base) => base === ".env" || base.startsWith(".env."),
  parse(text, file) {
    const env = {};
    const keyLines = /* @__PURE__ */ new Map();
    const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    const fail2 = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "dotenv");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      let line = lines[n].trim();
      if (!line || line[0] === "#") continue;
      let quote = "";
      let idx = line.indexOf("=");
      if (idx === -1) idx = line.indexOf(":");
      if (idx > 0 && idx < line.length - 1) {
        const val2 = line.slice(idx + 1).trim();
        if (val2[0] === '"' || val2[0] === "'") {
          quote = val2[0];
          const at = val2.slice(1).trim().lastIndexOf(quote);
          if (at >= 0 && val2[at] !== "\\") quote = "";
        }
      }
      while (quote && n + 1 < lines.length) {
        const l = lines[++n];
        line += "\n" + l;
        const at = l.lastIndexOf(quote);
        if (at > 0 && l[at - 1] === "\\") continue;
        if (at >= 0) quote = "";
      }
      if (quote) throw fail2("missing quotes", lineNo);
      const m = LINE.exec(line);
      if (!m) {
        const exported = /^export\s(.*)$/.exec(line.trim());
        if (exported && !Object.hasOwn(env, exported[1])) throw fail2(`line \`${line}\` has an unset variable`, lineNo);
        throw fail2(`line \`${line}\` doesn't match format`, lineNo);
      }
      const key = m[1].trim();
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
          const name = NAME.exec(s);
          return name ? env[name[3]] ?? "" : s;
        });
      }
      env[key] = val;
      keyLines.set(key, lineNo);
    }
    return { value: env, documents: [env], lineOf: (_i, path) => path.length ? keyLines.get(String(path[0])) : 1 };
  }
};

// src/policy/parsers/hcl2-syntax.ts
var HclError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
};
var IDENT_START = /[\p{L}_]/u;
var IDENT = /[\p{L}\p{N}_-]/u;
var BINARY = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];
var HclParser = class _HclParser {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  fail(message, at = this.i) {
    throw new HclError(message, at);
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
    while (this.i < s.length && IDENT.test(s[this.i])) this.i++;
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
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (num) {
      this.i += num[0].length;
      return { kind: "literal", value: Number(num[0]), start, end: this.i };
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
    let key;
    let val = this.ident();
    this.skip(true);
    if (this.peek(",")) {
      this.i++;
      this.skip(true);
      key = val;
      val = this.ident();
    }
    if (!val) this.fail('Invalid "for" expression: a variable name is required');
    this.skip(true);
    if (!this.peek("in")) this.fail('Invalid "for" expression: the "in" keyword is required');
    this.i += 2;
    return { key, val, coll: this.expr(true) };
  }
  /** `for x in coll:` / `for k, v in coll:` after the opening bracket; the rest of the for expression up to `close`. */
  forExpr(start, close) {
    this.i += 3;
    const { key, val, coll } = this.forHead();
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
    return { kind: "for", key, val, coll, body, start, end: this.i };
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
      const key = this.expr(true);
      const bare = key.kind === "other" && IDENT_START.test(this.src[keyStart]) && /^[\p{L}\p{N}_.-]+$/u.test(this.src.slice(key.start, key.end));
      this.skip(true);
      if (this.peek("=") || this.peek(":")) this.i++;
      else this.fail('Missing key/value separator: expected an equals sign ("=") to mark the beginning of the attribute value');
      const value = this.expr(true);
      items.push({ key, bare, value, line: keyStart });
      this.skip(false);
      if (this.peek(",")) this.i++;
      this.skip(true);
    }
    this.i++;
    return { kind: "object", items, start, end: this.i };
  }
  /** A quoted template, from its opening quote to its closing one. */
  template(quote) {
    const start = this.i++;
    const parts = this.templateParts((at) => this.src[at] === quote, true);
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
  pushLit(parts, text) {
    const part = { kind: "lit", text: this.stripNext ? text.replace(/^\s+/, "") : text };
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
  templateParts(atEnd, quoted, stopAt = []) {
    const s = this.src;
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) this.pushLit(parts, lit);
      lit = "";
    };
    for (; ; ) {
      if (atEnd(this.i)) break;
      if (this.i >= s.length) this.fail("Unterminated template string: there is no closing marker for the string");
      const c = s[this.i];
      if (quoted && c === "\n") this.fail("Invalid multi-line string: quoted strings may not be split over multiple lines");
      if (quoted && c === "\\") {
        const e = s[this.i + 1];
        const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
        if (e in simple) {
          lit += simple[e];
          this.i += 2;
        } else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail("Invalid escape sequence");
          lit += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
        } else this.fail(`Invalid escape sequence: the symbol ${JSON.stringify(e)} is not a valid escape sequence selector`);
        continue;
      }
      if (this.peek("$${") || this.peek("%%{")) {
        lit += s[this.i] + "{";
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
        parts.push(this.directive(atEnd, quoted));
        continue;
      }
      lit += c;
      this.i++;
      if (c === "\n") flush();
    }
    flush();
    return parts;
  }
  /** `%{if}`/`%{for}` template directives, up to their `%{endif}`/`%{endfor}`. */
  directive(atEnd, quoted) {
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
      const yes = this.templateParts(atEnd, quoted, ["else", "endif"]);
      const yesExpr = { kind: "template", parts: yes, start: yesStart, end: this.i };
      let noExpr = { kind: "template", parts: [], start: this.i, end: this.i };
      let tag = open();
      if (tag === "else") {
        close();
        const noStart = this.i;
        const no = this.templateParts(atEnd, quoted, ["endif"]);
        noExpr = { kind: "template", parts: no, start: noStart, end: this.i };
        tag = open();
      }
      if (tag !== "endif") this.fail("Unterminated template directive: expected %{endif}");
      close();
      return { kind: "expr", expr: { kind: "conditional", cond, yes: yesExpr, no: noExpr, start, end: this.i }, directive: true };
    }
    if (word === "for") {
      const { key, val, coll } = this.forHead();
      close();
      const bodyStart = this.i;
      const body = this.templateParts(atEnd, quoted, ["endfor"]);
      if (open() !== "endfor") this.fail("Unterminated template directive: expected %{endfor}");
      close();
      const bodyExpr = { kind: "template", parts: body, start: bodyStart, end: this.i };
      return { kind: "expr", expr: { kind: "for", key, val, coll, body: bodyExpr, start, end: this.i }, directive: true };
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
function withSource(parts, text) {
  const mark = (e) => {
    e.text = text;
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
var Converter = class {
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
  body(items, path) {
    const out = {};
    for (const item of items) if (item.kind === "block") this.block(item, out, path);
    for (const item of items) {
      if (item.kind !== "attr") continue;
      this.lines.set([...path, item.name].join("\0"), this.lineAt(item.at));
      out[item.name] = this.expression(item.expr, [...path, item.name]);
    }
    return out;
  }
  block(block, root, base) {
    let out = root;
    let key = block.type;
    const path = [...base];
    for (const label of block.labels) {
      path.push(key);
      if (!this.lines.has(path.join("\0"))) this.lines.set(path.join("\0"), this.lineAt(block.at));
      if (Object.hasOwn(out, key)) {
        const next = out[key];
        if (!next || typeof next !== "object" || Array.isArray(next)) {
          throw new HclError(`Unable to convert Block to JSON: ${block.type}.${block.labels.join(".")}`, block.at);
        }
        out = next;
      } else {
        out[key] = {};
        out = out[key];
      }
      key = label;
    }
    path.push(key);
    const list = Object.hasOwn(out, key) ? out[key] : void 0;
    if (list !== void 0 && !Array.isArray(list)) {
      throw new HclError(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`, block.at);
    }
    const index = list ? list.length : 0;
    if (!this.lines.has(path.join("\0"))) this.lines.set(path.join("\0"), this.lineAt(block.at));
    this.lines.set([...path, index].join("\0"), this.lineAt(block.at));
    const value = this.body(block.body, [...path, index]);
    if (list) list.push(value);
    else out[key] = [value];
  }
  expression(e, path) {
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
        return this.expression(e.inner, path);
      case "tuple":
        return e.items.map((x, i) => {
          this.lines.set([...path, i].join("\0"), this.lineAt(x.start));
          return this.expression(x, [...path, i]);
        });
      case "object": {
        const out = {};
        for (const item of e.items) {
          const key = item.bare ? this.source(item.key) : this.stringPart(item.key);
          this.lines.set([...path, key].join("\0"), this.lineAt(item.line));
          out[key] = this.expression(item.value, [...path, key]);
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
  parse(text, file) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
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
      const items = new HclParser(text).items(false);
      const value = new Converter(text, lineAt, lines).body(items, []);
      return { value, documents: [value], lineOf: (_i, path) => path.length ? lines.get(path.join("\0")) : 1 };
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
  parse(text, file) {
    const lines = text.replace(/^(\uFEFF|\uFFFE)/, "").split("\n");
    const sections = /* @__PURE__ */ new Map();
    const keyLines = /* @__PURE__ */ new Map();
    let section2 = "DEFAULT";
    const fail2 = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "INI");
    for (let n = 0; n < lines.length; n++) {
      const lineNo = n + 1;
      const line = lines[n].trimStart();
      const bare = line.trimEnd();
      if (!bare || bare[0] === "#" || bare[0] === ";") continue;
      if (bare[0] === "[") {
        const close = bare.lastIndexOf("]");
        if (close < 0) throw fail2(`unclosed section: ${bare}`, lineNo);
        const name = bare.slice(1, close);
        if (!name) throw fail2("empty section name", lineNo);
        section2 = name;
        if (name !== "DEFAULT" && !sections.has(name)) sections.set(name, {});
        if (!keyLines.has(name)) keyLines.set(name, lineNo);
        continue;
      }
      let key;
      let rest;
      const quote = line.startsWith('"""') && line.length > 6 ? '"""' : line[0] === '"' ? '"' : line[0] === "`" ? "`" : "";
      if (quote) {
        const end = line.indexOf(quote, quote.length);
        if (end < 0) throw fail2(`missing closing key quote: ${bare}`, lineNo);
        const d = line.slice(end + quote.length).search(/[=:]/);
        if (d < 0) throw fail2(`key-value delimiter not found: ${bare}`, lineNo);
        key = line.slice(quote.length, end).trim();
        rest = line.slice(end + quote.length + d + 1);
      } else {
        const d = line.search(/[=:]/);
        if (d < 0) throw fail2(`key-value delimiter not found: ${bare}`, lineNo);
        if (d === 0) throw fail2(`empty key name: ${bare}`, lineNo);
        key = line.slice(0, d).trim();
        rest = line.slice(d + 1);
      }
      const read = readValue(rest, lines, n, fail2);
      n = read.last;
      if (section2 === "DEFAULT") continue;
      sections.get(section2)[key] = typedValue(read.value);
      keyLines.set(`${section2}\0${key}`, lineNo);
    }
    const value = Object.fromEntries(sections);
    return { value, documents: [value], lineOf: (_i, path) => path.length ? keyLines.get(path.join("\0")) : 1 };
  }
};
function readValue(rest, lines, n, fail2) {
  const line = rest.trimStart();
  if (!line.trim()) return { value: "", last: n };
  const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line[0] === "`" ? "`" : "";
  if (quote) {
    const first = line.slice(quote.length) + (n < lines.length - 1 ? "\n" : "");
    const pos = first.lastIndexOf(quote);
    if (pos >= 0) return { value: first.slice(0, pos), last: n };
    let value2 = first;
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k] + (k < lines.length - 1 ? "\n" : "");
      const at = next.lastIndexOf(quote);
      if (at >= 0) return { value: value2 + next.slice(0, at), last: k };
      value2 += next;
    }
    throw fail2(`missing closing quote ${quote}`, n + 1);
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
  parse: (text, file) => fromDocument(readJson(text.replace(/^\uFEFF/, ""), file))
};

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
  name: "jsonc",
  extensions: ["jsonc"],
  parse: (text, file) => fromDocument(readJson(blankComments(text.replace(/^\uFEFF/, "")), file, "JSONC"))
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
function words3(text, fail2) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)|(["'])/g;
  for (const m of text.matchAll(re)) {
    if (m[4]) throw fail2(`unclosed ${m[4]} quote`);
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}
var logrotateParser = {
  name: "logrotate",
  extensions: [],
  ownFormat: true,
  fileName: (base) => base === "logrotate.conf",
  parse(text, file) {
    const settings = {};
    const directives = [];
    const includes = [];
    const stanzas = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const at = (path, line) => lines.set(path.join("\0"), line);
    const src = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    let stanza = null;
    let pending = null;
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail2 = (message, line2 = lineNo) => new DocumentSyntaxError(file, message, line2, void 0, "logrotate");
      let line = src[n].trim();
      if (!line || line[0] === "#") continue;
      if (!stanza) {
        const open = line.indexOf("{");
        const head = open >= 0 ? line.slice(0, open) : line;
        const isPath = pending || open >= 0 || /^["'/~*]/.test(line);
        if (isPath) {
          const paths = words3(head, fail2);
          pending ??= { paths: [], line: lineNo };
          pending.paths.push(...paths);
          if (open < 0) continue;
          if (!pending.paths.length) throw fail2('"{" opens a stanza without a log file path');
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
        if (!stanza) throw fail2('"}" closes no stanza');
        if (line.slice(1).trim() && line.slice(1).trim()[0] !== "#") throw fail2('text after "}" on the same line');
        stanza = null;
        continue;
      }
      if (line.includes("{")) throw fail2(stanza ? 'a stanza inside a stanza: close the first one with "}"' : '"{" after an option');
      const [name, ...args] = words3(line, fail2);
      const key = name.toLowerCase();
      if (!/^[a-z][a-z0-9_]*$/.test(key)) throw fail2(`"${name}" is not a logrotate option (a log file path starts with /, ~, * or a quote)`);
      const base = stanza ? ["stanzas", stanzas.length - 1] : [];
      if (SCRIPTS.has(key)) {
        if (!stanza) throw fail2(`${name} is only allowed inside a log file stanza`);
        const body = [];
        const start = lineNo;
        for (n++; n < src.length && src[n].trim() !== "endscript"; n++) body.push(src[n]);
        if (n >= src.length) throw fail2(`${name} is not ended with "endscript"`, start);
        stanza.scripts[key] = body.join("\n");
        at([...base, "scripts", key], start);
        continue;
      }
      if (key === "endscript") throw fail2("endscript without a script");
      if (NEEDS_ARG.has(key) && !args.length) throw fail2(`${name} needs an argument`);
      if (INTEGER.has(key) && !/^-?\d+$/.test(args[0])) throw fail2(`${name} needs a whole number, not "${args[0]}"`);
      const list = stanza ? stanza.directives : directives;
      at([...base, "directives", list.length], lineNo);
      list.push({ name, args, line: lineNo });
      if (key === "include") {
        if (!stanza) {
          at(["includes", includes.length], lineNo);
          includes.push({ path: args.join(" "), line: lineNo });
        }
        continue;
      }
      const v = args.length ? args.join(" ") : true;
      for (const target of stanza ? ["settings", "effective"] : ["settings"]) {
        (stanza ? stanza[target] : settings)[key] = v;
        at([...base, target, key], lineNo);
      }
    }
    if (stanza) throw new DocumentSyntaxError(file, 'the stanza opened here is not closed with "}"', stanza.line, void 0, "logrotate");
    if (pending) throw new DocumentSyntaxError(file, 'log file paths without a "{ ... }" stanza', pending.line, void 0, "logrotate");
    const value = { settings, directives, includes, stanzas };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

// src/policy/parsers/nginx.ts
function tokenize(text, file) {
  const out = [];
  let line = 1;
  let i = 0;
  const fail2 = (message, at) => new DocumentSyntaxError(file, message, at, void 0, "nginx");
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f") i++;
    else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{" || c === "}" || c === ";") {
      out.push({ text: c, line, punct: true });
      i++;
    } else {
      const start = i;
      const startLine = line;
      while (i < text.length && !/[\s{};]/.test(text[i])) {
        const q = text[i];
        if (q === "\\") i += 2;
        else if ((q === '"' || q === "'") && i === start) {
          i++;
          while (i < text.length && text[i] !== q) {
            if (text[i] === "\\") i++;
            else if (text[i] === "\n") line++;
            i++;
          }
          if (i >= text.length) throw fail2(`unclosed ${q} quote`, startLine);
          i++;
          break;
        } else i++;
      }
      out.push({ text: text.slice(start, i), line: startLine, punct: false });
    }
  }
  return out;
}
var nginxParser = {
  name: "nginx",
  extensions: ["nginx"],
  fileName: (base) => base === "nginx.conf",
  parse(text, file) {
    const tokens = tokenize(text.replace(/^\uFEFF/, ""), file);
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const fail2 = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "nginx");
    let i = 0;
    const block = (path, openLine) => {
      const list = [];
      for (; ; ) {
        const t = tokens[i];
        if (!t) {
          if (openLine !== null) throw fail2('the block opened here is not closed with "}"', openLine);
          return list;
        }
        if (t.punct && t.text === "}") {
          if (openLine === null) throw fail2('"}" closes no block', t.line);
          i++;
          return list;
        }
        if (t.punct) throw fail2(`unexpected "${t.text}": a directive name is missing`, t.line);
        const d = { name: t.text };
        const at = [...path, list.length];
        lines.set(at.join("\0"), t.line);
        list.push(d);
        i++;
        const params = [];
        for (; ; ) {
          const p = tokens[i];
          if (!p) throw fail2(`directive "${t.text}" is not ended with ";" or a block`, t.line);
          i++;
          if (!p.punct) {
            lines.set([...at, "parameters", params.length].join("\0"), p.line);
            params.push(p.text);
            continue;
          }
          if (p.text === "}") throw fail2(`directive "${t.text}" is not ended with ";"`, t.line);
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
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
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
  parse(text, file) {
    const props = {};
    const keyLines = /* @__PURE__ */ new Map();
    let i = 0;
    let line = 1;
    const fail2 = (message) => new DocumentSyntaxError(file, message, line, void 0, "properties");
    const escape = () => {
      const r = text[i++];
      if (r === void 0) throw fail2("premature EOF");
      if (r === "u") {
        const hex = text.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw fail2("invalid unicode literal");
        i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return ESCAPED[r] ?? r;
    };
    while (i < text.length) {
      const c = text[i];
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
        while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
        continue;
      }
      const keyLine = line;
      let key = "";
      while (i < text.length && !END_OF_KEY.includes(text[i])) key += text[i] === "\\" ? (i++, escape()) : text[i++];
      while (i < text.length && WS2.includes(text[i])) i++;
      if (text[i] === ":" || text[i] === "=") i++;
      while (i < text.length && WS2.includes(text[i])) i++;
      let value = "";
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") {
        if (text[i] === "\\") {
          i++;
          if (text[i] === "\n" || text[i] === "\r") {
            if (text[i] === "\n") line++;
            i++;
            while (i < text.length && WS2.includes(text[i])) i++;
          } else value += escape();
        } else value += text[i++];
      }
      if (!key) throw fail2(`a value without a key: ${JSON.stringify(value)}`);
      props[key] = value;
      keyLines.set(key, keyLine);
    }
    for (const [key, value] of Object.entries(props)) {
      const problem = checkExpansion(value, [key], props);
      if (problem) {
        line = keyLines.get(key);
        throw fail2(problem);
      }
    }
    return { value: props, documents: [props], lineOf: (_i, path) => path.length ? keyLines.get(String(path[0])) : 1 };
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
    const key = rest.slice(start + 2, start + 2 + len);
    if (keys.includes(key)) return `circular reference in ${keys.join(" -> ")} -> ${key}`;
    const problem = checkExpansion(values[key] ?? "", [...keys, key], values);
    if (problem) return problem;
    rest = rest.slice(start + 3 + len);
  }
}

// src/policy/parsers/sshd-config.ts
var section = () => ({ settings: {}, values: {}, directives: [] });
function splitArgs(text, fail2) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " " || text[i] === "	") {
      i++;
      continue;
    }
    if (text[i] === "#") break;
    let arg = "";
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\" || !quoted && (text[i + 1] === " " || text[i + 1] === "	"))) arg += text[++i];
      else if (c === '"') quoted = !quoted;
      else if (!quoted && (c === " " || c === "	")) break;
      else arg += c;
    }
    if (quoted) throw fail2("unclosed double quote");
    out.push(arg);
  }
  return out;
}
var MATCH_CRITERIA = /* @__PURE__ */ new Set(["all", "user", "group", "host", "localaddress", "localport", "rdomain", "address", "invalid-user", "version"]);
function criteria(args, fail2) {
  if (!args.length) throw fail2('Match needs criteria (e.g. "Match User alice" or "Match All")');
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    const name = (eq > 0 ? args[i].slice(0, eq) : args[i]).toLowerCase();
    if (!MATCH_CRITERIA.has(name)) throw fail2(`unknown Match criterion "${args[i]}"`);
    if (name === "all" || name === "invalid-user") {
      out.push({ name, patterns: [] });
      continue;
    }
    const pattern = eq > 0 ? args[i].slice(eq + 1) : args[++i];
    if (pattern === void 0 || pattern === "") throw fail2(`Match ${args[i - 1] ?? name} needs a pattern`);
    out.push({ name, patterns: pattern.split(",") });
  }
  return out;
}
var sshdConfigParser = {
  name: "sshd_config",
  extensions: [],
  ownFormat: true,
  fileName: (base) => base === "sshd_config" || base.startsWith("sshd_config.") && !base.endsWith(".d"),
  parse(text, file) {
    const global = section();
    const match = [];
    const lines = /* @__PURE__ */ new Map([["", 1]]);
    const src = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    let current = global;
    let base = [];
    for (let n = 0; n < src.length; n++) {
      const lineNo = n + 1;
      const fail2 = (message) => new DocumentSyntaxError(file, message, lineNo, void 0, "sshd_config");
      const line = src[n].trim();
      if (!line || line[0] === "#") continue;
      const kw = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(line);
      if (!kw) throw fail2(`"${line.split(/\s/)[0]}" is not a keyword`);
      const args = splitArgs(line.slice(kw[0].length), fail2);
      const key = kw[1].toLowerCase();
      if (key === "match") {
        const m = { criteria: criteria(args, fail2), line: lineNo, ...section() };
        base = ["match", match.length];
        lines.set(base.join("\0"), lineNo);
        match.push(m);
        current = m;
        continue;
      }
      if (!args.length) throw fail2(`${kw[1]} needs a value`);
      const d = { keyword: kw[1], key, args, value: args.join(" "), line: lineNo };
      lines.set([...base, "directives", current.directives.length].join("\0"), lineNo);
      current.directives.push(d);
      if (!Object.hasOwn(current.settings, key)) {
        current.settings[key] = d.value;
        lines.set([...base, "settings", key].join("\0"), lineNo);
        lines.set([...base, "values", key].join("\0"), lineNo);
        current.values[key] = [];
      }
      lines.set([...base, "values", key, current.values[key].length].join("\0"), lineNo);
      current.values[key].push(d.value);
    }
    const value = { ...global, match };
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

// src/policy/parsers/toml.ts
function goTime(d) {
  const iso = d.toISOString().replace(/\.(\d*?)0+(?=$|[Z+-])/, (_m, f) => f ? `.${f}` : "");
  if (d.isTime()) return `0000-01-01T${iso}Z`;
  if (d.isDate()) return `${iso}T00:00:00Z`;
  if (d.isLocal()) return `${iso}Z`;
  return iso.replace(/[+-]00:00$/, "Z");
}
function plain(v, file, lines, path = []) {
  if (v instanceof TomlDate) return goTime(v);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join(".")} has no JSON form`, lines.get(path.join("\0")) ?? 1, void 0, "TOML");
  }
  if (Array.isArray(v)) return v.map((x, i) => plain(x, file, lines, [...path, i]));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, file, lines, [...path, k])]));
  }
  return v;
}
function keyParts(key) {
  const parts = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m;
  while (re.lastIndex < key.length && (m = re.exec(key))) parts.push(m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2] ?? m[3]);
  return parts;
}
function scanLines(text) {
  const lines = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  let table = [];
  let depth = 0;
  let multi = null;
  text.split("\n").forEach((raw, n) => {
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
  parse(text, file) {
    let raw;
    try {
      raw = parse(text, { integersAsBigInt: "asNeeded" });
    } catch (e) {
      if (!(e instanceof TomlError)) throw e;
      const message = e.message.replace(/^Invalid TOML document: /, "").split("\n")[0];
      throw new DocumentSyntaxError(file, message, e.line, e.column, "TOML");
    }
    const lines = scanLines(text);
    const value = plain(raw, file, lines);
    const first = Math.max(1, text.slice(0, Math.max(0, text.search(/\S/))).split("\n").length);
    return { value, documents: [value], lineOf: (_i, path) => path.length ? lines.get(path.join("\0")) : first };
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
var add = (parent, label, child) => {
  const list = parent.children.get(label);
  if (list) list.push(child);
  else parent.children.set(label, [child]);
};
function toJson(n, path, lines) {
  lines.set(path.join("\0"), n.line);
  if (!n.children.size) return n.data;
  const out = {};
  if (n.data) out["#content"] = n.data;
  for (const [label, list] of n.children) {
    out[label] = list.length > 1 ? list.map((c, i) => toJson(c, [...path, label, i], lines)) : toJson(list[0], [...path, label], lines);
    if (list.length > 1) lines.set([...path, label].join("\0"), list[0].line);
  }
  return out;
}
var xmlParser = {
  name: "xml",
  extensions: ["xml"],
  parse(text, file) {
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
      parser.write(text.replace(/^\uFEFF/, "")).close();
    } catch (e) {
      failure ??= new DocumentSyntaxError(file, e.message.split("\n")[0], parser.line + 1, parser.column, "XML");
    }
    if (failure) throw failure;
    const lines = /* @__PURE__ */ new Map();
    const value = toJson(root, [], lines);
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join("\0")) };
  }
};

// src/policy/parsers/registry.ts
var PARSERS = [
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
function registerParsers(first) {
  PARSERS.unshift(...first.filter((p) => !PARSERS.some((q) => q.name === p.name)));
}
var parserNames = () => PARSERS.map((p) => p.name);
function parserNamed(name) {
  const p = PARSERS.find((x) => x.name === name.toLowerCase());
  if (!p) throw new UserError(`unknown parser ${JSON.stringify(name)}`, { hint: `use one of: ${parserNames().join(", ")}`, code: "unknown_parser" });
  return p;
}
function parserFor(path) {
  const base = basename(path).toLowerCase();
  if (basename(dirname(path)).toLowerCase() === "logrotate.d") return logrotateParser;
  const ext = extname(base).slice(1);
  return PARSERS.find((p) => p.fileName?.(base) || ext && (p.extensions.includes(ext) || p.name === ext));
}

// src/policy/input-file.ts
var MAX_INPUT_BYTES = DEFAULT_READ_LIMIT;
var refused = (file, reason, message, help, line, column) => ({
  status: "refused",
  file,
  reason,
  finding: { capability: "policy", rule: `input/${reason}`, severity: "error", message, file, line, column, help }
});
function binaryReason(bytes) {
  if (bytes.includes(0)) return "it contains NUL bytes (a binary file)";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "it is not UTF-8 text";
  }
  return void 0;
}
function parseInput(text, file, parser) {
  try {
    return { status: "parsed", file, parser: parser.name, parsed: parser.parse(text, file) };
  } catch (e) {
    if (!(e instanceof DocumentSyntaxError)) throw e;
    return refused(file, "syntax", e.message, e.hint ?? "fix the file", e.where.line, e.where.col);
  }
}
function readInputFile(path, opts = {}) {
  const file = opts.display ?? path;
  const parser = opts.parser ? parserNamed(opts.parser) : parserFor(file);
  if (!parser) return refused(file, "no-parser", `no parser understands ${file}`, "name a parser with --parser, or leave the file out");
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes;
  try {
    bytes = readBounded(path, { label: "policy input", maxBytes: max, where: { file } });
  } catch (e) {
    if (!isUserError(e)) throw e;
    if (e.code === "file_too_large")
      return refused(file, "too-large", `${file} is larger than ${max} bytes, the bound for a config file`, "leave files this large out of the policy inputs");
    return refused(file, "unreadable", e.message.split(path).join(file), e.hint ?? "name a regular file inside the workspace");
  }
  const binary = binaryReason(bytes);
  if (binary) return refused(file, "binary", `${file} is not read as ${parser.name}: ${binary}`, "leave binary files out of the policy inputs");
  return parseInput(bytes.toString("utf8"), file, parser);
}

// src/policy/walk.ts
import { join, resolve } from "node:path";
function walk(paths, cwd, keep, label) {
  const out = [];
  const visit = (shown, named) => {
    const st = statSync(resolve(cwd, shown), { throwIfNoEntry: false });
    if (!st) {
      throw new UserError(`${label ? `${label}: ` : ""}no such file or directory: ${shown}`, {
        hint: label ? `check the ${label} paths` : "name the config files or directories to test"
      });
    }
    if (st.isDirectory()) for (const name of readdirSync(resolve(cwd, shown)).sort()) visit(join(shown, name), false);
    else if (keep(shown, named)) out.push(shown);
  };
  for (const p of paths) visit(p, true);
  return out;
}
var walkInputs = (paths, cwd, forcedParser) => walk(paths, cwd, (file, named) => {
  if (named || forcedParser) return true;
  const p = parserFor(file);
  return !!p && !p.ownFormat;
});
var filesWithExtension = (paths, cwd, exts, label) => walk(paths, cwd, (file) => exts.some((e) => file.toLowerCase().endsWith(e)), label);

// src/policy/load.ts
import { dirname as dirname3, isAbsolute, relative, resolve as resolve3, sep } from "node:path";

// src/policy/conftest-builtins.ts
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";

// src/policy/combine.ts
function combinedDocument(parsed) {
  const byPath = [...parsed].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return byPath.flatMap((p) => p.parsed.documents.map((contents) => ({ path: p.file, contents })));
}

// src/policy/conftest-builtins.ts
var fail = (message) => {
  throw new Error(message);
};
var whereOf = (loc) => loc ? { file: loc.file, line: loc.row, col: loc.col } : void 0;
var unmarshalled = (p) => p.value;
function registerConftestBuiltins(engine, o) {
  if (!engine.registerBuiltin) return;
  const register = (name, arity, fn) => engine.registerBuiltin(name, arity, fn);
  const json = (v) => engine.toJSON(v);
  const str = (v, what) => {
    const s = json(v);
    return typeof s === "string" ? s : fail(`${what} must be a string`);
  };
  const pathFor = (p, loc) => {
    const abs = resolve2(o.cwd, loc?.file ? dirname2(loc.file) : ".", p);
    try {
      return resolveInside(o.workspace, abs, { label: `a policy's file path ${JSON.stringify(p)}`, alsoAllowed: o.alsoAllowed });
    } catch (e) {
      if (e instanceof UserError)
        o.refusals.push(
          new UserError(e.message, {
            where: whereOf(loc),
            hint: "policies read only files inside the workspace",
            code: e.code
          })
        );
      throw e;
    }
  };
  const parseFile = (p, loc) => {
    const i = readInputFile(pathFor(p, loc), { display: join2(loc?.file ? dirname2(loc.file) : ".", p), maxBytes: MAX_INPUT_BYTES });
    if (i.status === "parsed") return i;
    if (i.reason === "too-large" || i.reason === "binary") {
      o.refusals.push(
        new UserError(`a policy's file is refused: ${i.finding.message}`, {
          where: whereOf(loc),
          hint: "policies read config files of at most 4 MiB of text",
          code: "policy_file_refused"
        })
      );
    }
    return fail(i.finding.message);
  };
  register("parse_config", 2, (args) => {
    const name = str(args[0], "operand 1 (the parser name)");
    const text = str(args[1], "operand 2 (the configuration)");
    if (text.length > MAX_INPUT_BYTES) fail(`the configuration is larger than ${MAX_INPUT_BYTES} bytes`);
    let parser;
    try {
      parser = parserNamed(name);
    } catch (e) {
      return fail(`create config parser: ${e.message}`);
    }
    try {
      return engine.fromJSON(unmarshalled(parser.parse(text, "-")));
    } catch (e) {
      return fail(`unmarshal config: ${e.message}`);
    }
  });
  register("parse_config_file", 1, (args, _ctx, loc) => engine.fromJSON(unmarshalled(parseFile(str(args[0], "operand 1 (the path)"), loc).parsed)));
  register("parse_combined_config_files", 1, (args, _ctx, loc) => {
    const paths = json(args[0]);
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string")) return fail("operand 1 must be an array of strings");
    return engine.fromJSON(combinedDocument(paths.map((p) => parseFile(p, loc))));
  });
}

// src/policy/load.ts
var DEFAULT_POLICY_PATH = "policy";
var isFailureRule = (name) => /^(deny|violation)(_[a-zA-Z0-9]+)*$/.test(name);
var isWarningRule = (name) => /^warn(_[a-zA-Z0-9]+)*$/.test(name);
function registerPolicyBuiltins(engine, cwd, policyPaths) {
  const refusals = [];
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const alsoAllowed = paths.filter((p) => isAbsolute(p)).map((p) => resolve3(p));
  registerConftestBuiltins(engine, { cwd, workspace: cwd, alsoAllowed, refusals });
  return refusals;
}
function loadPolicies(opts) {
  const modules = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  const v0 = opts.regoVersion === "v0";
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  const policy = opts.engine.compile(modules, data, { v0 });
  const namespaces = [];
  const rules = /* @__PURE__ */ new Map();
  for (const m of policy.modules) {
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
  return { engine: opts.engine, policy, namespaces, rules, refusals };
}
function readPolicyModules(policyPaths, cwd) {
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const files = filesWithExtension(paths, cwd, [".rego"], "policy");
  if (!files.length) {
    throw new UserError(`no policies found in ${paths.join(", ")}`, {
      hint: "name a directory or file holding .rego policies with --policy",
      code: "no_policies"
    });
  }
  return files.map((file) => ({
    file,
    source: readBoundedText(resolve3(cwd, file), { label: "policy", maxBytes: POLICY_READ_LIMIT, where: { file } })
  }));
}
function loadData(paths, cwd) {
  let data = {};
  for (const { file, prefix } of paths.flatMap(
    (root) => filesWithExtension([root], cwd, [".json", ".yaml", ".yml"], "data").map((file2) => ({
      file: file2,
      prefix: file2 === root ? [] : relative(root, dirname3(file2)).split(sep).filter(Boolean)
    }))
  )) {
    const parsed = parseInput(
      readBoundedText(resolve3(cwd, file), { label: "data file", maxBytes: POLICY_READ_LIMIT, where: { file } }),
      file,
      parserFor(file)
    );
    if (parsed.status === "refused") {
      const f = parsed.finding;
      throw new UserError(`cannot load data: ${f.message}`, {
        where: { file, line: f.line, col: f.column },
        hint: "fix the data document or leave it out of --data",
        code: "bad_data"
      });
    }
    for (const doc of parsed.parsed.documents)
      data = merge(
        data,
        prefix.reduceRight((v, k) => ({ [k]: v }), doc)
      );
  }
  return data;
}
function merge(a, b) {
  if (!isObject(b)) return a;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(out[k]) && isObject(v) ? merge(out[k], v) : v;
  return out;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/policy/evaluate.ts
import { resolve as resolve4 } from "node:path";

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
  const also = opts.alsoNamespaces ?? [];
  const asked = !!opts.namespaces?.length;
  const wanted = asked ? [...opts.namespaces] : also.length && !loaded.rules.has("main") ? [] : ["main"];
  const unknown = wanted.filter((n) => !loaded.rules.has(n));
  if (unknown.length) {
    throw new UserError(`no policy declares namespace ${unknown.map((n) => JSON.stringify(n)).join(", ")}`, {
      hint: `the policies declare: ${loaded.namespaces.join(", ")} (use --namespace or --all-namespaces)`,
      code: "unknown_namespace"
    });
  }
  return [...wanted, ...also.filter((n) => !wanted.includes(n))];
}
function evaluatePolicies(loaded, opts) {
  const namespaces = namespacesToTest(loaded, opts);
  const read = (f) => readInputFile(resolve4(opts.cwd, f), { display: f, parser: opts.parser });
  const byNamespace = namespaces.map(() => []);
  const findings = [];
  const notices = [];
  const refusals = /* @__PURE__ */ new Map();
  const refuse = (i) => {
    if (opts.skipUnreadable && i.reason !== "syntax") {
      notices.push({ ...i.finding, severity: "notice", message: `${i.file} is not tested: ${i.finding.message}` });
      return;
    }
    const r = {
      filename: i.file,
      namespace: namespaces[0],
      successes: 0,
      warnings: [],
      exceptions: [],
      failures: [{ msg: i.finding.message, line: i.finding.line }]
    };
    refusals.set(r, i.finding);
    byNamespace[0].push(r);
  };
  if (opts.combine) {
    const parsed = [];
    for (const f of opts.files) {
      const i = read(f);
      if (i.status === "parsed") parsed.push(i);
      else refuse(i);
    }
    const refused2 = byNamespace[0].splice(0);
    namespaces.forEach((ns, n) => {
      if (parsed.length) byNamespace[n].push(check(loaded, ns, COMBINED, [combinedDocument(parsed)]));
    });
    byNamespace[0].push(...refused2);
  } else {
    for (const f of opts.files) {
      const i = read(f);
      if (i.status !== "parsed") refuse(i);
      else namespaces.forEach((ns, n) => byNamespace[n].push(check(loaded, ns, i.file, i.parsed.documents, i.parsed)));
    }
  }
  if (loaded.refusals.length) throw loaded.refusals[0];
  const results = byNamespace.flat();
  for (const r of results) findings.push(...refusals.has(r) ? [refusals.get(r)] : findingsOf(r));
  const totals = totalsOf(results);
  return { results, findings: [...findings, ...notices], totals, exitCode: exitCodeOf(totals, opts) };
}
function namespaceQuery(ns, rules) {
  return [...rules.map((r, i) => `__r${i} := [v | v := data.${ns}.${r}]`), `__ex := [e | e := data.${ns}.exception[_][_]]`].join("; ");
}
function check(loaded, ns, filename, documents, parsed) {
  const out = { filename, namespace: ns, successes: 0, warnings: [], failures: [], exceptions: [] };
  const rules = [...loaded.rules.get(ns) ?? /* @__PURE__ */ new Map()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (!rules.length) return out;
  const q = namespaceQuery(
    ns,
    rules.map(([r]) => r)
  );
  const json = (v) => loaded.engine.toJSON(v);
  documents.forEach((doc, docIndex) => {
    const input = loaded.engine.fromJSON(doc);
    const row = loaded.policy.query(q, { input }).rows[0]?.bindings;
    const listed = row ? json(row.get("__ex")) : [];
    rules.forEach(([rule, count], i) => {
      const name = rule.replace(/^(deny|violation)_/, "");
      const exceptionQuery = `data.${ns}.exception[_][_] == ${JSON.stringify(name)}`;
      const excepted = listed.filter((e) => e === name).length;
      for (let k = 0; k < excepted; k++) out.exceptions.push({ msg: exceptionQuery });
      const query = `data.${ns}.${rule}`;
      const value = row ? json(row.get(`__r${i}`))[0] : void 0;
      const messages = messagesOf(value, query);
      const successes = messages.length ? 0 : 1;
      if (!excepted) {
        for (const m of messages) {
          const path = pathOf(m.metadata?.path);
          m.line = parsed ? lineFor(parsed, docIndex, path ?? []) : void 0;
          (isFailureRule(rule) ? out.failures : out.warnings).push(m);
        }
      }
      out.successes += successes + Math.max(0, count - (successes + (excepted ? 0 : messages.length) + excepted));
    });
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

// src/policy/policy-paths.ts
import { dirname as dirname4, join as join3 } from "node:path";
var BUILTIN_PACK = "builtin";
function actionRootAbove(dir) {
  for (let d = dir, i = 0; i < 6; i++, d = dirname4(d)) {
    if (existsSync(join3(d, "action.yml"))) return d;
    if (dirname4(d) === d) break;
  }
  return void 0;
}
function builtinPackDir(root) {
  const dir = root ? join3(root, "policies") : void 0;
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`the built-in policy pack is not there${dir ? ` (${dir})` : ""}`, {
      hint: "this go-xenv build has no policies/ directory beside action.yml; name your own policy directory instead of builtin",
      code: "no_builtin_pack"
    });
  }
  return dir;
}
function policyPathsFor(paths, opts) {
  return paths.map((p) => {
    if (p === BUILTIN_PACK) return builtinPackDir(opts.actionRoot);
    resolveInside(opts.workspace, p, { label: opts.label });
    return p;
  });
}
function hasRegoFiles(dir, maxEntries = 1e4) {
  const queue = [dir];
  let seen = 0;
  while (queue.length && seen < maxEntries) {
    const d = queue.shift();
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > maxEntries) break;
      if (e.isFile() && e.name.endsWith(".rego")) return true;
      if (e.isDirectory()) queue.push(join3(d, e.name));
    }
  }
  return false;
}

// src/policy/changed-files.ts
var CAPTURE_LIMIT = 1 << 20;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function changedFiles(o) {
  let problem;
  if (SHA.test(o.baseSha) && SHA.test(o.headSha)) {
    const r = await o.git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", `${o.baseSha}...${o.headSha}`, "--"]);
    if (r.code === 0) {
      const whole = r.stdout === "" || r.stdout.endsWith("\0") && r.stdout.length < CAPTURE_LIMIT;
      return { files: whole ? r.stdout.split("\0").filter(Boolean) : void 0, source: "git" };
    }
    problem = r.stderr.trim().split("\n")[0] || `git diff exited with ${r.code}`;
  } else {
    problem = "the event has no base and head commit of a pull request";
  }
  if (!o.listPullRequestFiles) {
    throw new UserError(`cannot list the files the pull request changes: ${problem}`, {
      hint: "check out with history (actions/checkout with fetch-depth: 0), or set policy-scope: all",
      code: "changed_files"
    });
  }
  return { files: await o.listPullRequestFiles(), source: "api", gitProblem: problem };
}

// src/policy/select.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve5, sep as sep2 } from "node:path";
var ALWAYS_EXCLUDED = ["**/.git/**", ".git/**"];
var MATCH = { dot: true };
async function selectInputs(o) {
  const [{ minimatch }, { glob }] = await Promise.all([import("./esm-WJJVJA6M.js"), import("./dist-XUT4Z4MR.js")]);
  const exclude = [...ALWAYS_EXCLUDED, ...o.exclude];
  const wanted = (f) => !!parserFor(f) && (!o.files.length || o.files.some((g) => minimatch(f, g, MATCH))) && !exclude.some((g) => minimatch(f, g, MATCH));
  const candidates = o.candidates ? o.candidates.map((f) => f.split(sep2).join("/")) : await glob(o.files.length ? [...o.files] : ["**"], { cwd: o.workspace, dot: true, onlyFiles: true, ignore: exclude, followSymbolicLinks: false });
  const files = [];
  const skipped = [];
  const realWorkspace = realpathSync(o.workspace);
  for (const f of [...new Set(candidates)].sort()) {
    if (!wanted(f)) continue;
    const why = unusable(resolve5(o.workspace, f), realWorkspace);
    if (why === "gone") continue;
    if (why) skipped.push({ capability: "policy", rule: "input/skipped", severity: "notice", message: `${f} is not tested: ${why}`, file: f });
    else files.push(f);
  }
  return { files, skipped };
}
function unusable(abs, workspace) {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return "gone";
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    return "it is a dangling symbolic link";
  }
  const rel = relative2(workspace, real);
  if (rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel)) return "it resolves to outside the workspace";
  return statSync(real).isFile() ? void 0 : "it is no regular file";
}

// src/policy/conftest-toml.ts
import { join as join4 } from "node:path";
var CONFTEST_TOML = "conftest.toml";
var LISTS = ["policy", "namespace", "data"];
var STRINGS = ["parser", "output", "rego-version"];
var BOOLEANS = ["all-namespaces", "combine", "fail-on-warn", "no-fail", "no-color"];
var MAX_BYTES = 1024 * 1024;
function readConftestToml(dir) {
  const path = join4(dir, CONFTEST_TOML);
  if (!existsSync(path)) return {};
  const text = readBoundedText(path, { label: "conftest config", maxBytes: MAX_BYTES, where: { file: CONFTEST_TOML } });
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    throw new UserError(`invalid TOML: ${e.message.split("\n")[0]}`, {
      where: { file: CONFTEST_TOML, line: e.line, col: e.column },
      hint: "fix the TOML syntax of conftest.toml",
      code: "bad_conftest_toml"
    });
  }
  const lineOf = (key) => {
    const i = text.split("\n").findIndex((l) => new RegExp(`^\\s*["']?${key}["']?\\s*=`).test(l));
    return i === -1 ? void 0 : i + 1;
  };
  const wrong = (key, what) => new UserError(`conftest.toml: "${key}" must be ${what}`, {
    where: { file: CONFTEST_TOML, line: lineOf(key) },
    hint: "see conftest's flags of the same names",
    code: "bad_conftest_toml"
  });
  const out = {};
  for (const k of LISTS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v === "string") out[k] = [v];
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v;
    else throw wrong(k, "a string or an array of strings");
  }
  for (const k of STRINGS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v !== "string") throw wrong(k, "a string");
    out[k] = v;
  }
  for (const k of BOOLEANS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v === "boolean") out[k] = v;
    else if (v === "true" || v === "false") out[k] = v === "true";
    else throw wrong(k, "true or false");
  }
  return out;
}

// src/policy/verify.ts
var TEST = /^test_/;
var TODO = /^todo_test_/;
var RENAMED = (name, n) => `${name}__go_xenv_definition_${n}`;
var shownName = (name, n) => n ? `${name}#${String(n).padStart(2, "0")}` : name;
function verifyPolicies(opts) {
  const sources = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const v0 = opts.regoVersion === "v0";
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  let policy = opts.engine.compile(sources, data, { v0 });
  const found = discover(policy, opts.namespaces ?? []);
  const renames = found.filter((t) => t.definition > 0 && t.status !== "skip");
  if (renames.length) {
    const edited = sources.map((s) => ({ ...s, source: rename(s, renames) }));
    policy = opts.engine.compile(edited, data, { v0 });
  }
  const tests = found.map((t) => run(policy, t, opts));
  if (refusals.length) throw refusals[0];
  tests.sort((a, b) => cmp(a.location.file, b.location.file) || a.location.row - b.location.row || a.location.col - b.location.col);
  const totals = { tests: tests.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const t of tests) {
    if (t.status === "pass") totals.passed++;
    else if (t.status === "fail") totals.failed++;
    else if (t.status === "error") totals.errors++;
    else totals.skipped++;
  }
  return { tests, totals, exitCode: totals.failed || totals.errors ? 1 : 0 };
}
function discover(policy, namespaces) {
  const globs = namespaces.map(globRegExp);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const m of policy.modules) {
    const ns = m.package.join(".");
    if (globs.length && !globs.some((g) => g.test(ns))) continue;
    for (const r of m.rules) {
      const head = r.head.ref;
      const rule = head.length === 1 && head[0].t === "var" ? head[0].name : void 0;
      if (!rule || !(TEST.test(rule) || TODO.test(rule))) continue;
      const key = `${ns}\0${rule}`;
      const definition = seen.get(key) ?? 0;
      seen.set(key, definition + 1);
      out.push({ pkg: m.package, rule, definition, location: r.loc, status: TODO.test(rule) ? "skip" : void 0, fn: !!r.head.args });
    }
  }
  return out;
}
function run(policy, t, opts) {
  const base = { package: `data.${t.pkg.join(".")}`, name: shownName(t.rule, t.definition), location: t.location };
  if (t.status === "skip") return { ...base, status: "skip", durationNs: 0 };
  const path = dataPath([...t.pkg, t.definition ? RENAMED(t.rule, t.definition) : t.rule]);
  if (t.fn) {
    return {
      ...base,
      status: "error",
      error: { code: "rego_type_error", message: `function ${base.package}.${base.name} used as reference, not called` },
      durationNs: 0
    };
  }
  const t0 = process.hrtime.bigint();
  try {
    const r = policy.evaluate(path, { strict: opts.strict });
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (r.error) return { ...base, status: "error", error: { code: r.error.regoCode, message: r.error.detail, location: r.error.loc }, durationNs };
    const value = r.value === void 0 ? void 0 : opts.engine.toJSON(r.value);
    return { ...base, status: value === true ? "pass" : "fail", durationNs };
  } catch (e) {
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (isRegoError(e)) return { ...base, status: "error", error: { code: e.regoCode, message: e.detail, location: e.loc }, durationNs };
    throw e;
  }
}
var isRegoError = (e) => typeof e === "object" && e !== null && typeof e.regoCode === "string";
var dataPath = (keys) => `data${keys.map((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`).join("")}`;
function globRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function rename(s, renames) {
  const here = renames.filter((r) => r.location.file === s.file).sort((a, b) => b.location.row - a.location.row || b.location.col - a.location.col);
  if (!here.length) return s.source;
  const lines = s.source.split("\n");
  for (const r of here) {
    const line = lines[r.location.row - 1] ?? "";
    const at = r.location.col - 1;
    if (line.slice(at, at + r.rule.length) !== r.rule) {
      throw new UserError(`cannot run the definitions of ${r.rule} one by one: its head at ${s.file}:${r.location.row} does not start with its name`, {
        where: { file: s.file, line: r.location.row, col: r.location.col },
        hint: "give each test rule its own name",
        code: "verify_duplicate_test"
      });
    }
    lines[r.location.row - 1] = line.slice(0, at) + RENAMED(r.rule, r.definition) + line.slice(at + r.rule.length);
  }
  return lines.join("\n");
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export {
  registerParsers,
  parserNames,
  parserFor,
  readInputFile,
  walkInputs,
  DEFAULT_POLICY_PATH,
  loadPolicies,
  readPolicyModules,
  COMBINED,
  evaluatePolicies,
  BUILTIN_PACK,
  actionRootAbove,
  policyPathsFor,
  hasRegoFiles,
  changedFiles,
  selectInputs,
  CONFTEST_TOML,
  readConftestToml,
  verifyPolicies
};
