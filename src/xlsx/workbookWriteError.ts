/** Why the audit workbook could not be written. */
export type WorkbookWriteErrorKind = 'same-as-input' | 'write-failed' | 'too-large';

/**
 * A failure to write the output workbook, with a one-line message for the user.
 * @example new WorkbookWriteError('same-as-input', 'team.xlsx').message // 'Cannot write "team.xlsx": ...'
 */
export class WorkbookWriteError extends Error {
  readonly kind: WorkbookWriteErrorKind;

  constructor(kind: WorkbookWriteErrorKind, target: string, options?: { cause?: unknown }) {
    const reason = kind === 'same-as-input'
      ? 'it is the input workbook, which is never modified: choose another output file'
      : kind === 'too-large'
        ? `${String((options?.cause as Error | undefined)?.message ?? 'the output is too large for the memory available').split('\n')[0]}; nothing was written`
        : `the file could not be saved (${String((options?.cause as Error | undefined)?.message ?? 'unknown error').split('\n')[0]}); is it open in Excel?`;
    super(`Cannot write "${target}": ${reason}.`);
    this.name = 'WorkbookWriteError';
    this.kind = kind;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
