import type { CellStyle } from './outputSheet';

// Excel's own "Good / Neutral / Bad" cell styles, so the colours read the way users already know.
export const GOOD: CellStyle = { fill: 'C6EFCE', fontColor: '006100' };
export const NEUTRAL: CellStyle = { fill: 'FFEB9C', fontColor: '9C5700' };
export const BAD: CellStyle = { fill: 'FFC7CE', fontColor: '9C0006' };
export const NONE: CellStyle = { fill: 'EDEDED', fontColor: '595959' };

/** Style for an indicator or compliance status word. */
export function statusStyle(status: string): CellStyle | undefined {
  switch (status) {
    case 'Green': case 'Current': return GOOD;
    case 'Amber': case 'Due': case 'No date': return NEUTRAL;
    case 'Red': case 'Expired': case 'Missing': return BAD;
    case 'No data': return NONE;
    default: return undefined;
  }
}
