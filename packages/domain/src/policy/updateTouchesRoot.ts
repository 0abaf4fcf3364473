import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;
interface DecodedItem {
  id: Y.ID;
  length: number;
  origin: Y.ID | null;
  rightOrigin: Y.ID | null;
  /** A root type's name, the id of the item holding the parent type, or null (from origins). */
  parent: string | Y.ID | null;
}

const isItem = (s: Struct): s is Y.Item => s instanceof Y.Item;

/** The name of the root type `type` sits under. */
function rootName(type: Y.AbstractType<unknown>): string | null {
  let t = type;
  while (t._item) {
    const parent = t._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    t = parent;
  }
  try {
    return Y.findRootTypeKey(t);
  } catch {
    // A type that is not (or no longer) in `doc.share`: it belongs to no root.
    return null;
  }
}

/** The document's struct with this id, or null when the document does not have it (yet). */
function docStruct(doc: Y.Doc, id: Y.ID): Struct | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  return Y.getItem(doc.store, id) as Struct;
}

/**
 * Whether applying `update` to `doc` would write to the root type named `root`: a new struct
 * placed in it (directly, after or before one of its items, or inside a type nested in it), or
 * the deletion of one of its live items. Structs the document already has are ignored, so a
 * client resending its whole state (sync step 2 after a reconnect) is not blamed for old
 * content. A struct whose neighbours are in neither the document nor the update cannot be
 * placed yet; Yjs keeps it pending until they arrive, and they are judged when they do.
 */
export function updateTouchesRoot(doc: Y.Doc, update: Uint8Array, root: string): boolean {
  const decoded = Y.decodeUpdate(update) as {
    structs: Struct[];
    ds: { clients: Map<number, { clock: number; len: number }[]> };
  };
  const inUpdate = new Map<number, DecodedItem[]>();
  for (const s of decoded.structs) {
    if (!isItem(s)) continue;
    const list = inUpdate.get(s.id.client) ?? [];
    list.push(s as unknown as DecodedItem);
    inUpdate.set(s.id.client, list);
  }
  const updateItem = (id: Y.ID) =>
    inUpdate
      .get(id.client)
      ?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length) ?? null;

  const memo = new Map<DecodedItem, string | null>();
  /** The root of the struct with `id`, looked up in the document, then in the update. */
  const rootOfId = (id: Y.ID, seen: Set<DecodedItem>): string | null => {
    const known = docStruct(doc, id);
    if (known) {
      if (!(known instanceof Y.Item) || !(known.parent instanceof Y.AbstractType)) return null;
      return rootName(known.parent);
    }
    const fresh = updateItem(id);
    return fresh ? rootOfNew(fresh, seen) : null;
  };
  /** The root a struct of the update would be placed in. */
  const rootOfNew = (item: DecodedItem, seen: Set<DecodedItem>): string | null => {
    if (memo.has(item)) return memo.get(item) ?? null;
    if (seen.has(item)) return null;
    seen.add(item);
    let found: string | null = null;
    const { parent } = item;
    if (typeof parent === 'string') found = parent;
    else if (parent) found = typeRootOfId(parent, seen);
    else {
      for (const neighbour of [item.origin, item.rightOrigin]) {
        if (found === null && neighbour) found = rootOfId(neighbour, seen);
      }
    }
    memo.set(item, found);
    return found;
  };
  /** The root of the type held by the item with `id` (a parent reference). */
  const typeRootOfId = (id: Y.ID, seen: Set<DecodedItem>): string | null => {
    const known = docStruct(doc, id);
    if (known) {
      const content = known instanceof Y.Item ? known.content : null;
      return content instanceof Y.ContentType ? rootName(content.type) : null;
    }
    const fresh = updateItem(id);
    return fresh ? rootOfNew(fresh, seen) : null;
  };

  for (const [client, items] of inUpdate) {
    const have = Y.getState(doc.store, client);
    for (const item of items) {
      if (item.id.clock + item.length <= have) continue;
      if (rootOfNew(item, new Set()) === root) return true;
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, Y.getState(doc.store, client));
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const s = structs[i];
        if (!s || s.id.clock >= end) break;
        if (s instanceof Y.Item && !s.deleted && s.parent instanceof Y.AbstractType) {
          if (rootName(s.parent) === root) return true;
        }
      }
    }
  }
  return false;
}
