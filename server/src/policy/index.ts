import { POLICY_ROOT, updateTouchesRoot } from '@tandem/domain';
import type { FastifyInstance } from 'fastify';
import type * as Y from 'yjs';
import type { AccountStore } from '../auth';
import type { DocumentStore } from '../persistence';
import type { RoomManager } from '../sync';
import { PolicyService } from './PolicyService';
import { registerPolicyRoutes } from './policyRoutes';

export { PolicyService } from './PolicyService';

/** Why a client's update was refused: the policy root is the server's to write. */
export const POLICY_GOVERNED = 'policy-governed';

/**
 * For the sync path: a client update that writes the policy root of a document is refused
 * whoever sent it; owners change the policy over HTTP, and the server writes it.
 */
export function refusePolicyWrites(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    return updateTouchesRoot(doc, update, POLICY_ROOT) ? POLICY_GOVERNED : null;
  } catch {
    // inspectUpdate already accepted the bytes; an update this cannot place is not let through.
    return POLICY_GOVERNED;
  }
}

/** The policy routes, over the policy store kept beside the accounts (maps belong to workspaces). */
export function startPolicy(
  app: FastifyInstance,
  deps: { store: DocumentStore; accounts: AccountStore; rooms: Pick<RoomManager, 'peek'> },
): PolicyService {
  const policy = new PolicyService({ ...deps, policies: deps.accounts.sideStores().policies });
  registerPolicyRoutes(app, { store: deps.store, accounts: deps.accounts, policy });
  return policy;
}
