/** A value computed on first use, then kept; `made` tells whether it has been. */
export function once<T>(compute: () => T): (() => T) & { made(): boolean } {
  let value: { of: T } | null = null;
  return Object.assign(() => (value ??= { of: compute() }).of, { made: () => value !== null });
}
