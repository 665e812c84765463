// A mistake the user can fix: reported as one message (file:line:col, what is wrong, what to do), never a stack trace.
export interface Where {
  file?: string;
  line?: number;
  col?: number;
}

export class UserError extends Error {
  readonly where: Where;
  readonly hint?: string;
  readonly code: string;

  constructor(message: string, opts: { where?: Where; hint?: string; code?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.where = opts.where ?? {};
    this.hint = opts.hint;
    this.code = opts.code ?? 'user_error';
  }

  /** `file:line:col: message (hint)` — the single line shown to people and used for annotations. */
  format(): string {
    const { file, line, col } = this.where;
    const at = file ? `${file}${line ? `:${line}${col ? `:${col}` : ''}` : ''}: ` : '';
    return `${at}${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** The message for any thrown value: user errors formatted, programming errors with their stack for bug reports. */
export function describeError(e: unknown): string {
  if (isUserError(e)) return e.format();
  if (e instanceof Error) return e.stack ?? e.message;
  return String(e);
}
