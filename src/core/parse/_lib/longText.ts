import type { CellValue } from '../../cells/cellValue';
import { cellText } from './cellText';

/**
 * A cell of written text (a reflective entry) with its line breaks kept: lists and typed headings ("What went well")
 * are read line by line. Spaces within a line are tidied; null when blank.
 * @example longText(' Went well:\r\n  she read it ') // 'Went well:\nshe read it'
 */
export function longText(v: CellValue | undefined): string | null {
  if (typeof v !== 'string' || !/[\r\n]/.test(v)) return cellText(v);
  const lines = v.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return text === '' ? null : text;
}
