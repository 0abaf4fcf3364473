import type * as Y from 'yjs';
import { type DocumentStore, stateAt } from '../persistence';

/** The two ends of a comparison, each rebuilt from its nearest checkpoint (gc'd, as stored). */
export interface RangeDocs {
  from: Y.Doc;
  to: Y.Doc;
  destroy(): void;
}

export async function loadRange(
  store: DocumentStore,
  docId: string,
  fromSeq: number,
  toSeq: number,
): Promise<RangeDocs> {
  const from = await stateAt(store, docId, fromSeq);
  const to = await stateAt(store, docId, toSeq);
  return {
    from,
    to,
    destroy: () => {
      from.destroy();
      to.destroy();
    },
  };
}

export const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;
