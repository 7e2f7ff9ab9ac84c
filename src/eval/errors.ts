/** Why an evaluation input was refused. */
export type EvalErrorCode = 'missing_column' | 'empty_input' | 'too_few_groups';

/** A typed evaluation input error; the CLI turns `code` and `detail` into words. */
export class EvalInputError extends Error {
  readonly code: EvalErrorCode;
  /** Column name or count; never transcript content. */
  readonly detail: string;

  constructor(code: EvalErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'EvalInputError';
    this.code = code;
    this.detail = detail;
  }
}
