// A lock file that cannot be read as its format: one error naming the file and line, returned as data
// (`LockParseResult`), never thrown past the parser, so a bad lock is a finding and not a crash.
import type { Finding } from '../core/finding.ts';
import { isUserError, type UserError } from '../errors.ts';
import type { LockDocument } from './document.ts';

export type LockErrorCode = 'malformed' | 'unreadable' | 'include_cycle' | 'include_limit';

export interface LockError {
  code: LockErrorCode;
  file: string;
  line: number;
  column?: number;
  message: string;
}

export type LockParseResult<D extends LockDocument = LockDocument> = { ok: true; document: D } | { ok: false; error: LockError };

/** Thrown inside the parsers only; `catchLockError` turns it into the result. */
export class LockSyntaxError extends Error {
  constructor(readonly error: LockError) {
    super(`${error.file}:${error.line}: ${error.message}`);
    this.name = 'LockSyntaxError';
  }
}

export const malformed = (file: string, line: number, message: string, column?: number): LockSyntaxError =>
  new LockSyntaxError({ code: 'malformed', file, line, message, ...(column ? { column } : {}) });

/** Runs a parser; its LockSyntaxError, or a UserError from a bounded read, becomes `{ ok: false }`. */
export function catchLockError<D extends LockDocument>(file: string, parse: () => D): LockParseResult<D> {
  try {
    return { ok: true, document: parse() };
  } catch (e) {
    if (e instanceof LockSyntaxError) return { ok: false, error: e.error };
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
}

/** A file that could not be read (missing, not regular, too large, outside the workspace), where the read was asked. */
export const unreadable = (e: UserError, file: string): LockError => ({
  code: 'unreadable',
  file: e.where.file ?? file,
  line: e.where.line ?? 1,
  message: e.message,
});

export const lockErrorFinding = (e: LockError): Finding => ({
  capability: 'locks',
  rule: `locks/${e.code}`,
  severity: 'error',
  message: e.message,
  file: e.file,
  line: e.line,
  ...(e.column ? { column: e.column } : {}),
  help:
    e.code === 'malformed'
      ? 'regenerate the lock with its tool, or fix the line by hand'
      : 'fix the include: it must name a readable file inside the workspace, once',
});
