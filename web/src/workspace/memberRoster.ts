import { can, canAssignRole, ROLES, type Role, SIDES, type Side } from '@tandem/domain';
import type { MemberDto } from '@tandem/protocol';

/** Members of each side, most powerful role first, then by name in the UI language's order. */
export function groupBySide(
  members: readonly MemberDto[],
  language: string,
): Record<Side, MemberDto[]> {
  const collator = new Intl.Collator(language);
  const sorted = [...members].sort(
    (a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || collator.compare(a.user.name, b.user.name),
  );
  const groups = Object.fromEntries(SIDES.map((side) => [side, [] as MemberDto[]]));
  for (const member of sorted) groups[member.user.organisation.side]?.push(member);
  return groups as Record<Side, MemberDto[]>;
}

export interface RoleChoice {
  role: Role;
  /** Whether `actor` may set this role (the member's current role is always "allowed"). */
  allowed: boolean;
}

/** Every role, each marked with whether `actor` may move a member from `from` to it. */
export function roleChoices(actor: Role, from: Role): RoleChoice[] {
  return ROLES.map((role) => ({
    role,
    allowed: role === from || canAssignRole(actor, from, role),
  }));
}

/** Whether `actor` may change the role of a member who is `from` at all. */
export function mayChangeRole(actor: Role, from: Role): boolean {
  return ROLES.some((role) => role !== from && canAssignRole(actor, from, role));
}

/** The server's rule: owners remove anyone (but the last owner); leaders only roles below theirs. */
export function mayRemove(actor: Role, from: Role): boolean {
  if (!can(actor, 'member:manage')) return false;
  return actor === 'owner' || canAssignRole(actor, from, 'viewer');
}

/** Roles `actor` may give a new invitee. */
export function inviteRoles(actor: Role): Role[] {
  return ROLES.filter((role) => canAssignRole(actor, undefined, role));
}
