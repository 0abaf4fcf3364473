import { StoreError } from '../../errors';

/**
 * Runs one store call: every failure of the database (refused connection, constraint, closed
 * pool) surfaces as a StoreError with pg's SQLSTATE and reason, as the ports promise.
 */
export async function withStoreError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = (err as { code?: unknown }).code;
    throw new StoreError(
      `postgres: ${typeof code === 'string' ? `${code}: ` : ''}${describe(err)}`,
      { cause: err },
    );
  }
}

/** pg's AggregateError (every address refused) has an empty message; name its first cause. */
function describe(err: unknown): string {
  if (err instanceof AggregateError && err.message === '' && err.errors.length > 0) {
    return `${err.name}: ${String(err.errors[0])}`;
  }
  return String(err);
}
