import {
  AcceptInvitationBody,
  AcceptInvitationPending,
  ChangePasswordBody,
  ErrorBody,
  InvitationPreview,
  LoginBody,
  LoginResponse,
  MeResponse,
  PasswordResetBody,
  PasswordResetRequestBody,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { User } from '../auth';
import {
  type AuthService,
  clearSessionCookie,
  csrfTokenFor,
  requirePrincipal,
  setSessionCookie,
} from '../auth';
import { iso, toUserDto } from './dto';

/** Per-IP limits on the endpoints that check passwords; the password throttle sits behind them. */
const PASSWORD_RATE_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };
/** Each request may send a mail: a handful a minute per address is plenty for a person. */
const MAIL_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };
const TokenParams = z.object({ token: z.string().min(1).max(200) });

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const signedIn = async (
    req: FastifyRequest,
    reply: FastifyReply,
    session: { token: string; expiresAt: number; user: User },
  ) => {
    setSessionCookie(req, reply, session.token, session.expiresAt);
    return {
      token: session.token,
      user: toUserDto(session.user),
      csrfToken: csrfTokenFor(session.token),
    };
  };

  api.post(
    '/api/auth/login',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary: 'Sign in: sets the session cookie and returns a bearer token',
        tags: ['auth'],
        body: LoginBody,
        response: { 200: LoginResponse, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const session = await auth.login(req.body.email, req.body.password, req.ip);
      return signedIn(req, reply, session);
    },
  );

  api.post(
    '/api/auth/logout',
    { schema: { summary: 'Sign out: revokes this session’s token', tags: ['auth'] } },
    async (req, reply) => {
      await auth.logout(requirePrincipal(req), req.ip);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  api.get(
    '/api/auth/me',
    {
      schema: {
        summary: 'The signed-in user, their workspaces and a CSRF token',
        tags: ['auth'],
        response: { 200: MeResponse, 401: ErrorBody },
      },
    },
    async (req) => {
      const { user, csrfToken } = requirePrincipal(req);
      const workspaces = await auth.accounts.workspacesOf(user.id);
      return {
        user: toUserDto(user),
        workspaces: workspaces.map((w) => ({
          id: w.workspace.id,
          name: w.workspace.name,
          role: w.role,
        })),
        csrfToken,
      };
    },
  );

  api.get(
    '/api/invitations/:token',
    {
      schema: {
        summary: 'What an invitation link offers, before accepting it',
        tags: ['auth'],
        params: TokenParams,
        response: { 200: InvitationPreview, 404: ErrorBody, 410: ErrorBody },
      },
    },
    async (req) => {
      const invitation = await auth.openInvitation(req.params.token);
      // Whether the address has an account is not said: the inviter holds this link too.
      const [workspace, organisation] = await Promise.all([
        auth.accounts.getWorkspace(invitation.workspaceId),
        auth.accounts.getOrganisation(invitation.organisationId),
      ]);
      return {
        workspaceName: workspace?.name ?? '',
        email: invitation.email,
        role: invitation.role,
        organisation: organisation ?? { id: '', name: '', side: 'school' as const },
        expiresAt: iso(invitation.expiresAt),
      };
    },
  );

  api.post(
    '/api/invitations/:token/accept',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary:
          'Accept an invitation: joins with an existing account’s password (200, signed in), or ' +
          'waits for the address to be confirmed (202; the same answer whether or not it has an account)',
        tags: ['auth'],
        params: TokenParams,
        body: AcceptInvitationBody,
        response: {
          200: LoginResponse,
          202: AcceptInvitationPending,
          400: ErrorBody,
          404: ErrorBody,
          410: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const outcome = await auth.acceptInvitation(req.params.token, req.body, req.ip);
      if (outcome.kind === 'pending') {
        return reply.code(202).send({ status: 'pending' as const, emailed: outcome.emailed });
      }
      return signedIn(req, reply, outcome.session);
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/invitations/:invitationId/confirm',
    {
      schema: {
        summary:
          'Without mail configured, an owner confirms the address of whoever answered the ' +
          'invitation; the account is created and joins, and the person signs in',
        tags: ['workspaces'],
        params: z.object({ workspaceId: z.string(), invitationId: z.string() }),
      },
    },
    async (req, reply) => {
      const { workspaceId, invitationId } = req.params;
      await auth.signups.confirmByOwner(requirePrincipal(req), workspaceId, invitationId);
      return reply.code(204).send();
    },
  );

  api.post(
    '/api/auth/verify-email/:token',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary: 'The mailed confirmation link: creates the account, joins and signs in',
        tags: ['auth'],
        params: TokenParams,
        response: { 200: LoginResponse, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const session = await auth.signups.confirmByLink(req.params.token, req.ip);
      return signedIn(req, reply, session);
    },
  );

  api.post(
    '/api/auth/password-reset',
    {
      config: MAIL_RATE_LIMIT,
      schema: {
        summary:
          'Mail a single-use reset link; the same answer whether or not the address is known',
        tags: ['auth'],
        body: PasswordResetRequestBody,
        response: { 202: z.object({}), 429: ErrorBody },
      },
    },
    async (req, reply) => {
      auth.passwords.request(req.body.email, req.ip);
      return reply.code(202).send({});
    },
  );

  api.post(
    '/api/auth/password-reset/:token',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary: 'Set a new password with a mailed reset link; ends every sign-in of the account',
        tags: ['auth'],
        params: TokenParams,
        body: PasswordResetBody,
      },
    },
    async (req, reply) => {
      await auth.passwords.reset(req.params.token, req.body.password, req.ip);
      return reply.code(204).send();
    },
  );

  api.post(
    '/api/auth/password',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary: 'Change my password; ends my other sign-ins',
        tags: ['auth'],
        body: ChangePasswordBody,
      },
    },
    async (req, reply) => {
      const principal = requirePrincipal(req);
      await auth.passwords.change(
        principal,
        req.body.currentPassword,
        req.body.newPassword,
        req.ip,
      );
      return reply.code(204).send();
    },
  );
}
