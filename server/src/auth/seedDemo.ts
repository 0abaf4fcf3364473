import type { Logger } from '../logger';
import type { AccountStore, DocumentStore } from '../persistence';
import { hashPassword } from './passwords';

/** Demo accounts, printed at start and listed in the README. They exist only in demo mode. */
export const DEMO_ACCOUNTS = [
  {
    email: 'school.leader@tandem.demo',
    password: 'tandem-demo-school',
    name: '王晓梅',
    side: 'school',
    role: 'owner',
  },
  {
    email: 'jd.leader@tandem.demo',
    password: 'tandem-demo-enterprise',
    name: '陈建国',
    side: 'enterprise',
    role: 'leader',
  },
  {
    email: 'viewer@tandem.demo',
    password: 'tandem-demo-viewer',
    name: '刘洋',
    side: 'school',
    role: 'viewer',
  },
] as const;

/**
 * On a fresh data dir in demo mode: the e-commerce professional group of the seed paper, its
 * dual leaders (one per side) and a viewer. Does nothing once any workspace exists.
 */
export async function seedDemo(
  accounts: AccountStore,
  store: DocumentStore,
  log: Logger,
): Promise<boolean> {
  if ((await accounts.countWorkspaces()) > 0) return false;
  const school = await accounts.createOrganisation('某职业技术学院 电子商务专业群', 'school');
  const enterprise = await accounts.createOrganisation('京东集团 (JD.com)', 'enterprise');
  const workspace = await accounts.createWorkspace(
    '电子商务专业群 · E-commerce Professional Group',
  );
  const users: Record<string, string> = {};
  const byEmail: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const user = await accounts.createUser({
      email: account.email,
      name: account.name,
      passwordHash: await hashPassword(account.password),
      organisationId: account.side === 'school' ? school.id : enterprise.id,
    });
    users[account.side === 'enterprise' ? 'enterprise' : account.role] = user.id;
    byEmail[account.email] = user.id;
    await accounts.setMember(workspace.id, user.id, account.role);
  }
  await accounts.setPair(workspace.id, {
    kind: 'leaders',
    scope: 'group',
    schoolUserId: users.owner!,
    enterpriseUserId: users.enterprise!,
  });
  // Loaded here, not at start: the documents' rich text is written with Lexical (~8 MiB of
  // heap), which a server that is not seeding needs only to write meeting minutes.
  const { seedDemoDocuments } = await import('../documents/seedDemoDocuments');
  await seedDemoDocuments(store, workspace.id, byEmail);
  log.info({ workspaceId: workspace.id }, 'demo workspace created');
  return true;
}
