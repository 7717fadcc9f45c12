/** Why the audit workbook could not be written. */
export type WorkbookWriteErrorKind = 'same-as-input' | 'write-failed';

/**
 * A failure to write the output workbook, with a one-line message for the user.
 * @example new WorkbookWriteError('same-as-input', 'team.xlsx').message // 'Cannot write "team.xlsx": ...'
 */
export class WorkbookWriteError extends Error {
  readonly kind: WorkbookWriteErrorKind;

  constructor(kind: WorkbookWriteErrorKind, target: string, options?: { cause?: unknown }) {
    const reason = kind === 'same-as-input'
      ? 'it is the input workbook, which is never modified: choose another output file'
      : `the file could not be saved (${String((options?.cause as Error | undefined)?.message ?? 'unknown error').split('\n')[0]}); is it open in Excel?`;
    super(`Cannot write "${target}": ${reason}.`);
    this.name = 'WorkbookWriteError';
    this.kind = kind;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
