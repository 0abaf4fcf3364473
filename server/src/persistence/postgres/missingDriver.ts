import { StoreError } from '../../errors';

/**
 * Stands in for a port that has no PostgreSQL driver yet (the synchronous side and history
 * ports, issue 13): the same object on every call, and every method of it fails with a
 * StoreError naming the port, so nothing is silently kept in memory instead. openStores does
 * not offer PostgreSQL while any port is one of these.
 */
export function missingDriver<T extends object>(port: string): T {
  const fail = () => {
    throw new StoreError(`postgres: ${port} has no PostgreSQL driver yet (issue 13)`);
  };
  // A Proxy answers every method name; `then` and symbols stay undefined, so the stand-in is
  // neither awaited as a promise nor breaks inspection.
  return new Proxy({} as T, {
    get: (_target, key) => (typeof key === 'symbol' || key === 'then' ? undefined : fail),
  });
}
