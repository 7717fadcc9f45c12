import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

/**
 * Writes a file through a temp file in the same folder and a rename, so a failure never leaves a partial file behind.
 * @example await atomicWrite('out.xlsx', (temp) => workbook.xlsx.writeFile(temp))
 */
export async function atomicWrite(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temp);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
