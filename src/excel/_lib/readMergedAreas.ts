import type { XlContext, XlWorksheet } from '../excelApi';

export interface MergeArea {
  ws: XlWorksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

// Rows from the top of a sheet's data searched for merged header cells when the whole sheet has too many to list.
export const HEADER_AREA_ROWS = 50;

/**
 * Merged areas of each sheet's data, in one sync of their own: Excel refuses getMergedAreasOrNullObject on a range with
 * more than 512 merged areas, and such a refusal fails its whole sync, so it must never share one with the data.
 * When the whole data area is refused, only the header area (the top HEADER_AREA_ROWS rows, where a staff table's
 * merged title and header cells are) is asked; when that is refused too, merged cells are not checked, with a note.
 * @example await readMergedAreas(context, [{ ws, rowIndex: 0, columnIndex: 0, rowCount: 40, columnCount: 12 }]) // { merges: [['Team!A1:C1']] }
 */
export async function readMergedAreas(context: XlContext, areas: readonly MergeArea[]): Promise<{ merges: string[][]; note?: string }> {
  const ask = async (rows: (a: MergeArea) => number): Promise<string[][] | null> => {
    const found = areas.map((a) => {
      const m = a.ws.getRangeByIndexes(a.rowIndex, a.columnIndex, rows(a), a.columnCount).getMergedAreasOrNullObject();
      m.load('address');
      return m;
    });
    try {
      await context.sync();
    } catch {
      return null;
    }
    return found.map((m) => (m.isNullObject ? [] : m.address.split(',')));
  };
  const whole = await ask((a) => a.rowCount);
  if (whole) return { merges: whole };
  const header = await ask((a) => Math.min(a.rowCount, HEADER_AREA_ROWS));
  if (header) return { merges: header, note: `Merged cells were checked only in the top ${HEADER_AREA_ROWS} rows of each sheet: a sheet has more merged areas than Excel can list (512).` };
  return { merges: areas.map(() => []), note: 'Merged cells were not checked: a sheet has more merged areas than Excel can list (512).' };
}
