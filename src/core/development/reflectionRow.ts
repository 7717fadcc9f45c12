import type { ReflectionResult } from './reflection/reflectionCheck';

/** One piece of reflective writing checked (SPEC 9.3): a Reflective log entry, or a CPD log entry's reflection and impact. */
export interface ReflectionRow {
  staffId: string;
  name: string;
  date: string | null;
  entry: string;
  /** The CPD activity it reflects on, when known. */
  activity: string | null;
  from: 'Reflective log' | 'CPD log';
  result: ReflectionResult;
}
