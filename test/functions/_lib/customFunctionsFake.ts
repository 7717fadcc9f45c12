// A stand-in for Excel's CustomFunctions global (custom-functions-runtime): the parts src/functions uses.
// Import it before src/functions/functions.ts so the module's registration sees it.

/** Mirrors CustomFunctions.Error: an Excel error code and the message shown in the cell's error indicator. */
export class FakeCustomFunctionsError {
  constructor(public readonly code: string, public readonly message?: string) {}
}

export const associated = new Map<string, (...args: any[]) => unknown>();

export const fakeCustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  associate: (id: string, fn: (...args: any[]) => unknown): void => {
    associated.set(id, fn);
  },
};

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeCustomFunctions;

/** What a custom function threw, for expect(...).toEqual. */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  throw new Error('expected the function to throw');
}
