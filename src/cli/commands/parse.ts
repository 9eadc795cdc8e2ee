/** A command-line mistake: printed as it is, exit code 2. */
export class UsageError extends Error {}

export function positiveInt(value: string, name: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}
