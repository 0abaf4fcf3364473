/**
 * The local user's display name, kept in localStorage until accounts exist. A tiny external store
 * so the header and the editor (awareness, cursor label) always agree.
 */
const STORAGE_KEY = 'tandem.displayName';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value !== null && value.trim() !== '' ? value : null;
  } catch {
    return null;
  }
}

let current = read();

export function getDisplayName(): string | null {
  return current;
}

export function setDisplayName(name: string): void {
  current = name.trim();
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Storage can be disabled; the name still holds for this visit.
  }
  for (const listener of listeners) listener();
}

export function subscribeDisplayName(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== STORAGE_KEY) return;
    current = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
