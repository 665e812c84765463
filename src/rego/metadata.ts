// rego.metadata.chain / rego.metadata.rule: the annotations of the rule being evaluated and of its packages.
import type { Rule, Annotation } from './ast.ts';
import type { Compiled } from './compiler.ts';
import { fromJSON, type Value } from './value.ts';

const annotationValue = (a: Annotation): Value => {
  const { scope: _s, ...rest } = a.data;
  return fromJSON({ scope: a.scope, ...rest });
};

export function metadataRule(stack: Rule[]): Value {
  const r = stack[stack.length - 1];
  const a = r?.annotations?.[0];
  return a ? annotationValue(a) : fromJSON({});
}

export function metadataChain(stack: Rule[], _compiled: Compiled): Value {
  const r = stack[stack.length - 1];
  if (!r) return [];
  const ruleName = r.head.ref.map((t) => (t.t === 'var' ? t.name : t.t === 'scalar' ? String(t.value) : '')).filter(Boolean);
  const out: Value[] = [];
  const a = r.annotations?.[0];
  const rulePath = [...r.module.package, ...ruleName];
  if (a) out.push(fromJSON({ path: rulePath, annotations: annotationValue(a) }));
  else out.push(fromJSON({ path: rulePath }));
  for (const pa of r.module.annotations) {
    out.push(fromJSON({ path: [...r.module.package], annotations: annotationValue(pa) }));
  }
  return out;
}
