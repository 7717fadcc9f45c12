import type { FnResult } from '../../core/fnResult';

/**
 * The part of the CustomFunctions global (custom-functions-runtime) used here. Typed locally because
 * @types/custom-functions-runtime is not a dependency; read from globalThis because it only exists inside Excel.
 */
export interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string; notAvailable: string };
  associate(id: string, fn: (...args: any[]) => unknown): void;
}

/** The CustomFunctions global, or undefined outside Excel (tests, a plain browser). */
export function customFunctions(): CustomFunctionsGlobal | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
}

/**
 * Unwraps a core result for Excel: the value, or throws CustomFunctions.Error (#VALUE! or #N/A with the
 * message). Throwing keeps each function's declared return type exact, which functions.json is generated from.
 * @example toResult({ value: 3.9 }) // 3.9
 */
export function toResult<T>(result: FnResult<T>): T {
  if (!('error' in result)) return result.value;
  throw cellError(result);
}

/**
 * The error to throw, built without a stack trace: a #N/A or #VALUE! cell is an answer, not a crash, so the stack
 * says nothing the message does not, and capturing it costs more than the calculation (NOSGAP gives #N/A for every
 * unassessed row). Error.stackTraceLimit is per engine and read when an Error is constructed, so it is set only
 * around the constructor, and only where the engine has it.
 */
function cellError(result: { error: 'value' | 'na'; message: string }): unknown {
  const cf = customFunctions();
  const engine = Error as { stackTraceLimit?: number };
  const limit = engine.stackTraceLimit;
  if (typeof limit === 'number') engine.stackTraceLimit = 0;
  try {
    if (!cf) return new Error(result.message);
    return new cf.Error(result.error === 'na' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, result.message);
  } finally {
    if (typeof limit === 'number') engine.stackTraceLimit = limit;
  }
}
