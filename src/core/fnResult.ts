/** A custom function's result in core: a value, or an Excel error (#VALUE! / #N/A) with a message saying what to fix. */
export type FnResult<T> = { value: T } | { error: 'value' | 'na'; message: string };
