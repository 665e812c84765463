// Errors of the Rego engine. Messages follow OPA: `<file>:<row>: <code>: <message>` when the location is known.
import { UserError } from '../errors.ts';

export interface Loc { file: string; row: number; col: number }

export type RegoErrorCode =
  | 'rego_parse_error' | 'rego_compile_error' | 'rego_type_error' | 'rego_unsafe_var_error' | 'rego_recursion_error'
  | 'eval_builtin_error' | 'eval_type_error' | 'eval_conflict_error' | 'eval_cancel_error' | 'eval_budget_error';

export class RegoError extends UserError {
  constructor(readonly regoCode: RegoErrorCode, readonly detail: string, readonly loc?: Loc) {
    // as OPA's Location.String(): `file:row`, or `row:col` without a file
    super(`${loc ? `${loc.file ? `${loc.file}:${loc.row}` : `${loc.row}:${loc.col}`}: ` : ''}${regoCode}: ${detail}`, {
      where: loc ? { file: loc.file, line: loc.row, col: loc.col } : {}, code: regoCode,
    });
    this.name = 'RegoError';
  }

  /** `file:line:col: code: message`, the form shown to people. */
  override format(): string {
    const l = this.loc;
    return `${l ? `${l.file}:${l.row}:${l.col}: ` : ''}${this.regoCode}: ${this.detail}`;
  }
}
