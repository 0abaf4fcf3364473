import { PairKind, Role } from '@tandem/domain';
import { AUDIT_EVENTS, type AuditEntryDto, type AuditEvent, type UserDto } from '@tandem/protocol';

export { AUDIT_EVENTS, type AuditEvent };

/** Who or what an entry is about, resolved against today's members. */
export type Party =
  | { kind: 'member'; user: UserDto }
  /** A user id that is no longer a member, with the name the server still knows. */
  | { kind: 'former'; name: string | null }
  | { kind: 'email'; email: string }
  | { kind: 'pair'; pairKind: PairKind }
  | { kind: 'document'; title: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

export type AuditDetail =
  | { kind: 'role-change'; from: Role; to: Role }
  | { kind: 'role'; role: Role }
  | { kind: 'invited'; role: Role; emailed: boolean | null }
  | { kind: 'pair'; school: Party; enterprise: Party }
  | { kind: 'raw'; text: string };

export interface AuditRow {
  id: number;
  createdAt: string;
  /** A known event, or the server's raw name for one this app does not know yet. */
  event: { kind: 'known'; name: AuditEvent } | { kind: 'unknown'; name: string };
  actor: Party;
  target: Party;
  details: AuditDetail[];
  ip: string | null;
}

const isKnownEvent = (event: string): event is AuditEvent =>
  (AUDIT_EVENTS as readonly string[]).includes(event);

function person(
  id: unknown,
  members: ReadonlyMap<string, UserDto>,
  names: Readonly<Record<string, string>> = {},
): Party {
  if (typeof id !== 'string' || id === '') return { kind: 'none' };
  const user = members.get(id);
  return user ? { kind: 'member', user } : { kind: 'former', name: names[id] ?? null };
}

function targetOf(entry: AuditEntryDto, members: ReadonlyMap<string, UserDto>): Party {
  const { target, event } = entry;
  // "王晓梅 signed in: 王晓梅" says nothing twice; account events are about their actor.
  if (target === null || (event.startsWith('auth.') && target === entry.actor)) {
    return { kind: 'none' };
  }
  if (event.startsWith('auth.') || event.startsWith('member.') || event === 'invitation.accepted') {
    return person(target, members, entry.names);
  }
  if (event === 'invitation.created' || event === 'invitation.revoked') {
    return { kind: 'email', email: target };
  }
  if (event === 'pair.set' || event === 'pair.cleared') {
    const kind = PairKind.safeParse(target);
    return kind.success ? { kind: 'pair', pairKind: kind.data } : { kind: 'text', text: target };
  }
  if (event === 'document.deleted') {
    const title = entry.details.title;
    return { kind: 'document', title: typeof title === 'string' ? title : target };
  }
  return { kind: 'text', text: target };
}

const roleOf = (value: unknown): Role | null => {
  const parsed = Role.safeParse(value);
  return parsed.success ? parsed.data : null;
};

function rawDetails(details: Record<string, unknown>): AuditDetail[] {
  const parts = Object.entries(details)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length > 0 ? [{ kind: 'raw', text: parts.join(', ') }] : [];
}

function detailsOf(entry: AuditEntryDto, members: ReadonlyMap<string, UserDto>): AuditDetail[] {
  const { details } = entry;
  const role = roleOf(details.role);
  switch (entry.event) {
    case 'member.role-changed': {
      const from = roleOf(details.from);
      const to = roleOf(details.to);
      return from && to ? [{ kind: 'role-change', from, to }] : rawDetails(details);
    }
    case 'member.removed':
    case 'invitation.accepted':
      return role ? [{ kind: 'role', role }] : [];
    case 'invitation.created': {
      const emailed = typeof details.emailed === 'boolean' ? details.emailed : null;
      return role ? [{ kind: 'invited', role, emailed }] : rawDetails(details);
    }
    case 'pair.set':
      return [
        {
          kind: 'pair',
          school: person(details.schoolUserId, members, entry.names),
          enterprise: person(details.enterpriseUserId, members, entry.names),
        },
      ];
    case 'document.deleted':
    case 'auth.sign-in':
    case 'auth.sign-in-failed':
    case 'auth.sign-out':
    case 'invitation.revoked':
      return [];
    default:
      return rawDetails(details);
  }
}

/** An audit entry ready to show: ids resolved to today's members, details made structured. */
export function toAuditRow(entry: AuditEntryDto, members: ReadonlyMap<string, UserDto>): AuditRow {
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    event: isKnownEvent(entry.event)
      ? { kind: 'known', name: entry.event }
      : { kind: 'unknown', name: entry.event },
    actor: person(entry.actor, members, entry.names),
    target: targetOf(entry, members),
    details: detailsOf(entry, members),
    ip: entry.ip,
  };
}
