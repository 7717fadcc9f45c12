/** Why a workbook file could not be read; the CLI maps every kind to exit code 3. */
export type WorkbookReadErrorKind = 'missing' | 'unreadable' | 'not-xlsx' | 'legacy-xls' | 'opendocument' | 'numbers' | 'encrypted' | 'corrupt' | 'too-large' | 'zip-bomb';

const REASONS: Record<WorkbookReadErrorKind, string> = {
  missing: 'the file does not exist',
  unreadable: 'the file cannot be opened (check the path and your permissions)',
  'not-xlsx': 'it is not an Excel workbook (.xlsx)',
  'legacy-xls': 'it is an old-format .xls workbook: open it in Excel and save it as .xlsx',
  opendocument: 'it is an OpenDocument spreadsheet (.ods): open it in LibreOffice Calc or Excel and save it as .xlsx (Excel workbook)',
  numbers: 'it is an Apple Numbers file: in Numbers choose File > Export To > Excel, and audit the .xlsx',
  encrypted: 'the workbook is password-protected: remove the password in Excel (File > Info > Protect Workbook) and save it',
  corrupt: 'the file is damaged or incomplete: open it in Excel to repair it, then save it again',
  // The bound and why: src/xlsx/_lib/zipGuard.ts and README.md, Data safety.
  'too-large': 'it holds more data than this run can audit in memory: delete unused sheets, rows and columns, split the team across workbooks, or give node more memory (NODE_OPTIONS=--max-old-space-size=16384)',
  'zip-bomb': 'its contents unpack to far more than the file size (a possible zip bomb), so it was not opened',
};

/**
 * A workbook that cannot be read, with a one-line message for the user.
 * @example new WorkbookReadError('encrypted', 'team.xlsx').message // 'Cannot read "team.xlsx": the workbook is password-protected: ...'
 */
export class WorkbookReadError extends Error {
  readonly kind: WorkbookReadErrorKind;

  constructor(kind: WorkbookReadErrorKind, source: string, options?: { cause?: unknown }) {
    super(`Cannot read "${source}": ${REASONS[kind]}.`);
    this.name = 'WorkbookReadError';
    this.kind = kind;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
