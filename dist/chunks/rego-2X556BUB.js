import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  BUILTINS,
  DEPRECATED,
  LAZY_NAMESPACES,
  RegoError,
  dottedName,
  forEachOperand,
  isBuiltin,
  isUnloadedBuiltin,
  loadBuiltinsNamedIn,
  namedIn,
  parseModule,
  parseQuery,
  parseTerm,
  schemaAnnotations
} from "./chunk-YKKIFXYO.js";
import "./chunk-KNIXWEC5.js";
import "./chunk-GT43YCUS.js";
import {
  loadYamlLib,
  readYaml,
  yamlLib
} from "./chunk-NB5J5HM4.js";
import {
  parseJSONValue
} from "./chunk-EITW5YD4.js";
import "./chunk-526PL4AG.js";
import {
  BuiltinError,
  DepthError,
  MAX_DEPTH,
  RFloat,
  RObject,
  RSet,
  compare,
  equal,
  fromJSON,
  hashKey,
  isNum,
  toJSON,
  toJSONText,
  toRegoText,
  typeName
} from "./chunk-KKPUH464.js";
import {
  POLICY_READ_LIMIT,
  readBoundedText
} from "./chunk-JCTGLZSJ.js";
import {
  readdirSync,
  realpathSync,
  statSync
} from "./chunk-S7VI56VC.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";

// src/rego/builtins/declarations/capabilities.ts
var DECLARATIONS = { "abs": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "all": { "args": [{ "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "type": "boolean" } }, "and": { "args": [{ "name": "x", "of": { "type": "any" }, "type": "set" }, { "name": "y", "of": { "type": "any" }, "type": "set" }], "result": { "name": "z", "of": { "type": "any" }, "type": "set" } }, "any": { "args": [{ "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "type": "boolean" } }, "array.concat": { "args": [{ "dynamic": { "type": "any" }, "name": "x", "type": "array" }, { "dynamic": { "type": "any" }, "name": "y", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "z", "type": "array" } }, "array.flatten": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "flattened", "type": "array" } }, "array.reverse": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }], "result": { "dynamic": { "type": "any" }, "name": "rev", "type": "array" } }, "array.slice": { "args": [{ "dynamic": { "type": "any" }, "name": "arr", "type": "array" }, { "name": "start", "type": "number" }, { "name": "stop", "type": "number" }], "result": { "dynamic": { "type": "any" }, "name": "slice", "type": "array" } }, "assign": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "base64.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "base64url.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64url.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "base64url.encode_no_pad": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "bits.and": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.lsh": { "args": [{ "name": "x", "type": "number" }, { "name": "s", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.negate": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.or": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.rsh": { "args": [{ "name": "x", "type": "number" }, { "name": "s", "type": "number" }], "result": { "name": "z", "type": "number" } }, "bits.xor": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "cast_array": { "args": [{ "type": "any" }], "result": { "dynamic": { "type": "any" }, "type": "array" } }, "cast_boolean": { "args": [{ "type": "any" }], "result": { "type": "boolean" } }, "cast_null": { "args": [{ "type": "any" }], "result": { "type": "null" } }, "cast_object": { "args": [{ "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" } }, "cast_set": { "args": [{ "type": "any" }], "result": { "of": { "type": "any" }, "type": "set" } }, "cast_string": { "args": [{ "type": "any" }], "result": { "type": "string" } }, "ceil": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "concat": { "args": [{ "name": "delimiter", "type": "string" }, { "name": "collection", "of": [{ "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "type": "string" } }, "contains": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "count": { "args": [{ "name": "collection", "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "crypto.hmac.equal": { "args": [{ "name": "mac1", "type": "string" }, { "name": "mac2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "crypto.hmac.md5": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha1": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha256": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.hmac.sha512": { "args": [{ "name": "x", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.md5": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.parse_private_keys": { "args": [{ "name": "keys", "type": "string" }], "result": { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "name": "output", "type": "array" } }, "crypto.sha1": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.sha256": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "crypto.x509.parse_and_verify_certificates": { "args": [{ "name": "certs", "type": "string" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "type": "array" }], "type": "array" } }, "crypto.x509.parse_and_verify_certificates_with_options": { "args": [{ "name": "certs", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "options", "type": "object" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "type": "array" }], "type": "array" } }, "crypto.x509.parse_certificate_request": { "args": [{ "name": "csr", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "crypto.x509.parse_certificates": { "args": [{ "name": "certs", "type": "string" }], "result": { "dynamic": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "type": "object" }, "name": "output", "type": "array" } }, "crypto.x509.parse_keypair": { "args": [{ "name": "cert", "type": "string" }, { "name": "pem", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "crypto.x509.parse_rsa_private_key": { "args": [{ "name": "pem", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "div": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "endswith": { "args": [{ "name": "search", "type": "string" }, { "name": "base", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "eq": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "equal": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "floor": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "format_int": { "args": [{ "name": "number", "type": "number" }, { "name": "base", "type": "number" }], "result": { "name": "output", "type": "string" } }, "glob.match": { "args": [{ "name": "pattern", "type": "string" }, { "name": "delimiters", "of": [{ "type": "null" }, { "dynamic": { "type": "string" }, "type": "array" }], "type": "any" }, { "name": "match", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "glob.quote_meta": { "args": [{ "name": "pattern", "type": "string" }], "result": { "name": "output", "type": "string" } }, "graph.reachable": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "name": "graph", "type": "object" }, { "name": "initial", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "type": "any" }, "type": "set" } }, "graph.reachable_paths": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "name": "graph", "type": "object" }, { "name": "initial", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "dynamic": { "type": "any" }, "type": "array" }, "type": "set" } }, "graphql.is_valid": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "type": "boolean" } }, "graphql.parse": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "graphql.parse_and_verify": { "args": [{ "name": "query", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "graphql.parse_query": { "args": [{ "name": "query", "type": "string" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "graphql.parse_schema": { "args": [{ "name": "schema", "type": "string" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "graphql.schema_is_valid": { "args": [{ "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "type": "boolean" } }, "gt": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "gte": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "hex.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "hex.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "http.send": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "request", "type": "object" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "response", "type": "object" } }, "indexof": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "name": "output", "type": "number" } }, "indexof_n": { "args": [{ "name": "haystack", "type": "string" }, { "name": "needle", "type": "string" }], "result": { "dynamic": { "type": "number" }, "name": "output", "type": "array" } }, "internal.member_2": { "args": [{ "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "internal.member_3": { "args": [{ "type": "any" }, { "type": "any" }, { "type": "any" }], "result": { "type": "boolean" } }, "internal.print": { "args": [{ "dynamic": { "of": { "type": "any" }, "type": "set" }, "type": "array" }] }, "internal.template_string": { "args": [{ "dynamic": { "type": "any" }, "type": "array" }], "result": { "type": "string" } }, "internal.test_case": { "args": [{ "dynamic": { "type": "any" }, "type": "array" }] }, "intersection": { "args": [{ "name": "xs", "of": { "of": { "type": "any" }, "type": "set" }, "type": "set" }], "result": { "name": "y", "of": { "type": "any" }, "type": "set" } }, "io.jwt.decode": { "args": [{ "name": "jwt", "type": "string" }], "result": { "name": "output", "static": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "type": "string" }], "type": "array" } }, "io.jwt.decode_verify": { "args": [{ "name": "jwt", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "constraints", "type": "object" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "array" } }, "io.jwt.encode_sign": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "headers", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "payload", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "key", "type": "object" }], "result": { "name": "output", "type": "string" } }, "io.jwt.encode_sign_raw": { "args": [{ "name": "headers", "type": "string" }, { "name": "payload", "type": "string" }, { "name": "key", "type": "string" }], "result": { "name": "output", "type": "string" } }, "io.jwt.verify_eddsa": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_es512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_hs512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "secret", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_ps512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs256": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs384": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "io.jwt.verify_rs512": { "args": [{ "name": "jwt", "type": "string" }, { "name": "certificate", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "is_array": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_boolean": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_null": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_number": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_object": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_set": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "is_string": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "json.filter": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "paths", "of": [{ "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "filtered", "type": "object" } }, "json.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "json.marshal": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "y", "type": "string" } }, "json.marshal_with_options": { "args": [{ "name": "x", "type": "any" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "opts", "static": [{ "key": "indent", "value": { "type": "string" } }, { "key": "prefix", "value": { "type": "string" } }, { "key": "pretty", "value": { "type": "boolean" } }], "type": "object" }], "result": { "name": "y", "type": "string" } }, "json.match_schema": { "args": [{ "name": "document", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }, { "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "dynamic": { "static": [{ "key": "desc", "value": { "type": "string" } }, { "key": "error", "value": { "type": "string" } }, { "key": "field", "value": { "type": "string" } }, { "key": "type", "value": { "type": "string" } }], "type": "object" }, "type": "array" }], "type": "array" } }, "json.patch": { "args": [{ "name": "target", "type": "any" }, { "dynamic": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "static": [{ "key": "op", "value": { "type": "string" } }, { "key": "path", "value": { "type": "any" } }], "type": "object" }, "name": "patches", "type": "array" }], "result": { "name": "output", "type": "any" } }, "json.remove": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "paths", "of": [{ "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "json.unmarshal": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "any" } }, "json.verify_schema": { "args": [{ "name": "schema", "of": [{ "type": "string" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "boolean" }, { "of": [{ "type": "null" }, { "type": "string" }], "type": "any" }], "type": "array" } }, "lower": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "lt": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "lte": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "max": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "any" } }, "min": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "any" } }, "minus": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }, { "name": "y", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "z", "of": [{ "type": "number" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" } }, "mul": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "neq": { "args": [{ "name": "x", "type": "any" }, { "name": "y", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_contains": { "args": [{ "name": "cidr", "type": "string" }, { "name": "cidr_or_ip", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_contains_matches": { "args": [{ "name": "cidrs", "of": [{ "type": "string" }, { "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" } }, "type": "object" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }, { "name": "cidrs_or_ips", "of": [{ "type": "string" }, { "dynamic": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" } }, "type": "object" }, { "of": { "of": [{ "type": "string" }, { "dynamic": { "type": "any" }, "type": "array" }], "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "static": [{ "type": "any" }, { "type": "any" }], "type": "array" }, "type": "set" } }, "net.cidr_expand": { "args": [{ "name": "cidr", "type": "string" }], "result": { "name": "hosts", "of": { "type": "string" }, "type": "set" } }, "net.cidr_intersects": { "args": [{ "name": "cidr1", "type": "string" }, { "name": "cidr2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_is_valid": { "args": [{ "name": "cidr", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "net.cidr_merge": { "args": [{ "name": "addrs", "of": [{ "dynamic": { "of": [{ "type": "string" }], "type": "any" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "output", "of": { "type": "string" }, "type": "set" } }, "net.cidr_overlap": { "args": [{ "type": "string" }, { "type": "string" }], "result": { "type": "boolean" } }, "net.lookup_ip_addr": { "args": [{ "name": "name", "type": "string" }], "result": { "name": "addrs", "of": { "type": "string" }, "type": "set" } }, "numbers.range": { "args": [{ "name": "a", "type": "number" }, { "name": "b", "type": "number" }], "result": { "dynamic": { "type": "number" }, "name": "range", "type": "array" } }, "numbers.range_step": { "args": [{ "name": "a", "type": "number" }, { "name": "b", "type": "number" }, { "name": "step", "type": "number" }], "result": { "dynamic": { "type": "number" }, "name": "range", "type": "array" } }, "object.filter": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "keys", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "filtered", "type": "object" } }, "object.get": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "key", "type": "any" }, { "name": "default", "type": "any" }], "result": { "name": "value", "type": "any" } }, "object.keys": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }], "result": { "name": "value", "of": { "type": "any" }, "type": "set" } }, "object.remove": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "object", "type": "object" }, { "name": "keys", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "object.subset": { "args": [{ "name": "super", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }, { "name": "sub", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "object.union": { "args": [{ "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "a", "type": "object" }, { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "b", "type": "object" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "object.union_n": { "args": [{ "dynamic": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "type": "object" }, "name": "objects", "type": "array" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "opa.runtime": { "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "or": { "args": [{ "name": "x", "of": { "type": "any" }, "type": "set" }, { "name": "y", "of": { "type": "any" }, "type": "set" }], "result": { "name": "z", "of": { "type": "any" }, "type": "set" } }, "plus": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "print": { "variadic": { "type": "any" } }, "product": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "number" }, "type": "array" }, { "of": { "type": "number" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "providers.aws.sign_req": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "request", "type": "object" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "aws_config", "type": "object" }, { "name": "time_ns", "type": "number" }], "result": { "dynamic": { "key": { "type": "any" }, "value": { "type": "any" } }, "name": "signed_request", "type": "object" } }, "rand.intn": { "args": [{ "name": "str", "type": "string" }, { "name": "n", "type": "number" }], "result": { "name": "y", "type": "number" } }, "re_match": { "args": [{ "type": "string" }, { "type": "string" }], "result": { "type": "boolean" } }, "regex.find_all_string_submatch_n": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }, { "name": "number", "type": "number" }], "result": { "dynamic": { "dynamic": { "type": "string" }, "type": "array" }, "name": "output", "type": "array" } }, "regex.find_n": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }, { "name": "number", "type": "number" }], "result": { "dynamic": { "type": "string" }, "name": "output", "type": "array" } }, "regex.globs_match": { "args": [{ "name": "glob1", "type": "string" }, { "name": "glob2", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.is_valid": { "args": [{ "name": "pattern", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.match": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "regex.replace": { "args": [{ "name": "s", "type": "string" }, { "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "regex.split": { "args": [{ "name": "pattern", "type": "string" }, { "name": "value", "type": "string" }], "result": { "dynamic": { "type": "string" }, "name": "output", "type": "array" } }, "regex.template_match": { "args": [{ "name": "template", "type": "string" }, { "name": "value", "type": "string" }, { "name": "delimiter_start", "type": "string" }, { "name": "delimiter_end", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "rego.metadata.chain": { "result": { "dynamic": { "type": "any" }, "name": "chain", "type": "array" } }, "rego.metadata.rule": { "result": { "name": "output", "type": "any" } }, "rego.parse_module": { "args": [{ "name": "filename", "type": "string" }, { "name": "rego", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "output", "type": "object" } }, "rem": { "args": [{ "name": "x", "type": "number" }, { "name": "y", "type": "number" }], "result": { "name": "z", "type": "number" } }, "replace": { "args": [{ "name": "x", "type": "string" }, { "name": "old", "type": "string" }, { "name": "new", "type": "string" }], "result": { "name": "y", "type": "string" } }, "round": { "args": [{ "name": "x", "type": "number" }], "result": { "name": "y", "type": "number" } }, "semver.compare": { "args": [{ "name": "a", "type": "string" }, { "name": "b", "type": "string" }], "result": { "name": "result", "type": "number" } }, "semver.is_valid": { "args": [{ "name": "vsn", "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "set_diff": { "args": [{ "of": { "type": "any" }, "type": "set" }, { "of": { "type": "any" }, "type": "set" }], "result": { "of": { "type": "any" }, "type": "set" } }, "sort": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "any" }, "type": "array" }, { "of": { "type": "any" }, "type": "set" }], "type": "any" }], "result": { "dynamic": { "type": "any" }, "name": "n", "type": "array" } }, "split": { "args": [{ "name": "x", "type": "string" }, { "name": "delimiter", "type": "string" }], "result": { "dynamic": { "type": "string" }, "name": "ys", "type": "array" } }, "sprintf": { "args": [{ "name": "format", "type": "string" }, { "dynamic": { "type": "any" }, "name": "values", "type": "array" }], "result": { "name": "output", "type": "string" } }, "startswith": { "args": [{ "name": "search", "type": "string" }, { "name": "base", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "strings.any_prefix_match": { "args": [{ "name": "search", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }, { "name": "base", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "strings.any_suffix_match": { "args": [{ "name": "search", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }, { "name": "base", "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" }], "result": { "name": "result", "type": "boolean" } }, "strings.count": { "args": [{ "name": "search", "type": "string" }, { "name": "substring", "type": "string" }], "result": { "name": "output", "type": "number" } }, "strings.render_template": { "args": [{ "name": "value", "type": "string" }, { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "vars", "type": "object" }], "result": { "name": "result", "type": "string" } }, "strings.replace_n": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "type": "string" } }, "name": "patterns", "type": "object" }, { "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "strings.reverse": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "strings.split_n": { "args": [{ "name": "x", "type": "string" }, { "name": "delimiter", "type": "string" }, { "name": "n", "type": "number" }], "result": { "dynamic": { "type": "string" }, "name": "ys", "type": "array" } }, "substring": { "args": [{ "name": "value", "type": "string" }, { "name": "offset", "type": "number" }, { "name": "length", "type": "number" }], "result": { "name": "output", "type": "string" } }, "sum": { "args": [{ "name": "collection", "of": [{ "dynamic": { "type": "number" }, "type": "array" }, { "of": { "type": "number" }, "type": "set" }], "type": "any" }], "result": { "name": "n", "type": "number" } }, "time.add_date": { "args": [{ "name": "ns", "type": "number" }, { "name": "years", "type": "number" }, { "name": "months", "type": "number" }, { "name": "days", "type": "number" }], "result": { "name": "output", "type": "number" } }, "time.clock": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.date": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "date", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.diff": { "args": [{ "name": "ns1", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }, { "name": "ns2", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "output", "static": [{ "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }, { "type": "number" }], "type": "array" } }, "time.format": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }, { "static": [{ "type": "number" }, { "type": "string" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "formatted timestamp", "type": "string" } }, "time.now_ns": { "result": { "name": "now", "type": "number" } }, "time.parse_duration_ns": { "args": [{ "name": "duration", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.parse_ns": { "args": [{ "name": "layout", "type": "string" }, { "name": "value", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.parse_rfc3339_ns": { "args": [{ "name": "value", "type": "string" }], "result": { "name": "ns", "type": "number" } }, "time.weekday": { "args": [{ "name": "x", "of": [{ "type": "number" }, { "static": [{ "type": "number" }, { "type": "string" }], "type": "array" }], "type": "any" }], "result": { "name": "day", "type": "string" } }, "to_number": { "args": [{ "name": "x", "of": [{ "type": "null" }, { "type": "boolean" }, { "type": "number" }, { "type": "string" }], "type": "any" }], "result": { "name": "num", "type": "number" } }, "trace": { "args": [{ "name": "note", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "trim": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_left": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_prefix": { "args": [{ "name": "value", "type": "string" }, { "name": "prefix", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_right": { "args": [{ "name": "value", "type": "string" }, { "name": "cutset", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_space": { "args": [{ "name": "value", "type": "string" }], "result": { "name": "output", "type": "string" } }, "trim_suffix": { "args": [{ "name": "value", "type": "string" }, { "name": "suffix", "type": "string" }], "result": { "name": "output", "type": "string" } }, "type_name": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "type", "type": "string" } }, "union": { "args": [{ "name": "xs", "of": { "of": { "type": "any" }, "type": "set" }, "type": "set" }], "result": { "name": "y", "of": { "type": "any" }, "type": "set" } }, "units.parse": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "number" } }, "units.parse_bytes": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "number" } }, "upper": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "uri.is_valid": { "args": [{ "name": "uri", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "uri.parse": { "args": [{ "name": "uri", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "string" } }, "name": "output", "type": "object" } }, "urlquery.decode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "urlquery.decode_object": { "args": [{ "name": "x", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "dynamic": { "type": "string" }, "type": "array" } }, "name": "object", "type": "object" } }, "urlquery.encode": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "string" } }, "urlquery.encode_object": { "args": [{ "dynamic": { "key": { "type": "string" }, "value": { "of": [{ "type": "string" }, { "dynamic": { "type": "string" }, "type": "array" }, { "of": { "type": "string" }, "type": "set" }], "type": "any" } }, "name": "object", "type": "object" }], "result": { "name": "y", "type": "string" } }, "uuid.parse": { "args": [{ "name": "uuid", "type": "string" }], "result": { "dynamic": { "key": { "type": "string" }, "value": { "type": "any" } }, "name": "result", "type": "object" } }, "uuid.rfc4122": { "args": [{ "name": "k", "type": "string" }], "result": { "name": "output", "type": "string" } }, "walk": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "output", "static": [{ "dynamic": { "type": "any" }, "type": "array" }, { "type": "any" }], "type": "array" } }, "yaml.is_valid": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "result", "type": "boolean" } }, "yaml.marshal": { "args": [{ "name": "x", "type": "any" }], "result": { "name": "y", "type": "string" } }, "yaml.unmarshal": { "args": [{ "name": "x", "type": "string" }], "result": { "name": "y", "type": "any" } } };

// src/rego/builtins/declarations/declarations.ts
var ARITY = Object.fromEntries(
  Object.entries(DECLARATIONS).filter(([, d]) => !d.variadic).map(([name, d]) => [name, d.args?.length ?? 0])
);
function signature(name) {
  const d = DECLARATIONS[name];
  return d && !d.variadic ? (d.args ?? []).map(named).join(", ") : void 0;
}
function result(name) {
  const r = DECLARATIONS[name]?.result;
  return r && named(r);
}
var named = (t) => t.name ? `${t.name}: ${typeText(t)}` : typeText(t);
function typeText(t) {
  switch (t.type) {
    case "any":
      return t.of ? `any<${t.of.map(typeText).join(", ")}>` : "any";
    case "array": {
      const fixed = t.static ? `array<${t.static.map(typeText).join(", ")}>` : "";
      const rest = t.dynamic ? `[${typeText(t.dynamic)}]` : "";
      return fixed ? fixed + rest : `array${rest || "[any]"}`;
    }
    case "set":
      return `set[${t.of ? typeText(t.of) : "any"}]`;
    case "object": {
      const fixed = t.static ? `object<${t.static.map((p) => `${p.key}: ${typeText(p.value)}`).join(", ")}>` : "";
      const dyn = t.dynamic;
      const rest = dyn ? `[${typeText(dyn.key)}: ${typeText(dyn.value)}]` : "";
      return fixed ? fixed + rest : `object${rest || "[any: any]"}`;
    }
    default:
      return t.type;
  }
}

// src/rego/compile/negation.ts
function hoistNegated(body2, fresh2, inQuery, closures = true) {
  let out;
  for (let i = 0; i < body2.length; i++) {
    const e0 = body2[i];
    let e = e0;
    switch (e.e) {
      case "term":
        if (closures) {
          const term2 = hoistInClosures(e.term, fresh2, inQuery);
          if (term2 !== e.term) e = { ...e, term: term2 };
        }
        break;
      case "every":
        e = { ...e, domain: closures ? hoistInClosures(e.domain, fresh2, inQuery) : e.domain, body: hoistNegated(e.body, fresh2, inQuery, closures) };
        break;
      case "or":
        e = { ...e, branches: e.branches.map((b) => hoistNegated(b, fresh2, inQuery, closures)) };
        break;
      case "somein":
        if (closures) {
          const domain = hoistInClosures(e.domain, fresh2, inQuery);
          if (domain !== e.domain) e = { ...e, domain };
        }
        break;
    }
    const hoisted = e.e === "term" && e.negated ? hoist(e, fresh2, inQuery) : void 0;
    if (!out && (hoisted || e !== e0)) out = body2.slice(0, i);
    if (hoisted) out.push(...hoisted);
    else if (out) out.push(e);
  }
  return out ?? body2;
}
function hoistInClosures(t, fresh2, inQuery) {
  switch (t.t) {
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      return { ...t, body: hoistNegated(t.body, fresh2, inQuery) };
    case "ref": {
      const head = hoistInClosures(t.head, fresh2, inQuery);
      const path = mapTerms(t.path, fresh2, inQuery);
      return head === t.head && path === t.path ? t : { ...t, head, path };
    }
    case "array":
    case "set": {
      const items = mapTerms(t.items, fresh2, inQuery);
      return items === t.items ? t : { ...t, items };
    }
    case "object": {
      let items;
      for (let i = 0; i < t.items.length; i++) {
        const [k, v] = t.items[i];
        const k2 = hoistInClosures(k, fresh2, inQuery);
        const v2 = hoistInClosures(v, fresh2, inQuery);
        if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
        if (items) items.push([k2, v2]);
      }
      return items ? { ...t, items } : t;
    }
    case "call": {
      const args = mapTerms(t.args, fresh2, inQuery);
      return args === t.args ? t : { ...t, args };
    }
    case "template": {
      let parts;
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i];
        const p2 = typeof p === "string" ? p : hoistInClosures(p, fresh2, inQuery);
        if (!parts && p2 !== p) parts = t.parts.slice(0, i);
        if (parts) parts.push(p2);
      }
      return parts ? { ...t, parts } : t;
    }
    default:
      return t;
  }
}
function mapTerms(ts, fresh2, inQuery) {
  let out;
  for (let i = 0; i < ts.length; i++) {
    const x = hoistInClosures(ts[i], fresh2, inQuery);
    if (!out && x !== ts[i]) out = ts.slice(0, i);
    if (out) out.push(x);
  }
  return out ?? ts;
}
function hoist(e, fresh2, inQuery) {
  const support = [];
  const bind = (t) => {
    const v = { t: "var", name: fresh2(), loc: t.loc };
    support.push({ e: "term", negated: false, with: e.with, loc: t.loc, term: { t: "call", op: "eq", args: [v, t], loc: t.loc } });
    return v;
  };
  const calls = (t) => {
    switch (t.t) {
      case "call":
        return t.fnRef ? t : bind({ ...t, args: t.args.map(calls) });
      case "ref":
        return { ...t, head: isComposite(t.head) ? bind(calls(t.head)) : t.head, path: t.path.map(calls) };
      case "array":
      case "set":
        return { ...t, items: t.items.map(calls) };
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [calls(k), calls(v)]) };
      default:
        return t;
    }
  };
  const one = (t) => {
    switch (t.t) {
      case "ref":
        return bind({ ...t, path: t.path.map(one) });
      case "var":
        return t.name === "input" || t.name === "data" ? bind(t) : t;
      case "array":
      case "set":
        return { ...t, items: t.items.map(one) };
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [one(k), one(v)]) };
      default:
        return t;
    }
  };
  const inTerm = (t) => t.t === "ref" ? { ...t, path: t.path.map(one) } : isClosure(t) ? t : one(t);
  let term2 = e.term;
  if (term2.t === "call" && !term2.fnRef) {
    const args = term2.args.map(calls);
    const unify = term2.op === "eq" || term2.op === "equal" && !inQuery;
    term2 = { ...term2, args: args.map(unify ? inTerm : one) };
  } else {
    term2 = inTerm(calls(term2));
  }
  return [...support, { ...e, term: term2 }];
}
var isClosure = (t) => t.t === "arraycompr" || t.t === "setcompr" || t.t === "objectcompr";
var isComposite = (t) => t.t !== "var" && t.t !== "ref" && t.t !== "scalar";

// src/rego/compile/compiler.ts
var counter = 0;
var fresh = (base = "local") => `__${base}${counter++}__`;
function resolveRules(m, packageRules, userArity) {
  const resolver = new Resolver(m, packageRules, userArity);
  for (const r of m.rules) resolver.resolveRule(r);
}
var Resolver = class {
  constructor(m, ruleNames, userArity, keepTopNames = false) {
    this.m = m;
    this.ruleNames = ruleNames;
    this.userArity = userArity;
    this.keepTopNames = keepTopNames;
    for (const im of m.imports) {
      const ref = im.path;
      const head = ref.head.name;
      if (head === "future" || head === "rego") continue;
      const last = ref.path.length ? String(ref.path[ref.path.length - 1].value) : head;
      this.imports.set(im.alias ?? last, ref.path.length ? ref : ref.head);
    }
    this.futureNot = m.imports.some((im) => dottedName(im.path) === "future.keywords.not");
  }
  m;
  ruleNames;
  userArity;
  keepTopNames;
  scopes = [];
  imports = /* @__PURE__ */ new Map();
  /** Names used while no declaration of them was in scope. */
  free = /* @__PURE__ */ new Set();
  /** Whether the terms resolved since the last reset held a comprehension: without one, the later walks that only
   * look for comprehensions (ordering their bodies, hoisting in them) are skipped. */
  closures = false;
  /** `import future.keywords.not`: OPA then keeps the operands of a negated expression inside it. */
  futureNot;
  resolveRule(r) {
    let cur = r;
    while (cur) {
      this.scopes = [/* @__PURE__ */ new Map()];
      this.closures = false;
      const h = cur.head;
      if (h.args) for (const a of h.args) this.declarePlain(a);
      cur.body = this.body(cur.body);
      if (h.args) h.args = h.args.map((a) => this.term(a));
      if (h.key) h.key = this.term(h.key);
      if (h.value) h.value = this.term(h.value);
      h.ref = h.ref.map((t, i) => i === 0 ? t : this.term(t));
      const bound = /* @__PURE__ */ new Set();
      if (h.args) for (const a of h.args) varsOf(a, bound);
      cur.body = reorder(cur.body, bound, cur.loc, /* @__PURE__ */ new Set(), this.userArity, this.closures);
      checkHeadSafe(cur, bound);
      if (!this.futureNot) {
        cur.body = hoistNegated(cur.body, fresh, false, this.closures);
        if (this.closures && h.key) h.key = hoistInClosures(h.key, fresh, false);
        if (this.closures && h.value) h.value = hoistInClosures(h.value, fresh, false);
      }
      cur = cur.else;
    }
  }
  resolveQuery(body2) {
    this.scopes = [/* @__PURE__ */ new Map()];
    return this.body(body2);
  }
  declarePlain(t) {
    const s = this.scopes[this.scopes.length - 1];
    walkVars(t, (v) => {
      if (v.name !== "_") s.set(v.name, v.name);
    });
  }
  declare(t) {
    const s = this.scopes[this.scopes.length - 1];
    const top = this.keepTopNames && this.scopes.length === 1;
    return mapVars(t, (v) => {
      if (v.name === "_") return { t: "var", name: fresh("wild"), loc: v.loc };
      const n = top && !this.free.has(v.name) ? v.name : `${fresh()}${v.name}`;
      s.set(v.name, n);
      return { t: "var", name: n, loc: v.loc };
    });
  }
  lookup(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const n = this.scopes[i].get(name);
      if (n !== void 0) return n;
    }
    return void 0;
  }
  body(body2) {
    const out = [];
    for (const e of body2) out.push(this.expr(e));
    return out;
  }
  /** The terms resolved; `ts` itself when none changed (most refs into input, scalars), so nothing is copied. */
  terms(ts) {
    let out;
    for (let i = 0; i < ts.length; i++) {
      const x = ts[i].t === "scalar" ? ts[i] : this.term(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  }
  nested(f) {
    this.scopes.push(/* @__PURE__ */ new Map());
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }
  expr(e) {
    const withs = e.with.length ? e.with.map((w) => ({ ...w, target: this.withTarget(w.target), value: this.withValue(w.value) })) : e.with;
    switch (e.e) {
      case "some": {
        for (const v of e.vars) this.declare(v);
        return { ...e, with: withs };
      }
      case "somein": {
        const domain = this.term(e.domain);
        const key = e.key ? this.declare(e.key) : void 0;
        const value = this.declare(e.value);
        return { ...e, domain, key, value, with: withs };
      }
      case "every": {
        const domain = this.term(e.domain);
        return this.nested(() => {
          const key = e.key ? this.declare(e.key) : void 0;
          const value = this.declare(e.value);
          const body2 = this.body(e.body);
          return { ...e, domain, key, value, body: body2, with: withs };
        });
      }
      case "or": {
        const branches = e.branches.map((b) => this.nested(() => this.body(b)));
        return { ...e, branches, with: withs };
      }
      case "term": {
        const t = e.term;
        if (t.t === "call" && t.op === "assign") {
          const rhs = this.term(t.args[1]);
          const lhs = this.declare(t.args[0]);
          return { ...e, term: { ...t, args: [lhs, rhs] }, with: withs };
        }
        const term2 = this.term(t);
        return term2 === t && withs === e.with ? e : { ...e, term: term2, with: withs };
      }
    }
  }
  withTarget(t) {
    if (t.t === "var" || t.t === "ref" && t.head.t === "var") {
      const name = t.t === "var" ? t.name : t.head.name;
      if (name === "input" || name === "data") return t;
      const dotted = dottedName(t);
      if (dotted !== void 0) {
        const resolved = this.resolveFunctionName(dotted);
        if (resolved) return { t: "call", op: resolved, args: [], loc: t.loc };
      }
      return this.term(t);
    }
    return this.term(t);
  }
  /** A `with` value naming a function becomes a function reference. */
  withValue(t) {
    const dotted = dottedName(t);
    if (dotted !== void 0 && this.lookup(dotted.split(".")[0]) === void 0) {
      const resolved = this.resolveFunctionName(dotted);
      if (resolved && (this.userArity.has(resolved) || isBuiltin(resolved))) return { t: "call", op: resolved, args: [], loc: t.loc, fnRef: true };
    }
    return this.term(t);
  }
  /** `f`, `pkg.f`, `strings.upper` -> `data.pkg.f` or the builtin name. */
  resolveFunctionName(op) {
    const parts = op.split(".");
    const first = parts[0];
    if (first === "data") return op;
    const imp = this.imports.get(first);
    if (imp && this.lookup(first) === void 0) {
      const base = dottedName(imp);
      if (base) return [base, ...parts.slice(1)].join(".");
    }
    if (this.ruleNames.has(first) && this.lookup(first) === void 0) return ["data", ...this.m.package, ...parts].join(".");
    if (isBuiltin(op) || op in ARITY || CORE_CALLS.has(op)) return op;
    return void 0;
  }
  term(t) {
    switch (t.t) {
      case "scalar":
        return t;
      case "var": {
        if (t.name === "_") return { t: "var", name: fresh("wild"), loc: t.loc };
        const local = this.lookup(t.name);
        if (local !== void 0) return local === t.name ? t : { t: "var", name: local, loc: t.loc };
        if (t.name === "data" || t.name === "input") return t;
        const imp = this.imports.get(t.name);
        if (imp) return relocate(imp, t.loc);
        if (this.ruleNames.has(t.name)) {
          return { t: "ref", head: { t: "var", name: "data", loc: t.loc }, path: [...this.m.package, t.name].map((p) => ({ t: "scalar", value: p, loc: t.loc })), loc: t.loc };
        }
        this.free.add(t.name);
        return t;
      }
      case "ref": {
        const head = this.term(t.head);
        const path = this.terms(t.path);
        if (head.t === "ref") return { t: "ref", head: head.head, path: [...head.path, ...path], loc: t.loc };
        return head === t.head && path === t.path ? t : { t: "ref", head, path, loc: t.loc };
      }
      case "array":
      case "set": {
        const items = this.terms(t.items);
        return items === t.items ? t : { ...t, items };
      }
      case "object":
        return { ...t, items: t.items.map(([k, v]) => [this.term(k), this.term(v)]) };
      case "template":
        return { ...t, parts: t.parts.map((p) => typeof p === "string" ? p : this.term(p)) };
      case "arraycompr":
      case "setcompr":
        this.closures = true;
        return this.nested(() => {
          const body2 = this.body(t.body);
          return { ...t, body: body2, term: this.term(t.term) };
        });
      case "objectcompr":
        this.closures = true;
        return this.nested(() => {
          const body2 = this.body(t.body);
          return { ...t, body: body2, key: this.term(t.key), value: this.term(t.value) };
        });
      case "call": {
        const args = this.terms(t.args);
        const op = this.resolveFunctionName(t.op);
        if (op === void 0) throw new RegoError("rego_type_error", `undefined function ${t.op}`, t.loc);
        if (op.startsWith("data.") && !this.userArity.has(op) && this.ruleNames.has(t.op.split(".")[0]) && this.lookup(t.op.split(".")[0]) === void 0) {
          throw new RegoError("rego_type_error", `function ${op} has arity 0, got ${t.args.length} argument${t.args.length === 1 ? "" : "s"}`, t.loc);
        }
        const n = this.userArity.get(op);
        if (n !== void 0 && !t.fnRef && t.args.length !== n && t.args.length !== n + 1) {
          throw new RegoError("rego_type_error", `function ${op} has arity ${n}, got ${t.args.length} argument${t.args.length === 1 ? "" : "s"}`, t.loc);
        }
        return op === t.op && args === t.args ? t : { ...t, op, args };
      }
    }
  }
};
var CORE_CALLS = /* @__PURE__ */ new Set([
  "eq",
  "assign",
  "internal.member_2",
  "internal.member_3",
  "print",
  "internal.print",
  "walk",
  "rego.metadata.chain",
  "rego.metadata.rule",
  "rego.parse_module",
  "internal.template_string"
]);
function relocate(t, loc) {
  if (t.t === "ref") return { ...t, head: { ...t.head, loc }, loc };
  return { ...t, loc };
}
function walkVars(t, f, intoClosures = false) {
  switch (t.t) {
    case "var":
      f(t);
      break;
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      if (intoClosures) for (const name of closureVars(t)) f({ t: "var", name, loc: t.loc });
      break;
    default:
      forEachOperand(t, walkVars, f, intoClosures);
      break;
  }
}
function mapVars(t, f) {
  switch (t.t) {
    case "var":
      return f(t);
    case "array":
      return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case "set":
      return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case "object":
      return { ...t, items: t.items.map(([k, v]) => [k, mapVars(v, f)]) };
    default:
      return t;
  }
}
function varsOf(t, out = /* @__PURE__ */ new Set()) {
  collectVars(t, out, false);
  return out;
}
var GLOBAL = /* @__PURE__ */ new Set(["data", "input"]);
function collectVars(t, out, intoClosures) {
  switch (t.t) {
    case "var":
      if (!GLOBAL.has(t.name)) out.add(t.name);
      break;
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      if (intoClosures) {
        for (const name of closureVars(t)) if (!GLOBAL.has(name)) out.add(name);
      }
      break;
    default:
      forEachOperand(t, collectVars, out, intoClosures);
      break;
  }
}
function closureVars(t) {
  const out = /* @__PURE__ */ new Set();
  const addBody = (b) => b.forEach((e) => exprVars(e, out, true));
  if (t.t === "arraycompr" || t.t === "setcompr") {
    addBody(t.body);
    walkVars(t.term, (v) => out.add(v.name), true);
  }
  if (t.t === "objectcompr") {
    addBody(t.body);
    walkVars(t.key, (v) => out.add(v.name), true);
    walkVars(t.value, (v) => out.add(v.name), true);
  }
  return out;
}
function exprVars(e, out, intoClosures) {
  for (const w of e.with) collectVars(w.value, out, intoClosures);
  switch (e.e) {
    case "term":
      collectVars(e.term, out, intoClosures);
      break;
    case "some":
      break;
    case "somein":
      if (e.key) collectVars(e.key, out, intoClosures);
      collectVars(e.value, out, intoClosures);
      collectVars(e.domain, out, intoClosures);
      break;
    case "every":
      collectVars(e.domain, out, intoClosures);
      if (intoClosures) {
        if (e.key) collectVars(e.key, out, true);
        collectVars(e.value, out, true);
        for (const x of e.body) exprVars(x, out, true);
      }
      break;
    case "or":
      if (intoClosures) for (const b of e.branches) for (const x of b) exprVars(x, out, true);
      break;
  }
}
function refOutputs(t, safe, out) {
  switch (t.t) {
    case "ref":
      refOutputs(t.head, safe, out);
      for (const p of t.path) {
        if (p.t === "var") {
          if (!safe.has(p.name)) out.add(p.name);
        } else if (p.t === "array" || p.t === "object") varsOf(p, out);
        else refOutputs(p, safe, out);
      }
      break;
    case "array":
    case "set":
      for (const x of t.items) refOutputs(x, safe, out);
      break;
    case "object":
      for (const [k, v] of t.items) {
        refOutputs(k, safe, out);
        refOutputs(v, safe, out);
      }
      break;
    case "call":
      for (const x of t.args) refOutputs(x, safe, out);
      break;
    case "template":
      for (const p of t.parts) if (typeof p !== "string") refOutputs(p, safe, out);
      break;
    default:
      break;
  }
}
function unifyOutputs(a, b, safe, out) {
  if (a.t === "array" && b.t === "array" && a.items.length === b.items.length) {
    for (let before = -1; before !== out.size; ) {
      before = out.size;
      for (let i = 0; i < a.items.length; i++) unifyOutputs(a.items[i], b.items[i], safe, out);
    }
    return;
  }
  if (a.t === "object" && b.t === "object" && a.items.length === b.items.length) {
    for (const [k, v] of a.items) {
      const w = b.items.find(([k2]) => sameKeyTerm(k, k2));
      if (w) unifyOutputs(v, w[1], safe, out);
    }
    return;
  }
  refOutputs(a, safe, out);
  refOutputs(b, safe, out);
  const varsA = varsOf(a);
  const varsB = varsOf(b);
  const known = (vs) => {
    for (const v of vs) if (!safe.has(v) && !out.has(v)) return false;
    return true;
  };
  for (let round = 0; round < 2; round++) {
    if (known(varsB)) unifyPatternVars(a, out);
    if (known(varsA)) unifyPatternVars(b, out);
  }
}
function unifyPatternVars(t, into) {
  if (t.t === "var") into.add(t.name);
  else if (t.t === "array" || t.t === "set") for (const x of t.items) unifyPatternVars(x, into);
  else if (t.t === "object") for (const [, v] of t.items) unifyPatternVars(v, into);
}
function sameKeyTerm(a, b) {
  if (a.t === "scalar" && b.t === "scalar") return a.value === b.value;
  return a.t === "var" && b.t === "var" && a.name === b.name;
}
function analyse(e, safe, closureNeeds, userArity, closures) {
  const all = /* @__PURE__ */ new Set();
  exprVars(e, all, false);
  const outputs = /* @__PURE__ */ new Set();
  if (!closures && e.e !== "or" && subsetOf(all, safe)) return { needs: all, outputs, all };
  const needsClosures = /* @__PURE__ */ new Set();
  const collectClosures = closures ? (t) => {
    visitClosures(t, (c) => closureNeeds(c).forEach((v) => needsClosures.add(v)));
  } : () => {
  };
  for (const w of e.with) collectClosures(w.value);
  if (e.negated && e.e !== "or") {
    if (e.e === "term") collectClosures(e.term);
    if (e.e === "every" || e.e === "somein") collectClosures(e.domain);
    return { needs: needsClosures.size ? /* @__PURE__ */ new Set([...all, ...needsClosures]) : all, outputs, all };
  }
  switch (e.e) {
    case "term": {
      const t = e.term;
      collectClosures(t);
      if (t.t === "call" && (t.op === "eq" || t.op === "assign")) unifyOutputs(t.args[0], t.args[1], safe, outputs);
      else if (t.t === "call" && isOutputCall(t, userArity)) {
        t.args.slice(0, -1).forEach((a) => refOutputs(a, safe, outputs));
        varsOf(t.args[t.args.length - 1], outputs);
      } else refOutputs(t, safe, outputs);
      break;
    }
    case "somein": {
      collectClosures(e.domain);
      refOutputs(e.domain, safe, outputs);
      if (e.key) varsOf(e.key, outputs);
      varsOf(e.value, outputs);
      break;
    }
    case "every":
      collectClosures(e.domain);
      refOutputs(e.domain, safe, outputs);
      break;
    case "or": {
      const inner = /* @__PURE__ */ new Set();
      exprVars(e, inner, true);
      for (const v of inner) if (scopeOf(closureNeeds).has(v)) needsClosures.add(v);
      return { needs: /* @__PURE__ */ new Set([...needsClosures]), outputs, all };
    }
    default:
      break;
  }
  const needs = /* @__PURE__ */ new Set();
  for (const v of all) if (!outputs.has(v)) needs.add(v);
  for (const v of needsClosures) if (!outputs.has(v)) needs.add(v);
  return { needs, outputs, all };
}
var scopeOf = (f) => f.scope ?? /* @__PURE__ */ new Set();
function isOutputCall(t, userArity) {
  if (t.fnRef) return false;
  const a = ARITY[t.op] ?? userArity.get(t.op);
  return a !== void 0 && t.args.length === a + 1;
}
function visitClosures(t, f) {
  if (t.t === "arraycompr" || t.t === "setcompr" || t.t === "objectcompr") f(t);
  else forEachOperand(t, visitClosures, f, void 0);
}
function reorder(body2, outerSafe, loc, outerVars = /* @__PURE__ */ new Set(), userArity = /* @__PURE__ */ new Map(), closures = true) {
  const scopeVars = new Set(outerVars);
  if (closures || body2.some((e) => e.e === "every" || e.e === "or")) {
    for (const e of body2) exprVars(e, scopeVars, false);
    outerSafe.forEach((v) => scopeVars.add(v));
  }
  const closureNeeds = Object.assign((c) => {
    const vs = closureVars(c);
    return new Set([...vs].filter((v) => scopeVars.has(v)));
  }, { scope: scopeVars });
  const safe = new Set(outerSafe);
  const remaining = [...body2];
  const out = [];
  while (remaining.length) {
    let picked = -1;
    let need;
    for (let i = 0; i < remaining.length; i++) {
      need = analyse(remaining[i], safe, closureNeeds, userArity, closures);
      if (subsetOf(need.needs, safe)) {
        picked = i;
        break;
      }
    }
    if (picked < 0) {
      const e2 = remaining[0];
      const { needs } = analyse(e2, safe, closureNeeds, userArity, closures);
      const outputs = /* @__PURE__ */ new Set();
      if (e2.e === "term" && e2.term.t === "call" && (e2.term.op === "assign" || e2.term.op === "eq") && e2.term.args.length === 2) {
        const [a, b] = e2.term.args;
        const collection = (t) => t.t === "array" || t.t === "object" || t.t === "set";
        if (a.t === "var" && collection(b)) outputs.add(a.name);
        if (b.t === "var" && collection(a)) outputs.add(b.name);
      }
      const unsafe = [...needs].filter((v) => !safe.has(v)).sort();
      const bad = unsafe.find((v) => !outputs.has(v)) ?? unsafe[0];
      throw new RegoError("rego_unsafe_var_error", `var ${displayName(bad)} is unsafe`, e2.loc);
    }
    const e = remaining.splice(picked, 1)[0];
    need.outputs.forEach((v) => safe.add(v));
    if (!e.negated) need.all.forEach((v) => safe.add(v));
    out.push(closures || e.e === "every" || e.e === "or" ? orderNested(e, safe, scopeVars, userArity, closures) : e);
  }
  outerSafe.clear();
  safe.forEach((v) => outerSafe.add(v));
  return out;
}
function subsetOf(a, b) {
  for (const v of a) if (!b.has(v)) return false;
  return true;
}
function orderNested(e, safe, scopeVars, userArity, closures) {
  const fixAll = (ts) => {
    let out;
    for (let i = 0; i < ts.length; i++) {
      const x = fixTerm(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  };
  const fixTerm = (t) => {
    switch (t.t) {
      case "arraycompr":
      case "setcompr": {
        const s = new Set(safe);
        const body2 = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body: body2, term: fixTerm(t.term) };
      }
      case "objectcompr": {
        const s = new Set(safe);
        const body2 = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body: body2, key: fixTerm(t.key), value: fixTerm(t.value) };
      }
      case "ref": {
        const head = fixTerm(t.head);
        const path = fixAll(t.path);
        return head === t.head && path === t.path ? t : { ...t, head, path };
      }
      case "array":
      case "set": {
        const items = fixAll(t.items);
        return items === t.items ? t : { ...t, items };
      }
      case "object": {
        let items;
        for (let i = 0; i < t.items.length; i++) {
          const [k, v] = t.items[i];
          const k2 = fixTerm(k);
          const v2 = fixTerm(v);
          if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
          if (items) items.push([k2, v2]);
        }
        return items ? { ...t, items } : t;
      }
      case "call": {
        const args = fixAll(t.args);
        return args === t.args ? t : { ...t, args };
      }
      case "template": {
        const terms2 = t.parts.filter((p) => typeof p !== "string");
        const fixed = fixAll(terms2);
        if (fixed === terms2) return t;
        let j = 0;
        return { ...t, parts: t.parts.map((p) => typeof p === "string" ? p : fixed[j++]) };
      }
      default:
        return t;
    }
  };
  let withs = e.with;
  for (let i = 0; i < e.with.length; i++) {
    const value = fixTerm(e.with[i].value);
    if (value !== e.with[i].value) {
      if (withs === e.with) withs = [...e.with];
      withs[i] = { ...e.with[i], value };
    }
  }
  switch (e.e) {
    case "term": {
      const term2 = fixTerm(e.term);
      return term2 === e.term && withs === e.with ? e : { ...e, term: term2, with: withs };
    }
    case "somein": {
      const domain = fixTerm(e.domain);
      return domain === e.domain && withs === e.with ? e : { ...e, domain, with: withs };
    }
    case "every": {
      const s = new Set(safe);
      if (e.key) varsOf(e.key, s);
      varsOf(e.value, s);
      return { ...e, domain: fixTerm(e.domain), body: reorder(e.body, s, e.loc, scopeVars, userArity, closures), with: withs };
    }
    case "or":
      return { ...e, branches: e.branches.map((b) => reorder(b, new Set(safe), e.loc, scopeVars, userArity, closures)), with: withs };
    default:
      return e;
  }
}
function checkHeadSafe(r, bound) {
  const check = (t) => {
    if (!t) return;
    const outs = /* @__PURE__ */ new Set();
    refOutputs(t, bound, outs);
    for (const v of varsOf(t)) {
      if (outs.has(v)) continue;
      if (!bound.has(v)) throw new RegoError("rego_unsafe_var_error", `var ${displayName(v)} is unsafe`, r.loc);
    }
  };
  check(r.head.key);
  check(r.head.value);
  r.head.ref.slice(1).forEach(check);
}
var displayName = (v) => v.startsWith("__wild") ? "_" : v.replace(/^__local\d+__(?=.)/, "");
function compileQuery(body2, compiled, pkg = []) {
  const mod = { file: "query", package: pkg, packageLoc: body2[0].loc, imports: [], rules: [], annotations: [], v0: false };
  const r = new Resolver(mod, /* @__PURE__ */ new Set(), compiled.arity, true);
  const resolved = r.resolveQuery(body2);
  return hoistNegated(reorder(resolved, /* @__PURE__ */ new Set(), body2[0].loc, /* @__PURE__ */ new Set(), compiled.arity), fresh, true);
}

// src/rego/compile/call-terms.ts
function callTerms(m) {
  const out = [];
  for (let i = 0; i < m.rules.length; i++) {
    for (let cur = m.rules[i]; cur; cur = cur.else) {
      body(cur.body, out);
      if (cur.head.key) term(cur.head.key, out);
      if (cur.head.value) term(cur.head.value, out);
      const args = cur.head.args;
      if (args) for (let j = 0; j < args.length; j++) term(args[j], out);
    }
  }
  return out;
}
function terms(ts, out) {
  for (let i = 0; i < ts.length; i++) if (ts[i].t !== "scalar") term(ts[i], out);
}
function term(t, out) {
  switch (t.t) {
    case "call":
      out.push(t);
      terms(t.args, out);
      break;
    case "ref":
      if (t.head.t === "array") out.push(t);
      term(t.head, out);
      terms(t.path, out);
      break;
    case "array":
    case "set":
      terms(t.items, out);
      break;
    case "object":
      for (let i = 0; i < t.items.length; i++) {
        term(t.items[i][0], out);
        term(t.items[i][1], out);
      }
      break;
    case "template":
      for (let i = 0; i < t.parts.length; i++) {
        const p = t.parts[i];
        if (typeof p !== "string") term(p, out);
      }
      break;
    case "arraycompr":
    case "setcompr":
      term(t.term, out);
      body(t.body, out);
      break;
    case "objectcompr":
      term(t.key, out);
      term(t.value, out);
      body(t.body, out);
      break;
    default:
      break;
  }
}
function body(b, out) {
  for (let i = 0; i < b.length; i++) {
    const e = b[i];
    for (let j = 0; j < e.with.length; j++) term(e.with[j].value, out);
    switch (e.e) {
      case "term":
        term(e.term, out);
        break;
      case "somein":
        term(e.domain, out);
        break;
      case "every":
        term(e.domain, out);
        body(e.body, out);
        break;
      case "or":
        for (let j = 0; j < e.branches.length; j++) body(e.branches[j], out);
        break;
      default:
        break;
    }
  }
}

// src/rego/compile/arity-check.ts
function valueType(v) {
  if (Array.isArray(v)) return v.length ? `array<${v.map(valueType).join(", ")}>` : "array[any]";
  if (v instanceof RSet) return `set[${v.size ? [...new Set(v.sorted().map(valueType))].join(", ") : "any"}]`;
  if (v instanceof RObject) return "object";
  return typeName(v);
}
function termType(t) {
  switch (t.t) {
    case "scalar":
      return valueType(t.value);
    case "array":
      return t.items.length ? `array<${t.items.map(termType).join(", ")}>` : "array[any]";
    case "set":
      return `set[${t.items.length ? [...new Set(t.items.map(termType))].join(", ") : "any"}]`;
    case "object":
      return "object";
    case "template":
      return "string";
    case "arraycompr":
      return "array[any]";
    case "setcompr":
      return "set[any]";
    case "objectcompr":
      return "object[any: any]";
    default:
      return "any";
  }
}
function checkQueryArity(body2) {
  const pseudo = { rules: [{ body: body2, head: { ref: [{ t: "var", name: "" }] } }], imports: [] };
  checkArity(pseudo);
}
function checkArity(m, terms2 = callTerms(m)) {
  const own = new Set(m.rules.map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  for (const i of m.imports) {
    const p = i.path;
    own.add(i.alias ?? (p.t === "ref" && p.path.length ? String(p.path[p.path.length - 1].value) : ""));
  }
  for (const t of terms2) {
    if (t.t === "ref") checkArrayIndex(t);
    if (t.t !== "call") continue;
    const n = ARITY[t.op];
    if (n === void 0 || t.args.length >= n && t.args.length <= n + 1) continue;
    const sig = signature(t.op);
    if (sig !== void 0 && !own.has(t.op.split(".")[0])) {
      const have = [...t.args.map(termType), "???"].join(", ");
      throw new RegoError("rego_type_error", `${t.op}: arity mismatch
	have: (${have})
	want: (${sig})`, t.loc);
    }
  }
}
function checkArrayIndex(t) {
  const key = t.path[0];
  if (t.head.t !== "array" || !key || key.t !== "scalar") return;
  const v = key.value;
  if (typeof v === "number" && Number.isInteger(v)) return;
  if (typeof v === "bigint") return;
  const shown = toRegoText(v);
  const items = t.head.items;
  const array = items.every((x) => x.t === "scalar") ? toRegoText(items.map((x) => x.value)) : "[...]";
  throw new RegoError("rego_type_error", `undefined ref: ${array}[${shown}]
	have: ${shown}
	want (type): number`, key.loc);
}

// src/rego/compile/declarations.ts
var Scopes = class {
  stack = [/* @__PURE__ */ new Map()];
  /** Per scope, the names used by its earlier expressions (outside closures): `x := ...` after them is an error. */
  used = [/* @__PURE__ */ new Set()];
  push() {
    this.stack.push(/* @__PURE__ */ new Map());
    this.used.push(/* @__PURE__ */ new Set());
  }
  pop() {
    this.stack.pop();
    this.used.pop();
  }
  get top() {
    return this.stack[this.stack.length - 1];
  }
  get topUsed() {
    return this.used[this.used.length - 1];
  }
};
var fail = (msg, loc) => {
  throw new RegoError("rego_compile_error", msg, loc);
};
function patternVars(t, out = []) {
  if (t.t === "var") out.push({ name: t.name, loc: t.loc });
  else if (t.t === "array" || t.t === "set") t.items.forEach((x) => patternVars(x, out));
  else if (t.t === "object") t.items.forEach(([, v]) => patternVars(v, out));
  return out;
}
function termUses(t, out) {
  if (!t) return;
  switch (t.t) {
    case "var":
      out.add(t.name);
      break;
    case "arraycompr":
    case "setcompr":
      termUses(t.term, out);
      bodyUses(t.body, out);
      break;
    case "objectcompr":
      termUses(t.key, out);
      termUses(t.value, out);
      bodyUses(t.body, out);
      break;
    default:
      forEachOperand(t, termUses, out, void 0);
      break;
  }
}
function exprUses(e, out) {
  for (const w of e.with) {
    termUses(w.target, out);
    termUses(w.value, out);
  }
  switch (e.e) {
    case "term":
      termUses(e.term, out);
      break;
    case "some":
      break;
    case "somein":
      termUses(e.key, out);
      termUses(e.value, out);
      termUses(e.domain, out);
      break;
    case "every":
      termUses(e.key, out);
      termUses(e.value, out);
      termUses(e.domain, out);
      bodyUses(e.body, out);
      break;
    case "or":
      for (const b of e.branches) bodyUses(b, out);
      break;
  }
}
function bodyUses(body2, out) {
  for (const e of body2) exprUses(e, out);
}
var Checker = class {
  scopes = new Scopes();
  query(body2) {
    const plainSome = this.body(body2);
    if (!plainSome.length) return;
    const uses = /* @__PURE__ */ new Set();
    bodyUses(body2, uses);
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }
  rule(r) {
    for (let cur = r; cur; cur = cur.else) {
      this.scopes = new Scopes();
      for (const a of cur.head.args ?? []) for (const v of patternVars(a)) if (v.name !== "_") this.scopes.top.set(v.name, "arg");
      const plainSome = this.body(cur.body);
      this.term(cur.head.key);
      this.term(cur.head.value);
      if (!plainSome.length) continue;
      const uses = /* @__PURE__ */ new Set();
      bodyUses(cur.body, uses);
      termUses(cur.head.key, uses);
      termUses(cur.head.value, uses);
      for (let i = 1; i < cur.head.ref.length; i++) termUses(cur.head.ref[i], uses);
      for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
    }
  }
  /** Checks a body in the current scope; returns its plain `some x` declarations (checked by the caller). */
  body(body2) {
    const plainSome = [];
    for (const e of body2) {
      const t0 = e.e === "term" ? e.term : void 0;
      const direct = t0 !== void 0 && !(t0.t === "call" && t0.op === "assign");
      const uses = direct ? this.scopes.topUsed : /* @__PURE__ */ new Set();
      for (const w of e.with) this.term(w.value, uses);
      switch (e.e) {
        case "some":
          for (const v of e.vars) {
            this.declare(v.name, v.loc, "some");
            if (v.name !== "_") plainSome.push({ name: v.name, loc: e.loc });
          }
          break;
        case "somein":
          this.term(e.domain, uses);
          for (const t of [e.key, e.value]) if (t) for (const v of patternVars(t)) this.declare(v.name, v.loc, "assigned");
          break;
        case "every": {
          this.term(e.domain, uses);
          this.scopes.push();
          const declared = [e.key, e.value].flatMap((t) => t ? patternVars(t) : []);
          for (const v of declared) this.declare(v.name, v.loc, "assigned");
          this.nestedBody(e.body);
          this.scopes.pop();
          const inBody = /* @__PURE__ */ new Set();
          bodyUses(e.body, inBody);
          for (const v of declared) if (v.name !== "_" && !inBody.has(v.name)) fail(`declared var ${v.name} unused`, e.loc);
          break;
        }
        case "or":
          for (const b of e.branches) {
            this.scopes.push();
            this.nestedBody(b);
            this.scopes.pop();
          }
          break;
        case "term": {
          const t = e.term;
          if (t.t === "call" && t.op === "assign") {
            if (t.args[0].t === "ref") fail("cannot assign to ref", e.loc);
            this.term(t.args[1], uses);
            for (const v of patternVars(t.args[0])) this.declare(v.name, v.loc, "assigned");
            for (const x of t.args[0].t === "object" ? t.args[0].items.map(([k]) => k) : []) this.term(x);
          } else this.term(t, uses);
          break;
        }
      }
      if (!direct) {
        const used = this.scopes.topUsed;
        for (const u of uses) used.add(u);
      }
    }
    return plainSome;
  }
  nestedBody(body2, head = []) {
    const plainSome = this.body(body2);
    if (!plainSome.length) return;
    const uses = /* @__PURE__ */ new Set();
    bodyUses(body2, uses);
    head.forEach((t) => termUses(t, uses));
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }
  declare(name, loc, kind) {
    if (name === "_") return;
    if (name === "input" || name === "data") fail(`variables must not shadow ${name} (use a different variable name)`, loc);
    const prev = this.scopes.top.get(name);
    if (prev === void 0 && this.scopes.topUsed.has(name)) fail(`var ${name} referenced above`, loc);
    if (prev === "arg") fail(`arg ${name} redeclared`, loc);
    if (prev === "some") {
      if (kind === "some") return;
      fail(`var ${name} declared above`, loc);
    }
    if (prev === "assigned") fail(`var ${name} assigned above`, loc);
    this.scopes.top.set(name, kind);
  }
  /** Closures inside a term get their own scope; the variables outside them go to `uses`. */
  term(t, uses) {
    if (!t) return;
    switch (t.t) {
      case "var":
        uses?.add(t.name);
        break;
      case "ref":
        this.term(t.head, uses);
        for (const p of t.path) if (p.t !== "scalar") this.term(p, uses);
        break;
      case "array":
      case "set":
        for (const x of t.items) this.term(x, uses);
        break;
      case "object":
        for (const [k, v] of t.items) {
          this.term(k, uses);
          this.term(v, uses);
        }
        break;
      case "call":
        for (const x of t.args) this.term(x, uses);
        break;
      case "template":
        for (const p of t.parts) if (typeof p !== "string") this.term(p, uses);
        break;
      case "arraycompr":
      case "setcompr":
      case "objectcompr":
        this.scopes.push();
        this.nestedBody(t.body, t.t === "objectcompr" ? [t.key, t.value] : [t.term]);
        this.scopes.pop();
        break;
      default:
        break;
    }
  }
};
function checkDeprecated(m, terms2) {
  const own = new Set(m.rules.map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  for (const t of terms2) {
    if (t.t === "call" && DEPRECATED.has(t.op) && !own.has(t.op)) {
      throw new RegoError("rego_type_error", `deprecated built-in function calls in expression: ${t.op}`, t.loc);
    }
  }
}
function checkWithTargets(m, modules) {
  const samePackage = modules.filter((o) => o.package.join(".") === m.package.join("."));
  const fns = new Set(samePackage.flatMap((o) => o.rules).filter((r) => r.head.args).map((r) => r.head.ref[0].t === "var" ? r.head.ref[0].name : ""));
  const imports = new Set(m.imports.map((i) => i.alias ?? (i.path.t === "ref" && i.path.path.length ? String(i.path.path[i.path.path.length - 1].value) : "")));
  const ok = (t) => {
    const head = t.t === "var" ? t.name : t.t === "ref" && t.head.t === "var" ? t.head.name : void 0;
    if (head === void 0) return false;
    if (head === "input" || head === "data" || fns.has(head) || imports.has(head)) return true;
    const dotted = t.t === "var" ? t.name : [head, ...t.path.map((p) => p.t === "scalar" ? String(p.value) : "?")].join(".");
    return isBuiltin(dotted) || dotted in ARITY || fns.has(dotted.split(".")[0]);
  };
  const visitBody = (body2) => body2.forEach((e) => {
    for (const w of e.with) {
      if (!ok(w.target)) throw new RegoError("rego_type_error", "with keyword target must reference existing input, data, or a function", w.loc);
    }
    if (e.e === "every") visitBody(e.body);
    else if (e.e === "or") e.branches.forEach(visitBody);
  });
  for (const r of m.rules) for (let cur = r; cur; cur = cur.else) visitBody(cur.body);
}
function checkDeclarations(m, modules = [m], terms2) {
  if (!m.v0) checkDeprecated(m, terms2 ?? callTerms(m));
  checkWithTargets(m, modules);
  const checker = new Checker();
  for (const r of m.rules) {
    const name = r.head.ref[0];
    if (name.t === "var" && (name.name === "data" || name.name === "input")) {
      fail(`rules must not shadow ${name.name} (use a different rule name)`, r.loc);
    }
    checker.rule(r);
  }
}
function checkQueryDeclarations(body2) {
  new Checker().query(body2);
}

// src/rego/compile/recursion.ts
function allRules(root) {
  const out = [];
  const visit = (n) => {
    const path = ["data", ...n.path].join(".");
    for (const r of rulesAt(n)) {
      const dyn = n.dynamic.find((d) => d.rule === r);
      const named2 = dyn ? path + refSuffix(dyn.suffix) : path;
      for (let x = r; x; x = x.else) out.push({ rule: x, path: named2 });
    }
    for (const k of [...n.children.keys()].sort()) visit(n.children.get(k));
  };
  visit(root);
  return out;
}
function refSuffix(suffix) {
  return suffix.map((t) => {
    if (t.t === "var") return `[${displayName(t.name)}]`;
    if (t.t === "scalar" && typeof t.value === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) return `.${t.value}`;
    return t.t === "scalar" ? `[${toRegoText(t.value)}]` : "[...]";
  }).join("");
}
function rulesAt(n) {
  return [...n.defaults, ...n.complete, ...n.setRules, ...n.dynamic.map((d) => d.rule), ...n.functions];
}
function rulesFor(root, parts) {
  const out = [];
  const subtree = (n) => {
    out.push(...rulesAt(n));
    n.children.forEach(subtree);
  };
  const walk = (n, i) => {
    if (i === parts.length) {
      subtree(n);
      return;
    }
    out.push(...rulesAt(n));
    const p = parts[i];
    if (p === null) return;
    if (p === void 0) n.children.forEach((c) => walk(c, i + 1));
    else {
      const c = n.children.get(p);
      if (c) walk(c, i + 1);
    }
  };
  walk(root, 0);
  return out;
}
function collectRefs(r, onRef) {
  const term2 = (t) => {
    if (!t) return;
    switch (t.t) {
      case "var":
        if (t.name === "data") onRef([]);
        break;
      case "ref":
        if (t.head.t === "var" && t.head.name === "data") {
          const parts = [];
          for (const p of t.path) {
            if (p.t === "scalar" && typeof p.value === "string") {
              parts.push(p.value);
              continue;
            }
            parts.push(p.t === "scalar" ? null : void 0);
            break;
          }
          onRef(parts);
        } else term2(t.head);
        for (const p of t.path) if (p.t !== "scalar") term2(p);
        break;
      case "array":
      case "set":
        t.items.forEach(term2);
        break;
      case "object":
        t.items.forEach(([k, v]) => {
          term2(k);
          term2(v);
        });
        break;
      case "arraycompr":
      case "setcompr":
        term2(t.term);
        t.body.forEach(expr);
        break;
      case "objectcompr":
        term2(t.key);
        term2(t.value);
        t.body.forEach(expr);
        break;
      case "call":
        if (t.op.startsWith("data.")) onRef(t.op.split(".").slice(1));
        t.args.forEach(term2);
        break;
      case "template":
        t.parts.forEach((p) => {
          if (typeof p !== "string") term2(p);
        });
        break;
      default:
        break;
    }
  };
  const expr = (e) => {
    for (const w of e.with) {
      term2(w.target);
      term2(w.value);
    }
    switch (e.e) {
      case "term":
        term2(e.term);
        break;
      case "some":
        break;
      case "somein":
        term2(e.key);
        term2(e.value);
        term2(e.domain);
        break;
      case "every":
        term2(e.key);
        term2(e.value);
        term2(e.domain);
        e.body.forEach(expr);
        break;
      case "or":
        e.branches.forEach((b) => b.forEach(expr));
        break;
    }
  };
  const h = r.head;
  h.ref.slice(1).forEach(term2);
  h.args?.forEach(term2);
  term2(h.key);
  term2(h.value);
  r.body.forEach(expr);
}
function dependencyGraph(root) {
  const rules = allRules(root);
  const edges = /* @__PURE__ */ new Map();
  const memo = /* @__PURE__ */ new Map();
  for (const { rule } of rules) {
    const deps = /* @__PURE__ */ new Set();
    collectRefs(rule, (parts) => {
      const key = parts.map((p) => p === void 0 ? "\0" : p === null ? "" : p).join("");
      let rs = memo.get(key);
      if (!rs) {
        rs = rulesFor(root, parts);
        memo.set(key, rs);
      }
      for (const d of rs) for (let x = d; x; x = x.else) deps.add(x);
    });
    edges.set(rule, deps);
  }
  return { rules, edges };
}
function checkRecursion(root) {
  const { rules, edges } = dependencyGraph(root);
  let edge = false;
  for (const deps of edges.values()) if (deps.size) {
    edge = true;
    break;
  }
  if (!edge) return;
  const cyclic = rulesOnCycles(rules.map((r) => r.rule), edges);
  for (const { rule, path } of rules) {
    if (!cyclic.has(rule)) continue;
    const cycle = pathBack(rule, edges);
    if (cycle) {
      const pathOf = new Map(rules.map((r) => [r.rule, r.path]));
      const names = [path, ...cycle.map((r) => pathOf.get(r) ?? "?")];
      throw new RegoError("rego_recursion_error", `rule ${path} is recursive: ${names.join(" -> ")}`, rule.loc);
    }
  }
}
function rulesOnCycles(nodes, edges) {
  const index2 = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const out = /* @__PURE__ */ new Set();
  let next = 0;
  for (const start of nodes) {
    if (index2.has(start)) continue;
    const work = [];
    const enter = (v) => {
      index2.set(v, next);
      low.set(v, next);
      next++;
      stack.push(v);
      onStack.add(v);
      work.push({ v, it: (edges.get(v) ?? /* @__PURE__ */ new Set()).values() });
    };
    enter(start);
    while (work.length) {
      const top = work[work.length - 1];
      const n = top.it.next();
      if (!n.done) {
        const w = n.value;
        if (!index2.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v), index2.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const p = work[work.length - 1].v;
        low.set(p, Math.min(low.get(p), low.get(top.v)));
      }
      if (low.get(top.v) === index2.get(top.v)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.v);
        if (comp.length > 1 || edges.get(top.v)?.has(top.v)) comp.forEach((r) => out.add(r));
      }
    }
  }
  return out;
}
function pathBack(start, edges) {
  const prev = /* @__PURE__ */ new Map();
  const queue = [];
  for (const d of edges.get(start) ?? []) {
    if (d === start) return [start];
    if (!prev.has(d)) {
      prev.set(d, null);
      queue.push(d);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const d of edges.get(v) ?? []) {
      if (d === start) {
        const path = [start];
        for (let x = v; x; x = prev.get(x) ?? null) path.unshift(x);
        return path;
      }
      if (!prev.has(d)) {
        prev.set(d, v);
        queue.push(d);
      }
    }
  }
  return void 0;
}

// src/rego/compile/conflicts.ts
var locText = (r) => `${r.loc.file}:${r.loc.row}`;
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function refText(node, suffix = []) {
  let s = ["data", ...node.path].join(".");
  for (const t of suffix) s += t.t === "scalar" && typeof t.value === "string" ? `.${t.value}` : t.t === "var" ? `[${t.name}]` : "[_]";
  return s;
}
var nameOf = (e) => refText(e.node, e.suffix);
function entries(node) {
  const out = [];
  const add = (rule, ground, suffix = []) => out.push({
    rule,
    ground,
    kind: rule.head.key && !rule.head.value ? "multi" : "single",
    arity: rule.head.args?.length ?? 0,
    node,
    suffix
  });
  for (const r of [...node.complete, ...node.defaults, ...node.setRules, ...node.functions]) add(r, true);
  for (const d of node.dynamic) add(d.rule, false, d.suffix);
  return out.sort((a, b) => compareText(a.rule.loc.file, b.rule.loc.file) || a.rule.loc.row - b.rule.loc.row || a.rule.loc.col - b.rule.loc.col);
}
function descendants(node, out = []) {
  for (const c of node.children.values()) {
    out.push(...entries(c));
    descendants(c, out);
  }
  return out;
}
function checkConflicts(root) {
  const visit = (node) => {
    const es = entries(node);
    if (es.length) {
      const first = es[0].rule;
      const kinds = new Set(es.map((e) => e.kind));
      const arities = new Set(es.map((e) => e.arity));
      const complete = es.filter((e) => e.kind === "single" && e.ground && e.arity === 0).length;
      const partial = es.filter((e) => !(e.kind === "single" && e.ground)).length;
      const defaults = es.filter((e) => e.rule.default);
      if (kinds.size > 1 || arities.size > 1 || complete >= 1 && partial >= 1) {
        throw new RegoError("rego_type_error", `conflicting rules ${nameOf(es[0])} found`, first.loc);
      }
      if (defaults.length > 1) {
        throw new RegoError("rego_type_error", `multiple default rules ${nameOf(es[0])} found at ${defaults.map((e) => locText(e.rule)).join(", ")}`, first.loc);
      }
      if (es.some((e) => e.ground)) {
        const inside = descendants(node);
        if (inside.length) {
          throw new RegoError("rego_type_error", `rule ${nameOf(es[0])} conflicts with:
  ${inside.map((e) => `rule ${nameOf(e)} at ${locText(e.rule)}`).join("\n  ")}`, first.loc);
        }
      }
    }
    for (const c of node.children.values()) visit(c);
  };
  visit(root);
}
function read(v, key) {
  if (v instanceof RObject) return v.getStr(key);
  if (Array.isArray(v) && /^(0|[1-9]\d*)$/.test(key)) return v[Number(key)];
  return void 0;
}
function taken(data, path) {
  let cur = data;
  let i = 0;
  for (; i < path.length && cur !== void 0; i++) {
    const next = read(cur, path[i]);
    if (next === void 0) return !(cur instanceof RObject);
    cur = next;
  }
  return true;
}
function checkDataConflicts(root, data) {
  const visit = (node) => {
    if (taken(data, node.path)) {
      const es = entries(node);
      if (es.length) throw new RegoError("rego_compile_error", `conflicting rule for data path ${node.path.join("/")} found`, es[0].rule.loc);
    }
    for (const c of node.children.values()) visit(c);
  };
  for (const c of root.children.values()) visit(c);
}
function checkWithOverrides(root, modules) {
  const visitBody = (body2) => body2.forEach((e) => {
    for (const w of e.with) {
      const t = w.target;
      if (t.t !== "ref" || t.head.t !== "var" || t.head.name !== "data") continue;
      let node = root;
      for (const p of t.path) {
        if (p.t !== "scalar" || typeof p.value !== "string") break;
        if (node !== root && (node.hasRules || node.isFunction)) {
          throw new RegoError("rego_compile_error", "with keyword cannot partially replace virtual document(s)", w.loc);
        }
        node = node.children.get(p.value);
        if (!node) break;
      }
    }
    if (e.e === "every") visitBody(e.body);
    else if (e.e === "or") e.branches.forEach(visitBody);
  });
  for (const m of modules) for (const r of m.rules) for (let cur = r; cur; cur = cur.else) visitBody(cur.body);
}

// src/rego/compile/indexer.ts
function indexableCondition(e) {
  if (e.e !== "term" || e.negated || e.with.length) return void 0;
  const t = e.term;
  if (t.t !== "call" || t.op !== "eq" && t.op !== "equal" || t.args.length !== 2) return void 0;
  const [a, b] = t.args;
  const ref = a.t === "ref" ? a : b.t === "ref" ? b : void 0;
  const other = ref === a ? b : a;
  if (!ref || other.t !== "scalar") return void 0;
  const path = inputPath(ref);
  return path ? { path, value: other.value } : void 0;
}
function inputPath(t) {
  if (t.head.t !== "var" || t.head.name !== "input" || t.path.length === 0) return void 0;
  const out = [];
  for (const p of t.path) {
    if (p.t !== "scalar" || typeof p.value !== "string" && typeof p.value !== "number") return void 0;
    out.push(p.value);
  }
  return out;
}
var RuleIndex = class _RuleIndex {
  constructor(items, groups, unindexed) {
    this.items = items;
    this.groups = groups;
    this.unindexed = unindexed;
  }
  items;
  groups;
  unindexed;
  /** An index over items (rules, or entries holding a rule); undefined when fewer than two rules have a condition. */
  static build(items, ruleOf) {
    const groups = /* @__PURE__ */ new Map();
    const unindexed = [];
    let indexed = 0;
    items.forEach((item, i) => {
      const r = ruleOf(item);
      const cond = r.else || r.default ? void 0 : firstCondition(r.body);
      if (!cond) {
        unindexed.push(i);
        return;
      }
      indexed++;
      const pk = cond.path.map((p) => hashKey(p)).join("");
      let g = groups.get(pk);
      if (!g) {
        g = { path: cond.path, byValue: /* @__PURE__ */ new Map() };
        groups.set(pk, g);
      }
      const vk = hashKey(cond.value);
      const list = g.byValue.get(vk);
      if (list) list.push(i);
      else g.byValue.set(vk, [i]);
    });
    if (indexed < 2) return void 0;
    return new _RuleIndex(items, [...groups.values()], unindexed);
  }
  /** The items whose indexed condition holds for this input (and all unindexed ones), in their original order. */
  candidates(input) {
    const picked = this.unindexed.slice();
    if (input !== void 0) {
      for (const g of this.groups) {
        let v = input;
        for (const p of g.path) {
          v = lookup(v, p);
          if (v === void 0) break;
        }
        if (v === void 0) continue;
        const list = g.byValue.get(hashKey(v));
        if (list) picked.push(...list);
      }
    }
    if (picked.length === this.items.length) return this.items;
    picked.sort((a, b) => a - b);
    return picked.map((i) => this.items[i]);
  }
};
function lookup(v, key) {
  if (v instanceof RObject) return typeof key === "string" ? v.getStr(key) : v.get(key);
  if (Array.isArray(v) && typeof key === "number") return v[key];
  return void 0;
}
function firstCondition(body2) {
  for (const e of body2) {
    const c = indexableCondition(e);
    if (c) return c;
  }
  return void 0;
}

// src/rego/compile/rule-tree.ts
var TreeNode = class _TreeNode {
  constructor(path) {
    this.path = path;
  }
  path;
  children = /* @__PURE__ */ new Map();
  /** Rules whose static reference ends here. */
  complete = [];
  defaults = [];
  setRules = [];
  functions = [];
  /** Rules with a non-static suffix after this node (`p[k] := v`, `a.b[c] contains x`). */
  dynamic = [];
  get hasRules() {
    return this.complete.length + this.defaults.length + this.setRules.length + this.dynamic.length > 0;
  }
  get isFunction() {
    return this.functions.length > 0;
  }
  child(name) {
    let c = this.children.get(name);
    if (!c) {
      c = new _TreeNode([...this.path, name]);
      this.children.set(name, c);
    }
    return c;
  }
  find(path) {
    let n = this;
    for (const p of path) {
      n = n.children.get(p);
      if (!n) return void 0;
    }
    return n;
  }
  // Rule indices, built on first use (bodies are final by then): only the rules that may succeed for an input.
  completeIndex;
  setIndex;
  dynamicIndex;
  /** Evaluate every rule (for measuring what the index saves). */
  disableIndex() {
    this.completeIndex = this.setIndex = this.dynamicIndex = null;
    this.children.forEach((c) => c.disableIndex());
  }
  completeFor(input) {
    if (this.completeIndex === void 0) this.completeIndex = RuleIndex.build(this.complete, (r) => r) ?? null;
    return this.completeIndex ? this.completeIndex.candidates(input) : this.complete;
  }
  setRulesFor(input) {
    if (this.setIndex === void 0) this.setIndex = RuleIndex.build(this.setRules, (r) => r) ?? null;
    return this.setIndex ? this.setIndex.candidates(input) : this.setRules;
  }
  dynamicFor(input) {
    if (this.dynamicIndex === void 0) this.dynamicIndex = RuleIndex.build(this.dynamic, (d) => d.rule) ?? null;
    return this.dynamicIndex ? this.dynamicIndex.candidates(input) : this.dynamic;
  }
};
function place(pkgNode, r, functions) {
  const ref = r.head.ref;
  let node = pkgNode.child(ref[0].name);
  let i = 1;
  for (; i < ref.length; i++) {
    const p = ref[i];
    if (p.t === "scalar" && typeof p.value === "string") node = node.child(p.value);
    else break;
  }
  const suffix = ref.slice(i);
  if (r.head.args) {
    node.functions.push(r);
    functions.set(["data", ...node.path].join("."), node);
    return;
  }
  if (suffix.length) {
    node.dynamic.push({ rule: r, suffix });
    return;
  }
  if (r.default) node.defaults.push(r);
  else if (r.head.key) node.setRules.push(r);
  else node.complete.push(r);
}

// src/rego/compile/type-unify.ts
var ANY = { k: "any", of: [] };
var NULL = { k: "null" };
var BOOLEAN = { k: "boolean" };
var NUMBER = { k: "number" };
var STRING = { k: "string" };
function fromDecl(d) {
  switch (d.type) {
    case "any":
      return { k: "any", of: (Array.isArray(d.of) ? d.of : d.of ? [d.of] : []).map(fromDecl) };
    case "null":
    case "boolean":
    case "number":
    case "string":
      return { k: d.type };
    case "array":
      return { k: "array", static: (d.static ?? []).map(fromDecl), dynamic: d.dynamic ? fromDecl(d.dynamic) : void 0 };
    case "set":
      return { k: "set", of: d.of ? fromDecl(d.of) : ANY };
    case "object": {
      const dyn = d.dynamic;
      return {
        k: "object",
        static: new Map((d.static ?? []).map((e) => [JSON.stringify(e.key), fromDecl(e.value)])),
        dynamic: dyn ? { key: fromDecl(dyn.key), value: fromDecl(dyn.value) } : void 0
      };
    }
    default:
      return ANY;
  }
}
var or = (ts) => {
  if (ts.length && ts.every((t) => t === ts[0])) return ts[0];
  const uniq = [...new Map(ts.map((t) => [JSON.stringify(t, (_k, v) => v instanceof Map ? [...v] : v), t])).values()];
  return uniq.length === 1 ? uniq[0] : { k: "any", of: uniq };
};
var keyType = (json) => {
  const v = JSON.parse(json);
  return typeof v === "string" ? STRING : typeof v === "number" ? NUMBER : typeof v === "boolean" ? BOOLEAN : v === null ? NULL : ANY;
};
var selectIndex = (a, i) => a.static[i] ?? a.dynamic;
function selectKey(o, key) {
  const s = o.static.get(key);
  if (s) return s;
  if (o.dynamic && contains(o.dynamic.key, keyType(key))) return o.dynamic.value;
  return void 0;
}
function contains(a, b) {
  if (a.k === "any") return a.of.length === 0 || a.of.some((x) => contains(x, b));
  return a.k === b.k;
}
function unifies(a, b) {
  if (!a || !b) return false;
  if (a.k === "any" && (a.of.length === 0 || a.of.some((x) => unifies(x, b)))) return true;
  if (b.k === "any" && (b.of.length === 0 || b.of.some((x) => unifies(a, x)))) return true;
  if (a.k === "any" || b.k === "any") return false;
  if (a.k !== b.k) return false;
  if (a.k === "array") {
    const bb = b;
    return a.static.every((_, i) => unifies(a.static[i], selectIndex(bb, i))) && bb.static.every((_, i) => unifies(bb.static[i], selectIndex(a, i))) && (!a.dynamic || !bb.dynamic || unifies(a.dynamic, bb.dynamic));
  }
  if (a.k === "object") {
    const bb = b;
    return [...a.static].every(([k, v]) => unifies(v, selectKey(bb, k))) && [...bb.static].every(([k, v]) => {
      const w = selectKey(a, k);
      return w === void 0 || unifies(w, v);
    }) && (!a.dynamic || !bb.dynamic || unifies(a.dynamic.value, bb.dynamic.value));
  }
  if (a.k === "set") return unifies(a.of, b.of);
  return true;
}

// src/rego/compile/type-check.ts
var ORDER = ["any", "null", "boolean", "number", "string", "array", "object", "set"];
function typeText2(t) {
  switch (t.k) {
    case "any":
      return t.of.length ? `any<${[...t.of].sort((a, b) => ORDER.indexOf(a.k) - ORDER.indexOf(b.k)).map(typeText2).join(", ")}>` : "any";
    case "array": {
      const s = t.static.length ? `<${t.static.map(typeText2).join(", ")}>` : "";
      return `array${s}${t.dynamic ? `[${typeText2(t.dynamic)}]` : s ? "" : "[any]"}`;
    }
    case "set":
      return `set[${typeText2(t.of)}]`;
    case "object": {
      const s = t.static.size ? `<${[...t.static].map(([k, v]) => `${keyText(k)}: ${typeText2(v)}`).join(", ")}>` : "";
      return `object${s}${t.dynamic ? `[${typeText2(t.dynamic.key)}: ${typeText2(t.dynamic.value)}]` : ""}`;
    }
    default:
      return t.k;
  }
}
var keyJSON = (v) => typeof v === "bigint" ? String(v) : JSON.stringify(v);
var keyText = (json) => {
  const v = JSON.parse(json);
  return typeof v === "string" ? v : json;
};
var scalarType = (v) => {
  switch (typeof v) {
    case "string":
      return STRING;
    case "number":
    case "bigint":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    default:
      return v === null ? NULL : v instanceof RFloat ? NUMBER : ANY;
  }
};
function elements(t) {
  switch (t.k) {
    case "array":
      return { key: NUMBER, value: or([...t.static, ...t.dynamic ? [t.dynamic] : []].filter(Boolean)) };
    case "set":
      return { key: t.of, value: t.of };
    case "object": {
      const keys = [...t.static.keys()].map((k) => scalarType(JSON.parse(k)));
      const values = [...t.static.values()];
      if (t.dynamic) {
        keys.push(t.dynamic.key);
        values.push(t.dynamic.value);
      }
      return { key: keys.length ? or(keys) : ANY, value: values.length ? or(values) : ANY };
    }
    default:
      return { key: ANY, value: ANY };
  }
}
function refText2(r) {
  const head = r.head.t === "var" ? displayName(r.head.name) : "__localq__";
  return head + r.path.map((p) => p.t === "scalar" && typeof p.value === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}` : `[${p.t === "scalar" ? toRegoText(p.value) : p.t === "var" ? displayName(p.name) : "..."}]`).join("");
}
var declTypes = /* @__PURE__ */ new Map();
function builtinTypes(op, d) {
  let r = declTypes.get(op);
  if (!r) {
    r = { want: d.args.map((a) => fromDecl(a)), res: d.result ? fromDecl(d.result) : ANY };
    declTypes.set(op, r);
  }
  return r;
}
var checkers = /* @__PURE__ */ new WeakMap();
function typeCheckerOf(root, schemas) {
  let c = checkers.get(root);
  if (!c) {
    c = new TypeChecker(root, schemas);
    checkers.set(root, c);
  }
  return c;
}
function unbound(t, env) {
  switch (t.t) {
    case "var":
      return !env.has(t.name) && t.name !== "input" && t.name !== "data";
    case "array":
    case "set":
      return t.items.some((x) => unbound(x, env));
    case "object":
      return t.items.some(([k, v]) => unbound(k, env) || unbound(v, env));
    case "ref":
      return t.head.t === "var" && t.head.name !== "input" && t.head.name !== "data" && !env.has(t.head.name);
    default:
      return false;
  }
}
function bindAny(t, env) {
  if (t.t === "var") {
    if (!env.has(t.name)) env.set(t.name, ANY);
  } else if (t.t !== "arraycompr" && t.t !== "setcompr" && t.t !== "objectcompr") forEachOperand(t, bindAny, env, void 0);
}
var TypeChecker = class {
  constructor(root, schemas) {
    this.root = root;
    this.schemas = schemas;
  }
  root;
  schemas;
  ruleTypes = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** A function's parameter types, as its bodies narrow them (a parameter passed to `count` is a collection). */
  fnParams = /* @__PURE__ */ new Map();
  /** The schemas of the rule being checked (undefined: only the global input schema, if any). */
  scope;
  /** In a query `==` stays a comparison; OPA rewrites it into a unification only in modules (RewriteEquals). */
  query = false;
  /** Checks every rule under `node` (and their else chains). */
  checkTree(node = this.root) {
    if (node.hasRules || node.isFunction) this.nodeType(node);
    for (const c of node.children.values()) this.checkTree(c);
  }
  /** Checks a query (compiled): its refs into `input` see the global input schema, not a rule's annotations. */
  checkQuery(body2) {
    this.query = true;
    try {
      return this.checkBody(body2);
    } finally {
      this.query = false;
    }
  }
  /** Checks a body (compiled). */
  checkBody(body2, env = /* @__PURE__ */ new Map()) {
    for (const e of body2) this.expr(e, env);
    return env;
  }
  nodeType(node) {
    const known = this.ruleTypes.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return ANY;
    this.inProgress.add(node);
    const types = [];
    for (const r of [...node.defaults, ...node.complete]) types.push(...this.ruleValues(r, (h, env) => h.value ? this.type(h.value, env) : BOOLEAN));
    const keys = [];
    for (const r of node.setRules) keys.push(...this.ruleValues(r, (h, env) => this.type(h.key, env)));
    const dyn = [];
    for (const d of node.dynamic) {
      for (const v of this.ruleValues(d.rule, (h, env) => h.key && !h.value ? this.type(h.key, env) : h.value ? this.type(h.value, env) : BOOLEAN)) {
        dyn.push({ key: d.suffix.length === 1 ? this.type(d.suffix[0], /* @__PURE__ */ new Map()) : ANY, value: d.suffix.length === 1 ? v : ANY });
      }
    }
    const fnResults = [];
    const params = [];
    for (const r of node.functions) {
      fnResults.push(...this.ruleValues(r, (h, env) => {
        const value = h.value ? this.type(h.value, env) : BOOLEAN;
        params.push((h.args ?? []).map((a) => this.type(a, env)));
        return value;
      }));
    }
    if (params.length) this.fnParams.set(node, params[0].map((_, i) => or(params.map((p) => p[i] ?? ANY))));
    this.inProgress.delete(node);
    let t;
    const kinds = [types.length, keys.length, dyn.length].filter((n) => n > 0).length;
    if (node.functions.length) t = fnResults.length ? or(fnResults) : ANY;
    else if (node.children.size || kinds !== 1) t = ANY;
    else if (types.length) t = or(types);
    else if (keys.length) t = { k: "set", of: or(keys) };
    else t = { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } };
    this.ruleTypes.set(node, t);
    return t;
  }
  /** Checks a rule's body and each else's, and gives the type of each one's value. */
  ruleValues(r, value) {
    const out = [];
    const scope = this.scope;
    const query = this.query;
    this.query = false;
    try {
      for (let cur = r; cur; cur = cur.else) {
        if (this.schemas) this.scope = this.schemas.forRule(cur);
        const env = this.checkBody(cur.body);
        out.push(value(cur.head, env));
      }
    } finally {
      this.scope = scope;
      this.query = query;
    }
    return out;
  }
  expr(e, env) {
    for (const w of e.with) this.type(w.value, env);
    switch (e.e) {
      case "term": {
        const t = e.term;
        if (t.t === "call" && (t.op === "assign" || t.op === "eq" || t.op === "equal" && !this.query) && t.args.length === 2) {
          const a = t.args[0];
          const b = t.args[1];
          const nilA = unbound(a, env);
          const nilB = unbound(b, env);
          const ta = this.type(a, env);
          const tb = this.type(b, env);
          const ok = nilA && !nilB ? this.match(a, tb, env) : nilB && !nilA ? this.match(b, ta, env) : nilA || unifies(ta, tb) && unifies(tb, ta);
          if (!ok) throw new RegoError("rego_type_error", `match error
	left  : ${typeText2(ta)}
	right : ${typeText2(tb)}`, e.loc);
          bindAny(a, env);
          bindAny(b, env);
          return;
        }
        this.type(t, env);
        return;
      }
      case "somein": {
        const d = elements(this.type(e.domain, env));
        if (e.key?.t === "var" && !env.has(e.key.name)) env.set(e.key.name, d.key);
        if (e.value.t === "var" && !env.has(e.value.name)) env.set(e.value.name, d.value);
        return;
      }
      case "every": {
        this.type(e.domain, env);
        const inner = new Map(env);
        if (e.key?.t === "var") inner.delete(e.key.name);
        if (e.value.t === "var") inner.delete(e.value.name);
        this.checkBody(e.body, inner);
        return;
      }
      case "or":
        for (const b of e.branches) this.checkBody(b, new Map(env));
        return;
      default:
        return;
    }
  }
  /** OPA's unify1: a term with unbound variables against a type; the variables take the parts' types. */
  match(term2, t, env) {
    if (t.k === "any" && t.of.length && (term2.t === "array" || term2.t === "object")) return t.of.some((alt) => this.match(term2, alt, new Map(env)));
    switch (term2.t) {
      case "var":
        if (!env.has(term2.name)) env.set(term2.name, t);
        return true;
      case "array":
        if (t.k === "any") return true;
        if (t.k !== "array" || term2.items.length !== t.static.length && !t.dynamic) return false;
        return term2.items.every((x, i) => this.match(x, selectIndex(t, i) ?? ANY, env));
      case "object":
        if (t.k === "any") return true;
        if (t.k !== "object" || term2.items.length !== t.static.size && !t.dynamic) return false;
        return term2.items.every(([k, v]) => {
          if (k.t !== "scalar") return this.match(v, ANY, env);
          const child = selectKey(t, keyJSON(k.value));
          return child !== void 0 && this.match(v, child, env);
        });
      default:
        return unbound(term2, env) || unifies(this.type(term2, env), t);
    }
  }
  /** The type of a term, checking the calls and refs in it. */
  type(t, env) {
    switch (t.t) {
      case "scalar":
        return scalarType(t.value);
      case "var":
        return env.get(t.name) ?? (t.name === "input" && this.schemas ? this.inputType() : void 0) ?? ANY;
      case "template":
        for (const p of t.parts) if (typeof p !== "string") this.type(p, env);
        return STRING;
      case "array":
        return { k: "array", static: t.items.map((x) => this.type(x, env)) };
      case "set":
        return { k: "set", of: t.items.length ? or(t.items.map((x) => this.type(x, env))) : ANY };
      case "object": {
        const stat = /* @__PURE__ */ new Map();
        const dyn = [];
        for (const [k, v] of t.items) {
          if (k.t === "scalar") stat.set(keyJSON(k.value), this.type(v, env));
          else dyn.push({ key: this.type(k, env), value: this.type(v, env) });
        }
        return { k: "object", static: stat, dynamic: dyn.length ? { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } : void 0 };
      }
      case "arraycompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "array", static: [], dynamic: this.type(t.term, inner) };
      }
      case "setcompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "set", of: this.type(t.term, inner) };
      }
      case "objectcompr": {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: this.type(t.key, inner), value: this.type(t.value, inner) } };
      }
      case "ref":
        return this.ref(t, env);
      case "call":
        return this.call(t, env);
    }
  }
  call(t, env) {
    const args = [];
    for (let i = 0; i < t.args.length; i++) args.push(this.type(t.args[i], env));
    if (t.fnRef) return ANY;
    if (t.op.startsWith("data.")) {
      const node = this.root.find(t.op.split(".").slice(1));
      if (!node?.isFunction) return ANY;
      const res2 = this.nodeType(node);
      const want2 = this.fnParams.get(node);
      if (want2) this.checkArgs(t, args, want2, () => [...want2, res2].map(typeText2).join(", "));
      return res2;
    }
    const d = DECLARATIONS[t.op];
    if (!d || d.variadic || !d.args) return ANY;
    const { want, res } = builtinTypes(t.op, d);
    this.checkArgs(t, args, want, () => [signature(t.op), result(t.op)].filter(Boolean).join(", "));
    for (let i = 0; i < want.length; i++) {
      const a = t.args[i];
      if (a.t === "var" && !env.has(a.name)) env.set(a.name, want[i]);
    }
    const out = t.args[want.length];
    if (out?.t === "var" && !env.has(out.name)) env.set(out.name, res);
    return res;
  }
  /** The arguments' types `args` (those beyond `want` are outputs, not checked) against the declared ones. */
  checkArgs(t, args, want, sig) {
    const n = Math.min(args.length, want.length);
    let ok = true;
    for (let i = 0; ok && i < n; i++) ok = unifies(args[i], want[i]) && this.fits(t.args[i], want[i], args[i]);
    if (ok) return;
    const have = [...args.slice(0, n).map(typeText2), "???"].join(", ");
    throw new RegoError("rego_type_error", `${t.op}: invalid argument(s)
	have: (${have})
	want: (${sig()})`, t.loc);
  }
  /** A collection written out fits a declared type element by element (OPA's unify1), not as the union of its
   * elements: `{[1], {"x": 1}}` is no set of paths although one of its elements is. */
  fits(term2, want, type) {
    if (term2.t !== "set" && term2.t !== "array" && term2.t !== "object") return true;
    const candidates = want.k === "any" ? want.of : [want];
    if (!candidates.length) return true;
    return candidates.some((c) => {
      if (!unifies(type, c)) return false;
      const items = term2.t === "object" ? term2.items.map(([, v]) => v) : term2.items;
      const itemTypes = type.k === "set" || type.k === "array" || type.k === "object" ? items.map((x) => this.type(x, /* @__PURE__ */ new Map())) : [];
      if (term2.t === "set" && c.k === "set") return items.every((x, i) => unifies(itemTypes[i], c.of) && this.fits(x, c.of, itemTypes[i]));
      return true;
    });
  }
  ref(r, env) {
    let cur;
    let start = 0;
    if (r.head.t === "var" && r.head.name === "data") {
      let node = this.root;
      let i = 0;
      for (; i < r.path.length; i++) {
        const p = r.path[i];
        if (p.t !== "scalar" || typeof p.value !== "string") break;
        const next = node.children.get(p.value);
        if (!next) break;
        node = next;
        if (node.hasRules && !node.children.size) {
          i++;
          break;
        }
      }
      for (const p of r.path) if (p.t !== "scalar") this.type(p, env);
      const annotated = this.scope?.data.length && !(node.hasRules || node.isFunction) ? this.dataSchema(r) : void 0;
      if (annotated) [cur, start] = annotated;
      else if (!node.hasRules || node.children.size || node.isFunction) return ANY;
      else {
        cur = this.nodeType(node);
        start = i;
      }
    } else if (r.head.t === "var" && r.head.name === "input" && this.inputType()) {
      cur = this.inputType();
    } else if (r.head.t === "var" && (r.head.name === "input" || !env.has(r.head.name))) {
      for (const p of r.path) if (p.t !== "scalar") this.type(p, env);
      return ANY;
    } else {
      cur = this.type(r.head, env);
    }
    for (let i = start; i < r.path.length; i++) {
      const p = r.path[i];
      const key = p.t === "var" && !env.has(p.name) ? void 0 : this.type(p, env);
      if (cur.k === "any" && !cur.of.length) {
        for (const q of r.path.slice(i + 1)) if (!(q.t === "var" && !env.has(q.name))) this.type(q, env);
        return ANY;
      }
      cur = this.select(r, i, cur, p, key, env);
    }
    return cur;
  }
  inputType() {
    return this.schemas && !this.query && this.scope ? this.scope.input : this.schemas?.input;
  }
  /** The type an annotation gives the longest annotated prefix of a ref into `data`, and the prefix's length. */
  dataSchema(r) {
    let best;
    for (const d of this.scope.data) {
      if (d.path.length > r.path.length || best && best.path.length >= d.path.length) continue;
      if (d.path.every((k, i) => {
        const p = r.path[i];
        return p.t === "scalar" && p.value === k;
      })) best = d;
    }
    return best && [best.type, best.path.length];
  }
  /** The type selected from `cur` by the ref's i-th key, or OPA's "undefined ref" error. */
  select(r, i, cur, p, key, env) {
    const fail2 = (detail) => {
      const text = refText2(r);
      throw new RegoError("rego_type_error", `undefined ref: ${text}
	${text}
	${detail}`, r.loc);
    };
    if (cur.k === "null" || cur.k === "boolean" || cur.k === "number" || cur.k === "string") return fail2(`have: ${typeText2(cur)}`);
    if (cur.k === "any") {
      if (!cur.of.length) return ANY;
      const hits = [];
      for (const alt of cur.of) {
        try {
          hits.push(this.select(r, i, alt, p, key, env));
        } catch (e) {
          if (!(e instanceof RegoError)) throw e;
        }
      }
      return hits.length ? or(hits) : fail2(`have: ${typeText2(cur)}`);
    }
    const all = () => elements(cur);
    if (key === void 0) {
      const e = all();
      if (p.t === "var") env.set(p.name, e.key);
      return e.value;
    }
    if (cur.k === "array") {
      if (p.t === "scalar") {
        if (typeof p.value === "bigint") return all().value;
        if (typeof p.value !== "number" || !Number.isInteger(p.value)) return fail2(`have: ${toRegoText(p.value)}
	want (type): number`);
        if (!cur.dynamic && (p.value < 0 || p.value >= cur.static.length)) return fail2(`have: ${p.value}
	want (type): number`);
        return selectIndex(cur, p.value) ?? all().value;
      }
      if (!unifies(key, NUMBER)) return fail2(`have (type): ${typeText2(key)}
	want (type): number`);
      return all().value;
    }
    if (cur.k === "object") {
      if (p.t === "scalar") {
        const hit = selectKey(cur, keyJSON(p.value));
        if (hit) return hit;
        if (!cur.dynamic) return fail2(`have: ${toRegoText(p.value)}
	want (one of): [${[...cur.static.keys()].map(keyText).map((k) => JSON.stringify(k)).join(" ")}]`);
      }
      return all().value;
    }
    return all().value;
  }
};

// src/rego/compile/schema-types.ts
var schemaKey = (path) => JSON.stringify(path);
var MAX_DEPTH2 = 100;
var MAX_NODES = 1e5;
var VALID = ["array", "boolean", "integer", "number", "null", "object", "string"];
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var SchemaError = class extends Error {
};
function schemaType(raw, loc) {
  try {
    return new Parser(raw).parse(raw, 0);
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    throw new RegoError("rego_type_error", e.message, loc);
  }
}
var Parser = class {
  constructor(root) {
    this.root = root;
  }
  root;
  nodes = 0;
  refs = [];
  /** Each definition is read once however often it is referred to (a Kubernetes schema refers to some hundreds of times). */
  resolved = /* @__PURE__ */ new Map();
  invalid(what) {
    throw new SchemaError(`unable to compile the schema: ${what}`);
  }
  parse(s, depth) {
    if (++this.nodes > MAX_NODES) this.invalid(`more than ${MAX_NODES} subschemas`);
    if (depth > MAX_DEPTH2) this.invalid(`nested deeper than ${MAX_DEPTH2} levels`);
    if (typeof s === "boolean") return ANY;
    if (!isObj(s)) this.invalid("schema is invalid");
    const types = this.types(s);
    if (s.$ref !== void 0) return this.ref(s.$ref, depth);
    if (s.anyOf !== void 0) {
      const alts = [];
      if (types.length) {
        const core = this.parse({ ...s, anyOf: void 0 }, depth + 1);
        if (core.k === "object" && core.static.size && !core.dynamic) alts.push(core);
      }
      for (const a of this.list(s.anyOf, "anyOf")) alts.push(this.parse(a, depth + 1));
      return alts.length ? or(alts) : ANY;
    }
    if (s.allOf !== void 0) {
      const parts = this.list(s.allOf, "allOf");
      if (types.length) parts.push({ ...s, allOf: void 0 });
      return parts.map((p) => this.parse(p, depth + 1)).reduce((a, b) => merge(a, b));
    }
    const props = s.properties;
    if (props !== void 0 && !isObj(props)) this.invalid("properties must be an object");
    const items = s.items;
    if (items !== void 0 && !isObj(items) && !Array.isArray(items) && typeof items !== "boolean") this.invalid("items must be a schema or an array of schemas");
    const kind = ["boolean", "string", "integer", "number", "object", "array"].find((t) => types.includes(t)) ?? (props && Object.keys(props).length ? "object" : items !== void 0 && (!Array.isArray(items) || items.length) ? "array" : void 0);
    switch (kind) {
      case "boolean":
        return { k: "boolean" };
      case "string":
        return { k: "string" };
      case "integer":
      case "number":
        return { k: "number" };
      case "object": {
        const keys = props ? Object.keys(props).sort() : [];
        if (!keys.length) return { k: "object", static: /* @__PURE__ */ new Map(), dynamic: { key: ANY, value: ANY } };
        return { k: "object", static: new Map(keys.map((k) => [JSON.stringify(k), this.parse(props[k], depth + 1)])) };
      }
      case "array": {
        if (Array.isArray(items) && items.length) return { k: "array", static: items.map((i) => this.parse(i, depth + 1)) };
        if (items !== void 0 && !Array.isArray(items)) return { k: "array", static: [], dynamic: this.parse(items, depth + 1) };
        return { k: "array", static: [], dynamic: ANY };
      }
      default:
        return ANY;
    }
  }
  types(s) {
    const t = s.type;
    if (t === void 0) return [];
    const list = Array.isArray(t) ? t : [t];
    for (const x of list) {
      if (typeof x !== "string" || !VALID.includes(x)) {
        this.invalid(`has a primitive type that is NOT VALID -- given: /${typeof x === "string" ? x : JSON.stringify(x)}/ Expected valid values are:[${VALID.join(" ")}]`);
      }
    }
    return list;
  }
  list(v, name) {
    if (!Array.isArray(v) || !v.length) this.invalid(`${name} must be a non-empty array of schemas`);
    return [...v];
  }
  /** A `$ref` into the same document (`#`, `#/definitions/x`, `#/$defs/x`, any JSON pointer); others are refused. */
  ref(ref, depth) {
    if (typeof ref !== "string") this.invalid("$ref must be a string");
    if (!ref.startsWith("#")) this.invalid(`reference ${JSON.stringify(ref)} is not inside the schema (remote references are not loaded)`);
    if (this.refs.includes(ref)) return ANY;
    const known = this.resolved.get(ref);
    if (known) return known;
    let cur = this.root;
    const pointer = decodeURIComponent(ref.slice(1));
    for (const raw of pointer.split("/").slice(1)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)];
      else if (isObj(cur) && Object.hasOwn(cur, key)) cur = cur[key];
      else this.invalid(`${Array.isArray(cur) ? "Array" : "Object"} has no key '${key}'`);
    }
    this.refs.push(ref);
    try {
      const t = this.parse(cur, depth + 1);
      this.resolved.set(ref, t);
      return t;
    } finally {
      this.refs.pop();
    }
  }
};
function merge(a, b) {
  if (a.k === "any" && !a.of.length) return b;
  if (b.k === "any" && !b.of.length) return a;
  const mismatch = () => {
    throw new SchemaError(`type checking: unable to merge these schemas: type mismatch: ${a.k} and ${b.k}`);
  };
  if (a.k !== b.k) return mismatch();
  if (a.k === "object" && b.k === "object") {
    const stat = new Map(a.static);
    for (const [k, v] of b.static) stat.set(k, stat.has(k) ? merge(stat.get(k), v) : v);
    const sorted = new Map([...stat].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0));
    const dynamic = stat.size ? void 0 : a.dynamic ?? b.dynamic;
    return { k: "object", static: sorted, ...dynamic ? { dynamic } : {} };
  }
  if (a.k === "array" && b.k === "array") {
    const n = Math.max(a.static.length, b.static.length);
    const stat = Array.from({ length: n }, (_, i) => a.static[i] && b.static[i] ? merge(a.static[i], b.static[i]) : a.static[i] ?? b.static[i]);
    const dynamic = a.dynamic && b.dynamic ? merge(a.dynamic, b.dynamic) : n ? void 0 : a.dynamic ?? b.dynamic;
    return { k: "array", static: stat, ...dynamic ? { dynamic } : {} };
  }
  return a;
}

// src/rego/compile/schema-scope.ts
var refText3 = (path) => path.map((k, i) => i === 0 ? k : /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`).join("");
var ofScope = (as, scope) => (as ?? []).filter((a) => a.scope === scope);
function documentKey(r) {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === "var") out.push(t.name);
    else if (t.t === "scalar" && typeof t.value === "string") out.push(t.value);
    else break;
  }
  return JSON.stringify(out);
}
var SchemaScopes = class {
  constructor(opts, modules) {
    this.opts = opts;
    const root = opts.set?.get(schemaKey([]));
    if (root !== void 0) this.input = schemaType(root);
    const add = (m, k, as) => {
      if (as.length) m.set(k, [...m.get(k) ?? [], ...as]);
    };
    for (const m of modules) {
      const pkg = JSON.stringify(m.package);
      add(this.packages, pkg, ofScope(m.annotations, "package"));
      add(this.subpackages, pkg, ofScope(m.annotations, "subpackages"));
      for (const r of m.rules) add(this.documents, documentKey(r), ofScope(r.annotations, "document"));
    }
  }
  opts;
  /** The global input type, from the schema set's root. */
  input;
  packages = /* @__PURE__ */ new Map();
  subpackages = /* @__PURE__ */ new Map();
  documents = /* @__PURE__ */ new Map();
  byRef = /* @__PURE__ */ new Map();
  byDefinition = /* @__PURE__ */ new WeakMap();
  /** The schemas in force in `rule`, or undefined when only the global input schema applies. */
  forRule(rule) {
    const pkg = rule.module.package;
    const annotations = [];
    for (let n = 0; n <= pkg.length; n++) annotations.push(...this.subpackages.get(JSON.stringify(pkg.slice(0, n))) ?? []);
    annotations.push(...this.packages.get(JSON.stringify(pkg)) ?? [], ...this.documents.get(documentKey(rule)) ?? [], ...ofScope(rule.annotations, "rule"));
    const entries2 = annotations.flatMap((a) => {
      const s = schemaAnnotations(a.data.schemas);
      return typeof s === "string" ? [] : s;
    });
    if (!entries2.length) return void 0;
    const out = { input: this.input, data: [] };
    for (const e of entries2) {
      const t = this.typeOf(e, rule);
      if (!t) continue;
      const keys = e.path.slice(1).map((k) => {
        if (typeof k === "object") throw new RegoError("rego_type_error", "error getting key from value: var requires evaluation", rule.loc);
        return k;
      });
      if (e.path[0] === "input") out.input = keys.length ? override(out.input ?? ANY, keys, t) : t;
      else if (e.path[0] === "data" && keys.length && keys.every((k) => typeof k === "string")) putData(out, keys, t);
    }
    return out;
  }
  typeOf(e, rule) {
    if (e.schema !== void 0) {
      if (!this.opts.set) return void 0;
      const key = schemaKey(e.schema);
      let t2 = this.byRef.get(key);
      if (!t2) {
        const raw = this.opts.set.get(key);
        if (raw === void 0) throw new RegoError("rego_type_error", `undefined schema: ${refText3(["schema", ...e.schema])}`, rule.loc);
        t2 = schemaType(raw, rule.loc);
        this.byRef.set(key, t2);
      }
      return t2;
    }
    const def = e.definition;
    let t = this.byDefinition.get(def);
    if (!t) {
      t = schemaType(def, rule.loc);
      this.byDefinition.set(def, t);
    }
    return t;
  }
};
function putData(s, path, t) {
  const prefix = s.data.find((d) => d.path.length < path.length && d.path.every((k, i) => k === path[i]));
  if (prefix) {
    prefix.type = override(prefix.type, path.slice(prefix.path.length), t);
    return;
  }
  const same = s.data.findIndex((d) => d.path.length === path.length && d.path.every((k, i) => k === path[i]));
  if (same >= 0) s.data.splice(same, 1);
  s.data.push({ path, type: t });
}
var sortedKeys = (m) => new Map([...m].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
function override(t, keys, o) {
  if (!keys.length) return o;
  if (t.k !== "object") return nest(keys, o, { key: ANY, value: ANY });
  const k = JSON.stringify(keys[0]);
  const stat = new Map(t.static);
  const prev = stat.get(k);
  stat.set(k, prev ? override(prev, keys.slice(1), o) : keys.length === 1 ? o : nest(keys.slice(1), o, t.dynamic));
  return { k: "object", static: sortedKeys(stat), ...t.dynamic ? { dynamic: t.dynamic } : {} };
}
function nest(keys, o, dynamic) {
  const value = keys.length === 1 ? o : nest(keys.slice(1), o, dynamic);
  return { k: "object", static: /* @__PURE__ */ new Map([[JSON.stringify(keys[0]), value]]), ...dynamic ? { dynamic } : {} };
}

// src/rego/compile/stages.ts
function termsOf(s, m) {
  let ts = s.parsedTerms.get(m);
  if (!ts) {
    ts = callTerms(m);
    s.parsedTerms.set(m, ts);
  }
  return ts;
}
var RULE_TREE_STAGES = [
  {
    name: "set module tree",
    opa: ["SetModuleTree"],
    run: (s) => {
      for (const m of s.modules) {
        const key = m.package.join(".");
        const names = s.packageRules.get(key) ?? /* @__PURE__ */ new Set();
        for (const r of m.rules) names.add(r.head.ref[0].name);
        s.packageRules.set(key, names);
        for (const r of m.rules) {
          if (r.head.args && r.head.ref.every((p, i) => i === 0 || p.t === "scalar")) {
            const path = ["data", ...m.package, r.head.ref[0].name, ...r.head.ref.slice(1).map((p) => String(p.value))];
            s.arity.set(path.join("."), r.head.args.length);
          }
        }
      }
    }
  },
  {
    name: "resolve names, rename locals, order bodies for safety, hoist negated calls",
    opa: ["ResolveRefs", "RewriteLocalVars", "RewriteExprTerms", "CheckSafetyRuleHeads", "CheckSafetyRuleBodies"],
    run: (s) => {
      for (const m of s.modules) resolveRules(m, s.packageRules.get(m.package.join(".")), s.arity);
    }
  },
  {
    name: "set rule tree",
    opa: ["SetRuleTree"],
    run: (s) => {
      for (const m of s.modules) {
        const pkgNode = m.package.reduce((n, p) => n.child(p), s.root);
        for (const r of m.rules) place(pkgNode, r, s.functions);
      }
    }
  },
  { name: "check recursion", opa: ["CheckRecursion"], run: (s) => checkRecursion(s.root) },
  // the indices themselves are built on a node's first evaluation, when its bodies are final
  { name: "rule indices", opa: ["BuildRuleIndices"], run: (s) => {
    if (!s.ruleIndex) s.root.disableIndex();
  } }
];
var STAGES = [
  {
    name: "check declarations, deprecated calls and with targets",
    opa: ["RewriteLocalVars (its declaration errors)", "CheckDeprecatedBuiltins", "RewriteWithValues (its target check)"],
    // Each module with all the others: a `with` target may be a function another module of its package defines.
    run: (s) => s.modules.forEach((m) => checkDeclarations(m, s.modules, termsOf(s, m)))
  },
  { name: "check arity and literal operand types", opa: ["CheckTypes"], run: (s) => s.modules.forEach((m) => checkArity(m, termsOf(s, m))) },
  ...RULE_TREE_STAGES,
  { name: "check rule conflicts", opa: ["CheckRuleConflicts"], run: (s) => checkConflicts(s.root) },
  { name: "check with targets", opa: ["RewriteWithValues"], run: (s) => checkWithOverrides(s.root, s.modules) },
  { name: "infer and check types", opa: ["CheckTypes"], run: (s) => typeCheckerOf(s.root, s.schemas && new SchemaScopes(s.schemas, s.modules)).checkTree() },
  { name: "check conflicts with base data", opa: ["checkPathConflicts"], run: (s) => checkDataConflicts(s.root, s.data) }
];
function runStages(stages, modules, opts = {}) {
  const s = {
    modules,
    data: opts.data ?? new RObject(),
    ruleIndex: opts.ruleIndex !== false,
    schemas: opts.schemas,
    root: new TreeNode([]),
    packageRules: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    arity: /* @__PURE__ */ new Map(),
    parsedTerms: /* @__PURE__ */ new Map()
  };
  for (const stage of stages) stage.run(s);
  return { root: s.root, modules, functions: s.functions, arity: s.arity };
}
function compileModules(modules, opts = {}) {
  return runStages(RULE_TREE_STAGES, modules, opts);
}

// src/rego/eval/document-cache.ts
var UNDEF = /* @__PURE__ */ Symbol("undefined");
var PENDING = /* @__PURE__ */ Symbol("pending");
var DocumentCache = class {
  values = /* @__PURE__ */ new Map();
  /** The node's value, computed on first use; `recursive` is the error for a node met while it is computed. */
  value(node, compute, recursive) {
    const cached = this.values.get(node);
    if (cached === PENDING) throw recursive();
    if (cached !== void 0) return cached === UNDEF ? void 0 : cached;
    this.values.set(node, PENDING);
    let v;
    try {
      v = compute();
    } catch (e) {
      this.values.delete(node);
      throw e;
    }
    this.values.set(node, v === void 0 ? UNDEF : v);
    return v;
  }
};

// src/rego/eval/with.ts
function withContext(old, e, vals) {
  const next = { ...old, overrides: [...old.overrides], fnOverrides: new Map(old.fnOverrides), cache: new DocumentCache() };
  e.with.forEach((w, i) => {
    const v = vals[i];
    const tgt = w.target;
    if (tgt.t === "call") {
      const fn = v?.fn;
      next.fnOverrides.set(tgt.op, fn !== void 0 ? { fn } : { t: "scalar", value: v, loc: w.loc });
      return;
    }
    const head = tgt.t === "var" ? tgt.name : tgt.t === "ref" && tgt.head.t === "var" ? tgt.head.name : "";
    const path = tgt.t === "ref" ? tgt.path.map((p) => p.t === "scalar" ? String(p.value) : "") : [];
    if (head === "input") {
      next.input = path.length ? setPath(next.input, path, v) : v;
    } else if (head === "data") {
      next.overrides = next.overrides.filter((o) => !isPrefix(path, o.path));
      next.overrides.push({ path, value: v });
    }
  });
  return next;
}
function isPrefix(pre, path) {
  if (pre.length > path.length) return false;
  for (let i = 0; i < pre.length; i++) if (pre[i] !== path[i]) return false;
  return true;
}
var sameArr = (a, b) => a.length === b.length && isPrefix(a, b);
function setPath(root, path, v) {
  const o = root instanceof RObject ? new RObject(root.entries()) : new RObject();
  if (path.length === 1) {
    o.set(path[0], v);
    return o;
  }
  o.set(path[0], setPath(o.get(path[0]), path.slice(1), v));
  return o;
}
function setIn(o, path, v) {
  if (path.length === 1) {
    o.set(path[0], v);
    return;
  }
  const c = o.get(path[0]);
  const next = c instanceof RObject ? new RObject(c.entries()) : new RObject();
  o.set(path[0], next);
  setIn(next, path.slice(1), v);
}

// src/rego/eval/documents.ts
function forEachChild(coll, g) {
  if (Array.isArray(coll)) {
    for (let i = 0; i < coll.length; i++) if (g(i, coll[i])) return true;
  } else if (coll instanceof RObject) {
    for (const [k, v] of coll.sorted()) if (g(k, v)) return true;
  } else if (coll instanceof RSet) {
    for (const v of coll.sorted()) if (g(v, v)) return true;
  }
  return false;
}
function index(v, key) {
  if (v instanceof RObject) return typeof key === "string" ? v.getStr(key) : v.get(key);
  if (Array.isArray(v)) {
    if (typeof key === "number" && Number.isInteger(key) && key >= 0 && key < v.length) return v[key];
    return void 0;
  }
  if (v instanceof RSet) return v.has(key) ? key : void 0;
  return void 0;
}
function baseIndex(v, key) {
  const c = index(v, key);
  if (c === void 0 && isNum(key) && v instanceof RObject) return v.getStr(toJSONText(key));
  return c;
}
function childObj(o, key, loc) {
  let c = o.get(key);
  if (c === void 0) {
    c = new RObject();
    o.set(key, c);
  }
  if (!(c instanceof RObject)) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
  return c;
}
function walkPairs(root, loc) {
  const pairs = [];
  const todo = [[[], root]];
  while (todo.length) {
    const [path, v] = todo.pop();
    if (path.length >= MAX_DEPTH) throw new RegoError("eval_builtin_error", `walk: ${new DepthError().message}`, loc);
    pairs.push([path, v]);
    const kids = [];
    forEachChild(v, (key, val) => {
      kids.push([[...path, key], val]);
      return false;
    });
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
  }
  return pairs;
}

// src/rego/eval/terms.ts
function isGlobal(name) {
  return name === "data" || name === "input";
}
function isGround(t, f) {
  switch (t.t) {
    case "scalar":
      return true;
    case "var":
      return f.has(t.name) || isGlobal(t.name);
    case "ref":
      return isGround(t.head, f) && t.path.every((p) => isGround(p, f));
    case "array":
    case "set":
      return t.items.every((x) => isGround(x, f));
    case "object":
      return t.items.every(([a, b]) => isGround(a, f) && isGround(b, f));
    case "call":
      return t.args.every((x) => isGround(x, f));
    case "template":
      return t.parts.every((p) => typeof p === "string" || isGround(p, f));
    default:
      return true;
  }
}
var insertOrderCache = /* @__PURE__ */ new WeakMap();
var KEY_RANK = { var: 4, ref: 5, array: 6, object: 7, set: 8, arraycompr: 9, setcompr: 10, objectcompr: 11, call: 12, template: 12 };
function objectInsertOrder(t) {
  let order = insertOrderCache.get(t);
  if (!order) {
    order = t.items.map((_, i) => i);
    if (t.items.some(([kt]) => kt.t !== "scalar")) {
      const rank = (x) => x.t === "scalar" ? 0 : KEY_RANK[x.t] ?? 13;
      order.sort((i, j) => {
        const [a, b] = [t.items[i][0], t.items[j][0]];
        const r = rank(a) - rank(b);
        if (r) return r;
        if (a.t === "scalar" && b.t === "scalar") return compare(a.value, b.value) || i - j;
        if (a.t === "var" && b.t === "var") return (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || i - j;
        return i - j;
      });
    }
    insertOrderCache.set(t, order);
  }
  return order;
}
function isConstTerm(t) {
  switch (t.t) {
    case "scalar":
      return true;
    case "array":
    case "set":
      return t.items.every(isConstTerm);
    case "object":
      return t.items.every(([k, v]) => isConstTerm(k) && isConstTerm(v));
    default:
      return false;
  }
}
var computedArgsCache = /* @__PURE__ */ new WeakMap();
function computedArgs(r) {
  let c = computedArgsCache.get(r);
  if (!c) {
    c = r.head.args.map((a) => !isPattern(a));
    computedArgsCache.set(r, c);
  }
  return c;
}
function isPattern(t) {
  switch (t.t) {
    case "var":
    case "scalar":
      return true;
    case "array":
    case "set":
      return t.items.every(isPattern);
    case "object":
      return t.items.every(([, v]) => isPattern(v));
    default:
      return false;
  }
}

// src/rego/eval/metadata.ts
function parseAuthor(s) {
  const parts = s.trim().split(/\s+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  let email;
  if (last.length >= 2 && last.startsWith("<") && last.endsWith(">")) {
    email = last.slice(1, -1);
    parts.pop();
  }
  const name = parts.join(" ");
  return { ...name ? { name } : {}, ...email ? { email } : {} };
}
function author(a) {
  if (typeof a === "string") return parseAuthor(a);
  if (a && typeof a === "object") {
    const o = a;
    return { ...o.name ? { name: o.name } : {}, ...o.email ? { email: o.email } : {} };
  }
  return a;
}
function resource(r) {
  if (typeof r === "string") return { ref: r };
  if (r && typeof r === "object") {
    const o = r;
    return { ref: o.ref, ...o.description ? { description: o.description } : {} };
  }
  return r;
}
function schema(entry) {
  if (!entry || typeof entry !== "object") return [];
  return Object.entries(entry).map(([path, v]) => ({
    path: path.split("."),
    ...typeof v === "string" ? { schema: v.split(".") } : { definition: v }
  }));
}
function annotationValue(a) {
  const d = a.data;
  const out = { scope: a.scope };
  for (const key of ["title", "description", "entrypoint", "custom", "organizations"]) {
    if (d[key] !== void 0 && d[key] !== null && d[key] !== "" && d[key] !== false) out[key] = d[key];
  }
  if (Array.isArray(d.authors) && d.authors.length) out.authors = d.authors.map(author);
  if (Array.isArray(d.related_resources) && d.related_resources.length) out.related_resources = d.related_resources.map(resource);
  if (Array.isArray(d.schemas) && d.schemas.length) out.schemas = d.schemas.flatMap(schema);
  return fromJSON(out);
}
var ofScope2 = (as, scope) => as?.find((a) => a.scope === scope);
function rulePath(r) {
  const out = [...r.module.package];
  for (const [i, t] of r.head.ref.entries()) {
    if (i === 0 && t.t === "var") out.push(t.name);
    else if (t.t === "scalar" && typeof t.value === "string") out.push(t.value);
    else break;
  }
  return out;
}
var samePath = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function modulesOf(compiled, pkg) {
  return compiled.modules.filter((m) => samePath(m.package, pkg));
}
function metadataRule(stack) {
  const r = stack[stack.length - 1];
  const a = ofScope2(r?.annotations, "rule");
  return a ? annotationValue(a) : fromJSON({});
}
function metadataChain(stack, compiled) {
  const r = stack[stack.length - 1];
  if (!r) return [];
  const path = rulePath(r);
  const entry = (p, a) => fromJSON(a ? { path: p, annotations: annotationValue(a) } : { path: p });
  const out = [entry(path, ofScope2(r.annotations, "rule"))];
  const pkg = r.module.package;
  const doc = modulesOf(compiled, pkg).flatMap((m) => m.rules).map((x) => samePath(rulePath(x), path) ? ofScope2(x.annotations, "document") : void 0).find(Boolean);
  if (doc) out.push(entry(path, doc));
  const pkgAnn = modulesOf(compiled, pkg).map((m) => ofScope2(m.annotations, "package")).find(Boolean);
  if (pkgAnn) out.push(entry(pkg, pkgAnn));
  for (let n = pkg.length; n >= 0; n--) {
    const prefix = pkg.slice(0, n);
    const sub = modulesOf(compiled, prefix).map((m) => ofScope2(m.annotations, "subpackages")).find(Boolean);
    if (sub) out.push(entry(prefix, sub));
  }
  return out;
}

// src/rego/eval/print.ts
function printLines(args) {
  const texts = args.map((vals) => vals.size === 0 ? ["<undefined>"] : vals.sorted().map((v) => typeof v === "string" ? v : toRegoText(v)));
  const lines = [];
  const line = (i, parts) => {
    if (i === texts.length) {
      lines.push(parts.join(" "));
      return;
    }
    for (const x of texts[i]) line(i + 1, [...parts, x]);
  };
  line(0, []);
  return lines;
}

// src/rego/eval/unification.ts
var Unifier = class {
  unify(a, b, f, k) {
    if (a.t === "var" && !f.has(a.name) && !isGlobal(a.name)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (b.t === "var" && !f.has(b.name) && !isGlobal(b.name)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (a.t === "array" && b.t === "array") {
      if (a.items.length !== b.items.length) return false;
      return this.unifyPairs(a.items.map((x, i) => [x, b.items[i]]), f, k);
    }
    if (a.t === "object" && b.t === "object") return this.unifyObjects(a, b, f, k);
    if (isGround(a, f)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (a.t === "ref" || a.t === "call") return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
  }
  /** Unifies pairs of terms, each time first a pair with a ground side, so `[a, b] = [b, 1]` binds b, then a. */
  unifyPairs(pairs, f, k) {
    if (!pairs.length) return k();
    let i = pairs.findIndex(([x, y]) => isGround(x, f) || isGround(y, f));
    if (i < 0) i = 0;
    const rest = pairs.filter((_, j) => j !== i);
    return this.unify(pairs[i][0], pairs[i][1], f, () => this.unifyPairs(rest, f, k));
  }
  /** `{k1: a, ...} = {k1: b, ...}`: keys are ground; values unify pairwise, so either side may bind variables. */
  unifyObjects(a, b, f, k) {
    if (a.items.length !== b.items.length) return false;
    if (isGround(a, f)) return this.evalTerm(a, f, (va) => this.unifyVal(b, va, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (vb) => this.unifyVal(a, vb, f, k));
    const aKeys = a.items.map(([kt]) => kt);
    const bKeys = b.items.map(([kt]) => kt);
    return this.evalArgs(aKeys, f, (ka) => this.evalArgs(bKeys, f, (kb) => {
      const pairs = [];
      for (let i = 0; i < ka.length; i++) {
        const j = kb.findIndex((x) => equal(x, ka[i]));
        if (j < 0) return false;
        pairs.push([a.items[i][1], b.items[j][1]]);
      }
      return this.unifyPairs(pairs, f, k);
    }));
  }
  /** Unifies a term (possibly with unbound variables) with a value. */
  unifyVal(t, v, f, k) {
    switch (t.t) {
      case "var": {
        const cur = f.get(t.name);
        if (cur !== void 0) return equal(cur, v) ? k() : false;
        if (isGlobal(t.name)) return this.evalTerm(t, f, (x) => equal(x, v) ? k() : false);
        f.set(t.name, v);
        const r = k();
        f.delete(t.name);
        return r;
      }
      case "scalar":
        return equal(t.value, v) ? k() : false;
      case "array": {
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        const step = (i) => i === v.length ? k() : this.unifyVal(t.items[i], v[i], f, () => step(i + 1));
        return step(0);
      }
      case "object": {
        if (!(v instanceof RObject) || v.size !== t.items.length) return false;
        const step = (i) => {
          if (i === t.items.length) return k();
          const [kt, vt] = t.items[i];
          return this.evalTerm(kt, f, (key) => {
            const x = v.get(key);
            return x === void 0 ? false : this.unifyVal(vt, x, f, () => step(i + 1));
          });
        };
        return step(0);
      }
      default:
        return this.evalTerm(t, f, (x) => equal(x, v) ? k() : false);
    }
  }
};

// src/rego/eval/calls.ts
var TRUE_TERM = { t: "scalar", value: true, loc: { file: "", row: 0, col: 0 } };
var Calls = class extends Unifier {
  evalCall(t, f, k) {
    const op = t.op;
    if (op === "print" || op === "internal.print") return this.evalPrint(t, f, k);
    if (op === "walk") return this.evalWalk(t, f, k);
    const fnNode = this.compiled.functions.get(op);
    const arity = fnNode ? fnNode.functions[0].head.args.length : ARITY[op];
    const hasOut = arity !== void 0 && t.args.length === arity + 1;
    const inputs = hasOut ? t.args.slice(0, -1) : t.args;
    return this.evalArgs(inputs, f, (vals) => {
      const r = this.callFunction(op, vals, t.loc);
      if (r === void 0) return false;
      if (hasOut) return this.unifyVal(t.args[t.args.length - 1], r, f, () => k(true));
      return k(r);
    });
  }
  callFunction(op, vals, loc) {
    const ov = this.ctx.fnOverrides.get(op);
    if (ov) {
      if ("fn" in ov) {
        if (ov.fn !== op) {
          const saved = this.ctx;
          this.ctx = this.unmocked(saved);
          try {
            return this.callFunctionNoOverride(ov.fn, vals, loc);
          } finally {
            this.ctx = saved;
          }
        }
      } else {
        let out;
        this.evalTerm(ov, /* @__PURE__ */ new Map(), (v) => {
          out = v;
          return true;
        });
        return out;
      }
    }
    return this.callFunctionNoOverride(op, vals, loc);
  }
  unmockedCtx = /* @__PURE__ */ new WeakMap();
  unmocked(ctx) {
    let u = this.unmockedCtx.get(ctx);
    if (!u) {
      u = { ...ctx, fnOverrides: /* @__PURE__ */ new Map(), cache: new DocumentCache() };
      this.unmockedCtx.set(ctx, u);
    }
    return u;
  }
  callFunctionNoOverride(op, vals, loc) {
    const node = this.compiled.functions.get(op);
    if (node) return this.callUser(node, vals);
    if (op === "rego.metadata.chain") return metadataChain(this.ruleStack, this.compiled);
    if (op === "rego.metadata.rule") return metadataRule(this.ruleStack);
    const fn = BUILTINS[op];
    if (isUnloadedBuiltin(op)) throw new Error(`internal error: builtin ${op} called before its namespace was loaded`);
    if (!fn) {
      throw new RegoError("rego_type_error", `undefined function ${op}`, loc);
    }
    try {
      return fn(vals, this.bctx, loc);
    } catch (e) {
      if (e instanceof RegoError) throw e;
      const code = e instanceof BuiltinError ? e.code : "eval_builtin_error";
      const err = new RegoError(code, `${op}: ${e.message}`, loc);
      if (this.opts.strict) this.errors.push(err);
      return void 0;
    }
  }
  callUser(node, vals) {
    let result2;
    const ee = this.earlyExit(node.functions);
    for (const rule of node.functions) {
      if (result2 !== void 0 && ee) break;
      if (rule.default) continue;
      for (let r = rule; r; r = r.else) {
        const frame = /* @__PURE__ */ new Map();
        const args = r.head.args;
        if (args.length !== vals.length) break;
        let got = false;
        const head = r.head.value ?? TRUE_TERM;
        const constant = head.t === "scalar";
        const rr = r;
        this.ruleStack.push(rr);
        try {
          const later = computedArgs(rr).slice();
          const checkLater = (i) => i === args.length ? this.evalTerm(head, frame, (v) => {
            got = true;
            if (result2 === void 0) result2 = v;
            else if (!equal(result2, v)) throw new RegoError("eval_conflict_error", "functions must not produce multiple outputs for same inputs", rr.loc);
            return constant;
          }) : later[i] ? this.unifyVal(args[i], vals[i], frame, () => checkLater(i + 1)) : checkLater(i + 1);
          const checkNow = (i) => {
            if (i === args.length) return this.evalBody(rr.body, 0, frame, () => checkLater(0));
            if (!later[i] || !isGround(args[i], frame)) return checkNow(i + 1);
            later[i] = false;
            return this.unifyVal(args[i], vals[i], frame, () => checkNow(i + 1));
          };
          const bindArgs = (i) => i === args.length ? checkNow(0) : later[i] ? bindArgs(i + 1) : this.unifyVal(args[i], vals[i], frame, () => bindArgs(i + 1));
          bindArgs(0);
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
    }
    if (result2 === void 0) {
      const d = node.functions.find((r) => r.default);
      if (d) this.evalTerm(d.head.value, /* @__PURE__ */ new Map(), (v) => {
        result2 = v;
        return true;
      });
    }
    return result2;
  }
  /** print(): the lines are print.ts's; they go to the print hook, and the call is true. */
  evalPrint(t, f, k) {
    const values = t.args.map((a) => {
      const vals = new RSet();
      this.evalTerm(a, f, (v) => {
        vals.add(v);
        return false;
      });
      return vals;
    });
    for (const line of printLines(values)) this.bctx.print(line);
    return k(true);
  }
  evalWalk(t, f, k) {
    return this.evalTerm(t.args[0], f, (root) => {
      const pairs = walkPairs(root, t.loc);
      if (t.args.length < 2) {
        for (const pair of pairs) if (k(pair)) return true;
        return false;
      }
      for (const pair of pairs) if (this.unifyVal(t.args[1], pair, f, () => k(true))) return true;
      return false;
    });
  }
};

// src/rego/eval/eval.ts
var Evaluator = class extends Calls {
  constructor(compiled, data, input, opts = {}) {
    super();
    this.compiled = compiled;
    this.opts = opts;
    this.ctx = { input, data, overrides: [], fnOverrides: /* @__PURE__ */ new Map(), cache: new DocumentCache() };
    this.maxSteps = opts.maxSteps ?? 5e7;
    this.deadline = Date.now() + (opts.timeoutMs ?? 6e4);
    const now = opts.nowNs ?? BigInt(Date.now()) * 1000000n;
    this.bctx = {
      strict: !!opts.strict,
      print: opts.print ?? (() => {
      }),
      nowNs: () => now,
      random: opts.random ?? Math.random,
      allowNet: !!opts.allowNet,
      env: opts.env,
      cache: /* @__PURE__ */ new Map()
    };
  }
  compiled;
  opts;
  ctx;
  steps = 0;
  maxSteps;
  deadline;
  errors = [];
  bctx;
  ruleStack = [];
  // -- bodies and expressions -------------------------------------------------------------------------------------
  evalBody(body2, i, f, k) {
    if (i === body2.length) return k();
    if (++this.steps % 1e4 === 0) this.checkBudget(body2[i].loc);
    return this.evalExpr(body2[i], f, () => this.evalBody(body2, i + 1, f, k));
  }
  checkBudget(loc) {
    if (this.steps > this.maxSteps) throw new RegoError("eval_budget_error", `evaluation exceeded ${this.maxSteps} steps`, loc);
    if (Date.now() > this.deadline) throw new RegoError("eval_cancel_error", "evaluation exceeded its time budget", loc);
  }
  evalExpr(e, f, k) {
    if (e.with.length) return this.evalWith(e, f, k);
    if (e.negated) {
      let found = false;
      this.evalExprPlain(e, f, () => found = true);
      return found ? false : k();
    }
    return this.evalExprPlain(e, f, k);
  }
  evalExprPlain(e, f, k) {
    switch (e.e) {
      case "some":
        return k();
      case "somein":
        return this.evalTerm(e.domain, f, (coll) => forEachChild(coll, (key, val) => e.key ? this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, k)) : this.unifyVal(e.value, val, f, k)));
      case "every": {
        let ok = true;
        let defined = false;
        this.evalTerm(e.domain, f, (coll) => {
          defined = Array.isArray(coll) || coll instanceof RObject || coll instanceof RSet;
          if (!defined) return true;
          forEachChild(coll, (key, val) => {
            let found = false;
            const run = () => this.evalBody(e.body, 0, f, () => found = true);
            if (e.key) this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, run));
            else this.unifyVal(e.value, val, f, run);
            if (!found) {
              ok = false;
              return true;
            }
            return false;
          });
          return true;
        });
        return ok && defined ? k() : false;
      }
      case "or": {
        for (const b of e.branches) {
          let found = false;
          this.evalBody(b, 0, f, () => found = true);
          if (found) return k();
        }
        return false;
      }
      case "term": {
        const t = e.term;
        if (t.t === "call" && (t.op === "eq" || t.op === "assign")) return this.unify(t.args[0], t.args[1], f, k);
        return this.evalTerm(t, f, (v) => v === false ? false : k());
      }
    }
  }
  // -- with -------------------------------------------------------------------------------------------------------
  evalWith(e, f, k) {
    const vals = [];
    const collect = (i) => {
      if (i === e.with.length) return this.applyWith(e, vals, f, k);
      const w = e.with[i];
      if (w.value.t === "call" && w.value.fnRef) {
        vals.push({ fn: w.value.op });
        const r = collect(i + 1);
        vals.pop();
        return r;
      }
      return this.evalTerm(w.value, f, (v) => {
        vals.push(v);
        const r = collect(i + 1);
        vals.pop();
        return r;
      });
    };
    return collect(0);
  }
  applyWith(e, vals, f, k) {
    const old = this.ctx;
    const next = withContext(old, e, vals);
    const withOld = () => {
      this.ctx = old;
      try {
        return k();
      } finally {
        this.ctx = next;
      }
    };
    this.ctx = next;
    try {
      const inner = { ...e, with: [] };
      return this.evalExpr(inner, f, withOld);
    } finally {
      this.ctx = old;
    }
  }
  // -- terms --------------------------------------------------------------------------------------------------------
  evalTerm(t, f, k) {
    switch (t.t) {
      case "scalar":
        return k(t.value);
      case "var": {
        const v = f.get(t.name);
        if (v !== void 0) return k(v);
        if (t.name === "input") return this.ctx.input === void 0 ? false : k(this.ctx.input);
        if (t.name === "data") return this.walkData(this.compiled.root, this.ctx.data, [], 0, f, k);
        throw new RegoError("rego_unsafe_var_error", `var ${t.name} is unsafe`, t.loc);
      }
      case "ref":
        return this.evalRef(t, f, k);
      case "array":
        return this.evalArgs(t.items, f, (vs) => k(vs));
      case "set":
        return this.evalArgs(t.items, f, (vs) => k(new RSet(vs)));
      case "object": {
        const flat = [];
        for (const [a, b] of t.items) flat.push(a, b);
        const order = objectInsertOrder(t);
        return this.evalArgs(flat, f, (vs) => {
          const o = new RObject();
          for (const i of order) o.set(vs[2 * i], vs[2 * i + 1]);
          return k(o);
        });
      }
      case "arraycompr": {
        const out = [];
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => {
          out.push(v);
          return false;
        }));
        return k(out);
      }
      case "setcompr": {
        const out = new RSet();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => {
          out.add(v);
          return false;
        }));
        return k(out);
      }
      case "objectcompr": {
        const out = new RObject();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.key, f, (kv) => this.evalTerm(t.value, f, (vv) => {
          const prev = out.get(kv);
          if (prev !== void 0 && !equal(prev, vv)) throw new RegoError("eval_conflict_error", "object keys must be unique", t.loc);
          out.set(kv, vv);
          return false;
        })));
        return k(out);
      }
      case "call":
        return this.evalCall(t, f, k);
      case "template": {
        let s = "";
        for (const p of t.parts) {
          if (typeof p === "string") {
            s += p;
            continue;
          }
          let vals = [];
          this.evalTerm(p, f, (v) => {
            vals.push(v);
            return false;
          });
          if (p.t === "setcompr" && p.template && vals[0] instanceof RSet) vals = vals[0].sorted();
          if (vals.length === 0) s += "<undefined>";
          else {
            const uniq = new RSet(vals);
            if (uniq.size > 1) throw new RegoError("eval_conflict_error", "template expression produced multiple outputs", p.loc);
            s += typeof vals[0] === "string" ? vals[0] : toRegoText(vals[0]);
          }
        }
        return k(s);
      }
    }
  }
  /** Evaluates terms left to right, calling k with each combination of values. */
  evalArgs(terms2, f, k) {
    const n = terms2.length;
    const out = new Array(n);
    let simple = true;
    for (let i = 0; i < n; i++) {
      const t = terms2[i];
      if (t.t === "scalar") out[i] = t.value;
      else if (t.t === "var" && f.has(t.name)) out[i] = f.get(t.name);
      else {
        simple = false;
        break;
      }
    }
    if (simple) return k(out);
    const step = (i) => {
      for (; i < n && isGround(terms2[i], f); i++) {
        let got = 0;
        this.evalTerm(terms2[i], f, (v) => {
          out[i] = v;
          return ++got > 1;
        });
        if (got === 0) return false;
        if (got > 1) break;
      }
      if (i === n) return k(out.slice());
      return this.evalTerm(terms2[i], f, (v) => {
        out[i] = v;
        return step(i + 1);
      });
    };
    return step(0);
  }
  // -- references ---------------------------------------------------------------------------------------------------
  evalRef(t, f, k) {
    const h = t.head;
    if (h.t === "var") {
      if (h.name === "data" && !f.has("data")) return this.walkData(this.compiled.root, this.ctx.data, t.path, 0, f, k);
      if (h.name === "input" && !f.has("input")) return this.ctx.input === void 0 ? false : this.walkValue(this.ctx.input, t.path, 0, f, k);
    }
    return this.evalTerm(h, f, (v) => this.walkValue(v, t.path, 0, f, k));
  }
  /** Follows `path` into a value; under `data`, base documents look keys up with `baseIndex` instead of `index`. */
  walkValue(v, path, i, f, k, at = index) {
    if (i === path.length) return k(v);
    const p = path[i];
    if (isGround(p, f)) {
      return this.evalTerm(p, f, (key) => {
        const c = at(v, key);
        return c === void 0 ? false : this.walkValue(c, path, i + 1, f, k, at);
      });
    }
    return forEachChild(v, (key, val) => this.unifyVal(p, key, f, () => this.walkValue(val, path, i + 1, f, k, at)));
  }
  walkData(node, base, path, i, f, k) {
    if (this.ctx.overrides.length) {
      const ov = this.ctx.overrides.find((o) => sameArr(o.path, node.path));
      if (ov) return this.walkValue(ov.value, path, i, f, k);
    }
    if (i === path.length || node.hasRules) {
      const v = this.nodeValue(node, base);
      if (v === void 0) return false;
      return this.walkValue(v, path, i, f, k);
    }
    const p = path[i];
    const step = (key) => {
      if (typeof key === "string") {
        const child = node.children.get(key);
        if (child) return this.walkData(child, base instanceof RObject ? base.getStr(key) : void 0, path, i + 1, f, k);
      }
      if (this.ctx.overrides.length) {
        const ov = this.ctx.overrides.find((o) => o.path.length > node.path.length && isPrefix(node.path, o.path) && o.path[node.path.length] === key);
        if (ov) {
          const sub = [...node.path, String(key)];
          const exact = this.ctx.overrides.find((o) => sameArr(o.path, sub));
          if (exact) return this.walkValue(exact.value, path, i + 1, f, k);
          const b = base === void 0 ? void 0 : index(base, key);
          const c2 = b instanceof RObject ? new RObject(b.entries()) : new RObject();
          for (const o of this.ctx.overrides) if (o.path.length > sub.length && isPrefix(sub, o.path)) setIn(c2, o.path.slice(sub.length), o.value);
          return this.walkValue(c2, path, i + 1, f, k);
        }
      }
      const c = base === void 0 ? void 0 : baseIndex(base, key);
      return c === void 0 ? false : this.walkValue(c, path, i + 1, f, k, baseIndex);
    };
    if (isGround(p, f)) return this.evalTerm(p, f, step);
    const keys = new RSet();
    for (const name of node.children.keys()) keys.add(name);
    if (base instanceof RObject) for (const [kk] of base.entries()) keys.add(kk);
    for (const o of this.ctx.overrides) if (o.path.length > node.path.length && isPrefix(node.path, o.path)) keys.add(o.path[node.path.length]);
    for (const key of keys.sorted()) {
      if (this.unifyVal(p, key, f, () => step(key))) return true;
    }
    return false;
  }
  /** The value of a data node: rules evaluated, children and base documents merged. Undefined when not defined. */
  nodeValue(node, base) {
    return this.ctx.cache.value(
      node,
      () => this.computeNode(node, base),
      () => new RegoError("rego_recursion_error", `rule data.${node.path.join(".")} is recursive`, this.ruleLoc(node))
    );
  }
  ruleLoc(node) {
    return (node.complete[0] ?? node.setRules[0] ?? node.dynamic[0]?.rule ?? node.defaults[0])?.loc;
  }
  computeNode(node, base) {
    if (node.complete.length || node.defaults.length) return this.evalComplete(node);
    if (node.setRules.length) return this.evalSet(node);
    if (node.isFunction && !node.children.size && !node.dynamic.length) return void 0;
    const o = new RObject();
    if (base instanceof RObject) for (const [kk, vv] of base.entries()) o.set(kk, vv);
    else if (base !== void 0 && !node.children.size && !node.dynamic.length) return base;
    for (const [name, child] of node.children) {
      const cb = base instanceof RObject ? base.getStr(name) : void 0;
      const ov = this.ctx.overrides.find((x) => sameArr(x.path, child.path));
      const cv = ov ? ov.value : this.nodeValue(child, cb);
      if (cv !== void 0) o.set(name, cv);
    }
    for (const d of node.dynamicFor(this.ctx.input)) this.evalDynamic(d.rule, d.suffix, o);
    for (const ov of this.ctx.overrides) {
      if (ov.path.length > node.path.length && isPrefix(node.path, ov.path) && !node.children.has(ov.path[node.path.length])) {
        setIn(o, ov.path.slice(node.path.length), ov.value);
      }
    }
    return o;
  }
  evalComplete(node) {
    let result2;
    for (const rule of node.completeFor(this.ctx.input)) {
      for (let r = rule; r; r = r.else) {
        let got = false;
        const rr = r;
        const head = rr.head.value ?? TRUE_TERM;
        const constant = head.t === "scalar";
        const frame = /* @__PURE__ */ new Map();
        this.ruleStack.push(rr);
        try {
          this.evalBody(rr.body, 0, frame, () => this.evalTerm(head, frame, (v) => {
            got = true;
            if (result2 === void 0) result2 = v;
            else if (!equal(result2, v)) throw new RegoError("eval_conflict_error", "complete rules must not produce multiple outputs", rr.loc);
            return constant;
          }));
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
      if (result2 !== void 0 && this.earlyExit(node.complete)) break;
    }
    if (result2 === void 0 && node.defaults.length) {
      const d = node.defaults[0];
      this.evalTerm(d.head.value, /* @__PURE__ */ new Map(), (v) => {
        result2 = v;
        return true;
      });
    }
    return result2;
  }
  earlyExitCache = /* @__PURE__ */ new WeakMap();
  /** As OPA: when every rule of a document (or function) has the same constant value and no else branch, the
   * first rule that succeeds decides, and the others are not evaluated (nor their errors raised). */
  earlyExit(rules) {
    let ee = this.earlyExitCache.get(rules);
    if (ee === void 0) {
      const values = [];
      ee = rules.every((r) => {
        if (r.default) return true;
        const t = r.head.value ?? TRUE_TERM;
        if (r.else || !isConstTerm(t)) return false;
        this.evalTerm(t, /* @__PURE__ */ new Map(), (v) => {
          values.push(v);
          return true;
        });
        return true;
      }) && values.every((v) => equal(v, values[0]));
      this.earlyExitCache.set(rules, ee);
    }
    return ee;
  }
  evalSet(node) {
    const out = new RSet();
    for (const r of node.setRulesFor(this.ctx.input)) {
      const frame = /* @__PURE__ */ new Map();
      this.ruleStack.push(r);
      try {
        this.evalBody(r.body, 0, frame, () => this.evalTerm(r.head.key, frame, (v) => {
          out.add(v);
          return false;
        }));
      } finally {
        this.ruleStack.pop();
      }
    }
    return out;
  }
  evalDynamic(r, suffix, into) {
    this.ruleStack.push(r);
    try {
      this.evalDynamicRule(r, suffix, into);
    } finally {
      this.ruleStack.pop();
    }
  }
  evalDynamicRule(r, suffix, into) {
    const frame = /* @__PURE__ */ new Map();
    this.evalBody(r.body, 0, frame, () => this.evalArgs(suffix, frame, (keys) => {
      if (r.head.key) {
        return this.evalTerm(r.head.key, frame, (el) => {
          let o = into;
          for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
          const last = keys[keys.length - 1];
          let s = o.get(last);
          if (s === void 0) {
            s = new RSet();
            o.set(last, s);
          }
          if (!(s instanceof RSet)) throw new RegoError("eval_conflict_error", "object keys must be unique", r.loc);
          s.add(el);
          return false;
        });
      }
      return this.evalTerm(r.head.value ?? TRUE_TERM, frame, (v) => {
        let o = into;
        for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
        const last = keys[keys.length - 1];
        const prev = o.get(last);
        if (prev !== void 0 && !equal(prev, v)) throw new RegoError("eval_conflict_error", "object keys must be unique", r.loc);
        o.set(last, v);
        return false;
      });
    }));
  }
  // -- queries ------------------------------------------------------------------------------------------------------
  /** All solutions of a compiled query body: bindings of the named (non-generated) variables. */
  query(body2, vars) {
    const out = [];
    const frame = /* @__PURE__ */ new Map();
    this.evalBody(body2, 0, frame, () => {
      const row = /* @__PURE__ */ new Map();
      for (const v of vars) {
        const x = frame.get(v);
        if (x !== void 0) row.set(v, x);
      }
      out.push(row);
      return false;
    });
    return out;
  }
};

// src/rego/policy.ts
var Policy = class {
  /** The modules as parsed, before compilation (callers that list packages and rules need not parse them again). */
  constructor(compiled, data, modules = []) {
    this.compiled = compiled;
    this.modules = modules;
    this.data = data;
  }
  compiled;
  modules;
  data;
  /** Evaluates a query such as `data.pkg.deny[msg]` or `x := data.pkg.allow`. */
  prepared = /* @__PURE__ */ new Map();
  /** Evaluates a query text; the parsed and compiled query is kept for the next evaluation. */
  query(query, opts = {}) {
    let p = this.prepared.get(query);
    if (!p) {
      const body2 = parseQuery(query, {}, "query");
      checkQueryDeclarations(body2);
      checkQueryArity(body2);
      const compiled = compileQuery(body2, this.compiled);
      typeCheckerOf(this.compiled.root).checkQuery(compiled);
      p = { body: compiled, vars: queryVars(body2) };
      if (this.prepared.size < 1e3) this.prepared.set(query, p);
    }
    return this.run(p.body, p.vars, opts);
  }
  queryBody(body2, opts = {}) {
    checkQueryDeclarations(body2);
    checkQueryArity(body2);
    const compiled = compileQuery(body2, this.compiled);
    typeCheckerOf(this.compiled.root).checkQuery(compiled);
    return this.run(compiled, queryVars(body2), opts);
  }
  run(compiledBody, vars, opts) {
    const ev = new Evaluator(this.compiled, this.data, opts.input, opts);
    const rows = ev.query(compiledBody, vars).map((bindings) => ({ bindings }));
    return { rows, error: ev.errors[0] };
  }
  /** The value of a rule or document path (`data.pkg.deny` or `pkg.deny`), undefined when it is undefined. */
  evaluate(path, opts = {}) {
    const ref = path.startsWith("data") ? path : `data.${path}`;
    const r = this.query(`__result__ = ${ref}`, opts);
    return { value: r.rows[0]?.bindings.get("__result__"), error: r.error };
  }
};
function queryVars(body2) {
  const seen = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (name === "_" || name === "data" || name === "input" || name.startsWith("__local") || name.startsWith("__wild")) return;
    seen.add(name);
  };
  const visitExpr = (e) => {
    switch (e.e) {
      case "term":
        walkVars(e.term, (v) => add(v.name));
        break;
      case "some":
        e.vars.forEach((v) => add(v.name));
        break;
      case "somein":
        if (e.key) walkVars(e.key, (v) => add(v.name));
        walkVars(e.value, (v) => add(v.name));
        walkVars(e.domain, (v) => add(v.name));
        break;
      case "every":
        walkVars(e.domain, (v) => add(v.name));
        break;
      case "or":
        e.branches.forEach((b) => b.forEach(visitExpr));
        break;
    }
  };
  body2.forEach(visitExpr);
  return [...seen].filter((v) => !BUILTIN_NAMESPACES.has(v));
}
var BUILTIN_NAMESPACES = /* @__PURE__ */ new Set();
function parseModules(modules, opts = {}) {
  return modules.map((m) => parseModule(m.source, m.file, {
    v0: opts.v0For ? opts.v0For(m.file, m.source) : opts.v0,
    experimental: opts.experimental
  }));
}
function compile(modules, data = {}, opts = {}) {
  const parsed = parseModules(modules, opts);
  const base = data instanceof RObject ? data : fromJSON(data ?? {});
  return new Policy(runStages(STAGES, parsed, { data: base, ruleIndex: opts.ruleIndex, schemas: opts.schemas }), base, parsed);
}
function evalTermText(text) {
  const term2 = parseTerm(text);
  const policy = new Policy(compileModules([]), new RObject());
  let out;
  new Evaluator(policy.compiled, policy.data, void 0).evalTerm(term2, /* @__PURE__ */ new Map(), (v) => {
    out = v;
    return true;
  });
  if (out === void 0) throw new RegoError("rego_parse_error", "term is undefined", void 0);
  return out;
}

// src/rego/opa-eval.ts
import { extname as extname2, resolve as resolve3 } from "node:path";

// src/rego/schema-files.ts
import { basename, extname, relative, resolve as resolve2, sep } from "node:path";

// src/rego/walk-files.ts
import { join, resolve } from "node:path";
function walkFiles(path, cwd, label, ancestors = []) {
  const abs = resolve(cwd, path);
  let st;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") throw new UserError(`${label} ${path}: a symbolic link loop`, { hint: "remove the looping link or name another path" });
    throw new UserError(`${label} ${path} cannot be read (${code ?? e.message})`);
  }
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: `check the ${label} paths` });
  if (!st.isDirectory()) return [path];
  const real = realpathSync(abs);
  if (ancestors.includes(real)) {
    throw new UserError(`${label} ${path}: a symbolic link loop (it is the directory ${real} again)`, { hint: "remove the looping link or name another path" });
  }
  return readdirSync(abs).sort().flatMap((n) => walkFiles(join(path, n), cwd, label, [...ancestors, real]));
}

// src/rego/schema-files.ts
var MAX_FILES = 1e3;
var EXTENSIONS = [".json", ".yaml", ".yml"];
function readSchema(file, shown) {
  const text = readBoundedText(file, { label: "--schema", maxBytes: POLICY_READ_LIMIT, where: { file: shown } });
  try {
    return extname(file) === ".json" ? JSON.parse(text) : yamlLib().parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`cannot parse schema ${shown}: ${e.message}`, { where: { file: shown }, hint: "a schema is a JSON Schema document in JSON or YAML" });
  }
}
function loadSchemaSet(path, cwd) {
  const abs = resolve2(cwd, path);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st) throw new UserError(`--schema ${path}: no such file or directory`, { hint: "name a JSON Schema file or a directory of them" });
  if (!st.isDirectory()) return /* @__PURE__ */ new Map([[schemaKey([]), readSchema(abs, path)]]);
  const set = /* @__PURE__ */ new Map();
  for (const shown of walkFiles(path, cwd, "--schema")) {
    if (!EXTENSIONS.includes(extname(shown))) continue;
    if (set.size >= MAX_FILES) throw new UserError(`--schema ${path}: more than ${MAX_FILES} schema files`, { hint: "name a smaller directory" });
    const rel = relative(path, shown);
    const keys = [...rel.split(sep).slice(0, -1), basename(shown, extname(shown))];
    set.set(schemaKey(keys), readSchema(resolve2(cwd, shown), shown));
  }
  return set;
}

// src/rego/opa-eval.ts
function readDoc(file, cwd, label) {
  const text = readBoundedText(resolve3(cwd, file), { label, maxBytes: POLICY_READ_LIMIT, where: { file } });
  try {
    if (extname2(file) === ".json") return parseJSONValue(text);
    return readYaml(text, (t) => yamlLib().parse(t, { intAsBigInt: true }));
  } catch (e) {
    const msg = e.message.endsWith("exceeded max depth") ? new DepthError().message : e.message;
    throw new UserError(`cannot parse ${file}: ${msg}`);
  }
}
function merge2(a, b) {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return b;
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const p = out.get(k);
    out.set(k, p === void 0 ? v : merge2(p, v));
  }
  return out;
}
async function evalCommand(req) {
  const modules = [];
  let data = new RObject();
  const cwd = req.cwd ?? process.cwd();
  const dataFiles = req.dataPaths.flatMap((p) => walkFiles(p, cwd, "--data"));
  const yaml = (f) => [".yaml", ".yml"].includes(extname2(f));
  if (req.schemaPath || dataFiles.some(yaml) || req.inputFile && extname2(req.inputFile) !== ".json") await loadYamlLib();
  for (const f of dataFiles) {
    const ext = extname2(f);
    if (ext === ".rego") modules.push({ file: f, source: readBoundedText(resolve3(cwd, f), { label: "policy", maxBytes: POLICY_READ_LIMIT, where: { file: f } }) });
    else if (ext === ".json" || yaml(f)) data = merge2(data, fromJSON(readDoc(f, cwd, "data file")));
  }
  await loadBuiltinsNamedIn([...modules.map((m) => m.source), req.query]);
  const policy = compile(modules, data, { v0: req.v0, schemas: { set: req.schemaPath ? loadSchemaSet(req.schemaPath, cwd) : void 0 } });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile, cwd, "--input")) : void 0;
  const body2 = parseQuery(req.query);
  const relation = (t) => t.term.t === "call" && (["eq", "assign"].includes(t.term.op) || ARITY[t.term.op] !== void 0 && t.term.args.length === ARITY[t.term.op] + 1);
  const check = body2.length > 1 || body2.some(iterates);
  const wrapped = body2.flatMap((e, i) => {
    if (e.e !== "term" || e.negated || relation(e)) return [e];
    const v = { t: "var", name: `__expr${i}__`, loc: e.loc };
    const captured = { ...e, term: { t: "call", op: "eq", args: [v, e.term], loc: e.loc } };
    if (!check) return [captured];
    return [captured, { e: "term", negated: false, with: [], loc: e.loc, term: { t: "call", op: "neq", args: [v, { t: "scalar", value: false, loc: e.loc }], loc: e.loc } }];
  });
  const texts = expressionTexts(req.query, body2);
  const r = policy.queryBody(wrapped, { input, strict: req.strict });
  if (r.error) throw r.error;
  const result2 = r.rows.map(({ bindings }) => {
    const b = new RObject();
    for (const [k, v] of bindings) if (!/^__expr\d+__$/.test(k)) b.set(k, v);
    const expressions = body2.map((e, i) => new RObject([
      ["value", bindings.get(`__expr${i}__`) ?? true],
      ["text", texts[i]],
      ["location", new RObject([["row", e.loc.row], ["col", e.loc.col]])]
    ]));
    const row = new RObject([["expressions", expressions]]);
    if (b.size) row.set("bindings", b);
    return row;
  });
  return result2.length ? new RObject([["result", result2]]) : new RObject();
}
function iterates(e) {
  const term2 = (t) => {
    switch (t.t) {
      case "ref":
        return t.path.some((p) => p.t === "var") || term2(t.head) || t.path.some(term2);
      case "call":
        return t.op === "walk" || t.args.some(term2);
      case "array":
      case "set":
        return t.items.some(term2);
      case "object":
        return t.items.some(([k, v]) => term2(k) || term2(v));
      case "template":
        return t.parts.some((p) => typeof p !== "string" && term2(p));
      default:
        return false;
    }
  };
  return e.e === "term" && (term2(e.term) || e.with.some((w) => term2(w.value)));
}
function expressionTexts(query, body2) {
  const lineStarts = [0];
  for (let i = 0; i < query.length; i++) if (query[i] === "\n") lineStarts.push(i + 1);
  const offset = (e) => (lineStarts[e.loc.row - 1] ?? 0) + e.loc.col - 1;
  return body2.map((e, i) => query.slice(offset(e), i + 1 < body2.length ? offset(body2[i + 1]) : query.length).replace(/[\s;]+$/, ""));
}

// src/rego/index.ts
var loadBuiltinsFor = (texts) => loadBuiltinsNamedIn(texts);
async function loadAllBuiltins() {
  await import("./builtins-7X5TDJ7F.js");
}
function compile2(modules, data, opts) {
  const policy = compile(modules, data, opts);
  const named2 = LAZY_NAMESPACES.filter((ns) => ns.names.some(isUnloadedBuiltin) && modules.some((m) => namedIn(ns.names, m.source)));
  if (named2.length) {
    const call = findCall(policy.compiled.modules, (op) => isUnloadedBuiltin(op));
    if (call) {
      const family = LAZY_NAMESPACES.find((ns) => ns.names.includes(call.op)).names;
      const at = call.loc ? `${call.loc.file}:${call.loc.row}: ` : "";
      throw new Error(
        `internal error: ${at}${call.op} is a builtin of an on-demand family (${family.slice(0, 3).join(", ")}${family.length > 3 ? ", ..." : ""}) that was not loaded before compiling: await loadBuiltinsFor(<the module texts>) or loadAllBuiltins() first`
      );
    }
  }
  return policy;
}
function findCall(roots, wanted) {
  const stack = roots.filter((r) => typeof r === "object" && r !== null);
  const seen = new Set(stack);
  while (stack.length) {
    const node = stack.pop();
    const t = node;
    if (t.t === "call" && typeof t.op === "string" && wanted(t.op)) return t;
    for (const v of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof v === "object" && v !== null && !seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return void 0;
}
function registerBuiltin(name, arity, fn) {
  BUILTINS[name] = fn;
  ARITY[name] = arity;
}
export {
  BuiltinError,
  Policy,
  RegoError,
  compile2 as compile,
  evalCommand,
  evalTermText,
  fromJSON,
  loadAllBuiltins,
  loadBuiltinsFor,
  parseModules,
  queryVars,
  registerBuiltin,
  toJSON,
  toJSONText
};
