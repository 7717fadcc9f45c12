import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'fs';
import { join } from 'path';
import { DEFAULT_SEED, generateTeam } from './generateTeam';
import { writeTeamXlsx } from './_lib/writeTeamXlsx';

export const CACHE_DIR = join(__dirname, '.cache');
const GENERATOR_FILES = ['generateTeam.ts', '_lib/prng.ts', '_lib/staffRow.ts', '_lib/optionalSheets.ts', '_lib/vocab.ts', '_lib/teamColumns.ts', '_lib/dates.ts', '_lib/writeTeamXlsx.ts'];

/** Short hash of the generator's source: a change to the generator invalidates the cached files. */
function generatorVersion(): string {
  const h = createHash('sha1');
  for (const f of GENERATOR_FILES) h.update(readFileSync(join(__dirname, f)));
  return h.digest('hex').slice(0, 8);
}

/**
 * Path of the synthetic team's .xlsx under bench/.cache, generated on first use and keyed by size, seed and generator version.
 * @example await teamXlsx(10_000) // '.../bench/.cache/team-10000-s20260901-ab12cd34.xlsx'
 */
export async function teamXlsx(size: number, seed = DEFAULT_SEED): Promise<string> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `team-${size}-s${seed}-${generatorVersion()}.xlsx`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.partial`;
  await writeTeamXlsx(generateTeam(size, seed), partial);
  renameSync(partial, file);
  return file;
}
