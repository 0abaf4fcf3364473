import { useCallback, useRef } from 'react';
import type { RemoteCell } from '../grid/columns';

/** What someone else wrote into a field while you were typing in it. */
export interface EditConflict {
  /** Their value, as the field shows it. */
  theirs: string;
  /** Who was in the field when it changed; null when nobody was seen there. */
  by: string | null;
}

/**
 * Structured fields are written whole (one value per field), so two people typing in one field
 * would each overwrite the other on commit. This hook remembers the value the field had when
 * editing began; once the live value moves away from it while the draft differs from both, the
 * editor is in conflict, and the field says so instead of overwriting silently.
 *
 * `live` is the field's current value (formatted as the input shows it), `remote` the people whose
 * focus is in the field now; the last one seen there is taken to be the author of the change.
 */
export function useEditConflict(
  live: string,
  draft: string,
  remote: readonly RemoteCell[] | undefined,
): { conflict: EditConflict | null; base: string; rebase(value: string): void } {
  const base = useRef(live);
  const lastSeen = useRef<string | null>(null);
  if (remote?.[0]) lastSeen.current = remote[0].name;
  const changed = live !== base.current;
  const conflict =
    changed && draft !== live && draft !== base.current
      ? { theirs: live, by: lastSeen.current }
      : null;
  /** A new starting point: the live value taken, or your value written. */
  const rebase = useCallback((value: string) => {
    base.current = value;
  }, []);
  return { conflict, base: base.current, rebase };
}
