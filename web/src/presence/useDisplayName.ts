import { useSyncExternalStore } from 'react';
import { getDisplayName, setDisplayName, subscribeDisplayName } from './displayNameStore';

export interface DisplayName {
  /** The chosen name, or null when the user has not picked one yet. */
  name: string | null;
  setName: (name: string) => void;
}

export function useDisplayName(): DisplayName {
  const name = useSyncExternalStore(subscribeDisplayName, getDisplayName, () => null);
  return { name, setName: setDisplayName };
}
