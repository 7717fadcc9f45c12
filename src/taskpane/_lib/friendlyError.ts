/**
 * Words a manager understands for anything that went wrong; never a stack trace. The technical detail goes to the console.
 * @example friendlyError(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }))
 */
export function friendlyError(e: unknown, doing: string): string {
  console.error(e);
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  switch (code) {
    case 'SheetTooLarge':
      return (e as Error).message;
    case 'InvalidOperationInCellEditMode':
      return `Could not ${doing}: Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.`;
    case 'AccessDenied':
    case 'ReadOnly':
      return `Could not ${doing}: the workbook is read-only or protected. Unprotect it, or save a copy, then try again.`;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return `Could not ${doing}: the workbook is too large for Excel on the web to send in one go. Try Excel on your desktop.`;
    case 'ItemNotFound':
      return `Could not ${doing}: a sheet was renamed or deleted while the add-in was working. Try again.`;
    default:
      return `Could not ${doing}. Nothing in your staff sheets was changed. Try again; if it happens again, close and reopen the workbook.`;
  }
}
