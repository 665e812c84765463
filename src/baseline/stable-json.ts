// The snapshot's bytes: keys sorted at every depth, two-space indent, a trailing newline. Arrays keep their order
// (the snapshot's own lists are sorted when it is built; a document's lists are in the order the file has them).

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    // No prototype: a document key "__proto__" stays a key.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

export const stableStringify = (value: unknown): string => `${JSON.stringify(sortKeys(value), null, 2)}\n`;
