// The one escaping function for text from outside the action on its way into Markdown (job summary, PR comment):
// no raw HTML, links, images, table-breaking pipes, @mention pings, or unbalanced code spans.

const MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~=&]/g;

/** Inline text: every Markdown/HTML special character escaped, newlines folded, @mentions defused. */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(MD_SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    // A zero-width joiner after @ keeps the text readable and stops GitHub from pinging the user or team.
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d')
    // Bare URLs and www. names autolink on GitHub; a zero-width space keeps them as text ("data:" in prose stays as is:
    // a link needs the bracket syntax escaped above).
    .replace(/\b(https?|ftp):\/\//gi, '$1\u200b://')
    .replace(/\bwww\./gi, 'www\u200b.');
}

/** A table cell: escaped as inline text (pipes included). */
export const escapeCell = escapeMarkdown;

/**
 * A fenced block for multi-line foreign text (build errors, process output): the fence is longer than any run of
 * backticks inside, so the content cannot close it; HTML inside a fence is shown, not rendered.
 */
export function codeBlock(text: string, lang = ''): string {
  const body = String(text).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  let longest = 2;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body.replace(/@(?=[A-Za-z0-9])/g, '@\u200d')}\n${fence}`;
}
