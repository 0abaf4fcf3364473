import type { z } from 'zod';

/**
 * How one kind of entity sits in a Y.Doc: a root `Y.Map<id, Y.Map<key, value>>` where every
 * cell is its own key, so two people editing different cells of one row never collide.
 *
 * Collection-valued fields are spread over keys too: a set field `programIds` is stored as
 * `programIds.<id> = true`, a record field `weeklyHours` as `weeklyHours.<term> = 4`. Ticking two
 * programs at once, or filling two term columns at once, therefore merges instead of overwriting.
 */
export interface EntitySpec<S extends z.ZodObject = z.ZodObject> {
  root: string;
  schema: S;
  setFields?: readonly string[];
  recordFields?: readonly string[];
  /**
   * Values used when a stored field is malformed, so one bad cell does not hide the whole row.
   * A required field without a fallback makes the entry unreadable (it is reported and skipped).
   */
  fallbacks?: Readonly<Record<string, unknown>>;
}

export const MEMBER_SEPARATOR = '.';

export function memberKey(field: string, member: string): string {
  return `${field}${MEMBER_SEPARATOR}${member}`;
}
