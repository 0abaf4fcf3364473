import { useEffect, useState, useSyncExternalStore } from 'react';
import { createProvider, type DocumentConnection } from './createProvider';
import type { SyncStatus } from './syncStatus';

/**
 * Opens a document's connection for as long as the calling component is mounted. The connection
 * is created in an effect (not during render) so StrictMode's double mount cannot leak a socket.
 */
export function useDocumentConnection(
  documentId: string,
  userId: string,
): DocumentConnection | null {
  const [connection, setConnection] = useState<DocumentConnection | null>(null);
  useEffect(() => {
    const created = createProvider(documentId, userId);
    setConnection(created);
    return () => {
      setConnection(null);
      created.destroy();
    };
  }, [documentId, userId]);
  return connection;
}

export function useSyncStatus(connection: DocumentConnection): SyncStatus {
  return useSyncExternalStore(connection.status.subscribe, connection.status.getSnapshot);
}
