// Foreign text (a release list, a file's content, a process's output) on a log line must not become a workflow
// command: the runner reads `::cmd::` at the start of a trimmed line and the legacy `##[cmd]` anywhere in it.
// Every info/debug/warning line that carries such text passes it through `logSafe` first.

const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

/** One inert log line: control characters (newlines included) shown as escapes, command markers broken. */
export function logSafe(text: string): string {
  const flat = String(text).replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return flat.replace(/##\[/g, '#\u200b#[').replace(/^(\s*):/, '$1\u200b:');
}

/** Quoted for a message: `"name"` with the content made inert, as Go's %q shows foreign strings. */
export const quoted = (text: string): string => `"${logSafe(text).replace(/"/g, '\\"')}"`;
