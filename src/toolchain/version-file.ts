// Reads the requested Go version from a version file: go.mod / go.work (a `toolchain` line wins over `go`),
// .go-version, .tool-versions (`golang` or `go` key). Pure over the file's text; errors point at file:line:col.
import { basename } from 'node:path';
import { UserError } from '../errors.ts';
import { isGoName } from './go-version.ts';

export interface FileVersion {
  /** The version spec text: `1.25` (newest 1.25.x), `1.25.0`, `1.27rc1`. */
  spec: string;
  line: number;
  /** Which directive or key gave it: go, toolchain, golang ... */
  from: string;
}

/** Parses a version file's text; `display` is the path shown in errors. */
export function readVersionText(name: string, text: string, display: string): FileVersion {
  const base = basename(name);
  if (base === '.tool-versions') return fromToolVersions(text, display);
  if (base.endsWith('.mod') || base.endsWith('.work')) return fromGoMod(text, display);
  return fromPlain(text, display);
}

function fromGoMod(text: string, file: string): FileVersion {
  let go: FileVersion | undefined;
  let toolchain: FileVersion | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(/\/\/.*$/, '');
    const m = /^(\s*)(go|toolchain)(?:\s+(\S*))?\s*$/.exec(line);
    if (!m) return;
    const [, indent, directive, value = ''] = m;
    const where = { file, line: i + 1, col: indent.length + directive.length + 2 };
    if (directive === 'go') {
      if (!value || !/^\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(value)) {
        throw new UserError(`invalid go version "${value}" in the go directive`, { where, code: 'bad_version_file', hint: 'write it as `go 1.26` or `go 1.26.8`' });
      }
      go = { spec: value, line: i + 1, from: 'go' };
    } else {
      // `toolchain go1.26.8`, optionally with a custom suffix (go1.26.8+auto); `toolchain default` means none.
      if (value === 'default') return;
      const name = value.replace(/[+-].*$/, '');
      if (!value.startsWith('go') || !isGoName(name)) {
        throw new UserError(`invalid toolchain "${value}"`, { where, code: 'bad_version_file', hint: 'write it as `toolchain go1.26.8`' });
      }
      toolchain = { spec: name.slice(2), line: i + 1, from: 'toolchain' };
    }
  });
  const found = toolchain ?? go;
  if (!found) throw new UserError('no go directive', { where: { file }, code: 'bad_version_file', hint: 'add a line like `go 1.26`, or give go-version' });
  return found;
}

function fromPlain(text: string, file: string): FileVersion {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const v = lines[i].replace(/#.*$/, '').trim();
    if (v) return { spec: v, line: i + 1, from: 'version' };
  }
  throw new UserError('the version file is empty', { where: { file }, code: 'bad_version_file', hint: 'write a version like 1.26.8 on its first line' });
}

function fromToolVersions(text: string, file: string): FileVersion {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [key, value] = lines[i].replace(/#.*$/, '').trim().split(/\s+/);
    if ((key === 'golang' || key === 'go') && value) return { spec: value, line: i + 1, from: key };
  }
  throw new UserError('no golang or go entry', { where: { file }, code: 'bad_version_file', hint: 'add a line like `golang 1.26.8`' });
}

/** Whether a go.mod declares dependencies (a missing go.sum is then a real problem for the cache key). */
export const goModHasRequire = (text: string): boolean => /^\s*require\b/m.test(text.replace(/\/\/.*$/gm, ''));
