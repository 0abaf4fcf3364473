/**
 * Each signed-in person's offline copies of documents live in IndexedDB, one database per person
 * and document. Named per person so that someone else signing in on the same browser never loads
 * (and sends the server) another person's edits, and forgotten on sign-out so that nothing of a
 * document stays on a shared computer.
 */
const PREFIX = 'tandem:';

/** IndexedDB database name for `userId`'s local copy of a document. */
export function localStoreName(userId: string, documentId: string): string {
  return `${PREFIX}${userId}:${documentId}`;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab still has it open: it is deleted as soon as that tab lets go.
    request.onblocked = () => resolve();
  });
}

/** Deletes every local copy on this device, of every person (a sign-out leaves nothing behind). */
export async function forgetLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((db) => db.name)
      .filter((name): name is string => name?.startsWith(PREFIX) === true)
      .map(deleteDatabase),
  );
}
