import { z } from 'zod';

/** Every member belongs to an organisation of one side (DOMAIN.md "The people and their pairs"). */
export const SIDES = ['school', 'enterprise'] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** Workspace roles, most powerful first. */
export const ROLES = ['owner', 'leader', 'coordinator', 'editor', 'commenter', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** The dual pairs: exactly one member from each side, attached to a scope. */
export const PAIR_KINDS = ['leaders', 'coordinators', 'mentors'] as const;
export const PairKind = z.enum(PAIR_KINDS);
export type PairKind = z.infer<typeof PairKind>;

const EDITORS: readonly Role[] = ['owner', 'leader', 'coordinator', 'editor'];
const MANAGERS: readonly Role[] = ['owner', 'leader'];

/** What each role may do. One table, read by the server's checks and the web's affordances. */
export const PERMISSIONS = {
  'workspace:read': ROLES,
  'document:read': ROLES,
  'document:comment': [...EDITORS, 'commenter'],
  'document:edit': EDITORS,
  'document:create': EDITORS,
  'document:delete': MANAGERS,
  'member:invite': MANAGERS,
  'member:manage': MANAGERS,
  'pair:manage': MANAGERS,
  'audit:read': ['owner'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

const rank = (role: Role) => ROLES.indexOf(role);

/**
 * Whether `actor` may give `target` (currently `from`, or a new invitee when undefined) the role
 * `to`. Managers act only on roles below their own and grant only roles below their own, except
 * that an owner may do anything.
 */
export function canAssignRole(actor: Role, from: Role | undefined, to: Role): boolean {
  if (!can(actor, 'member:manage')) return false;
  if (actor === 'owner') return true;
  const below = (r: Role) => rank(r) > rank(actor);
  return below(to) && (from === undefined || below(from));
}
