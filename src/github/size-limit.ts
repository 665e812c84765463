// GitHub refuses a comment or issue body longer than 65,536 characters (a check run's summary: 65,535). A text over
// the limit is cut, saying so, with a link to the whole report when there is one: publishing never fails on size.
export const BODY_LIMIT = 65_536;

export function fitLimit(text: string, limit: number, fullReportUrl = ''): string {
  if (text.length <= limit) return text;
  const tail = `\n\n…cut at GitHub's ${limit}-character limit${fullReportUrl ? `: the whole report is in the [job summary](${fullReportUrl})` : ''}.\n`;
  return text.slice(0, limit - tail.length) + tail;
}
