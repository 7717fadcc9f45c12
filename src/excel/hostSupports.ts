/**
 * Whether the host has an Excel API requirement set, from Office.context.requirements (the documented runtime check).
 * The manifest declares the set every run needs (ExcelApi 1.9); anything newer is used only where this says yes.
 * Outside an Office host (tests, a plain browser) there is nothing to ask, and the fake host has every API.
 * @example hostSupports('1.13') // false on Excel 2019's API level, true on Microsoft 365
 */
export function hostSupports(version: string): boolean {
  const requirements = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (name: string,
    version: string) => boolean } } } }).Office?.context?.requirements;
  return typeof requirements?.isSetSupported === 'function' ? requirements.isSetSupported('ExcelApi', version) : true;
}
