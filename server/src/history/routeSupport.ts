import { can, type Permission } from '@tandem/domain';
import { DocumentId, ErrorCode, type PersonRef } from '@tandem/protocol';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AccountStore, requirePrincipal } from '../auth';
import { AppError, docNotFound } from '../errors';
import type { DocumentStore } from '../persistence';

export const tags = ['history'];
export const IdParams = z.object({ id: z.string() });
export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The document and the caller's role, if the caller is a member of its workspace; otherwise
 * exactly "not found", as for every document route. `permission` is then checked (403).
 */
export async function documentFor(
  req: FastifyRequest,
  deps: { store: DocumentStore; accounts: AccountStore },
  id: string,
  permission: Permission = 'document:read',
) {
  const principal = requirePrincipal(req);
  const record = DocumentId.safeParse(id).success ? await deps.store.getDocument(id) : null;
  const workspaceId = record?.workspaceId ?? null;
  const role = workspaceId ? await deps.accounts.roleOf(workspaceId, principal.user.id) : null;
  if (!record || !workspaceId || !role) throw docNotFound();
  if (!can(role, permission))
    throw new AppError(ErrorCode.FORBIDDEN, 403, `your role may not ${permission}`);
  return { record, workspaceId, role, principal };
}

/** Names and sides of the given users, looked up once each; unknown ids stay visible. */
export class People {
  private readonly cache = new Map<string, PersonRef>();

  constructor(private readonly accounts: AccountStore) {}

  async get(id: string): Promise<PersonRef> {
    const known = this.cache.get(id);
    if (known) return known;
    const user = await this.accounts.getUser(id);
    const ref = user
      ? { id, name: user.name, side: user.organisation.side }
      : { id, name: 'former member', side: null };
    this.cache.set(id, ref);
    return ref;
  }

  all(ids: Iterable<string>): Promise<PersonRef[]> {
    return Promise.all([...new Set(ids)].map((id) => this.get(id)));
  }

  /** A user already looked up with get/all. */
  peek(id: string): PersonRef | undefined {
    return this.cache.get(id);
  }
}
