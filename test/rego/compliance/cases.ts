// Loading OPA's YAML compliance case files (format: opa-compliance/README.md).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Case {
  note: string;
  query: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  want_error_code?: string;
  want_error?: string;
  strict_error?: boolean;
  sort_bindings?: boolean;
  ignore_generated_vars?: boolean;
  experimental_keywords?: boolean;
  want_defined?: boolean;
  env?: Record<string, string>;
}

export interface CaseRef { file: string; group: string; index: number; c: Case }

export function loadCases(dir: string): CaseRef[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) files.push(p);
    }
  };
  walk(dir);
  const out: CaseRef[] = [];
  for (const file of files) {
    const doc = parseYaml(readFileSync(file, 'utf8'), { intAsBigInt: true }) as { cases?: Case[] };
    const rel = relative(dir, file);
    const group = rel.includes('/') ? rel.split('/')[0] : rel.replace(/\.ya?ml$/, '');
    (doc?.cases ?? []).forEach((c, index) => out.push({ file: rel, group, index, c }));
  }
  return out;
}
