import { createRequire } from 'node:module';
import { i as toJSON, p as parseJSONValue, c as builtinError, d as RObject, j as fromJSON } from './rego-CkdsLX6W.js';
import { r as require_ajv } from './chunk-DAsxaX7j.js';
import { k as __toESM } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/jsonschema.ts
var import_ajv = __toESM(require_ajv(), 1);
var TYPES = ["array", "boolean", "integer", "number", "null", "object", "string"];
function plain(v) {
  return JSON.parse(JSON.stringify(toJSON(v), (_k, x) => typeof x === "bigint" ? Number(x) : x));
}
function operand(v) {
  if (typeof v === "string") {
    try {
      return plain(parseJSONValue(v));
    } catch {
      throw builtinError("invalid JSON string");
    }
  }
  if (v instanceof RObject || Array.isArray(v) || typeof v === "boolean") return plain(v);
  throw builtinError("wrong type, expected string or object");
}
function checkTypes(schema) {
  if (Array.isArray(schema)) schema.forEach(checkTypes);
  if (schema === null || typeof schema !== "object") return;
  for (const [k, v] of Object.entries(schema)) {
    if (k === "type") {
      for (const t of Array.isArray(v) ? v : [v]) {
        if (typeof t === "string" && !TYPES.includes(t)) {
          throw new Error(`has a primitive type that is NOT VALID -- given: /${t}/ Expected valid values are:[${TYPES.join(" ")}]`);
        }
      }
    } else if (k !== "enum" && k !== "const" && k !== "default" && k !== "examples") checkTypes(v);
  }
}
function compile(schema) {
  if (schema === null || Array.isArray(schema) || typeof schema !== "object" && typeof schema !== "boolean") throw new Error("schema is invalid");
  checkTypes(schema);
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: false, validateFormats: false });
  try {
    return ajv.compile(schema);
  } catch (e) {
    throw new Error(e.message);
  }
}
var goType = (v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? Number.isInteger(v) ? "integer" : "number" : typeof v;
function fieldOf(path) {
  if (path === "") return "(Root)";
  return path.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}
function valueAt(doc, path) {
  let v = doc;
  for (const p of path === "" ? [] : path.slice(1).split("/")) v = v?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}
function describe(e, doc) {
  const p = e.params;
  switch (e.keyword) {
    case "type": {
      const expected = Array.isArray(p.type) ? p.type.join(", ") : String(p.type);
      return { type: "invalid_type", desc: `Invalid type. Expected: ${expected}, given: ${goType(valueAt(doc, e.instancePath))}` };
    }
    case "required":
      return { type: "required", desc: `${p.missingProperty} is required` };
    case "enum":
      return { type: "enum", desc: `${fieldOf(e.instancePath)} must be one of the following: ${p.allowedValues.map((x) => JSON.stringify(x)).join(", ")}` };
    case "const":
      return { type: "const", desc: `${fieldOf(e.instancePath)} does not match: ${JSON.stringify(p.allowedValue)}` };
    case "minItems":
      return { type: "array_min_items", desc: `Array must have at least ${p.limit} items` };
    case "maxItems":
      return { type: "array_max_items", desc: `Array must have at most ${p.limit} items` };
    case "uniqueItems":
      return { type: "unique", desc: `array items[${p.j},${p.i}] must be unique` };
    case "minLength":
      return { type: "string_gte", desc: `String length must be greater than or equal to ${p.limit}` };
    case "maxLength":
      return { type: "string_lte", desc: `String length must be less than or equal to ${p.limit}` };
    case "pattern":
      return { type: "pattern", desc: `Does not match pattern '${p.pattern}'` };
    case "minimum":
      return { type: "number_gte", desc: `Must be greater than or equal to ${p.limit}` };
    case "maximum":
      return { type: "number_lte", desc: `Must be less than or equal to ${p.limit}` };
    case "exclusiveMinimum":
      return { type: "number_gt", desc: `Must be greater than ${p.limit}` };
    case "exclusiveMaximum":
      return { type: "number_lt", desc: `Must be less than ${p.limit}` };
    case "multipleOf":
      return { type: "multiple_of", desc: `Must be a multiple of ${p.multipleOf}` };
    case "additionalProperties":
      return { type: "additional_property_not_allowed", desc: `Additional property ${p.additionalProperty} is not allowed` };
    case "anyOf":
      return { type: "number_any_of", desc: "Must validate at least one schema (anyOf)" };
    case "oneOf":
      return { type: "number_one_of", desc: "Must validate one and only one schema (oneOf)" };
    case "not":
      return { type: "number_not", desc: "Must not validate the schema (not)" };
    case "minProperties":
      return { type: "object_property_count_gte", desc: `Must have at least ${p.limit} properties` };
    case "maxProperties":
      return { type: "object_property_count_lte", desc: `Must have at most ${p.limit} properties` };
    case "contains":
      return { type: "contains", desc: "At least one of the items must match" };
    case "additionalItems":
      return { type: "array_no_additional_items", desc: "No additional items allowed on array" };
    case "if":
      return p.failingKeyword === "then" ? { type: "condition_then", desc: 'Must validate "then" as "if" was valid' } : { type: "condition_else", desc: 'Must validate "else" as "if" was not valid' };
    case "dependencies":
      return { type: "missing_dependency", desc: `Has a dependency on ${p.deps}` };
    case "propertyNames":
      return { type: "invalid_property_name", desc: `Property "${p.propertyName}" does not match pattern` };
    default:
      return { type: e.keyword, desc: e.message ?? e.keyword };
  }
}
function matchSchema(doc, schema) {
  const validate = compile(schema);
  if (validate(doc)) return [true, []];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if" || e.params).map((e) => {
    const d = describe(e, doc);
    const field = fieldOf(e.instancePath);
    return fromJSON({ error: `${field}: ${d.desc}`, type: d.type, field, desc: d.desc });
  });
  return [false, errors];
}
var builtins = {
  "json.match_schema": ([d, s]) => {
    if (typeof d === "boolean") throw builtinError("wrong type, expected string or object");
    const doc = operand(d);
    const schema = operand(s);
    try {
      return matchSchema(doc, schema);
    } catch (e) {
      throw builtinError(e.message);
    }
  },
  "json.verify_schema": ([s]) => {
    try {
      if (typeof s === "boolean") throw builtinError("wrong type, expected string or object");
      compile(operand(s));
      return [true, null];
    } catch (e) {
      const m = e.message;
      return [false, m.startsWith("jsonschema: ") ? m : `jsonschema: ${m}`];
    }
  }
};

export { builtins as b, matchSchema as m };
