import { PairKind } from '@tandem/domain';
import {
  AuditEntryDto,
  CreatedInvitation,
  CreateInvitationBody,
  ErrorBody,
  InvitationDto,
  OrganisationDto,
  SetPairBody,
  SetRoleBody,
  WorkspaceDetail,
  WorkspaceSummary,
} from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthService, requirePrincipal } from '../auth';
import { iso, toInvitationDto, toMemberDto, toUserDto } from './dto';
import { checkPairChange, dropFromLeadersPairs } from './leadersPair';
import { refuseForeignOrganisation } from './workspaceOrganisations';

const Ws = z.object({ workspaceId: z.string() });
const WsMember = Ws.extend({ userId: z.string() });
const tags = ['workspaces'];

export interface WorkspaceRouteDeps {
  auth: AuthService;
}

export function registerWorkspaceRoutes(app: FastifyInstance, deps: WorkspaceRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { auth } = deps;
  const accounts = auth.accounts;

  api.get(
    '/api/workspaces',
    {
      schema: {
        tags,
        summary: 'My workspaces',
        response: { 200: z.object({ workspaces: z.array(WorkspaceSummary) }) },
      },
    },
    async (req) => {
      const mine = await accounts.workspacesOf(requirePrincipal(req).user.id);
      return {
        workspaces: mine.map((w) => ({ id: w.workspace.id, name: w.workspace.name, role: w.role })),
      };
    },
  );

  api.get(
    '/api/workspaces/:workspaceId',
    {
      schema: {
        tags,
        summary: 'Members and dual pairs',
        params: Ws,
        response: { 200: WorkspaceDetail, 404: ErrorBody },
      },
    },
    async (req) => {
      const { workspaceId } = req.params;
      const role = await auth.requireRole(requirePrincipal(req), workspaceId, 'workspace:read');
      const [workspace, members, pairs] = await Promise.all([
        accounts.getWorkspace(workspaceId),
        accounts.listMembers(workspaceId),
        accounts.listPairs(workspaceId),
      ]);
      const user = (id: string) => members.find((m) => m.user.id === id)?.user;
      return {
        id: workspaceId,
        name: workspace?.name ?? '',
        role,
        members: members.map(toMemberDto),
        pairs: pairs.flatMap((p) => {
          const school = user(p.schoolUserId);
          const enterprise = user(p.enterpriseUserId);
          return school && enterprise
            ? [
                {
                  kind: p.kind,
                  scope: p.scope,
                  school: toUserDto(school),
                  enterprise: toUserDto(enterprise),
                },
              ]
            : [];
        }),
      };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: 'Change a member’s role', params: WsMember, body: SetRoleBody } },
    async (req, reply) => {
      const { workspaceId, userId } = req.params;
      const principal = requirePrincipal(req);
      await auth.changeRole(principal, workspaceId, userId, req.body.role);
      await dropFromLeadersPairs(
        accounts,
        workspaceId,
        userId,
        principal.user.id,
        'member.role-changed',
      );
      return reply.code(204).send();
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags, summary: 'Remove a member', params: WsMember } },
    async (req, reply) => {
      const { workspaceId, userId } = req.params;
      const principal = requirePrincipal(req);
      // Removal drops the leaver's pairs with the membership; read them first to record it.
      const pairs = await accounts.listPairs(workspaceId);
      await auth.removeMember(principal, workspaceId, userId);
      await dropFromLeadersPairs(
        accounts,
        workspaceId,
        userId,
        principal.user.id,
        'member.removed',
        pairs,
      );
      return reply.code(204).send();
    },
  );

  api.put(
    '/api/workspaces/:workspaceId/pairs/:kind',
    {
      schema: {
        tags,
        summary: 'Set a dual pair',
        params: Ws.extend({ kind: PairKind }),
        body: SetPairBody,
      },
    },
    async (req, reply) => {
      const principal = requirePrincipal(req);
      const { workspaceId, kind } = req.params;
      await checkPairChange(accounts, workspaceId, principal.user.id, kind, req.body);
      await auth.setPair(principal, workspaceId, kind, req.body);
      return reply.code(204).send();
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations',
        params: Ws,
        response: { 200: z.object({ invitations: z.array(InvitationDto) }) },
      },
    },
    async (req) => {
      const { workspaceId } = req.params;
      await auth.requireRole(requirePrincipal(req), workspaceId, 'member:invite');
      const invitations = await accounts.listInvitations(workspaceId);
      const orgs = new Map((await accounts.listOrganisations()).map((o) => [o.id, o]));
      const awaiting = await auth.credentials.awaitingConfirmation(invitations.map((i) => i.id));
      return {
        invitations: invitations.flatMap((i) => {
          const org = orgs.get(i.organisationId);
          const dto = org ? toInvitationDto(i, org) : null;
          if (!dto) return [];
          return [
            dto.status === 'pending' ? { ...dto, awaitingConfirmation: awaiting.has(i.id) } : dto,
          ];
        }),
      };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email; returns the single-use link',
        params: Ws,
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      await refuseForeignOrganisation(
        auth,
        requirePrincipal(req),
        req.params.workspaceId,
        req.body,
      );
      const made = await auth.invite(
        requirePrincipal(req),
        req.params.workspaceId,
        req.body,
        // Never the request's Host header: anyone can send one, and the link is mailed.
        auth.linkBase(),
      );
      return reply.code(201).send({
        ...toInvitationDto(made.invitation, made.organisation),
        url: made.url,
        emailed: made.emailed,
      });
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation',
        params: Ws.extend({ invitationId: z.string() }),
      },
    },
    async (req, reply) => {
      await auth.revokeInvitation(
        requirePrincipal(req),
        req.params.workspaceId,
        req.params.invitationId,
      );
      return reply.code(204).send();
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/audit',
    {
      schema: {
        tags,
        summary: 'Security events (owners)',
        params: Ws,
        response: { 200: z.object({ entries: z.array(AuditEntryDto) }) },
      },
    },
    async (req) => {
      await auth.requireRole(requirePrincipal(req), req.params.workspaceId, 'audit:read');
      const entries = await accounts.listAudit(req.params.workspaceId);
      // Names come from the accounts, which outlive membership: a removed member's past
      // sign-ins and changes still say who it was.
      const names = new Map<string, string | null>();
      const nameOf = async (id: unknown) => {
        if (typeof id !== 'string' || id.includes('@')) return;
        if (!names.has(id)) names.set(id, (await accounts.getUser(id))?.name ?? null);
      };
      for (const e of entries) {
        for (const id of [
          e.actorUserId,
          e.target,
          e.details.schoolUserId,
          e.details.enterpriseUserId,
        ]) {
          await nameOf(id);
        }
      }
      const namesIn = (e: (typeof entries)[number]) =>
        Object.fromEntries(
          [e.actorUserId, e.target, e.details.schoolUserId, e.details.enterpriseUserId].flatMap(
            (id) => {
              const name = typeof id === 'string' ? names.get(id) : null;
              return typeof id === 'string' && name ? [[id, name]] : [];
            },
          ),
        );
      return {
        entries: entries.map((e) => ({
          id: e.id,
          event: e.event,
          actor: e.actorUserId,
          target: e.target,
          details: e.details,
          ip: e.ip,
          createdAt: iso(e.createdAt),
          names: namesIn(e),
        })),
      };
    },
  );

  api.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations used by my workspaces (or by one of them), to invite into',
        querystring: z.object({ workspaceId: z.string().optional() }),
        response: { 200: z.object({ organisations: z.array(OrganisationDto) }), 404: ErrorBody },
      },
    },
    async (req) => {
      const principal = requirePrincipal(req);
      const { workspaceId } = req.query;
      if (workspaceId) await auth.requireRole(principal, workspaceId, 'workspace:read');
      const ids = workspaceId
        ? [workspaceId]
        : (await accounts.workspacesOf(principal.user.id)).map((w) => w.workspace.id);
      return { organisations: await accounts.organisationsUsedBy(ids) };
    },
  );
}
