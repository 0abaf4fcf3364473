import { PairKind, Role, Side } from '@tandem/domain';
import { z } from 'zod';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .email('a valid email address is required')
  .max(254);
export const Password = z
  .string()
  .min(10, 'password must be at least 10 characters')
  .max(200, 'password must be at most 200 characters');
export const PersonName = z.string().trim().min(1, 'name must not be empty').max(100);

export const LoginBody = z.object({ email: Email, password: z.string().min(1).max(200) });
export type LoginBody = z.infer<typeof LoginBody>;

export const OrganisationDto = z.object({ id: z.string(), name: z.string(), side: Side });
export type OrganisationDto = z.infer<typeof OrganisationDto>;

export const UserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: OrganisationDto,
});
export type UserDto = z.infer<typeof UserDto>;

export const LoginResponse = z.object({ token: z.string(), user: UserDto, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const WorkspaceSummary = z.object({ id: z.string(), name: z.string(), role: Role });
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export const MeResponse = z.object({
  user: UserDto,
  workspaces: z.array(WorkspaceSummary),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const MemberDto = z.object({ user: UserDto, role: Role, joinedAt: z.string() });
export type MemberDto = z.infer<typeof MemberDto>;

export const DualPairDto = z.object({
  kind: PairKind,
  scope: z.string(),
  school: UserDto,
  enterprise: UserDto,
});
export type DualPairDto = z.infer<typeof DualPairDto>;

export const WorkspaceDetail = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  members: z.array(MemberDto),
  pairs: z.array(DualPairDto),
});
export type WorkspaceDetail = z.infer<typeof WorkspaceDetail>;

export const SetRoleBody = z.object({ role: Role });
export const SetPairBody = z.object({
  scope: z.string().trim().min(1).max(100).default('group'),
  schoolUserId: z.string(),
  enterpriseUserId: z.string(),
});
export type SetPairBody = z.infer<typeof SetPairBody>;

export const CreateInvitationBody = z.object({
  email: Email,
  role: Role,
  /** The invitee's organisation: an existing one by id, or a new one by name and side. */
  organisation: z.union([
    z.object({ id: z.string() }),
    z.object({ name: z.string().trim().min(1).max(100), side: Side }),
  ]),
});
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const InvitationDto = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  organisation: OrganisationDto,
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  /** Someone answered the link and waits for their address to be confirmed (by mail or owner). */
  awaitingConfirmation: z.boolean().optional(),
});
export type InvitationDto = z.infer<typeof InvitationDto>;

export const CreatedInvitation = InvitationDto.extend({
  /** The single-use link, shown once to copy. */
  url: z.string(),
  emailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationPreview = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: Role,
  organisation: OrganisationDto,
  expiresAt: z.string(),
  /**
   * No longer sent: whether an account exists is nobody's business but the account holder's.
   * Kept optional so older clients still parse the preview.
   */
  accountExists: z.boolean().optional(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.object({
  name: PersonName.optional(),
  password: Password,
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

/**
 * The answer to an accept whose password is not an existing account's: the address must be
 * confirmed first, by the mailed link (`emailed`) or, without mail, by a workspace owner.
 * The same answer whether or not an account exists for the address.
 */
export const AcceptInvitationPending = z.object({
  status: z.literal('pending'),
  emailed: z.boolean(),
});
export type AcceptInvitationPending = z.infer<typeof AcceptInvitationPending>;

export const PasswordResetRequestBody = z.object({ email: Email });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;

export const PasswordResetBody = z.object({ password: Password });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

/** The events the audit log records; the web app has a label for each. */
export const AUDIT_EVENTS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-changed',
  'auth.password-reset',
  'auth.password-reset-requested',
  'invitation.created',
  'invitation.answered',
  'invitation.confirmed',
  'invitation.accepted',
  'invitation.revoked',
  'member.role-changed',
  'member.removed',
  'pair.set',
  'pair.cleared',
  'policy.changed',
  'document.deleted',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const AuditEntryDto = z.object({
  id: z.number(),
  event: z.string(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: z.string(),
  /** Names of the people the entry refers to by id, kept for those who have since left. */
  names: z.record(z.string(), z.string()).default({}),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'x-csrf-token';
