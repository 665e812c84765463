// A comma-separated flag value as its list (conftest's `-p a,b`), empty when the flag is not given.
export const flagList = (v: string | boolean | undefined): string[] =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
