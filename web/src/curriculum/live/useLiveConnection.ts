import { useEffect, useState } from 'react';
import type { DocumentConnection } from '../../editor';

/**
 * Connects a structured document (no Lexical binding does it for us) and publishes who we are
 * in awareness, so the header's presence list shows us; `loaded` turns true once the server's
 * content (or, offline, the local copy) is in.
 */
export function useLiveConnection(
  connection: DocumentConnection,
  user: { id: string; name: string; color: string; side: string },
  connect = true,
): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const { awareness } = connection.provider;
    awareness.setLocalStateField('name', user.name);
    awareness.setLocalStateField('color', user.color);
    awareness.setLocalStateField('awarenessData', { userId: user.id, side: user.side });
  }, [connection, user.id, user.name, user.color, user.side]);
  useEffect(() => {
    if (connect) connection.provider.connect();
    let live = true;
    void connection.contentLoaded.then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [connection, connect]);
  return loaded;
}
