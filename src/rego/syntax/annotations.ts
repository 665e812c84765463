// `# METADATA` comment blocks: the YAML that follows (in consecutive comment lines) becomes an annotation.
import { yamlLib } from '../yaml-lib.ts';
import type { Comment } from './lexer.ts';
import type { Annotation } from './ast.ts';
import { RegoError } from '../errors.ts';
import { schemaAnnotations } from './annotation-schemas.ts';

export interface AnnotationBlock { scope: string; annotation: Annotation; endRow: number }

export function parseAnnotations(comments: Comment[], _src: string, file: string): AnnotationBlock[] {
  const out: AnnotationBlock[] = [];
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i];
    if (c.text.trim() !== 'METADATA') continue;
    const lines: string[] = [];
    let row = c.loc.row;
    let j = i + 1;
    while (j < comments.length && comments[j].loc.row === row + 1 && comments[j].loc.col === c.loc.col) {
      lines.push(comments[j].text.startsWith(' ') ? comments[j].text.slice(1) : comments[j].text);
      row = comments[j].loc.row;
      j++;
    }
    let data: Record<string, unknown>;
    try {
      data = (yamlLib().parse(lines.join('\n')) ?? {}) as Record<string, unknown>;
    } catch (e) {
      throw new RegoError('rego_parse_error', `invalid METADATA block: ${(e as Error).message}`, c.loc);
    }
    const schemas = schemaAnnotations(data.schemas);
    if (typeof schemas === 'string') {
      // a YAML shape error is placed, as by OPA's YAML decoder, at the line after `schemas:`
      const at = schemas.startsWith('yaml:') ? lines.findIndex((l) => /^schemas\s*:/.test(l)) : -1;
      throw new RegoError('rego_parse_error', schemas, at >= 0 ? { ...c.loc, row: c.loc.row + at + 2 } : c.loc);
    }
    const scope = typeof data.scope === 'string' ? data.scope : 'rule';
    out.push({ scope, annotation: { scope, data, loc: { file, row: c.loc.row, col: c.loc.col } }, endRow: row });
    i = j - 1;
  }
  return out;
}
