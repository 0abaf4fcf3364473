import { can, resolvePolicyEntries } from '@tandem/domain';
import {
  DocumentId,
  ErrorBody,
  ErrorCode,
  type PersonRef,
  PolicyStateDto,
  PolicyVersionList,
  SetPolicyBody,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccountStore, requirePrincipal } from '../auth';
import { AppError, docNotFound } from '../errors';
import type { DocumentStore, PolicyVersion } from '../persistence';
import { changedEntries, mayChangePolicy, type PolicyService } from './PolicyService';

export interface PolicyRouteDeps {
  store: DocumentStore;
  accounts: AccountStore;
  policy: PolicyService;
}

const tags = ['policy'];
const IdParams = z.object({ id: z.string() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);

export function registerPolicyRoutes(app: FastifyInstance, deps: PolicyRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const people = new Map<string, PersonRef>();
  const person = async (id: string | null): Promise<PersonRef | null> => {
    if (!id) return null;
    const user = people.get(id) ? null : await deps.accounts.getUser(id);
    if (user) people.set(id, { id, name: user.name, side: user.organisation.side });
    return people.get(id) ?? { id, name: 'former member', side: null };
  };

  /** A curriculum map of the caller's workspace; anything else is "not found", as elsewhere. */
  const mapFor = async (req: FastifyRequest, id: string) => {
    const principal = requirePrincipal(req);
    const record = DocumentId.safeParse(id).success ? await deps.store.getDocument(id) : null;
    const workspaceId = record?.workspaceId ?? null;
    const role = workspaceId ? await deps.accounts.roleOf(workspaceId, principal.user.id) : null;
    if (!record || !workspaceId || !role || !can(role, 'document:read')) throw docNotFound();
    if (record.type !== 'curriculum-map') {
      throw new AppError(ErrorCode.NOT_FOUND, 404, 'only curriculum maps have a policy profile');
    }
    return { record, workspaceId, role, principal };
  };

  const stateDto = async (v: PolicyVersion, mayChange: boolean): Promise<PolicyStateDto> => {
    const resolved = resolvePolicyEntries(v.override);
    const profile = resolved.ok ? resolved.value : null;
    return {
      documentId: v.docId,
      version: v.version,
      profileId: v.profileId,
      profileName: profile?.name ?? v.profileId,
      profileNameEn: profile?.nameEn ?? '',
      override: v.override,
      changedBy: await person(v.changedBy),
      changedAt: iso(v.changedAt),
      mayChange,
    };
  };

  api.get(
    '/api/documents/:id/policy',
    {
      schema: {
        tags,
        summary: 'The policy profile in force on a curriculum map, and who adopted it when',
        params: IdParams,
        response: { 200: PolicyStateDto, ...errors },
      },
    },
    async (req) => {
      const { record, role } = await mapFor(req, req.params.id);
      return stateDto(await deps.policy.current(record.id), mayChangePolicy(role));
    },
  );

  api.put(
    '/api/documents/:id/policy',
    {
      schema: {
        tags,
        summary: 'Adopt a new policy profile version (owners); versioned and audited',
        params: IdParams,
        body: SetPolicyBody,
        response: { 200: PolicyStateDto, 409: ErrorBody, ...errors },
      },
    },
    async (req) => {
      const { record, workspaceId, role, principal } = await mapFor(req, req.params.id);
      const actor = { id: principal.user.id, role };
      const v = await deps.policy.change(record.id, workspaceId, actor, req.body);
      req.log.info({ docId: record.id, version: v.version }, 'policy version adopted');
      return stateDto(v, true);
    },
  );

  api.get(
    '/api/documents/:id/policy/versions',
    {
      schema: {
        tags,
        summary: 'Every adopted policy version of a curriculum map, oldest first',
        params: IdParams,
        response: { 200: PolicyVersionList, ...errors },
      },
    },
    async (req) => {
      const { record } = await mapFor(req, req.params.id);
      const versions = [];
      let before = {};
      for (const v of await deps.policy.versions(record.id)) {
        versions.push({
          version: v.version,
          profileId: v.profileId,
          override: v.override,
          changedBy: await person(v.changedBy),
          changedAt: iso(v.changedAt),
          changed: v.version === 0 ? [] : changedEntries(before, v.override),
        });
        before = v.override;
      }
      return { versions };
    },
  );
}
