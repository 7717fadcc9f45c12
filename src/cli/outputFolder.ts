import { accessSync, constants, mkdirSync, statSync } from 'fs';
import path from 'path';

/**
 * Why the output cannot go where asked, before any work is done: its folder is missing (never created for the user,
 * since a mistyped folder would hide the audit), is not a folder, or cannot be written; null when it can.
 * @example outputFolderProblem('no/such/dir/out.xlsx', false) // 'the folder "no/such/dir" does not exist (it is not created for you: check the path)'
 */
export function outputFolderProblem(out: string, create: boolean): string | null {
  const dir = path.dirname(path.resolve(out));
  const shown = path.dirname(out);
  if (create) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      // Reported below as missing or read-only.
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return `the folder "${shown}" does not exist (it is not created for you: check the path)`;
  }
  if (!isDir) return `"${shown}" is not a folder`;
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return `the folder "${shown}" is read-only, or you may not write there`;
  }
  try {
    if (statSync(out).isDirectory()) return `"${out}" is a folder`;
  } catch {
    // No file there yet: the usual case.
  }
  return null;
}
