// The `schemas:` entry of a METADATA block, read as OPA's parser reads it: a list of maps from a document path
// (`input`, `input.a`, `data.x["y"]`) to a schema reference (`schema.input`, `schema`) or an inline schema.

/** One `path: schema` pair; a path key that is a variable (`input[x]`) is kept as `{ var }` (OPA fails on it later). */
export interface SchemaAnnotation {
  path: (string | number | { var: string })[];
  /** The path under `schema.` (empty for `schema` itself, the file given to --schema). */
  schema?: string[];
  definition?: unknown;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

/** `input.a["b"][0]` as its keys, or undefined when it is no ref. */
function refPath(text: string): SchemaAnnotation['path'] | undefined {
  const head = IDENT.exec(text);
  if (!head) return undefined;
  const out: SchemaAnnotation['path'] = [head[0]];
  let rest = text.slice(head[0].length);
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^\.([A-Za-z_][A-Za-z0-9_]*)/.exec(rest))) out.push(m[1]);
    else if ((m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest))) out.push(JSON.parse(`"${m[1]}"`) as string);
    else if ((m = /^\[(\d+)\]/.exec(rest))) out.push(Number(m[1]));
    else if ((m = /^\[([A-Za-z_][A-Za-z0-9_]*)\]/.exec(rest))) out.push({ var: m[1] });
    else return undefined;
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** The entries of `schemas:`, or the message OPA's parser gives for the first one it refuses. */
export function schemaAnnotations(raw: unknown): SchemaAnnotation[] | string {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return 'yaml: unmarshal errors:\n  schemas must be a list of `path: schema` entries';
  const out: SchemaAnnotation[] = [];
  for (const pair of raw) {
    if (!pair || typeof pair !== 'object' || Array.isArray(pair)) return 'yaml: unmarshal errors:\n  each schemas entry must be a map of `path: schema`';
    for (const [k, v] of Object.entries(pair as Record<string, unknown>)) {
      const path = refPath(k.trim());
      if (!path) return 'invalid document reference';
      if (typeof v === 'string') {
        const ref = refPath(v.trim());
        if (!ref || ref[0] !== 'schema' || ref.some((p) => typeof p !== 'string')) return 'invalid schema reference';
        out.push({ path, schema: ref.slice(1) as string[] });
      } else if (v && typeof v === 'object' && !Array.isArray(v)) {
        out.push({ path, definition: v });
      } else {
        return `invalid schema declaration for path ${JSON.stringify(k)}`;
      }
    }
  }
  return out;
}
