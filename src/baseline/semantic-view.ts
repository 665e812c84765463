// What of a parsed document is its configuration, for the diff by key path. Most formats' documents are exactly that;
// the line-based service formats also carry each directive's line and mirrors of the same setting (sshd_config's
// `values` and `directives` beside `settings`), which would turn one changed key into several and a moved line into
// changes. Their view keeps the effective settings per key, the way the service reads them.
import type { Json } from './snapshot.ts';

type View = (doc: { [key: string]: Json }) => Json;

const pick = (o: Json, keys: readonly string[]): Json => {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  const out: { [key: string]: Json } = {};
  for (const k of keys) if (Object.hasOwn(o, k)) out[k] = o[k];
  return out;
};
const each = (v: Json, keys: readonly string[]): Json => (Array.isArray(v) ? v.map((x) => pick(x, keys)) : v);

const VIEWS: Record<string, View> = {
  sshd_config: (d) => ({ settings: d.settings ?? null, match: each(d.match ?? [], ['criteria', 'settings']) }),
  logrotate: (d) => ({ settings: d.settings ?? null, includes: each(d.includes ?? [], ['path']), stanzas: each(d.stanzas ?? [], ['paths', 'settings', 'scripts']) }),
};

export function semanticView(format: string, content: Json): Json {
  const view = Object.hasOwn(VIEWS, format) ? VIEWS[format] : undefined;
  return view && content !== null && typeof content === 'object' && !Array.isArray(content) ? view(content) : content;
}
