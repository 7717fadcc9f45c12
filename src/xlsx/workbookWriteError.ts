/** Why the audit workbook could not be written. */
export type WorkbookWriteErrorKind = 'same-as-input' | 'write-failed' | 'too-large';

// Said from the error code alone: the system's message names the temporary file, which means nothing to the user.
const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist (it is not created for you: check the path)',
  ENOTDIR: 'its folder does not exist (it is not created for you: check the path)',
  EACCES: 'its folder is read-only, or you may not write there',
  EROFS: 'its folder is on a read-only disk',
  EPERM: 'the file is locked or in use (is it open in Excel?): close it, or choose another name',
  EBUSY: 'the file is locked or in use (is it open in Excel?): close it, or choose another name',
  ETXTBSY: 'the file is locked or in use (is it open in Excel?): close it, or choose another name',
  EISDIR: 'a folder of that name is in the way',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is full',
};

function writeFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return (code && WRITE_REASONS[code]) ?? `the file could not be saved (${code ?? 'unknown error'}); nothing was written`;
}

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
        : writeFailure(options?.cause);
    super(`Cannot write "${target}": ${reason}.`);
    this.name = 'WorkbookWriteError';
    this.kind = kind;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
