import {
  AcceptInvitationBody,
  ErrorBody,
  InvitationPreview,
  LoginBody,
  LoginResponse,
  MeResponse,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { User } from '../auth';
import { type AuthService, clearSessionCookie, requirePrincipal, setSessionCookie } from '../auth';
import { iso, toUserDto } from './dto';

/** Per-IP limits on the endpoints that check passwords; the account lockout sits behind them. */
const PASSWORD_RATE_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };
const TokenParams = z.object({ token: z.string().min(1).max(200) });

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const signedIn = async (
    req: FastifyRequest,
    reply: FastifyReply,
    session: { token: string; expiresAt: number; user: User },
  ) => {
    setSessionCookie(req, reply, session.token, session.expiresAt);
    return { token: session.token, user: toUserDto(session.user), csrfToken: reply.generateCsrf() };
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
    async (req, reply) => {
      const { user } = requirePrincipal(req);
      const workspaces = await auth.accounts.workspacesOf(user.id);
      return {
        user: toUserDto(user),
        workspaces: workspaces.map((w) => ({
          id: w.workspace.id,
          name: w.workspace.name,
          role: w.role,
        })),
        csrfToken: reply.generateCsrf(),
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
      const [workspace, organisation, existing] = await Promise.all([
        auth.accounts.getWorkspace(invitation.workspaceId),
        auth.accounts.getOrganisation(invitation.organisationId),
        auth.accounts.findCredentials(invitation.email),
      ]);
      return {
        workspaceName: workspace?.name ?? '',
        email: invitation.email,
        role: invitation.role,
        organisation: organisation ?? { id: '', name: '', side: 'school' as const },
        expiresAt: iso(invitation.expiresAt),
        accountExists: existing !== null,
      };
    },
  );

  api.post(
    '/api/invitations/:token/accept',
    {
      config: PASSWORD_RATE_LIMIT,
      schema: {
        summary: 'Accept an invitation: creates the account if needed, joins, signs in',
        tags: ['auth'],
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: LoginResponse, 401: ErrorBody, 404: ErrorBody, 410: ErrorBody },
      },
    },
    async (req, reply) => {
      const session = await auth.acceptInvitation(req.params.token, req.body, req.ip);
      return signedIn(req, reply, session);
    },
  );
}
